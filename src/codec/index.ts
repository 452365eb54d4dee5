// The public surface of "mediaconvert-cloudtrail/codec": the combinators the library's codecs
// are built with, for users who compose codecs of their own with them (a record type of another
// service, a stricter variant). Re-exports only; no Node built-ins.

export { decodeWith } from "./decode-with"
export { Json, JsonObjectCodec } from "./json"
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
export { type Members, StructCodec, type StructOf, struct } from "./struct"
export { TaggedUnionCodec, taggedUnion } from "./tagged"
export { UnlistedString } from "./unlisted"
