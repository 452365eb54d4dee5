// The library's rules as a zod schema, so the benchmark compares validators that check exactly
// the same things: the codecs' own decoder, ajv with the library's JSON Schema (jsonSchemaOf of
// src/codec/json-schema.ts, the codecs' `~standard.jsonSchema`), and zod. Both schemas are
// derived by walking the codecs, so they stay in step with them; the benchmark also checks,
// record by record, that all three accept and reject the same records before it times anything.
import type { Mixed } from "io-ts"
import { z } from "zod"
import { REDACTIONS } from "../src/codec/checks"
import { timestampPattern } from "../src/codec/json-schema"
import { type CodecNode, nodeOf } from "../src/codec/walk"

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
