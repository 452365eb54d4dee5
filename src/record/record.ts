import * as t from "io-ts"
import { absentOrNull, nullable } from "../codec/primitives"
import { struct } from "../codec/struct"
import { taggedUnion } from "../codec/tagged"
import { UnlistedString } from "../codec/unlisted"
import { baseRequired, envelopeMembers } from "./envelope"
import { EventCategory, InsightDetails } from "./parts"
import { UserIdentity } from "./user-identity"

/** What identifies a call: when, which service, which operation ([the quirks: required](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#required)). */
const callRequired = {
  ...baseRequired,
  /** The service called, such as `"mediaconvert.amazonaws.com"`. */
  eventSource: t.string,
  /** The operation called, such as `"CreateJob"`. */
  eventName: t.string,
}

/** Who made the call: often absent from trimmed records, `null` from some tools. */
const callOptional = {
  ...envelopeMembers,
  /** Who made the call: the kind of principal, its ARN, account and access key, and its session. {@link identityOf} reads it. */
  userIdentity: nullable(UserIdentity),
}

const callRecord = <const N extends string, E extends t.Mixed>(name: N, eventTypes: E) =>
  struct(
    name,
    {
      ...callRequired,
      /** What the record is of: `"AwsApiCall"`, `"AwsServiceEvent"`, `"AwsConsoleAction"`, …. */
      eventType: eventTypes,
    },
    callOptional,
  )

/**
 * An API call (`eventType` `AwsApiCall`): every MediaConvert record is one.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @example
 * import { ApiCallRecord } from "mediaconvert-cloudtrail"
 * ApiCallRecord.is({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventType: "AwsApiCall", eventSource: "mediaconvert.amazonaws.com", eventName: "ListQueues", userIdentity: { type: "Root" } }) // true
 * @category Records
 * @since 0.1.0
 */
export const ApiCallRecord = callRecord("ApiCallRecord", t.literal("AwsApiCall"))
/** @category Records @since 0.1.0 */
export interface ApiCallRecord extends t.TypeOf<typeof ApiCallRecord> {}

/**
 * An event a service raised on its own (`AwsServiceEvent`); its `userIdentity` often has no `type`.
 *
 * @example
 * import { ServiceEventRecord } from "mediaconvert-cloudtrail"
 * ServiceEventRecord.is({ eventVersion: "1.05", eventTime: "2024-01-01T00:00:00Z", awsRegion: "us-east-1", eventType: "AwsServiceEvent", eventSource: "kms.amazonaws.com", eventName: "RotateKey", userIdentity: { accountId: "111122223333", invokedBy: "AWS Internal" } }) // true
 * @category Records
 * @since 0.1.0
 */
export const ServiceEventRecord = callRecord("ServiceEventRecord", t.literal("AwsServiceEvent"))
/** @category Records @since 0.1.0 */
export interface ServiceEventRecord extends t.TypeOf<typeof ServiceEventRecord> {}

/**
 * A console action that is not an API call (`AwsConsoleAction`).
 *
 * @example
 * import { ConsoleActionRecord } from "mediaconvert-cloudtrail"
 * ConsoleActionRecord.is({ eventVersion: "1.08", eventTime: "2024-01-01T00:00:00Z", awsRegion: "us-east-1", eventType: "AwsConsoleAction", eventSource: "s3.amazonaws.com", eventName: "ViewBucket", userIdentity: { type: "Root" } }) // true
 * @category Records
 * @since 0.1.0
 */
export const ConsoleActionRecord = callRecord("ConsoleActionRecord", t.literal("AwsConsoleAction"))
/** @category Records @since 0.1.0 */
export interface ConsoleActionRecord extends t.TypeOf<typeof ConsoleActionRecord> {}

/**
 * A console sign-in (`AwsConsoleSignIn`; older examples spell it `AwsConsoleSignin`, accepted too).
 *
 * @example
 * import { ConsoleSignInRecord } from "mediaconvert-cloudtrail"
 * ConsoleSignInRecord.is({ eventVersion: "1.05", eventTime: "2024-01-01T00:00:00Z", awsRegion: "us-east-1", eventType: "AwsConsoleSignIn", eventSource: "signin.amazonaws.com", eventName: "ConsoleLogin", userIdentity: { type: "IAMUser" } }) // true
 * @category Records
 * @since 0.1.0
 */
export const ConsoleSignInRecord = callRecord(
  "ConsoleSignInRecord",
  t.keyof({ AwsConsoleSignIn: null, AwsConsoleSignin: null }),
)
/** @category Records @since 0.1.0 */
export interface ConsoleSignInRecord extends t.TypeOf<typeof ConsoleSignInRecord> {}

/**
 * A network activity event through a VPC endpoint (`AwsVpceEvent`; the documentation's
 * spelling `AwsVpceEvents` is accepted too).
 *
 * @example
 * import { VpceEventRecord } from "mediaconvert-cloudtrail"
 * VpceEventRecord.is({ eventVersion: "1.09", eventTime: "2024-01-01T00:00:00Z", awsRegion: "us-east-1", eventType: "AwsVpceEvent", eventSource: "kms.amazonaws.com", eventName: "Decrypt", userIdentity: { type: "AWSAccount" } }) // true
 * @category Records
 * @since 0.1.0
 */
export const VpceEventRecord = callRecord(
  "VpceEventRecord",
  t.keyof({ AwsVpceEvent: null, AwsVpceEvents: null }),
)
/** @category Records @since 0.1.0 */
export interface VpceEventRecord extends t.TypeOf<typeof VpceEventRecord> {}

/**
 * An Insights record (`AwsCloudTrailInsight`): no `userIdentity`, `eventSource` or
 * `eventName` of its own; what it is about is in `insightDetails`.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html
 * @example
 * import { InsightRecord } from "mediaconvert-cloudtrail"
 * InsightRecord.is({ eventVersion: "1.07", eventTime: "2024-01-01T00:00:00Z", awsRegion: "us-east-1", eventType: "AwsCloudTrailInsight", insightDetails: { state: "Start" } }) // true
 * @category Records
 * @since 0.1.0
 */
export const InsightRecord = struct(
  "InsightRecord",
  { ...baseRequired, eventType: t.literal("AwsCloudTrailInsight"), insightDetails: InsightDetails },
  absentOrNull({
    eventVersion: t.string,
    awsRegion: t.string,
    eventID: t.string,
    sharedEventID: t.string,
    recipientAccountId: t.string,
    eventCategory: EventCategory,
  }),
)
/** @category Records @since 0.1.0 */
export interface InsightRecord extends t.TypeOf<typeof InsightRecord> {}

/**
 * A record whose `eventType` is one this version does not list, or absent (records older
 * than `eventVersion` 1.02 have none, and neither do many trimmed records). Everything is
 * kept; the usual members are typed.
 *
 * @example
 * import { OtherRecord } from "mediaconvert-cloudtrail"
 * OtherRecord.is({ eventVersion: "1.0", eventTime: "2014-03-06T21:22:54Z", awsRegion: "us-east-1", eventSource: "ec2.amazonaws.com", eventName: "StartInstances" }) // true
 * OtherRecord.is({ eventTime: "2024-01-01T00:00:00Z", eventName: "DeleteBucket", userIdentity: null }) // true: trimmed
 * @category Records
 * @since 0.1.0
 */
export const OtherRecord = struct("OtherRecord", baseRequired, {
  eventType: nullable(UnlistedString),
  ...absentOrNull({ eventSource: t.string, eventName: t.string }),
  ...callOptional,
  insightDetails: nullable(InsightDetails),
})
/** @category Records @since 0.1.0 */
export interface OtherRecord extends t.TypeOf<typeof OtherRecord> {}

/**
 * One CloudTrail record, of any service and any `eventVersion`: a union on `eventType`.
 * Decoding checks every member this library knows, keeps every member it does not, and
 * returns the input itself, so `CloudTrailRecord.encode(value)` gives back the input.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @example
 * import { CloudTrailRecord } from "mediaconvert-cloudtrail"
 * const result = CloudTrailRecord.decode({ eventVersion: "1.05", eventTime: "2018-07-10T15:36:29Z", awsRegion: "eu-west-1", eventType: "AwsApiCall", eventSource: "mediaconvert.amazonaws.com", eventName: "DeleteQueue", userIdentity: { type: "IAMUser" } })
 * if (result._tag === "Right" && result.right.eventType === "AwsApiCall") console.log(result.right.eventName)
 * @category Records
 * @since 0.1.0
 */
export const CloudTrailRecord = taggedUnion(
  "CloudTrailRecord",
  "eventType",
  {
    AwsApiCall: ApiCallRecord,
    AwsServiceEvent: ServiceEventRecord,
    AwsConsoleAction: ConsoleActionRecord,
    AwsConsoleSignIn: ConsoleSignInRecord,
    AwsConsoleSignin: ConsoleSignInRecord,
    AwsVpceEvent: VpceEventRecord,
    AwsVpceEvents: VpceEventRecord,
    AwsCloudTrailInsight: InsightRecord,
  },
  OtherRecord,
  OtherRecord,
)
/** @category Records @since 0.1.0 */
export type CloudTrailRecord =
  | ApiCallRecord
  | ServiceEventRecord
  | ConsoleActionRecord
  | ConsoleSignInRecord
  | VpceEventRecord
  | InsightRecord
  | OtherRecord
