import * as t from "io-ts"
import { JsonObjectCodec as FreeForm, Json } from "../codec/json"
import { Addendum, EventCategory, Resources, TlsDetails } from "./parts"

/**
 * The members of a record that every kind of record may carry, each with its JSON type and
 * the `eventVersion` that introduced it. All optional: a record of an older version simply
 * lacks the newer ones, and AWS omits large parts (see docs/record.md).
 *
 * @internal
 */
export const envelopeMembers = {
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
  /** @since eventVersion 1.0 */
  additionalEventData: FreeForm,
  /** @since eventVersion 1.01 */
  requestID: t.string,
  /** @since eventVersion 1.01 */
  eventID: t.string,
  /** @since eventVersion 1.01 */
  readOnly: t.boolean,
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
  /** @since eventVersion 1.05 */
  serviceEventDetails: FreeForm,
  /** @since eventVersion 1.06 */
  managementEvent: t.boolean,
  /** @since eventVersion 1.07 */
  eventCategory: EventCategory,
  /** @since eventVersion 1.08 */
  addendum: Addendum,
  /** @since eventVersion 1.08 */
  sessionCredentialFromConsole: t.string,
  /** @since eventVersion 1.08 */
  edgeDeviceDetails: FreeForm,
  /** @since eventVersion 1.08 */
  tlsDetails: TlsDetails,
  /** @since eventVersion 1.09 */
  vpcEndpointAccountId: t.string,
  /** @since eventVersion 1.11; CloudTrail Lake enrichment only */
  eventContext: FreeForm,
}

/** Members every record has, of every version. */
export const baseRequired = {
  eventVersion: t.string,
  eventTime: t.string,
  awsRegion: t.string,
}
