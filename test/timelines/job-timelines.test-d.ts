import { describe, expectTypeOf, it } from "vitest"
import {
  type Identity,
  type JobStateChange,
  type JobTimeline,
  jobTimelines,
  type MediaConvertResult,
  mediaConvertEventsFrom,
} from "../../src"

describe("the MediaConvert readers' results and jobTimelines", () => {
  it("narrow a jobState result to its event, and the event on its status", () => {
    const [result] = mediaConvertEventsFrom({}).results
    if (result?._tag === "jobState") {
      expectTypeOf(result.event).toEqualTypeOf<JobStateChange>()
      if (result.event.detail.status === "ERROR")
        expectTypeOf(result.event.detail.errorCode).toEqualTypeOf<number>()
    }
  })

  it("take the readers' results as they are, and type each timeline", () => {
    const results: ReadonlyArray<MediaConvertResult> = mediaConvertEventsFrom({}).results
    const [job] = jobTimelines(results).jobs
    expectTypeOf(job).toEqualTypeOf<JobTimeline | undefined>()
    expectTypeOf(job?.error?.code).toEqualTypeOf<number | undefined>()
    expectTypeOf(job?.submitted?.identity).toEqualTypeOf<Identity | undefined>()
    expectTypeOf(job?.cancelled?.identity).toEqualTypeOf<Identity | undefined>()
    expectTypeOf(job?.durationMs).toEqualTypeOf<number | undefined>()
  })
})
