import type * as t from "io-ts"
import { REDACTIONS } from "./checks"
import { type CodecNode, nodeOf } from "./walk"

/**
 * The JSON Schema drafts {@link jsonSchemaOf} writes: the two the Standard JSON Schema spec asks
 * every library to support.
 *
 * @example
 * import type { JsonSchemaTarget } from "mediaconvert-cloudtrail/codec"
 * const target: JsonSchemaTarget = "draft-07"
 * @category Combinators
 * @since 0.2.0
 */
export type JsonSchemaTarget = "draft-2020-12" | "draft-07"

/** A JSON Schema: an object, or `true` (anything) / `false` (nothing). */
type Schema = Record<string, unknown> | boolean

const dialects: Readonly<Record<JsonSchemaTarget, { readonly uri: string; readonly defs: string }>> = {
  "draft-2020-12": { uri: "https://json-schema.org/draft/2020-12/schema", defs: "$defs" },
  "draft-07": { uri: "http://json-schema.org/draft-07/schema#", defs: "definitions" },
}

/**
 * The timestamp rule of src/codec/checks.ts (`isTimestamp`'s text form) as a JSON Schema
 * pattern; test/codec/json-schema.test.ts checks that both agree.
 */
export const timestampPattern = "^\\d+(\\.\\d+)?$"

/** JSON Schema's if/then/else, built without an object literal that has a `then` member. */
const ifThenElse = (condition: Schema, then: Schema, otherwise: Schema): Schema =>
  Object.fromEntries([
    ["if", condition],
    // biome-ignore lint/suspicious/noThenProperty: "then" is JSON Schema's keyword, not a thenable
    ["then", then],
    ["else", otherwise],
  ])

const leafSchema = (leaf: Extract<CodecNode, { kind: "leaf" }>["leaf"]): Schema => {
  switch (leaf) {
    case "string":
    case "number":
    case "boolean":
    case "null":
      return { type: leaf }
    case "json":
      return true
    case "object":
      return { type: "object" }
    case "timestamp":
      return { anyOf: [{ type: "number" }, { type: "string", pattern: timestampPattern }] }
    case "stringMap":
      return { type: "object", additionalProperties: { type: "string" } }
    case "booleanText":
      return { anyOf: [{ type: "boolean" }, { enum: ["true", "false"] }] }
    case "redaction":
      return { enum: REDACTIONS }
    case "undefined":
      return false
  }
}

/**
 * The JSON Schema of the values a codec accepts, written by walking the codec, so it says what
 * the decoder checks: every object keeps members it does not list (no `additionalProperties:
 * false`), a union on a tag picks its variant by the tag with `if`/`then`/`else` as the decoder
 * does, open enumerations are any string. Each struct and tagged union is one definition
 * (`$defs`, or `definitions` for draft-07) named after the codec. A JSON value the decoder
 * accepts is always valid against it; what JSON Schema cannot say is left out, never guessed.
 * Since decoding returns its input, the same schema describes both input and output. Throws
 * for a codec the walker does not know (io-ts's own `t.type`, say): the codecs of this
 * library and of its combinators all have a kind.
 *
 * @example
 * import * as t from "io-ts"
 * import { jsonSchemaOf, struct } from "mediaconvert-cloudtrail/codec"
 * const Queue = struct("Queue", { name: t.string }, { description: t.string })
 * const schema = jsonSchemaOf(Queue, "draft-07")
 * console.log(schema.title, schema.required) // "Queue" ["name"]
 * @category Combinators
 * @since 0.2.0
 */
export const jsonSchemaOf = (
  root: t.Mixed,
  target: JsonSchemaTarget = "draft-2020-12",
): Record<string, unknown> => {
  const dialect = dialects[target]
  const ids = new Map<t.Mixed, string>()
  const taken = new Set<string>()
  const defs: Record<string, Schema> = {}
  const idFor = (name: string): string => {
    const base = name.replace(/[^A-Za-z0-9_.-]/g, "_") || "Definition"
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`
    taken.add(id)
    return id
  }
  const ref = (codec: t.Mixed): Schema => {
    const known = ids.get(codec)
    if (known !== undefined) return { $ref: `#/${dialect.defs}/${known}` }
    const node = nodeOf(codec)
    if (node.kind !== "struct" && node.kind !== "tagged") return inline(node)
    const id = idFor(node.name)
    ids.set(codec, id)
    defs[id] = inline(node)
    return { $ref: `#/${dialect.defs}/${id}` }
  }
  const inline = (node: CodecNode): Schema => {
    switch (node.kind) {
      case "struct": {
        const properties: Record<string, Schema> = {}
        const required: string[] = []
        for (const [key, codec] of Object.entries(node.required)) {
          properties[key] = ref(codec)
          // A required member whose codec accepts nothing there may be absent.
          if (!codec.is(undefined)) required.push(key)
        }
        for (const [key, codec] of Object.entries(node.optional)) properties[key] = ref(codec)
        return { title: node.name, type: "object", required, properties }
      }
      case "tagged": {
        const { tag, variants, other, missing } = node
        let tail: Schema = { required: [tag], properties: { [tag]: { type: "string" } }, allOf: [ref(other)] }
        if (missing !== undefined)
          tail = ifThenElse(
            { required: [tag], properties: { [tag]: { not: { type: "null" } } } },
            tail,
            ref(missing),
          )
        for (const [value, variant] of [...variants].reverse())
          tail = ifThenElse({ required: [tag], properties: { [tag]: { const: value } } }, ref(variant), tail)
        return { title: node.name, type: "object", ...(tail as object) }
      }
      case "list":
        return { type: "array", items: ref(node.item) }
      case "map":
        return { type: "object", additionalProperties: ref(node.value) }
      case "redactable":
        return { anyOf: [{ enum: REDACTIONS }, ref(node.inner)] }
      case "nullable":
        return { anyOf: [{ type: "null" }, ref(node.inner)] }
      case "either":
        return { anyOf: node.alternatives.map(ref) }
      case "enum":
        return { type: "string" }
      case "literal":
        return { enum: node.values }
      case "leaf":
        return leafSchema(node.leaf)
    }
  }
  const top = ref(root)
  const schema: Record<string, unknown> = { $schema: dialect.uri }
  if (typeof top === "boolean") {
    if (!top) schema.not = {}
  } else if (typeof top.$ref === "string") {
    // The root's own definition goes at the top, and stays among the definitions only when
    // something inside refers back to it.
    const id = ids.get(root) as string
    const own = defs[id]
    Object.assign(schema, own)
    if (!JSON.stringify(defs).includes(`"${top.$ref}"`)) delete defs[id]
  } else Object.assign(schema, top)
  if (Object.keys(defs).length > 0) schema[dialect.defs] = defs
  return schema
}
