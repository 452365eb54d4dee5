import * as t from "io-ts"
import { nullable, openEnum } from "../codec/primitives"
import { struct } from "../codec/struct"
import { taggedUnion } from "../codec/tagged"
import { UnlistedString } from "../codec/unlisted"
import { UserIdentity } from "../identity/user-identity"
import { baseRequired, envelopeMembers } from "../record/envelope"
import { operationPayloads } from "./operations"

/**
 * The `eventSource` of every MediaConvert record.
 *
 * @example
 * import { MEDIACONVERT_EVENT_SOURCE } from "mediaconvert-cloudtrail"
 * console.log(MEDIACONVERT_EVENT_SOURCE) // "mediaconvert.amazonaws.com"
 * @since 0.1.0
 */
export const MEDIACONVERT_EVENT_SOURCE = "mediaconvert.amazonaws.com"

/**
 * `eventType` as a MediaConvert record may carry it (always `AwsApiCall` in practice).
 *
 * @example
 * import { EventType } from "mediaconvert-cloudtrail"
 * EventType.is("AwsApiCall") // true
 * @since 0.1.0
 */
export const EventType = openEnum("EventType", [
  "AwsApiCall",
  "AwsServiceEvent",
  "AwsConsoleAction",
  "AwsConsoleSignIn",
  "AwsVpceEvent",
  "AwsCloudTrailInsight",
])

const eventRequired = {
  ...baseRequired,
  eventSource: t.literal(MEDIACONVERT_EVENT_SOURCE),
  userIdentity: UserIdentity,
}

const mediaConvertEvent = <const N extends string, Q extends t.Mixed, R extends t.Mixed>(
  eventName: N,
  request: Q,
  response: R,
) =>
  struct(
    `${eventName}Event`,
    { ...eventRequired, eventName: t.literal(eventName) },
    {
      ...envelopeMembers,
      eventType: EventType,
      requestParameters: nullable(request),
      responseElements: nullable(response),
    },
  )

/**
 * A `CreateJob` record: the job as submitted in `requestParameters`, the job as accepted
 * (with its id) in `responseElements`, which is `null` when the call failed.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html
 * @example
 * import { CreateJobEvent } from "mediaconvert-cloudtrail"
 * console.log(CreateJobEvent.name) // "CreateJobEvent"
 * @since 0.1.0
 */
export const CreateJobEvent = mediaConvertEvent(
  "CreateJob",
  operationPayloads.CreateJob.request,
  operationPayloads.CreateJob.response,
)
/** @since 0.1.0 */
export interface CreateJobEvent extends t.TypeOf<typeof CreateJobEvent> {}

/**
 * A `CreateQueue` record.
 *
 * @example
 * import { CreateQueueEvent } from "mediaconvert-cloudtrail"
 * console.log(CreateQueueEvent.name) // "CreateQueueEvent"
 * @since 0.1.0
 */
export const CreateQueueEvent = mediaConvertEvent(
  "CreateQueue",
  operationPayloads.CreateQueue.request,
  operationPayloads.CreateQueue.response,
)
/** @since 0.1.0 */
export interface CreateQueueEvent extends t.TypeOf<typeof CreateQueueEvent> {}

/**
 * A `DeleteQueue` record (`responseElements` is `null`).
 *
 * @example
 * import { DeleteQueueEvent } from "mediaconvert-cloudtrail"
 * console.log(DeleteQueueEvent.name) // "DeleteQueueEvent"
 * @since 0.1.0
 */
export const DeleteQueueEvent = mediaConvertEvent(
  "DeleteQueue",
  operationPayloads.DeleteQueue.request,
  operationPayloads.DeleteQueue.response,
)
/** @since 0.1.0 */
export interface DeleteQueueEvent extends t.TypeOf<typeof DeleteQueueEvent> {}

/**
 * A `TagResource` record (`responseElements` is `null`).
 *
 * @example
 * import { TagResourceEvent } from "mediaconvert-cloudtrail"
 * console.log(TagResourceEvent.name) // "TagResourceEvent"
 * @since 0.1.0
 */
export const TagResourceEvent = mediaConvertEvent(
  "TagResource",
  operationPayloads.TagResource.request,
  operationPayloads.TagResource.response,
)
/** @since 0.1.0 */
export interface TagResourceEvent extends t.TypeOf<typeof TagResourceEvent> {}

/**
 * A MediaConvert record of an operation this version does not type: its payloads are kept
 * as JSON, and its `eventName` is {@link Unlisted}.
 *
 * @example
 * import { UnlistedMediaConvertEvent } from "mediaconvert-cloudtrail"
 * console.log(UnlistedMediaConvertEvent.name) // "UnlistedMediaConvertEvent"
 * @since 0.1.0
 */
export const UnlistedMediaConvertEvent = struct(
  "UnlistedMediaConvertEvent",
  { ...eventRequired, eventName: UnlistedString },
  { ...envelopeMembers, eventType: EventType },
)
/** @since 0.1.0 */
export interface UnlistedMediaConvertEvent extends t.TypeOf<typeof UnlistedMediaConvertEvent> {}

/**
 * A MediaConvert record, as a union on `eventName`: narrowing on the name gives that
 * operation's `requestParameters` and `responseElements` types.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html
 * @example
 * import { MediaConvertEvent } from "mediaconvert-cloudtrail"
 * declare const event: MediaConvertEvent
 * if (event.eventName === "CreateQueue") console.log(event.responseElements?.queue?.arn)
 * @since 0.1.0
 */
export const MediaConvertEvent = taggedUnion(
  "MediaConvertEvent",
  "eventName",
  {
    CreateJob: CreateJobEvent,
    CreateQueue: CreateQueueEvent,
    DeleteQueue: DeleteQueueEvent,
    TagResource: TagResourceEvent,
  },
  UnlistedMediaConvertEvent,
)
/** @since 0.1.0 */
export type MediaConvertEvent =
  | CreateJobEvent
  | CreateQueueEvent
  | DeleteQueueEvent
  | TagResourceEvent
  | UnlistedMediaConvertEvent

/**
 * Whether a value is a MediaConvert record this library can type (it checks the whole record).
 *
 * @example
 * import { decodeRecord, isMediaConvertEvent } from "mediaconvert-cloudtrail"
 * const result = decodeRecord({})
 * if (result._tag === "Right" && isMediaConvertEvent(result.right)) console.log(result.right.eventName)
 * @since 0.1.0
 */
export const isMediaConvertEvent = (value: unknown): value is MediaConvertEvent => {
  try {
    return MediaConvertEvent.is(value)
  } catch {
    return false
  }
}
