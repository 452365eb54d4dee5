import * as t from "io-ts"
import { Json } from "../codec/json"
import { absentOrNull, BooleanTextCodec, either } from "../codec/primitives"
import { Addendum, EventCategory, Resources, TlsDetails } from "./parts"

/**
 * The members of a record that every kind of record may carry, each with its JSON type and
 * the `eventVersion` that introduced it. All optional: a record of an older version simply
 * lacks the newer ones, AWS omits large parts, and trimmed records (test suites, documentation)
 * drop more; only `eventTime`, and for calls `eventSource` and `eventName`, identify a record
 * ([the quirks: required](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#required)). Each may be `null` ([the quirks: nulls](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#nulls)).
 *
 * @internal
 */
export const envelopeMembers = absentOrNull({
  /**
   * The version of the record format, such as `"1.09"` (not the version of the API called).
   *
   * @since eventVersion 1.0
   */
  eventVersion: t.string,
  /**
   * The Region the request was made to, such as `"us-west-2"`.
   *
   * @since eventVersion 1.0
   */
  awsRegion: t.string,
  /**
   * Where the request came from: the caller's IP address, or the host name of the AWS service that made the call for the caller (`"mediaconvert.amazonaws.com"`), or `"AWS Internal"`. {@link originOf} reads it.
   *
   * @since eventVersion 1.0
   */
  sourceIPAddress: t.string,
  /**
   * The agent the request was sent with: an SDK or the AWS CLI with their versions, the console, or the name of a service. The caller chooses it, so it is a claim, not evidence.
   *
   * @since eventVersion 1.0
   */
  userAgent: t.string,
  /**
   * The error of a call that failed, such as `"AccessDeniedException"`; absent when the call succeeded.
   *
   * @since eventVersion 1.0
   */
  errorCode: t.string,
  /**
   * The message of a failed call's error. For a denied call it names the action and the resource that were refused.
   *
   * @since eventVersion 1.0
   */
  errorMessage: t.string,
  /**
   * What the caller sent, as the service chose to log it.
   *
   * @since eventVersion 1.0; any JSON: each service logs what it chooses
   */
  requestParameters: Json,
  /**
   * What the call returned, for calls that change something; `null` for read-only calls and calls without a response body.
   *
   * @since eventVersion 1.0
   */
  responseElements: Json,
  /**
   * Data the service adds to its records beyond the request and the response.
   *
   * @since eventVersion 1.0; any JSON: Route 53 Domains logs a sentence ([the quirks: free-form](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#free-form))
   */
  additionalEventData: Json,
  /**
   * The id the service gave the request.
   *
   * @since eventVersion 1.01
   */
  requestID: t.string,
  /**
   * The id CloudTrail gave this record, unique per record: use it to drop duplicates.
   *
   * @since eventVersion 1.01
   */
  eventID: t.string,
  /**
   * Whether the call only read (`Get…`, `List…`) or could change something.
   *
   * @since eventVersion 1.01; `"true"`/`"false"` from some tools ([the quirks: booleans](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#booleans))
   */
  readOnly: BooleanTextCodec,
  /**
   * The resources the call acted on, when the service lists them: each an ARN, its account and its type.
   *
   * @since eventVersion 1.01
   */
  resources: Resources,
  /**
   * The version of the API called, for the services that log it (MediaConvert: `"2017-08-29"`).
   *
   * @since eventVersion 1.01
   */
  apiVersion: t.string,
  /**
   * The account this record was delivered to. It differs from `userIdentity.accountId` when a principal of another account made the call.
   *
   * @since eventVersion 1.02
   */
  recipientAccountId: t.string,
  /**
   * An id shared by the copies of one record that CloudTrail delivers to several accounts (a call across accounts).
   *
   * @since eventVersion 1.03
   */
  sharedEventID: t.string,
  /**
   * The VPC endpoint the request came through, when it came through one.
   *
   * @since eventVersion 1.04
   */
  vpcEndpointId: t.string,
  /**
   * For a service event, what happened.
   *
   * @since eventVersion 1.05; any JSON ([the quirks: free-form](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#free-form))
   */
  serviceEventDetails: Json,
  /**
   * Whether the record is of a management event (every MediaConvert API call is one).
   *
   * @since eventVersion 1.06; `"true"`/`"false"` from some tools ([the quirks: booleans](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#booleans))
   */
  managementEvent: BooleanTextCodec,
  /**
   * The category of the record: `"Management"` for MediaConvert's API calls, or `"Data"`, `"Insight"`, ….
   *
   * @since eventVersion 1.07
   */
  eventCategory: EventCategory,
  /**
   * Why a record was delivered late or changed after delivery, when it was.
   *
   * @since eventVersion 1.08
   */
  addendum: Addendum,
  /**
   * Whether the call was made with the credentials of a console session.
   *
   * @since eventVersion 1.08; CloudTrail writes `"true"`, other tools `true` ([the quirks: booleans](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#booleans))
   */
  sessionCredentialFromConsole: either(t.boolean, t.string),
  /**
   * The edge device a request went to, for the services that have them.
   *
   * @since eventVersion 1.08
   */
  edgeDeviceDetails: Json,
  /**
   * The TLS connection the request came over: version, cipher suite and the host name the client asked for.
   *
   * @since eventVersion 1.08
   */
  tlsDetails: TlsDetails,
  /**
   * The account that owns the VPC endpoint the request came through.
   *
   * @since eventVersion 1.09
   */
  vpcEndpointAccountId: t.string,
  /**
   * What CloudTrail Lake adds to a record (tags and other context).
   *
   * @since eventVersion 1.11; CloudTrail Lake enrichment only
   */
  eventContext: Json,
})

/** The one member every record has, of every version and every kind ([the quirks: required](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#required)). */
export const baseRequired = {
  /** When the call was made, in UTC, as CloudTrail writes it: `"2024-04-09T14:03:27Z"`. */
  eventTime: t.string,
}
