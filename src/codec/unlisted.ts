import type * as t from "io-ts"
import { isText } from "./checks"
import { leafCodec } from "./leaf"
import type { StandardCodec } from "./standard"

/**
 * A string this version of the library does not list: an `eventName`, identity `type` or
 * `eventType` or enumeration value that AWS added after the release, or a placeholder in
 * hand-made data.
 *
 * At run time it is the plain string from the input. Its type is opaque on purpose: a
 * comparison such as `identity.type === "Root"` then rules the fallback variant out, so
 * narrowing on a known name gives exactly that variant, and `switch` statements reach the
 * fallback in `default`. Read it as a string with `String(value)` or by assigning it to `string`.
 *
 * @example
 * import { decodeRecord } from "mediaconvert-cloudtrail"
 * const record = decodeRecord({ eventVersion: "1.08", eventTime: "2024-01-01T00:00:00Z", awsRegion: "us-east-1", eventType: "AwsSomethingNew" })
 * if (record._tag === "Right" && typeof record.right.eventType === "string") {
 *   const name: string = record.right.eventType
 *   void name
 * }
 * @category Values
 * @since 0.1.0
 */
export declare enum Unlisted {
  /** Never present at run time; it only makes the type opaque. */
  _ = "",
}

/**
 * Accepts any string as an {@link Unlisted} value: the fallback member of a union on a name.
 *
 * @example
 * import { UnlistedString } from "mediaconvert-cloudtrail/codec"
 * UnlistedString.is("NewOperation") // true
 * @category Combinators
 * @since 0.1.0
 */
export const UnlistedString: t.Type<Unlisted, Unlisted, unknown> & {
  readonly kind: "unlisted"
} & StandardCodec<Unlisted> = leafCodec("string", isText, { kind: "unlisted" as const })
