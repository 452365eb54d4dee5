import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent, EventBridgeEvent } from "aws-lambda"
import { describe, expectTypeOf, it } from "vitest"
import {
  type CloudWatchLogsEnvelope,
  type CloudWatchLogsPayload,
  decodeCloudWatchLogsEvent,
  decodeEventBridgeEvent,
  type EventBridgeEnvelope,
  type RecordResult,
  type Records,
  recordsFrom,
} from "../../../src"

describe("Lambda events", () => {
  it("takes EventBridge events as the Lambda runtime types them", () => {
    expectTypeOf<EventBridgeEvent<"AWS API Call via CloudTrail", unknown>>().toExtend<EventBridgeEnvelope>()
    expectTypeOf<
      EventBridgeEvent<"MediaConvert Job State Change", { status: string }>
    >().toExtend<EventBridgeEnvelope>()
    expectTypeOf(decodeEventBridgeEvent).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(recordsFrom).parameter(0).toEqualTypeOf<unknown>()
  })

  it("takes CloudWatch Logs events and their decoded payloads as the Lambda runtime types them", () => {
    expectTypeOf<CloudWatchLogsEvent>().toExtend<CloudWatchLogsEnvelope>()
    expectTypeOf<CloudWatchLogsDecodedData>().toExtend<CloudWatchLogsPayload>()
    expectTypeOf(decodeCloudWatchLogsEvent).returns.toEqualTypeOf<Records>()
  })

  it("narrows a result by its tag", () => {
    const handler = (event: EventBridgeEvent<"AWS API Call via CloudTrail", unknown>) => {
      const [first] = recordsFrom(event).results
      if (first?._tag === "record") expectTypeOf(first.record.eventTime).toEqualTypeOf<string>()
      if (first?._tag === "event") expectTypeOf(first.detailType).toEqualTypeOf<string>()
      expectTypeOf(first).toEqualTypeOf<RecordResult | undefined>()
    }
    expectTypeOf(handler).toBeFunction()
  })
})
