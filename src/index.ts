// The public surface of "mediaconvert-cloudtrail": re-exports only. Nothing here, or in
// anything it imports, may use a Node built-in: this entry runs in browsers and edge runtimes.

export * from "./codec/json"
export * from "./codec/primitives"
export * from "./codec/struct"
export * from "./codec/tagged"
export * from "./codec/unlisted"
export * from "./containers"
export * from "./decode"
export * from "./failure"
export * from "./identity/identity-of"
export * from "./identity/user-identity"
export * from "./mediaconvert/arn"
export * from "./mediaconvert/event"
export * from "./mediaconvert/generated/events"
export * from "./mediaconvert/generated/operations"
/**
 * The codecs and types of every structure of the MediaConvert API (220, generated from the AWS
 * model), and its enumerations under `MediaConvertShapes.enums` (482).
 *
 * @example
 * import { MediaConvertShapes } from "mediaconvert-cloudtrail"
 * MediaConvertShapes.H264Settings.is({ rateControlMode: "QVBR", maxBitrate: 8000000 }) // true
 * const codec: MediaConvertShapes.enums.H264RateControlMode = "QVBR"
 * @since 0.1.0
 */
export * as MediaConvertShapes from "./mediaconvert/generated/shapes"
export * from "./mediaconvert/job-id"
export * from "./mediaconvert/operation-class"
export * from "./origin/origin-of"
export * from "./record/parts"
export * from "./record/record"
