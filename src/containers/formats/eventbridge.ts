import { member } from "../../codec/read"
import { describeValue, jsonPath } from "../../failure"
import type { Segments } from "../input"
import type { Records, Sink } from "../results"
import { decodeContainer } from "./decode-container"

/**
 * The EventBridge envelope as the Lambda runtime passes it (`@types/aws-lambda`'s
 * `EventBridgeEvent` fits it). For CloudTrail's detail-types `detail` is one record.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html
 * @example
 * import type { EventBridgeEnvelope } from "mediaconvert-cloudtrail"
 * const event: EventBridgeEnvelope = { version: "0", id: "6f1e…", "detail-type": "MediaConvert Job State Change", source: "aws.mediaconvert", account: "111122223333", time: "2024-04-04T17:46:00Z", region: "us-west-2", resources: [], detail: { status: "COMPLETE" } }
 * @category Containers
 * @since 0.1.0
 */
export interface EventBridgeEnvelope {
  readonly version?: string
  readonly id?: string
  readonly "detail-type": string
  readonly source?: string
  readonly account?: string
  readonly time?: string
  readonly region?: string
  readonly resources?: ReadonlyArray<string>
  readonly detail: unknown
}

/**
 * Whether an EventBridge `detail-type` is one CloudTrail uses to forward a record
 * (`AWS API Call via CloudTrail`, `AWS Console Signin via CloudTrail`,
 * `AWS Console Action via CloudTrail`, `AWS Service Event via CloudTrail`,
 * `AWS Insight via CloudTrail`).
 *
 * @example
 * import { isCloudTrailDetailType } from "mediaconvert-cloudtrail"
 * isCloudTrailDetailType("AWS API Call via CloudTrail") // true
 * isCloudTrailDetailType("MediaConvert Job State Change") // false
 * @category Containers
 * @since 0.1.0
 */
export const isCloudTrailDetailType = (detailType: string): boolean =>
  /^AWS .+ via CloudTrail$/.test(detailType)

/** Reads one EventBridge event: the record in `detail`, or the event kept whole. */
export const eventBridgeInto = (value: unknown, at: Segments, sink: Sink): void => {
  const detailType = member(value, "detail-type")
  if (typeof detailType !== "string") {
    sink.failAt([...at, "detail-type"], "an EventBridge detail-type", describeValue(detailType))
    return
  }
  const detail = member(value, "detail")
  if (isCloudTrailDetailType(detailType)) {
    sink.record(detail, [...at, "detail"])
    return
  }
  // MediaConvert's own events share the source aws.mediaconvert; see docs/quirks.md.
  const source = member(value, "source")
  sink.results.push({
    _tag: "event",
    detailType,
    eventBridgeSource: typeof source === "string" ? source : undefined,
    detail,
    path: jsonPath(at),
  })
}

/**
 * Reads an EventBridge event, as a Lambda function's handler receives it. A CloudTrail
 * detail-type gives the record in `detail` (failures at `$.detail…`); any other detail-type,
 * such as MediaConvert's `MediaConvert Job State Change`, gives an `event` result that keeps
 * the event's detail, never a failure. Never throws.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-aws-service-specific-topics.html
 * @example
 * import { decodeEventBridgeEvent } from "mediaconvert-cloudtrail"
 * // In a Lambda handler: export const handler = async (event: unknown) => { ... }
 * const event = { version: "0", id: "1", "detail-type": "AWS API Call via CloudTrail", source: "aws.mediaconvert", account: "111122223333", time: "2024-04-04T17:45:26Z", region: "us-west-2", resources: [], detail: { eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventType: "AwsApiCall", eventSource: "mediaconvert.amazonaws.com", eventName: "CancelJob", userIdentity: { type: "Root" } } }
 * const [first] = decodeEventBridgeEvent(event).results
 * if (first?._tag === "record") console.log(first.record.eventType) // "AwsApiCall"
 * @category Containers
 * @since 0.1.0
 */
export const decodeEventBridgeEvent = (event: unknown): Records =>
  decodeContainer(event, {}, "eventbridge", (value, sink) => {
    if (member(value, "detail-type") === undefined) {
      sink.failAt([], "an EventBridge event: an object with detail-type and detail", describeValue(value))
      return "unknown"
    }
    eventBridgeInto(value, [], sink)
    return "eventbridge"
  })
