import * as t from "io-ts"
import { Json } from "../codec/json"
import { absentOrNull, BooleanTextCodec, either } from "../codec/primitives"
import { Addendum, EventCategory, Resources, TlsDetails } from "./parts"

/**
 * The members of a record that every kind of record may carry, each with its JSON type and
 * the `eventVersion` that introduced it. All optional: a record of an older version simply
 * lacks the newer ones, AWS omits large parts, and trimmed records (test suites, documentation)
 * drop more; only `eventTime`, and for calls `eventSource` and `eventName`, identify a record
 * ([docs/quirks.md#required](../../docs/quirks.md#required)). Each may be `null` ([docs/quirks.md#nulls](../../docs/quirks.md#nulls)).
 *
 * @internal
 */
export const envelopeMembers = absentOrNull({
  /** @since eventVersion 1.0 */
  eventVersion: t.string,
  /** @since eventVersion 1.0 */
  awsRegion: t.string,
  /** @since eventVersion 1.0 */
  sourceIPAddress: t.string,
  /** @since eventVersion 1.0 */
  userAgent: t.string,
  /** @since eventVersion 1.0 */
  errorCode: t.string,
  /** @since eventVersion 1.0 */
  errorMessage: t.string,
  /** @since eventVersion 1.0; any JSON: each service logs what it chooses */
  requestParameters: Json,
  /** @since eventVersion 1.0 */
  responseElements: Json,
  /** @since eventVersion 1.0; any JSON: Route 53 Domains logs a sentence ([docs/quirks.md#free-form](../../docs/quirks.md#free-form)) */
  additionalEventData: Json,
  /** @since eventVersion 1.01 */
  requestID: t.string,
  /** @since eventVersion 1.01 */
  eventID: t.string,
  /** @since eventVersion 1.01; `"true"`/`"false"` from some tools ([docs/quirks.md#booleans](../../docs/quirks.md#booleans)) */
  readOnly: BooleanTextCodec,
  /** @since eventVersion 1.01 */
  resources: Resources,
  /** @since eventVersion 1.01 */
  apiVersion: t.string,
  /** @since eventVersion 1.02 */
  recipientAccountId: t.string,
  /** @since eventVersion 1.03 */
  sharedEventID: t.string,
  /** @since eventVersion 1.04 */
  vpcEndpointId: t.string,
  /** @since eventVersion 1.05; any JSON ([docs/quirks.md#free-form](../../docs/quirks.md#free-form)) */
  serviceEventDetails: Json,
  /** @since eventVersion 1.06; `"true"`/`"false"` from some tools ([docs/quirks.md#booleans](../../docs/quirks.md#booleans)) */
  managementEvent: BooleanTextCodec,
  /** @since eventVersion 1.07 */
  eventCategory: EventCategory,
  /** @since eventVersion 1.08 */
  addendum: Addendum,
  /** @since eventVersion 1.08; CloudTrail writes `"true"`, other tools `true` ([docs/quirks.md#booleans](../../docs/quirks.md#booleans)) */
  sessionCredentialFromConsole: either(t.boolean, t.string),
  /** @since eventVersion 1.08 */
  edgeDeviceDetails: Json,
  /** @since eventVersion 1.08 */
  tlsDetails: TlsDetails,
  /** @since eventVersion 1.09 */
  vpcEndpointAccountId: t.string,
  /** @since eventVersion 1.11; CloudTrail Lake enrichment only */
  eventContext: Json,
})

/** The one member every record has, of every version and every kind ([docs/quirks.md#required](../../docs/quirks.md#required)). */
export const baseRequired = {
  eventTime: t.string,
}
