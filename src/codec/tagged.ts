import * as t from "io-ts"
import { isObject as isPlainObject } from "./checks"
import { type StandardProps, standardOf } from "./standard"

/**
 * The codec of a union of object types told apart by one member (the tag: `eventName`,
 * `userIdentity.type`, `eventType`). It looks the tag up instead of trying each member in
 * turn, so it is fast, and a failure reports only the problems of the variant the tag named.
 * A tag nobody listed goes to `other`; a missing or `null` tag to `missing` (or is an error
 * without it).
 *
 * @example
 * import { UserIdentity } from "mediaconvert-cloudtrail"
 * import type { TaggedUnionCodec } from "mediaconvert-cloudtrail/codec"
 * const codec: TaggedUnionCodec<UserIdentity> = UserIdentity
 * console.log(codec.tag, codec.variants.has("Root")) // "type" true
 * @category Combinators
 * @since 0.1.0
 */
export class TaggedUnionCodec<A> extends t.Type<A, A, unknown> {
  /** Marks the kind of codec, as io-ts's own codecs do. */
  readonly _tag = "TaggedUnionCodec" as const
  /** What a walker over the codecs reads (src/codec/walk.ts). */
  readonly kind = "tagged" as const
  /** Standard Schema v1 and Standard JSON Schema v1: see {@link StandardCodec}. */
  get "~standard"(): StandardProps<A> {
    return standardOf(this)
  }
  constructor(
    name: string,
    /** The member that names the variant. */
    readonly tag: string,
    /** The variants by tag value. */
    readonly variants: ReadonlyMap<string, t.Mixed>,
    /** The variant for a tag value that is a string but not listed. */
    readonly other: t.Mixed,
    /** The variant for an object without the tag (or with `null` for it), if such objects are allowed. */
    readonly missing: t.Mixed | undefined,
  ) {
    const pick = (u: Record<string, unknown>): t.Mixed | undefined => {
      const value = u[tag]
      if (typeof value === "string") return variants.get(value) ?? other
      return value === undefined || value === null ? missing : undefined
    }
    super(
      name,
      (u): u is A => {
        if (!isPlainObject(u)) return false
        const variant = pick(u)
        return variant === undefined ? false : variant.is(u)
      },
      (u, c) => {
        if (!isPlainObject(u)) return t.failure(u, c)
        const variant = pick(u)
        if (variant === undefined) {
          const value = u[tag]
          return t.failure(value, t.appendContext(c, tag, missing === undefined ? t.string : tagType, value))
        }
        return variant.validate(u, c) as t.Validation<A>
      },
      t.identity,
    )
  }
}

const tagType = new t.Type<string | null | undefined>(
  "string or nothing",
  (u): u is string | null | undefined => u === undefined || u === null || typeof u === "string",
  (u, c) => (u === undefined || u === null || typeof u === "string" ? t.success(u) : t.failure(u, c)),
  t.identity,
)

/**
 * Builds a {@link TaggedUnionCodec} from a record of variants.
 *
 * @example
 * import * as t from "io-ts"
 * import { struct, taggedUnion, UnlistedString } from "mediaconvert-cloudtrail/codec"
 * const Shape = taggedUnion("Shape", "kind", {
 *   circle: struct("Circle", { kind: t.literal("circle"), radius: t.number }, {}),
 *   square: struct("Square", { kind: t.literal("square"), side: t.number }, {}),
 * }, struct("OtherShape", { kind: UnlistedString }, {}))
 * Shape.is({ kind: "circle", radius: 1 }) // true
 * Shape.is({ kind: "hexagon" }) // true: the fallback variant
 * @category Combinators
 * @since 0.1.0
 */
export const taggedUnion = <
  V extends { readonly [tag: string]: t.Mixed },
  O extends t.Mixed,
  M extends t.Mixed = never,
>(
  name: string,
  tag: string,
  variants: V,
  other: O,
  missing?: M,
): TaggedUnionCodec<t.TypeOf<V[keyof V]> | t.TypeOf<O> | t.TypeOf<M>> =>
  new TaggedUnionCodec(name, tag, new Map(Object.entries(variants)), other, missing)
