import * as t from "io-ts"
import { absentOrNull, either, list, nullable, openEnum } from "../codec/primitives"
import { type NoMembers, type StructCodec, type StructOf, struct } from "../codec/struct"

/** The members of {@link Resource}. */
const resourceMembers = absentOrNull({
  /** The resource's ARN (upper-case `ARN`, as CloudTrail spells it here). */
  ARN: t.string,
  /** The start of the ARNs of the resources concerned, where the record does not name each one. */
  ARNPrefix: t.string,
  /** The account that owns the resource. */
  accountId: t.string,
  /** The resource's type, such as `"AWS::KMS::Key"`. */
  type: t.string,
})

/**
 * One resource a record names: `{ ARN, accountId, type }` (note the upper-case `ARN`).
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @example
 * import { Resource } from "mediaconvert-cloudtrail"
 * Resource.is({ ARN: "arn:aws:kms:us-east-1:111122223333:key/k", accountId: "111122223333", type: "AWS::KMS::Key" }) // true
 * @category Records
 * @since 0.1.0
 */
export const Resource: StructCodec<NoMembers, typeof resourceMembers, Resource> = struct(
  "Resource",
  {},
  resourceMembers,
)
/** @category Records @since 0.1.0 */
export interface Resource extends StructOf<NoMembers, typeof resourceMembers> {}

/**
 * The `resources` member: a list of {@link Resource}. Event history has been seen returning
 * an empty string in its place, so the empty string is accepted too (any other string, such as
 * a Python repr of the list, is not: see [the quirks: resources](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#resources)).
 *
 * @example
 * import { Resources } from "mediaconvert-cloudtrail"
 * Resources.is([]) // true
 * Resources.is("") // true
 * Resources.is("[{'ARN': 'arn:aws:s3:::b'}]") // false
 * @category Records
 * @since 0.1.0
 */
export const Resources: t.Type<Resources, Resources, unknown> = either(t.literal(""), list(Resource))
/** @category Records @since 0.1.0 */
export type Resources = ReadonlyArray<Resource> | ""

/** The members of {@link TlsDetails}. */
const tlsDetailsMembers = absentOrNull({
  /** The TLS version, such as `"TLSv1.3"`. */
  tlsVersion: t.string,
  /** The cipher suite, such as `"TLS_AES_128_GCM_SHA256"`. */
  cipherSuite: t.string,
  /** The host name the client asked for, such as `"mediaconvert.us-west-2.amazonaws.com"`. */
  clientProvidedHostHeader: t.string,
  /** The key exchange algorithm of the connection. */
  keyExchange: t.string,
})

/**
 * The TLS connection a request came over (since `eventVersion` 1.08).
 *
 * @example
 * import { TlsDetails } from "mediaconvert-cloudtrail"
 * TlsDetails.is({ tlsVersion: "TLSv1.3", cipherSuite: "TLS_AES_128_GCM_SHA256", clientProvidedHostHeader: "mediaconvert.us-west-2.amazonaws.com" }) // true
 * @category Records
 * @since 0.1.0
 */
export const TlsDetails: StructCodec<NoMembers, typeof tlsDetailsMembers, TlsDetails> = struct(
  "TlsDetails",
  {},
  tlsDetailsMembers,
)
/** @category Records @since 0.1.0 */
export interface TlsDetails extends StructOf<NoMembers, typeof tlsDetailsMembers> {}

/** The members of {@link Addendum}. */
const addendumMembers = absentOrNull({
  /** Why: `"DELIVERY_DELAY"` (delivered late), `"UPDATED_DATA"` (fields corrected after delivery) or `"SERVICE_OUTAGE"`. */
  reason: openEnum("AddendumReason", ["DELIVERY_DELAY", "UPDATED_DATA", "SERVICE_OUTAGE"]),
  /** Which fields were updated, for `"UPDATED_DATA"`. */
  updatedFields: t.string,
  /** The `requestID` of the record this one updates. */
  originalRequestID: t.string,
  /** The `eventID` of the record this one updates. */
  originalEventID: t.string,
})

/**
 * Why a record was delivered late or changed (since `eventVersion` 1.08).
 *
 * @example
 * import { Addendum } from "mediaconvert-cloudtrail"
 * Addendum.is({ reason: "DELIVERY_DELAY" }) // true
 * @category Records
 * @since 0.1.0
 */
export const Addendum: StructCodec<NoMembers, typeof addendumMembers, Addendum> = struct(
  "Addendum",
  {},
  addendumMembers,
)
/** @category Records @since 0.1.0 */
export interface Addendum extends StructOf<NoMembers, typeof addendumMembers> {}

/** The members of {@link InsightAverage}. */
const averageMembers = { average: t.number }
const Average: StructCodec<NoMembers, typeof averageMembers, InsightAverage> = struct(
  "Average",
  {},
  averageMembers,
)

/**
 * An average number of calls (or errors) per minute, in an Insights record's statistics.
 *
 * @example
 * import type { InsightAverage } from "mediaconvert-cloudtrail"
 * const baseline: InsightAverage = { average: 0.0000882145 }
 * @category Records
 * @since 0.1.0
 */
export interface InsightAverage extends StructOf<NoMembers, typeof averageMembers> {}

/** The members of {@link InsightAttributionValue}. */
const attributionValueMembers = { value: nullable(t.string), average: t.number }
const AttributionValue: StructCodec<NoMembers, typeof attributionValueMembers, InsightAttributionValue> =
  struct("AttributionValue", {}, attributionValueMembers)

/**
 * One value of an {@link InsightAttribution}'s attribute (a user's ARN, a user agent, an error
 * code) and its average number of calls per minute.
 *
 * @example
 * import type { InsightAttributionValue } from "mediaconvert-cloudtrail"
 * const value: InsightAttributionValue = { value: "arn:aws:iam::111122223333:role/admin", average: 0.5 }
 * @category Records
 * @since 0.1.0
 */
export interface InsightAttributionValue extends StructOf<NoMembers, typeof attributionValueMembers> {}

/** The members of {@link InsightStatistics}. */
const statisticsMembers = {
  baseline: Average,
  insight: Average,
  insightDuration: t.number,
  baselineDuration: t.number,
}
const InsightStatistics: StructCodec<NoMembers, typeof statisticsMembers, InsightStatistics> = struct(
  "InsightStatistics",
  {},
  statisticsMembers,
)

/**
 * The rates an Insights record compares: the usual one (`baseline`) and the unusual one
 * (`insight`), and over how many minutes each was measured.
 *
 * @example
 * import type { InsightStatistics } from "mediaconvert-cloudtrail"
 * const statistics: InsightStatistics = { baseline: { average: 0.5 }, insight: { average: 40 }, insightDuration: 1, baselineDuration: 10080 }
 * @category Records
 * @since 0.1.0
 */
export interface InsightStatistics extends StructOf<NoMembers, typeof statisticsMembers> {}

/** The members of {@link InsightAttribution}. */
const attributionMembers = {
  attribute: t.string,
  insight: list(AttributionValue),
  baseline: list(AttributionValue),
}
const InsightAttribution: StructCodec<NoMembers, typeof attributionMembers, InsightAttribution> = struct(
  "InsightAttribution",
  {},
  attributionMembers,
)

/**
 * Which values of one attribute (`userIdentityArn`, `userAgent`, `errorCode`) contributed most
 * to the unusual rate, and to the usual one.
 *
 * @example
 * import type { InsightAttribution } from "mediaconvert-cloudtrail"
 * const attribution: InsightAttribution = { attribute: "userAgent", insight: [{ value: "aws-cli/2.15.0", average: 40 }], baseline: [] }
 * @category Records
 * @since 0.1.0
 */
export interface InsightAttribution extends StructOf<NoMembers, typeof attributionMembers> {}

/** The members of {@link InsightContext}. */
const insightContextMembers = { statistics: InsightStatistics, attributions: list(InsightAttribution) }
const InsightContext: StructCodec<NoMembers, typeof insightContextMembers, InsightContext> = struct(
  "InsightContext",
  {},
  insightContextMembers,
)

/**
 * The `insightContext` of an Insights record: the statistics, and what they are attributed to.
 *
 * @example
 * import type { InsightContext } from "mediaconvert-cloudtrail"
 * const context: InsightContext = { statistics: { baseline: { average: 0.5 }, insight: { average: 40 } }, attributions: [] }
 * @category Records
 * @since 0.1.0
 */
export interface InsightContext extends StructOf<NoMembers, typeof insightContextMembers> {}

/** The members of {@link InsightDetails}. */
const insightDetailsMembers = {
  state: openEnum("InsightState", ["Start", "End"]),
  eventSource: t.string,
  eventName: t.string,
  insightType: openEnum("InsightType", ["ApiCallRateInsight", "ApiErrorRateInsight"]),
  errorCode: t.string,
  insightContext: InsightContext,
}

/**
 * What an Insights record says: which call rate or error rate changed, and the statistics.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html
 * @example
 * import { InsightDetails } from "mediaconvert-cloudtrail"
 * InsightDetails.is({ state: "Start", eventSource: "mediaconvert.amazonaws.com", eventName: "CreateJob", insightType: "ApiCallRateInsight" }) // true
 * @category Records
 * @since 0.1.0
 */
export const InsightDetails: StructCodec<NoMembers, typeof insightDetailsMembers, InsightDetails> = struct(
  "InsightDetails",
  {},
  insightDetailsMembers,
)
/** @category Records @since 0.1.0 */
export interface InsightDetails extends StructOf<NoMembers, typeof insightDetailsMembers> {}

/**
 * `eventCategory` (since 1.07): `Management` for every MediaConvert record.
 *
 * @example
 * import { EventCategory } from "mediaconvert-cloudtrail"
 * EventCategory.is("Management") // true
 * @category Records
 * @since 0.1.0
 */
export const EventCategory = openEnum("EventCategory", [
  "Management",
  "Data",
  "NetworkActivity",
  "Insight",
  "ConfigurationItem",
  "Evidence",
  "ActivityAuditLog",
])
