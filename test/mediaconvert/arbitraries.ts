// fast-check arbitraries derived from the codecs themselves: a walk over what each codec says
// it is made of (StructCodec's members, openEnum's values, the `kind` of list, map, nullable and
// redactable), bounded in depth and size so that settings trees of 175 structures stay small.
import fc from "fast-check"
import * as t from "io-ts"
import { Json, StringMapCodec, StructCodec, TimestampCodec } from "../../src"

type Described = t.Mixed & {
  kind?: string
  item?: t.Mixed
  inner?: t.Mixed
  value?: t.Mixed
  values?: ReadonlyArray<string>
}

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
  const built = build(codec as Described, bounds)
  byDepth.set(bounds.depth * 1000 + bounds.size, built)
  return built
}

const build = (codec: Described, bounds: Bounds): fc.Arbitrary<unknown> => {
  const { depth, size } = bounds
  if (codec instanceof StructCodec) {
    if (depth <= 0) return fc.constant({})
    const members = { ...codec.optional, ...codec.required } as Record<string, t.Mixed>
    const required = Object.keys(codec.required)
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
  switch (codec.kind) {
    case "list":
      return fc.array(arbitraryOf(codec.item as t.Mixed, bounds), { maxLength: Math.min(size, 2) })
    case "map":
      return fc.dictionary(fc.string({ maxLength: 12 }), arbitraryOf(codec.value as t.Mixed, bounds), {
        maxKeys: Math.min(size, 2),
      })
    case "nullable":
      return fc.option(arbitraryOf(codec.inner as t.Mixed, bounds), { nil: null, freq: 4 })
    case "redactable":
      // docs/quirks.md#redaction: any object inside the settings may be the redaction string.
      return fc.oneof(
        { arbitrary: arbitraryOf(codec.inner as t.Mixed, bounds), weight: 5 },
        { arbitrary: fc.constantFrom("***", "HIDDEN_DUE_TO_SECURITY_REASONS"), weight: 1 },
      )
    case "openEnum":
      return fc.oneof(
        { arbitrary: fc.constantFrom(...(codec.values ?? ["UNKNOWN"])), weight: 4 },
        { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
      )
    default:
  }
  if (codec === StringMapCodec)
    return fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), { maxKeys: size })
  // docs/quirks.md#timestamps: seconds, milliseconds, or either as digits.
  if (codec === TimestampCodec)
    return fc.oneof(
      fc.integer({ min: 0, max: 4_102_444_800 }),
      fc.integer({ min: 100_000_000_000, max: 4_102_444_800_000 }),
      fc.integer({ min: 0, max: 4_102_444_800_000 }).map(String),
    )
  if (codec === Json) return fc.jsonValue({ maxDepth: 2 })
  if (codec instanceof t.StringType) return fc.string({ maxLength: 24 })
  if (codec instanceof t.NumberType) return fc.oneof(fc.integer(), finite)
  if (codec instanceof t.BooleanType) return fc.boolean()
  if (codec instanceof t.LiteralType) return fc.constant(codec.value)
  throw new Error(`no arbitrary for codec ${codec.name}`)
}
