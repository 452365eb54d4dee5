import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { jobHistories } from "../../scripts/synthetic/job-life"
import { prng } from "../../scripts/synthetic/random"
import {
  decodeJobStateChange,
  decodeMediaConvertEvent,
  formatFailure,
  type JobTimeline,
  type JobTimelineInput,
  JobTimelineJoin,
  jobTimelines,
} from "../../src"
import { fixture } from "../helpers/fixtures"

const decodedRecord = (input: unknown) => {
  const result = decodeMediaConvertEvent(input)
  if (result._tag === "Left") return expect.fail(formatFailure(result.left))
  return result.right
}
const decodedState = (input: unknown) => {
  const result = decodeJobStateChange(input)
  if (result._tag === "Left") return expect.fail(formatFailure(result.left))
  return result.right
}

/** Histories as the one-step readers give them: `record` and `jobState` results, and a few others. */
const resultsOf = (seed: number, count: number, options: Parameters<typeof jobHistories>[2] = {}) => {
  const histories = jobHistories(prng(seed), count, options)
  const results = [
    ...histories.records.map((record) => ({
      _tag: "record" as const,
      record: decodedRecord(record),
      path: "$",
    })),
    ...histories.events.map((event) => ({
      _tag: "jobState" as const,
      event: decodedState(event),
      path: "$",
    })),
    { _tag: "skipped" as const, reason: "empty", detail: "nothing", path: "$" },
  ]
  return { histories, results }
}

const summary = (job: JobTimeline) => ({
  jobId: job.jobId,
  status: String(job.status),
  ...(job.submitted ? { submittedBy: job.submitted.identity.principal, durationMs: job.durationMs } : {}),
  ...(job.error ? { errorCode: job.error.code } : {}),
  ...(job.cancelled ? { cancelledBy: job.cancelled.identity.principal } : {}),
  states: job.states.length,
  calls: job.calls.length,
  outputs: job.outputs.length,
})

/** Fisher-Yates with a seeded generator. */
const shuffled = <A>(items: ReadonlyArray<A>, seed: number): A[] => {
  const random = prng(seed)
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as A, copy[i] as A]
  }
  return copy
}

describe("jobTimelines", () => {
  it("joins each job's submitter, states, calls, outcome and outputs", () => {
    const { histories, results } = resultsOf(1, 60, { rejected: 2 })
    const { jobs, rejected, withoutJobId } = jobTimelines(results)
    expect(jobs.map(summary)).toEqual(histories.expected)
    expect(rejected.map((r) => r.eventId).sort()).toEqual([...histories.rejected].sort())
    expect(rejected.every((r) => r.errorCode === "AccessDenied" && r.identity.principal === "pipeline")).toBe(
      true,
    )
    expect(withoutJobId).toEqual([])
  })

  it("orders each job's states by time, whatever the order of arrival, and counts a redelivered event once", () => {
    const { histories, results } = resultsOf(2, 40)
    const arrived = shuffled([...results, ...results.filter((_, i) => i % 3 === 0)], 7)
    const { jobs } = jobTimelines(arrived)
    expect(jobs.map(summary)).toEqual(histories.expected)
    for (const job of jobs) {
      const times = job.states.map((state) => state.detail.timestamp)
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(new Set(job.states.map((state) => state.id)).size).toBe(job.states.length)
      expect(job.finished).toBe(true)
    }
  })

  it("names the principal who cancelled, not the one who submitted", () => {
    const { jobs } = jobTimelines(resultsOf(3, 80).results)
    const cancelled = jobs.filter((job) => job.status === "CANCELED")
    expect(cancelled.length).toBeGreaterThan(0)
    for (const job of cancelled) {
      expect(job.cancelled?.identity.role?.name).toBe("media-operator")
      expect(job.submitted?.identity.principal).not.toBe(job.cancelled?.identity.principal)
      expect(job.calls.some((call) => call.eventName === "CancelJob")).toBe(true)
    }
  })

  it("gives a job whose CreateJob is not in the input no submission, and no duration", () => {
    const { histories, results } = resultsOf(4, 50, { withoutCreate: 0.4 })
    const { jobs } = jobTimelines(results)
    const missing = histories.expected.filter((job) => job.submittedBy === undefined)
    expect(missing.length).toBeGreaterThan(5)
    for (const expected of missing) {
      const job = jobs.find((j) => j.jobId === expected.jobId)
      expect(job?.submitted).toBeUndefined()
      expect(job?.durationMs).toBeUndefined()
      expect(job?.status).toBe(expected.status)
    }
  })

  it("reads a submission in full: queue, role, presets, destinations, identity and origin", () => {
    const { jobs } = jobTimelines(resultsOf(5, 1).results)
    const submitted = jobs[0]?.submitted
    expect(submitted?.queue).toMatch(/queues\/Default$/)
    expect(submitted?.role).toMatch(/MediaConvert_Default_Role$/)
    expect(submitted?.presets).toEqual(["System-Avc_16x9_1080p_29_97fps_8500kbps"])
    expect(submitted?.destinations.map((d) => d.kind)).toEqual(["hls"])
    expect(submitted?.origin.channel).toBe("programmatic")
  })

  it("reads an ERROR's code and message, a warning, and a COMPLETE's outputs from AWS's samples", () => {
    const error = decodedState(fixture("job-state/error.json"))
    // AWS's samples share one placeholder event id; two real events never do.
    const warning = decodedState({
      ...(fixture("job-state/new-warning.json") as object),
      id: "another-event",
    })
    const { jobs } = jobTimelines([error, warning])
    expect(jobs).toHaveLength(1)
    expect(jobs[0]?.error).toEqual({ code: 1040, message: "Example error message", at: 1515368120764 })
    expect(jobs[0]?.status).toBe("ERROR")
    expect(jobs[0]?.warnings).toEqual([
      { code: "000000", message: "Example warning message", at: 1515368120764 },
    ])
    const complete = jobTimelines([decodedState(fixture("job-state/complete-hls-group.json"))]).jobs[0]
    expect(complete?.outputs.map((output) => `${output.kind} ${output.path}`)).toEqual([
      "file s3://amzn-s3-demo-bucket/hls/mainv2.m3u8",
      "file s3://amzn-s3-demo-bucket/hls/mainv1.m3u8",
      "playlist s3://amzn-s3-demo-bucket/hls/main.m3u8",
    ])
    expect(complete?.warnings).toEqual([{ code: 0, count: 1 }])
  })

  it("takes decoded records and events as well as results, and ignores everything else", () => {
    const { histories, results } = resultsOf(6, 10)
    const bare = results.flatMap((result): JobTimelineInput[] =>
      result._tag === "record" ? [result.record] : result._tag === "jobState" ? [result.event] : [],
    )
    expect(
      jobTimelines([...bare, { _tag: "failure" }, { eventSource: "s3.amazonaws.com" } as never]).jobs.map(
        summary,
      ),
    ).toEqual(histories.expected)
  })

  it("never changes its answer when the input is shuffled", () => {
    const { results } = resultsOf(8, 25, { withoutCreate: 0.2, rejected: 3 })
    const once = jobTimelines(results)
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(results.length - 1), { maxLength: 20 }), (seed, repeats) => {
        const input = shuffled(
          [...results, ...repeats.map((i) => results[i] as (typeof results)[number])],
          seed,
        )
        expect(jobTimelines(input)).toEqual(once)
      }),
      { seed: 24, numRuns: 60 },
    )
  })

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (items) => {
        expect(() => jobTimelines(items as never)).not.toThrow()
      }),
      { seed: 24, numRuns: 200 },
    )
  })
})

describe("JobTimelineJoin", () => {
  it("releases finished jobs once their submitter is known, and keeps the open ones", () => {
    const { histories, results } = resultsOf(9, 30)
    const join = new JobTimelineJoin()
    const released: JobTimeline[] = []
    for (const result of results) {
      join.add(result)
      released.push(...join.release().jobs)
    }
    expect(join.open).toBe(0)
    expect(released.map(summary).sort((a, b) => a.jobId.localeCompare(b.jobId))).toEqual(
      [...histories.expected].sort((a, b) => a.jobId.localeCompare(b.jobId)),
    )
  })

  it("holds a finished job without its CreateJob until the grace has passed, so a late CreateJob still joins", () => {
    const { histories, results } = resultsOf(10, 3)
    const records = results.filter((result) => result._tag === "record")
    const states = results.filter((result) => result._tag === "jobState")
    const join = new JobTimelineJoin({ graceMs: 60 * 60 * 1000 })
    join.addAll(states)
    expect(join.release().jobs).toEqual([])
    expect(join.open).toBe(3)
    join.addAll(records)
    expect(join.release().jobs.map(summary)).toEqual(histories.expected)
    const impatient = new JobTimelineJoin({ graceMs: 0 })
    impatient.addAll(states)
    expect(impatient.release().jobs.map((job) => job.submitted)).toEqual([undefined, undefined, undefined])
  })

  it("keeps memory in proportion to the open jobs: a stream of finished jobs leaves none held", () => {
    const join = new JobTimelineJoin()
    let released = 0
    for (let round = 0; round < 20; round++) {
      join.addAll(resultsOf(100 + round, 50).results)
      released += join.release().jobs.length
      expect(join.open).toBe(0)
    }
    expect(released).toBe(1000)
  })
})
