import { member } from "../codec/read"
import { MEDIACONVERT_EVENT_SOURCE } from "./event-codec"

/**
 * The operation name of a MediaConvert record, read from any value (never throws): its
 * `eventName` when its `eventSource` is MediaConvert's, else undefined. Internal: the helpers
 * share it.
 */
export const mediaConvertNameOf = (record: unknown): string | undefined => {
  const eventName = member(record, "eventName")
  return member(record, "eventSource") === MEDIACONVERT_EVENT_SOURCE && typeof eventName === "string"
    ? eventName
    : undefined
}
