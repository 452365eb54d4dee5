/**
 * Decode CloudTrail records, tell MediaConvert's 34 operations apart, and read who made each
 * call and from where. Every decoder returns an `Either` and keeps the record as it was logged;
 * {@link decodeRecord} takes one record of any service, {@link decodeMediaConvertEvent} a
 * MediaConvert record narrowed on its `eventName`, and {@link recordsFrom} finds the records in
 * what CloudTrail, EventBridge, CloudWatch Logs or CloudTrail Lake delivers. Nothing here needs
 * Node.js: it runs in browsers and edge runtimes too. Start with
 * [Getting started](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/getting-started.html); [Containers](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/containers.html) says which
 * reader fits what you hold.
 *
 * @module mediaconvert-cloudtrail
 */

// Re-exports only. Nothing here, or in anything it imports, may use a Node built-in. The codecs
// of the 220 structures, 482 enumerations and 68 requests and responses of the MediaConvert API
// are behind "mediaconvert-cloudtrail/shapes", the combinators behind ".../codec".
export type { JsonArray, JsonObject, JsonValue } from "./codec/json"
export {
  type BooleanText,
  booleanOf,
  epochMillisOf,
  isRedacted,
  type OpenEnum,
  type Redacted,
  type StringMap,
  type Timestamp,
} from "./codec/primitives"
export type { Unlisted } from "./codec/unlisted"
export * from "./containers"
export {
  type DecodeFailure,
  type DecodeIssue,
  describeValue,
  formatFailure,
  jsonPath,
  MAX_ISSUES,
  type PathSegment,
} from "./failure"
export * from "./identity/identity-of"
export * from "./mediaconvert/arn"
export * from "./mediaconvert/buckets"
export * from "./mediaconvert/decode"
export * from "./mediaconvert/event"
export * from "./mediaconvert/generated/events"
export * from "./mediaconvert/job-id"
export * from "./mediaconvert/job-state"
export * from "./mediaconvert/job-state-decode"
export * from "./mediaconvert/job-state-parts"
export * from "./mediaconvert/jobs"
export * from "./mediaconvert/operation-class"
export * from "./mediaconvert/references"
export * from "./mediaconvert/resource"
export * from "./origin/origin-of"
export * from "./record/decode"
export * from "./record/parts"
export * from "./record/record"
export * from "./record/session-context"
export * from "./record/user-identity"
export * from "./timelines/join"
export * from "./timelines/timeline"
