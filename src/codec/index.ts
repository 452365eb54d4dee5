/**
 * The combinators this library's codecs are built with, for codecs of your own: a record type
 * of another service, a stricter variant of a MediaConvert structure. Objects keep the members
 * they do not know ({@link struct}), unions pick their member by a tag ({@link taggedUnion}),
 * enumerations accept values added after this version ({@link openEnum}), and CloudTrail's
 * redactions, timestamps and boolean texts have codecs of their own.
 *
 * @module mediaconvert-cloudtrail/codec
 */

// Re-exports only; no Node built-ins.
export { decodeWith } from "./decode-with"
export { Json, JsonObjectCodec } from "./json"
export type { Members } from "./members"
export {
  BooleanTextCodec,
  either,
  list,
  mapOf,
  nullable,
  type OpenEnum,
  type OpenEnumCodec,
  openEnum,
  RedactedCodec,
  redactable,
  StringMapCodec,
  TimestampCodec,
} from "./primitives"
export { StructCodec, type StructOf, struct } from "./struct"
export { TaggedUnionCodec, taggedUnion } from "./tagged"
export { UnlistedString } from "./unlisted"
