// The public surface of "mediaconvert-cloudtrail": re-exports only. Nothing here, or in
// anything it imports, may use a Node built-in: this entry runs in browsers and edge runtimes.
// The combinators that build codecs live behind "mediaconvert-cloudtrail/codec"; the codecs of
// the 220 structures, 482 enumerations and 68 requests and responses of the MediaConvert API
// behind "mediaconvert-cloudtrail/shapes".

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
export * from "./mediaconvert/decode"
export * from "./mediaconvert/event"
export * from "./mediaconvert/generated/events"
export * from "./mediaconvert/job-id"
export * from "./mediaconvert/jobs"
export * from "./mediaconvert/operation-class"
export * from "./mediaconvert/references"
export * from "./origin/origin-of"
export * from "./record/decode"
export * from "./record/parts"
export * from "./record/record"
export * from "./record/user-identity"
