import * as t from "io-ts"
import { nullable, openEnum } from "../codec/primitives"
import { struct } from "../codec/struct"
import { baseRequired, envelopeMembers } from "../record/envelope"
import { UserIdentity } from "../record/user-identity"

/**
 * The `eventSource` of every MediaConvert record.
 *
 * @example
 * import { MEDIACONVERT_EVENT_SOURCE } from "mediaconvert-cloudtrail"
 * console.log(MEDIACONVERT_EVENT_SOURCE) // "mediaconvert.amazonaws.com"
 * @category MediaConvert events
 * @since 0.1.0
 */
export const MEDIACONVERT_EVENT_SOURCE = "mediaconvert.amazonaws.com"

/**
 * `eventType` as a MediaConvert record may carry it (always `AwsApiCall` in practice).
 *
 * @example
 * import { EventType } from "mediaconvert-cloudtrail"
 * EventType.is("AwsApiCall") // true
 * @category MediaConvert events
 * @since 0.1.0
 */
export const EventType = /* @__PURE__ */ openEnum("EventType", [
  "AwsApiCall",
  "AwsServiceEvent",
  "AwsConsoleAction",
  "AwsConsoleSignIn",
  "AwsVpceEvent",
  "AwsCloudTrailInsight",
])

/** The members every MediaConvert record must have, `eventName` aside ([the quirks: required](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#required)). @internal */
export const eventRequired = {
  ...baseRequired,
  /** The service called: MediaConvert's records all have `"mediaconvert.amazonaws.com"`. */
  eventSource: t.literal(MEDIACONVERT_EVENT_SOURCE),
}

/** The members a MediaConvert record may have, payloads aside; each may be `null`. @internal */
export const eventOptional = {
  ...envelopeMembers,
  /**
   * Who made the call: the kind of principal (`type`), its ARN, account and access key, and for
   * temporary credentials the session they belong to (`sessionContext`). {@link identityOf}
   * reads it.
   */
  userIdentity: /* @__PURE__ */ nullable(UserIdentity),
  /** What the record is of: `"AwsApiCall"` for an API call, as all MediaConvert records are. */
  eventType: /* @__PURE__ */ nullable(EventType),
}

const { requestParameters: _request, responseElements: _response, ...envelopeWithoutPayloads } = eventOptional

const Envelope = /* @__PURE__ */ struct("MediaConvertEnvelope", eventRequired, envelopeWithoutPayloads)

/**
 * The members every MediaConvert record has, whatever its operation.
 *
 * @example
 * import type { MediaConvertEnvelope } from "mediaconvert-cloudtrail"
 * const where = (event: MediaConvertEnvelope) => `${event.awsRegion ?? "?"} ${event.sourceIPAddress ?? "?"}`
 * @category MediaConvert events
 * @since 0.1.0
 */
export interface MediaConvertEnvelope extends t.TypeOf<typeof Envelope> {}

/**
 * A record of one MediaConvert operation: the envelope, the operation's name, and its request
 * and response types (either may be `null`, see [the quirks: null-responses](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#null-responses)).
 *
 * @example
 * import type { CreateQueueRequest, CreateQueueResponse, MediaConvertEventOf } from "mediaconvert-cloudtrail"
 * type QueueCreated = MediaConvertEventOf<"CreateQueue", CreateQueueRequest, CreateQueueResponse>
 * const arnOf = (event: QueueCreated) => event.responseElements?.queue?.arn
 * @category MediaConvert events
 * @since 0.1.0
 */
export interface MediaConvertEventOf<N extends string, Q, R> extends MediaConvertEnvelope {
  /** The operation called, such as `"CreateJob"`: narrowing on it gives the operation's request and response types. */
  eventName: N
  /** What the caller sent: the operation's request, as CloudTrail logs it. */
  requestParameters?: Q | null
  /** What the call returned, for calls that change something; `null` for read-only calls and empty responses. */
  responseElements?: R | null
}

/**
 * The codec of one operation's records: the envelope, with the operation's request and
 * response codecs for `requestParameters` and `responseElements`, either of which may be
 * `null` ([the quirks: null-responses](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#null-responses)). @internal
 */
export const mediaConvertEvent = <const N extends string, Q extends t.Mixed, R extends t.Mixed>(
  eventName: N,
  request: Q,
  response: R,
) =>
  /* @__PURE__ */ struct(
    `${eventName}Event`,
    { ...eventRequired, eventName: t.literal(eventName) },
    {
      ...eventOptional,
      requestParameters: /* @__PURE__ */ nullable(request),
      responseElements: /* @__PURE__ */ nullable(response),
    },
  )
