// The library's rules, exported as an ajv JSON Schema and as a zod schema, so the benchmark
// compares validators that check exactly the same things. Both are derived by walking the
// codecs, so they stay in step with them; the benchmark also checks, record by record, that
// all three accept and reject the same records before it times anything.
import type { Mixed } from "io-ts"
import { z } from "zod"
import { type Shape as Kind, shapeOf as kindOf, redactions, timestampPattern } from "../scripts/codec-walk"
import { Resource } from "../src"

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
    const shape = kindOf(codec)
    if (shape.kind !== "struct" && shape.kind !== "tagged") return inline(shape)
    const id = `d${ids.size}`
    ids.set(codec, id)
    defs[id] = inline(shape)
    return { $ref: `#/$defs/${id}` }
  }
  const inline = (shape: Kind): Schema => {
    switch (shape.kind) {
      case "struct": {
        const properties: Record<string, Schema> = {}
        for (const [key, codec] of Object.entries(shape.codec.required)) properties[key] = ref(codec)
        for (const [key, codec] of Object.entries(shape.codec.optional)) properties[key] = ref(codec)
        return { type: "object", required: Object.keys(shape.codec.required), properties }
      }
      case "tagged": {
        const { tag, variants, other, missing } = shape.codec
        let tail: Schema = {
          required: [tag],
          properties: { [tag]: { type: "string" } },
          allOf: [ref(other)],
        }
        if (missing !== undefined) tail = ifThenElse({ required: [tag] }, tail, ref(missing))
        for (const [value, variant] of [...variants].reverse()) {
          tail = ifThenElse({ required: [tag], properties: { [tag]: { const: value } } }, ref(variant), tail)
        }
        return { type: "object", ...(tail as object) }
      }
      case "list":
        return { type: "array", items: ref(shape.item) }
      case "redactable":
        return { anyOf: [{ enum: redactions }, ref(shape.inner)] }
      case "nullable":
        return { anyOf: [{ type: "null" }, ref(shape.inner)] }
      case "map":
        return { type: "object", additionalProperties: ref(shape.value) }
      case "string":
      case "number":
      case "boolean":
      case "null":
        return { type: shape.kind }
      case "any":
        return true
      case "object":
        return { type: "object" }
      case "timestamp":
        return { anyOf: [{ type: "number" }, { type: "string", pattern: timestampPattern }] }
      case "stringMap":
        return { type: "object", additionalProperties: { type: "string" } }
      case "resources":
        return { anyOf: [{ type: "string" }, { type: "array", items: ref(Resource) }] }
      case "undefined":
        return false
      case "literal":
        return { const: shape.value }
      case "keyof":
        return { enum: shape.values }
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
    const schema = build(kindOf(codec))
    memo.set(codec, schema)
    return schema
  }
  const build = (shape: Kind): z.ZodType => {
    switch (shape.kind) {
      case "struct": {
        const members: Record<string, z.ZodType> = {}
        for (const [key, codec] of Object.entries(shape.codec.required)) members[key] = of(codec)
        for (const [key, codec] of Object.entries(shape.codec.optional)) members[key] = of(codec).optional()
        return z.looseObject(members)
      }
      case "tagged": {
        const { tag, variants, other, missing } = shape.codec
        const table = new Map([...variants].map(([value, variant]) => [value, of(variant)]))
        const otherSchema = of(other)
        const missingSchema = missing === undefined ? undefined : of(missing)
        // Dispatch on the tag as the codec does; zod's own unions would try members in turn.
        return z.looseObject({}).superRefine((value, ctx) => {
          const tagValue = (value as Record<string, unknown>)[tag]
          const schema =
            typeof tagValue === "string"
              ? (table.get(tagValue) ?? otherSchema)
              : tagValue === undefined
                ? missingSchema
                : undefined
          if (schema === undefined || !schema.safeParse(value).success) {
            ctx.addIssue({ code: "custom", message: `not a valid ${tag} variant` })
          }
        })
      }
      case "list":
        return z.array(of(shape.item))
      case "redactable":
        return z.union([z.enum(redactions as [string, ...string[]]), of(shape.inner)])
      case "nullable":
        return of(shape.inner).nullable()
      case "map":
        return z.record(z.string(), of(shape.value))
      case "string":
        return z.string()
      case "number":
        return z.number()
      case "boolean":
        return z.boolean()
      case "null":
        return z.null()
      case "any":
        return z.any()
      case "object":
        return z.looseObject({})
      case "timestamp":
        return z.union([z.number(), z.string().regex(new RegExp(timestampPattern))])
      case "stringMap":
        return z.record(z.string(), z.string())
      case "resources":
        return z.union([z.string(), z.array(of(Resource))])
      case "undefined":
        return z.undefined()
      case "literal":
        return z.literal(shape.value)
      case "keyof":
        return z.enum(shape.values as [string, ...string[]])
    }
  }
  return of(root)
}
