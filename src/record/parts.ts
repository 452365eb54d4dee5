import * as t from "io-ts"
import { absentOrNull, either, list, nullable, openEnum } from "../codec/primitives"
import { type NoMembers, type StructCodec, type StructOf, struct } from "../codec/struct"

/** The members of {@link Resource}. */
const resourceMembers = absentOrNull({
  ARN: t.string,
  ARNPrefix: t.string,
  accountId: t.string,
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
 * a Python repr of the list, is not: see [docs/quirks.md#resources](../../docs/quirks.md#resources)).
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
  tlsVersion: t.string,
  cipherSuite: t.string,
  clientProvidedHostHeader: t.string,
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
  reason: openEnum("AddendumReason", ["DELIVERY_DELAY", "UPDATED_DATA", "SERVICE_OUTAGE"]),
  updatedFields: t.string,
  originalRequestID: t.string,
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

const Average = struct("Average", {}, { average: t.number })
const AttributionValue = struct("AttributionValue", {}, { value: nullable(t.string), average: t.number })

/** The members of {@link InsightDetails}. */
const insightDetailsMembers = {
  state: openEnum("InsightState", ["Start", "End"]),
  eventSource: t.string,
  eventName: t.string,
  insightType: openEnum("InsightType", ["ApiCallRateInsight", "ApiErrorRateInsight"]),
  errorCode: t.string,
  insightContext: struct(
    "InsightContext",
    {},
    {
      statistics: struct(
        "InsightStatistics",
        {},
        { baseline: Average, insight: Average, insightDuration: t.number, baselineDuration: t.number },
      ),
      attributions: list(
        struct(
          "InsightAttribution",
          {},
          { attribute: t.string, insight: list(AttributionValue), baseline: list(AttributionValue) },
        ),
      ),
    },
  ),
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
