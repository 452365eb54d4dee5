// Tells what a codec is made of, for the tools that walk the codecs: the validator compiler
// (scripts/compile-validators.ts) and the benchmark's schema exports (bench/schemas.ts).
import type { Mixed } from "io-ts"
import * as t from "io-ts"
import {
  Json,
  JsonObjectCodec,
  RedactedCodec,
  Resources,
  StringMapCodec,
  StructCodec,
  TaggedUnionCodec,
  TimestampCodec,
  UnlistedString,
} from "../src"

/** The shape of one codec, one level deep. */
export type Shape =
  | { kind: "struct"; codec: StructCodec<Record<string, Mixed>, Record<string, Mixed>> }
  | { kind: "tagged"; codec: TaggedUnionCodec<unknown> }
  | { kind: "list"; item: Mixed }
  | { kind: "redactable" | "nullable"; inner: Mixed }
  | { kind: "map"; value: Mixed }
  | {
      kind:
        | "string"
        | "number"
        | "boolean"
        | "any"
        | "object"
        | "timestamp"
        | "stringMap"
        | "resources"
        | "undefined"
        | "null"
    }
  | { kind: "literal"; value: string | number | boolean }
  | { kind: "keyof"; values: string[] }

/** The shape of a codec; throws for a codec it does not know, so nothing is skipped silently. */
export const shapeOf = (codec: Mixed): Shape => {
  const c = codec as Mixed & { kind?: string; item?: Mixed; inner?: Mixed; value?: Mixed }
  if (codec instanceof StructCodec) return { kind: "struct", codec }
  if (codec instanceof TaggedUnionCodec) return { kind: "tagged", codec }
  if (c.kind === "list" && c.item) return { kind: "list", item: c.item }
  if ((c.kind === "redactable" || c.kind === "nullable") && c.inner) return { kind: c.kind, inner: c.inner }
  if (c.kind === "map" && c.value) return { kind: "map", value: c.value }
  if (c.kind === "openEnum" || codec === UnlistedString || codec instanceof t.StringType)
    return { kind: "string" }
  if (codec === Json) return { kind: "any" }
  if (codec === JsonObjectCodec) return { kind: "object" }
  if (codec === TimestampCodec) return { kind: "timestamp" }
  if (codec === StringMapCodec) return { kind: "stringMap" }
  if (codec === Resources) return { kind: "resources" }
  if (codec instanceof t.NumberType) return { kind: "number" }
  if (codec instanceof t.BooleanType) return { kind: "boolean" }
  if (codec instanceof t.UndefinedType) return { kind: "undefined" }
  if (codec instanceof t.NullType) return { kind: "null" }
  if (codec instanceof t.LiteralType) return { kind: "literal", value: codec.value }
  if (codec instanceof t.KeyofType) return { kind: "keyof", values: Object.keys(codec.keys) }
  throw new Error(`no shape for codec ${codec.name}`)
}

/** The strings that stand for a redacted value. */
export const redactions: ReadonlyArray<string> =
  RedactedCodec instanceof t.KeyofType ? Object.keys(RedactedCodec.keys) : ["***"]

/** The pattern of a timestamp given as text. */
export const timestampPattern = "^\\d+(\\.\\d+)?$"
