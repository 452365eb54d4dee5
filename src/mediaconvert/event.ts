import type * as t from "io-ts"
import { struct } from "../codec/struct"
import { type TaggedUnionCodec, taggedUnion } from "../codec/tagged"
import { UnlistedString } from "../codec/unlisted"
import { eventOptional, eventRequired } from "./event-codec"
import { eventCodecs, type KnownMediaConvertEvent } from "./generated/events"

export {
  EventType,
  MEDIACONVERT_EVENT_SOURCE,
  type MediaConvertEnvelope,
  type MediaConvertEventOf,
} from "./event-codec"

/**
 * A MediaConvert record of an operation this version does not type: its payloads are kept
 * as JSON, and its `eventName` is {@link Unlisted}.
 *
 * @example
 * import { UnlistedMediaConvertEvent } from "mediaconvert-cloudtrail"
 * console.log(UnlistedMediaConvertEvent.name) // "UnlistedMediaConvertEvent"
 * @category MediaConvert events
 * @since 0.1.0
 */
export const UnlistedMediaConvertEvent = /* @__PURE__ */ struct(
  "UnlistedMediaConvertEvent",
  {
    ...eventRequired,
    /** The name of an operation this version does not type, kept as given. */
    eventName: UnlistedString,
  },
  eventOptional,
)
/** @category MediaConvert events @since 0.1.0 */
export interface UnlistedMediaConvertEvent extends t.TypeOf<typeof UnlistedMediaConvertEvent> {}

/**
 * A MediaConvert record, as a union on `eventName` over all 34 operations of the API, with
 * {@link UnlistedMediaConvertEvent} for any other name: narrowing on the name gives that
 * operation's `requestParameters` and `responseElements` types.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html
 * @example
 * import type { MediaConvertEvent } from "mediaconvert-cloudtrail"
 * declare const event: MediaConvertEvent
 * if (event.eventName === "CreateQueue") console.log(event.responseElements?.queue?.arn)
 * @category MediaConvert events
 * @since 0.1.0
 */
export const MediaConvertEvent: TaggedUnionCodec<MediaConvertEvent> = /* @__PURE__ */ taggedUnion(
  "MediaConvertEvent",
  "eventName",
  eventCodecs,
  UnlistedMediaConvertEvent,
)
/** @category MediaConvert events @since 0.1.0 */
export type MediaConvertEvent = KnownMediaConvertEvent | UnlistedMediaConvertEvent
