// The EventBridge envelope around MediaConvert's own events (job states, engine versions): one
// set of members for both codecs. Internal: the codecs that use it are the public surface.
import * as t from "io-ts"
import { list } from "../codec/primitives"

/** The members of the EventBridge envelope around MediaConvert's events, each optional. */
export const eventBridgeMembers = {
  /** The version of the EventBridge event format, `"0"`. */
  version: t.string,
  /** EventBridge's id of the event: the same id twice is one event delivered twice. */
  id: t.string,
  /** Who sent the event: `"aws.mediaconvert"`. */
  source: t.string,
  /** The account the event is about. */
  account: t.string,
  /** When the event was sent, in ISO 8601 (UTC). */
  time: t.string,
  /** The Region the event comes from, such as `"us-west-2"`. */
  region: t.string,
  /** ARNs of the resources the event is about. */
  resources: list(t.string),
}
