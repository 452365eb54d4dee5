import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  decodeJobEngineVersionEvent,
  decodeJobStateChange,
  formatFailure,
  JOB_STATE_STATUSES,
  JobStateChange,
} from "../../src"
import { fixture, fixtureNames } from "../helpers/fixtures"
import { arbitraryOf } from "./arbitraries"

const decoded = (input: unknown) => {
  const result = decodeJobStateChange(input)
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return result.right
}

const issuesOf = (input: unknown) => {
  const result = decodeJobStateChange(input)
  if (result._tag === "Right") expect.fail("decoded something malformed")
  return result.left.issues.map((issue) => issue.path)
}

const withDetail = (name: string, change: (detail: Record<string, unknown>) => void): unknown => {
  const event = structuredClone(fixture(`job-state/${name}.json`)) as { detail: Record<string, unknown> }
  change(event.detail)
  return event
}

describe("decodeJobStateChange", () => {
  it("decodes the sample of every documented status, and has a fixture for each", () => {
    const statuses = new Set<string>()
    for (const name of fixtureNames("job-state")) {
      const event = decoded(fixture(`job-state/${name}`))
      statuses.add(String(event.detail.status))
    }
    expect([...statuses].sort()).toEqual([...JOB_STATE_STATUSES].sort())
  })

  it("round-trips: encoding the decoded event gives back the input, unknown members and all", () => {
    for (const name of fixtureNames("job-state")) {
      const input = fixture(`job-state/${name}`) as Record<string, unknown>
      const extended = {
        ...input,
        newEnvelopeMember: [1],
        detail: { ...(input.detail as object), addedLater: { x: 1 } },
      }
      const event = decoded(extended)
      expect(JobStateChange.encode(event)).toStrictEqual(extended)
      expect(JSON.parse(JSON.stringify(JobStateChange.encode(event)))).toEqual(extended)
    }
  })

  it("types the members of each status: ERROR's code is a number, QUEUE_HOP names the queue it left", () => {
    const error = decoded(fixture("job-state/error.json"))
    expect(error.detail.status === "ERROR" && error.detail.errorCode).toBe(1040)
    const hop = decoded(fixture("job-state/queue-hop.json"))
    expect(hop.detail.status === "QUEUE_HOP" && hop.detail.previousQueue).toMatch(/queues\/Alternate$/)
    const update = decoded(fixture("job-state/status-update.json"))
    expect(update.detail.status === "STATUS_UPDATE" && update.detail.jobProgress?.currentPhase).toBe(
      "TRANSCODING",
    )
  })

  it("takes both spellings of the QVBR statistics that AWS's pages use", () => {
    const file = decoded(fixture("job-state/complete-file-group.json"))
    const hls = decoded(fixture("job-state/complete-hls-group.json"))
    if (file.detail.status !== "COMPLETE" || hls.detail.status !== "COMPLETE")
      return expect.fail("not COMPLETE")
    expect(file.detail.outputGroupDetails?.[0]?.outputDetails?.[0]?.videoDetails?.qvbrAvgQuality).toBe(7.38)
    expect(hls.detail.outputGroupDetails?.[0]?.outputDetails?.[0]?.videoDetails?.averageQVBRScore).toBe(7.38)
    const wrong = withDetail("complete-hls-group", (detail) => {
      const groups = detail.outputGroupDetails as Array<{ outputDetails: Array<{ videoDetails: object }> }>
      ;(groups[0]?.outputDetails[1] as { videoDetails: object }).videoDetails = { minimumQVBRScore: "7" }
    })
    expect(issuesOf(wrong)).toEqual([
      "$.detail.outputGroupDetails[0].outputDetails[1].videoDetails.minimumQVBRScore",
    ])
  })

  it("fails a malformed member at its path, saying what was expected and found", () => {
    const result = decodeJobStateChange(
      withDetail("error", (detail) => (detail.errorCode = "1040")),
      ["Records", 3],
    )
    if (result._tag === "Right") return expect.fail("decoded an ERROR whose code is text")
    expect(formatFailure(result.left)).toMatch(
      /^\$\.Records\[3\]\.detail\.errorCode: expected number, found string/,
    )
    expect(issuesOf(withDetail("error", (detail) => delete detail.errorCode))).toEqual(["$.detail.errorCode"])
    expect(
      issuesOf(
        withDetail("input-information", (detail) => (detail.inputDetails = [{ video: [{ width: "wide" }] }])),
      ),
    ).toEqual(["$.detail.inputDetails[0].video[0].width"])
    expect(issuesOf(withDetail("progressing", (detail) => delete detail.jobId))).toEqual(["$.detail.jobId"])
    expect(issuesOf(withDetail("progressing", (detail) => (detail.userMetadata = { a: 1 })))).toEqual([
      "$.detail.userMetadata.a",
    ])
  })

  it("keeps a status it does not list, with everything in it", () => {
    const input = withDetail("progressing", (detail) => {
      detail.status = "PAUSED"
      detail.pausedBy = "someone"
    })
    const event = decoded(input)
    expect(String(event.detail.status)).toBe("PAUSED")
    expect(JobStateChange.encode(event)).toStrictEqual(input)
  })

  it("fails an event of another detail-type at $.detail-type, and a detail without status at its status", () => {
    expect(
      issuesOf({ ...(fixture("job-state/canceled.json") as object), "detail-type": "Something Else" }),
    ).toEqual(["$.detail-type"])
    expect(issuesOf(withDetail("canceled", (detail) => delete detail.status))).toEqual(["$.detail.status"])
  })

  it("never throws, and decodes exactly what its codec accepts", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryOf(JobStateChange, { depth: 4, size: 3 }), fc.anything()), (input) => {
        const result = decodeJobStateChange(input)
        expect(result._tag === "Right").toBe(JobStateChange.is(input))
        if (result._tag === "Right") expect(JobStateChange.encode(result.right)).toBe(input)
      }),
      { seed: 24, numRuns: 300 },
    )
  })
})

describe("decodeJobEngineVersionEvent", () => {
  it("decodes an engine version event and keeps it whole", () => {
    const input = fixture("job-state/engine/job-engine-version-approaching-expiration.json")
    const result = decodeJobEngineVersionEvent(input)
    if (result._tag === "Left") return expect.fail(formatFailure(result.left))
    expect(result.right).toBe(input)
    expect(result.right.detail.version).toBe("2023-07-31")
  })

  it("fails another detail-type at its path", () => {
    const result = decodeJobEngineVersionEvent(fixture("job-state/error.json"))
    expect(result._tag === "Left" && result.left.issues.map((issue) => issue.path)).toEqual([
      "$.detail-type",
    ])
  })
})
