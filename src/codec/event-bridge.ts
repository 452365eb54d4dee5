import * as t from "io-ts"
import { list } from "./primitives"
import { type StructCodec, struct } from "./struct"

const optionalMembers = {
  version: t.string,
  id: t.string,
  account: t.string,
  time: t.string,
  region: t.string,
  resources: list(t.string),
  "replay-name": t.string,
}

/**
 * The codec of an EventBridge event whose `detail` is checked by `detail`: what a Lambda
 * function behind an EventBridge rule receives. It is a Standard Schema like every codec here,
 * so it stands in for Powertools' `EventBridgeEnvelope` (whose envelopes take zod schemas only):
 * `parse(event, undefined, eventBridgeEvent(MediaConvertEvent))` or the Middy middleware with
 * `schema: eventBridgeEvent(MediaConvertEvent)` give the whole event with a typed `detail`, and
 * a failure's paths start at `detail`. Only `detail-type`, `source` and `detail` are required;
 * members it does not list are kept.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html
 * @example
 * import { MediaConvertEvent } from "mediaconvert-cloudtrail"
 * import { eventBridgeEvent } from "mediaconvert-cloudtrail/codec"
 * const CallEvent = eventBridgeEvent(MediaConvertEvent)
 * const result = CallEvent["~standard"].validate({ "detail-type": "AWS API Call via CloudTrail", source: "aws.mediaconvert", detail: {} })
 * if (result.issues) console.log(result.issues[0]?.path) // ["detail", "eventName"]
 * @category Combinators
 * @since 0.2.0
 */
export const eventBridgeEvent = <C extends t.Mixed>(
  detail: C,
): StructCodec<{ "detail-type": t.StringC; source: t.StringC; detail: C }, typeof optionalMembers> =>
  struct(
    `EventBridge event of ${detail.name}`,
    { "detail-type": t.string, source: t.string, detail },
    optionalMembers,
  )
