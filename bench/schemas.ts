// The library's rules, exported as an ajv JSON Schema and as a zod schema, so the benchmark
// compares validators that check exactly the same things. Both are derived by walking the
// codecs, so they stay in step with them; the benchmark also checks, record by record, that
// all three accept and reject the same records before it times anything.
import type { Mixed } from "io-ts"
import { z } from "zod"
import { isBooleanText, isTimestamp, REDACTIONS } from "../src/codec/checks"
import { type CodecNode, nodeOf } from "../src/codec/walk"

/** The timestamp rule of src/codec/checks.ts, as a JSON Schema pattern (checked against it below). */
const timestampPattern = "^\\d+(\\.\\d+)?$"
for (const probe of ["1", "1.5", "1.", ".5", "x", "12a"])
  if (new RegExp(timestampPattern).test(probe) !== isTimestamp(probe))
    throw new Error(`bench/schemas.ts: the timestamp pattern disagrees with isTimestamp on ${probe}`)
for (const probe of [true, "true", "false", "True", 1])
  if ([true, false, "true", "false"].includes(probe as never) !== isBooleanText(probe))
    throw new Error("bench/schemas.ts: the boolean text rule changed")

type Schema = Record<string, unknown> | boolean

/** JSON Schema's if/then/else, built without an object literal that has a `then` member. */
const ifThenElse = (condition: Schema, then: Schema, otherwise: Schema): Schema =>
  Object.fromEntries([
    ["if", condition],
    // biome-ignore lint/suspicious/noThenProperty: "then" is JSON Schema's keyword, not a thenable
    ["then", then],
    ["else", otherwise],
  ])

/** A JSON Schema (draft 2020-12 as ajv reads it) with one definition per codec. */
export const jsonSchemaOf = (root: Mixed): Record<string, unknown> => {
  const ids = new Map<Mixed, string>()
  const defs: Record<string, Schema> = {}
  const ref = (codec: Mixed): Schema => {
    const known = ids.get(codec)
    if (known !== undefined) return { $ref: `#/$defs/${known}` }
    const node = nodeOf(codec)
    if (node.kind !== "struct" && node.kind !== "tagged") return inline(node)
    const id = `d${ids.size}`
    ids.set(codec, id)
    defs[id] = inline(node)
    return { $ref: `#/$defs/${id}` }
  }
  const inline = (node: CodecNode): Schema => {
    switch (node.kind) {
      case "struct": {
        const properties: Record<string, Schema> = {}
        for (const [key, codec] of Object.entries(node.required)) properties[key] = ref(codec)
        for (const [key, codec] of Object.entries(node.optional)) properties[key] = ref(codec)
        return { type: "object", required: Object.keys(node.required), properties }
      }
      case "tagged": {
        const { tag, variants, other, missing } = node
        let tail: Schema = {
          required: [tag],
          properties: { [tag]: { type: "string" } },
          allOf: [ref(other)],
        }
        if (missing !== undefined)
          tail = ifThenElse(
            { required: [tag], properties: { [tag]: { not: { type: "null" } } } },
            tail,
            ref(missing),
          )
        for (const [value, variant] of [...variants].reverse()) {
          tail = ifThenElse({ required: [tag], properties: { [tag]: { const: value } } }, ref(variant), tail)
        }
        return { type: "object", ...(tail as object) }
      }
      case "list":
        return { type: "array", items: ref(node.item) }
      case "redactable":
        return { anyOf: [{ enum: REDACTIONS }, ref(node.inner)] }
      case "nullable":
        return { anyOf: [{ type: "null" }, ref(node.inner)] }
      case "either":
        return { anyOf: node.alternatives.map(ref) }
      case "map":
        return { type: "object", additionalProperties: ref(node.value) }
      case "enum":
        return { type: "string" }
      case "literal":
        return { enum: node.values }
      case "leaf":
        switch (node.leaf) {
          case "string":
          case "number":
          case "boolean":
          case "null":
            return { type: node.leaf }
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
  }
  const top = ref(root)
  return { $defs: defs, ...(top as object) }
}

/** A zod schema with the same rules. Objects keep unknown members (`z.looseObject`). */
export const zodSchemaOf = (root: Mixed): z.ZodType => {
  const memo = new Map<Mixed, z.ZodType>()
  const of = (codec: Mixed): z.ZodType => {
    const known = memo.get(codec)
    if (known !== undefined) return known
    const schema = build(nodeOf(codec))
    memo.set(codec, schema)
    return schema
  }
  const build = (node: CodecNode): z.ZodType => {
    switch (node.kind) {
      case "struct": {
        const members: Record<string, z.ZodType> = {}
        for (const [key, codec] of Object.entries(node.required)) members[key] = of(codec)
        for (const [key, codec] of Object.entries(node.optional)) members[key] = of(codec).optional()
        return z.looseObject(members)
      }
      case "tagged": {
        const { tag, variants, other, missing } = node
        const table = new Map([...variants].map(([value, variant]) => [value, of(variant)]))
        const otherSchema = of(other)
        const missingSchema = missing === undefined ? undefined : of(missing)
        // Dispatch on the tag as the codec does; zod's own unions would try members in turn.
        return z.looseObject({}).superRefine((value, ctx) => {
          const tagValue = (value as Record<string, unknown>)[tag]
          const schema =
            typeof tagValue === "string"
              ? (table.get(tagValue) ?? otherSchema)
              : tagValue === undefined || tagValue === null
                ? missingSchema
                : undefined
          if (schema === undefined || !schema.safeParse(value).success) {
            ctx.addIssue({ code: "custom", message: `not a valid ${tag} variant` })
          }
        })
      }
      case "list":
        return z.array(of(node.item))
      case "redactable":
        return z.union([z.enum(REDACTIONS as [string, ...string[]]), of(node.inner)])
      case "nullable":
        return of(node.inner).nullable()
      case "either":
        return z.union([of(node.alternatives[0] as Mixed), of(node.alternatives[1] as Mixed)])
      case "map":
        return z.record(z.string(), of(node.value))
      case "enum":
        return z.string()
      case "literal":
        return z.literal(node.values as [string, ...string[]])
      case "leaf":
        switch (node.leaf) {
          case "string":
            return z.string()
          case "number":
            return z.number()
          case "boolean":
            return z.boolean()
          case "null":
            return z.null()
          case "json":
            return z.any()
          case "object":
            return z.looseObject({})
          case "timestamp":
            return z.union([z.number(), z.string().regex(new RegExp(timestampPattern))])
          case "stringMap":
            return z.record(z.string(), z.string())
          case "booleanText":
            return z.union([z.boolean(), z.enum(["true", "false"])])
          case "redaction":
            return z.enum(REDACTIONS as [string, ...string[]])
          case "undefined":
            return z.undefined()
        }
    }
  }
  return of(root)
}
