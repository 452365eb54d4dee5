import { describe, expect, it } from "vitest"
import { decodeEventBridgeEvent, isCloudTrailDetailType } from "../../../src"
import { fixture } from "../../helpers/fixtures"

describe("decodeEventBridgeEvent", () => {
  it("gives the record in detail of an AWS API Call via CloudTrail event", () => {
    const { container, results } = decodeEventBridgeEvent(fixture("containers/eventbridge-api-call.json"))
    expect(container).toBe("eventbridge")
    expect(results).toMatchObject([{ _tag: "record", path: "$.detail", record: { eventName: "CreateJob" } }])
  })

  it("gives a MediaConvert Job State Change as an event result that keeps its detail, not a failure", () => {
    const { results, summary } = decodeEventBridgeEvent(
      fixture("containers/eventbridge-job-state-change.json"),
    )
    expect(results).toMatchObject([
      {
        _tag: "event",
        detailType: "MediaConvert Job State Change",
        eventBridgeSource: "aws.mediaconvert",
        detail: { status: "COMPLETE" },
      },
    ])
    expect(summary).toMatchObject({ decoded: 0, failed: 0, skipped: 1, skippedBy: { event: 1 } })
  })

  it("puts $.detail before the paths of a record that does not decode", () => {
    const [result] = decodeEventBridgeEvent(fixture("containers/eventbridge-bad-detail.json")).results
    expect(result?._tag === "failure" && result.failure.issues[0]?.path).toMatch(/^\$\.detail\./)
  })

  it("fails at $ for something that is not an EventBridge event", () => {
    expect(decodeEventBridgeEvent({ Records: [] }).results).toMatchObject([{ _tag: "failure", path: "$" }])
  })
})

describe("isCloudTrailDetailType", () => {
  it("accepts each detail-type CloudTrail uses and nothing else", () => {
    for (const type of [
      "AWS API Call via CloudTrail",
      "AWS Console Signin via CloudTrail",
      "AWS Console Action via CloudTrail",
      "AWS Service Event via CloudTrail",
      "AWS Insight via CloudTrail",
    ])
      expect(isCloudTrailDetailType(type), type).toBe(true)
    expect(isCloudTrailDetailType("MediaConvert Job State Change")).toBe(false)
    expect(isCloudTrailDetailType("Job Engine Version Added")).toBe(false)
  })
})
