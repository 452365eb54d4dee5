import { describe, expectTypeOf, it } from "vitest"
import {
  type CreateJobEvent,
  type MediaConvertEvent,
  type MediaConvertResult,
  type MediaConvertSummary,
  mediaConvertEventsFrom,
} from "../../../src"
import { type SourcedMediaConvertResult, streamMediaConvertEvents } from "../../../src/node"

describe("the one-step readers' types", () => {
  it("give MediaConvert events that narrow on eventName", () => {
    const [first] = mediaConvertEventsFrom(new Uint8Array()).results
    expectTypeOf(first).toEqualTypeOf<MediaConvertResult | undefined>()
    if (first?._tag === "record") {
      expectTypeOf(first.record).toEqualTypeOf<MediaConvertEvent>()
      if (first.record.eventName === "CreateJob") expectTypeOf(first.record).toExtend<CreateJobEvent>()
    }
    expectTypeOf(mediaConvertEventsFrom("").summary).toEqualTypeOf<MediaConvertSummary>()
  })

  it("stream sourced results and a summary with the records passed over", () => {
    const events = streamMediaConvertEvents("trail")
    expectTypeOf(events.summary()).toEqualTypeOf<MediaConvertSummary>()
    expectTypeOf(events.summary().passedOverBy).toEqualTypeOf<Readonly<Record<string, number>>>()
    expectTypeOf(events).toExtend<AsyncIterable<SourcedMediaConvertResult>>()
  })
})
