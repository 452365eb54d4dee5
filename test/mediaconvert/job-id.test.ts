import * as O from "fp-ts/Option"
import { describe, expect, it } from "vitest"
import { type CloudTrailRecord, decodeRecord, formatFailure, jobIdFrom } from "../../src"
import { fixture } from "../helpers/fixtures"

const base = fixture("seed/CreateJob.json") as Record<string, unknown>
const recordWith = (changes: Record<string, unknown>): CloudTrailRecord => {
  const result = decodeRecord({ ...base, ...changes })
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return result.right
}

describe("jobIdFrom", () => {
  it("reads the job id of a CreateJob response", () => {
    expect(jobIdFrom(recordWith({}))).toStrictEqual(O.some("1712252725875-defhgi"))
  })

  it("falls back to the job ARN of the response", () => {
    const job = { arn: "arn:aws:mediaconvert:us-west-2:111122223333:jobs/1712252725875-abcdef" }
    expect(jobIdFrom(recordWith({ responseElements: { job } }))).toStrictEqual(O.some("1712252725875-abcdef"))
  })

  it("gives none for a CreateJob without a response: the request never holds the id", () => {
    expect(jobIdFrom(recordWith({ responseElements: null, errorCode: "BadRequestException" }))).toStrictEqual(
      O.none,
    )
  })

  it.each(["GetJob", "CancelJob"])("reads the id path member of %s, in either spelling", (eventName) => {
    expect(
      jobIdFrom(
        recordWith({ eventName, requestParameters: { id: "1712252725875-aaaaaa" }, responseElements: null }),
      ),
    ).toStrictEqual(O.some("1712252725875-aaaaaa"))
    expect(
      jobIdFrom(
        recordWith({ eventName, requestParameters: { Id: "1712252725875-bbbbbb" }, responseElements: null }),
      ),
    ).toStrictEqual(O.some("1712252725875-bbbbbb"))
  })

  it("never takes a jobs-query id for a job id", () => {
    for (const eventName of ["GetJobsQueryResults", "StartJobsQuery"]) {
      expect(
        jobIdFrom(
          recordWith({ eventName, requestParameters: { id: "q-123" }, responseElements: { id: "q-123" } }),
        ),
      ).toStrictEqual(O.none)
    }
  })

  it("reads the job of CreateResourceShare and of tagging calls on a job ARN", () => {
    expect(
      jobIdFrom(
        recordWith({
          eventName: "CreateResourceShare",
          requestParameters: { jobId: "1712252725875-cccccc", supportCaseId: "1" },
          responseElements: null,
        }),
      ),
    ).toStrictEqual(O.some("1712252725875-cccccc"))
    const arn = "arn:aws:mediaconvert:us-west-2:111122223333:jobs/1712252725875-dddddd"
    expect(
      jobIdFrom(
        recordWith({
          eventName: "TagResource",
          requestParameters: { arn, tags: {} },
          responseElements: null,
        }),
      ),
    ).toStrictEqual(O.some("1712252725875-dddddd"))
    expect(
      jobIdFrom(
        recordWith({ eventName: "UntagResource", requestParameters: { Arn: arn }, responseElements: null }),
      ),
    ).toStrictEqual(O.some("1712252725875-dddddd"))
  })

  it("gives none for a tagging call on a queue", () => {
    expect(
      jobIdFrom(
        recordWith({
          eventName: "TagResource",
          requestParameters: { arn: "arn:aws:mediaconvert:us-west-2:111122223333:queues/Default" },
          responseElements: null,
        }),
      ),
    ).toStrictEqual(O.none)
  })

  it("reads a job ARN in resources", () => {
    const resources = [
      {
        ARN: "arn:aws:mediaconvert:us-west-2:111122223333:jobs/1712252725875-eeeeee",
        accountId: "111122223333",
      },
    ]
    expect(
      jobIdFrom(
        recordWith({
          eventName: "ListTagsForResource",
          requestParameters: null,
          responseElements: null,
          resources,
        }),
      ),
    ).toStrictEqual(O.some("1712252725875-eeeeee"))
  })

  it("ignores job ids of other services", () => {
    expect(jobIdFrom(recordWith({ eventSource: "glue.amazonaws.com" }))).toStrictEqual(O.none)
  })

  it("never throws, whatever it is given", () => {
    for (const input of [
      null,
      1,
      "x",
      [],
      { resources: "" },
      { eventSource: "mediaconvert.amazonaws.com", responseElements: { job: "***" } },
    ]) {
      // @ts-expect-error: deliberately not a record
      expect(jobIdFrom(input)).toStrictEqual(O.none)
    }
  })
})
