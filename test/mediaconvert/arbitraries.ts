// fast-check arbitraries derived from the codecs themselves: what each codec is made of, read
// through the one walker (src/codec/walk.ts), bounded in depth and size so that settings trees of 175 structures stay small.
import fc from "fast-check"
import type * as t from "io-ts"
import { REDACTIONS } from "../../src/codec/checks"
import { nodeOf } from "../../src/codec/walk"

export interface Bounds {
  /** How many structures deep the value may nest; deeper structures are `{}`. */
  readonly depth: number
  /** At most this many members per structure, items per list and keys per map. */
  readonly size: number
}

const cache = new Map<t.Mixed, Map<number, fc.Arbitrary<unknown>>>()

const finite = fc.double({ noNaN: true, noDefaultInfinity: true })

/** An arbitrary of the values a codec accepts, built from the codec's description. */
export const arbitraryOf = (codec: t.Mixed, bounds: Bounds): fc.Arbitrary<unknown> => {
  const byDepth = cache.get(codec) ?? new Map<number, fc.Arbitrary<unknown>>()
  cache.set(codec, byDepth)
  const cached = byDepth.get(bounds.depth * 1000 + bounds.size)
  if (cached !== undefined) return cached
  const built = build(codec, bounds)
  byDepth.set(bounds.depth * 1000 + bounds.size, built)
  return built
}

const build = (codec: t.Mixed, bounds: Bounds): fc.Arbitrary<unknown> => {
  const { depth, size } = bounds
  const node = nodeOf(codec)
  switch (node.kind) {
    case "struct": {
      if (depth <= 0) return fc.constant({})
      const members = { ...node.optional, ...node.required } as Record<string, t.Mixed>
      const required = Object.keys(node.required)
      const inner = { depth: depth - 1, size }
      const optional = Object.keys(members).filter((key) => !required.includes(key))
      return fc
        .subarray(optional, {
          minLength: Math.min(2, optional.length),
          maxLength: Math.min(size, optional.length),
        })
        .chain((keys) =>
          fc.record(
            Object.fromEntries(
              [...required, ...keys].map((key) => [key, arbitraryOf(members[key] as t.Mixed, inner)]),
            ),
          ),
        )
    }
    case "tagged":
      return fc.oneof(
        ...[...node.variants.values(), node.other].map((variant) => arbitraryOf(variant, bounds)),
      )
    case "list":
      return fc.array(arbitraryOf(node.item, bounds), { maxLength: Math.min(size, 2) })
    case "map":
      return fc.dictionary(fc.string({ maxLength: 12 }), arbitraryOf(node.value, bounds), {
        maxKeys: Math.min(size, 2),
      })
    case "nullable":
      return fc.option(arbitraryOf(node.inner, bounds), { nil: null, freq: 4 })
    case "redactable":
      // docs/quirks.md#redaction: encryption settings may be the redaction string.
      return fc.oneof(
        { arbitrary: arbitraryOf(node.inner, bounds), weight: 5 },
        { arbitrary: fc.constantFrom(...REDACTIONS), weight: 1 },
      )
    case "either":
      return fc.oneof(...node.alternatives.map((alternative) => arbitraryOf(alternative, bounds)))
    case "enum":
      return node.values.length === 0
        ? fc.string({ maxLength: 12 })
        : fc.oneof(
            { arbitrary: fc.constantFrom(...node.values), weight: 4 },
            { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
          )
    case "literal":
      return fc.constantFrom(...node.values)
    case "leaf":
      switch (node.leaf) {
        case "string":
          return fc.string({ maxLength: 24 })
        case "number":
          return fc.oneof(fc.integer(), finite)
        case "boolean":
          return fc.boolean()
        case "null":
          return fc.constant(null)
        case "undefined":
          return fc.constant(undefined)
        case "json":
          return fc.jsonValue({ maxDepth: 2 })
        case "object":
          return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })
        case "timestamp":
          // docs/quirks.md#timestamps: seconds, milliseconds, or either as digits.
          return fc.oneof(
            fc.integer({ min: 0, max: 4_102_444_800 }),
            fc.integer({ min: 100_000_000_000, max: 4_102_444_800_000 }),
            fc.integer({ min: 0, max: 4_102_444_800_000 }).map(String),
          )
        case "stringMap":
          return fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), { maxKeys: size })
        case "booleanText":
          return fc.constantFrom(true, false, "true", "false")
        case "redaction":
          return fc.constantFrom(...REDACTIONS)
      }
  }
}
