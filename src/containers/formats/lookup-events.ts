import { member } from "../../codec/read"
import { describeValue } from "../../failure"
import { index, type Segments } from "../input"
import type { Records, Sink } from "../results"
import { decodeContainer } from "./decode-container"

/** Reads `{Events: [{CloudTrailEvent: "<record as JSON text>", …}]}`. */
export const lookupEventsInto = (value: unknown, at: Segments, sink: Sink): void => {
  const events = member(value, "Events")
  const where = [...at, "Events"]
  if (!Array.isArray(events)) {
    sink.failAt(where, "a list of events", describeValue(events))
    return
  }
  for (let i = 0; i < events.length; i++)
    sink.recordText(
      member(events[i], "CloudTrailEvent"),
      [...index(where, i), "CloudTrailEvent"],
      "the record as JSON text",
    )
}

/**
 * Reads a LookupEvents response (Event history), as the API, the SDKs or
 * `aws cloudtrail lookup-events` give it. Each event's `CloudTrailEvent` is the full record as
 * JSON *text*; it is parsed and decoded, with paths such as `$.Events[3].CloudTrailEvent.eventTime`.
 * The wrapper's own fields (`ReadOnly` as a string, `EventTime` in seconds) are not needed:
 * the record has them all. Never throws.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
 * @example
 * import { decodeLookupEventsResponse } from "mediaconvert-cloudtrail"
 * const response = { Events: [{ EventId: "1", EventName: "ListQueues", ReadOnly: "true", CloudTrailEvent: '{"eventVersion":"1.09","eventTime":"2024-04-04T17:45:26Z","awsRegion":"us-west-2","eventType":"AwsApiCall","eventSource":"mediaconvert.amazonaws.com","eventName":"ListQueues","userIdentity":{"type":"Root"},"readOnly":true}' }] }
 * console.log(decodeLookupEventsResponse(response).summary.decoded) // 1
 * @category Containers
 * @since 0.1.0
 */
export const decodeLookupEventsResponse = (response: unknown): Records =>
  decodeContainer(response, {}, "lookup-events", (value, sink) => {
    if (member(value, "Events") === undefined) {
      sink.failAt([], "a LookupEvents response: an object with Events", describeValue(value))
      return "unknown"
    }
    lookupEventsInto(value, [], sink)
    return "lookup-events"
  })
