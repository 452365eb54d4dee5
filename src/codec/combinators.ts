// The structural combinators: a list, a nullable member, either of two codecs, a map of
// values; each carries a `kind` the walker reads and Standard Schema's `~standard`.
import * as t from "io-ts"
import { isObject } from "./checks"
import type { Members } from "./members"
import { type StandardCodec, withStandard } from "./standard"

/**
 * A list whose items must all match a codec; the array itself is returned on success.
 *
 * @example
 * import * as t from "io-ts"
 * import { list } from "mediaconvert-cloudtrail/codec"
 * list(t.string).is(["a", "b"]) // true
 * @category Combinators
 * @since 0.1.0
 */
export const list = <C extends t.Mixed>(
  codec: C,
): t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.TypeOf<C>>> &
  StandardCodec<ReadonlyArray<t.TypeOf<C>>> & {
    readonly kind: "list"
    readonly item: C
  } => {
  const is = (u: unknown): u is ReadonlyArray<t.TypeOf<C>> => {
    if (!Array.isArray(u)) return false
    for (let i = 0; i < u.length; i++) if (!codec.is(u[i])) return false
    return true
  }
  const type: t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.TypeOf<C>>> = new t.Type(
    `list of ${codec.name}`,
    is,
    (u, c) => {
      if (is(u)) return t.success(u)
      if (!Array.isArray(u)) return t.failure(u, c)
      const errors: t.ValidationError[] = []
      for (let i = 0; i < u.length; i++) {
        const item: unknown = u[i]
        if (codec.is(item)) continue
        const result = codec.validate(item, t.appendContext(c, `[${i}]`, codec, item))
        if (result._tag === "Left") errors.push(...result.left)
      }
      return t.failures(errors)
    },
    t.identity,
  )
  return Object.assign(withStandard(type), { kind: "list" as const, item: codec })
}

/**
 * Accepts `null` besides what `codec` accepts: `responseElements` and `requestParameters`
 * are `null` for calls with an empty body, and other tools write `null` for an absent member.
 *
 * @example
 * import * as t from "io-ts"
 * import { nullable } from "mediaconvert-cloudtrail/codec"
 * nullable(t.string).is(null) // true
 * @category Combinators
 * @since 0.1.0
 */
export const nullable = <C extends t.Mixed>(
  codec: C,
): t.Type<t.TypeOf<C> | null, t.TypeOf<C> | null> &
  StandardCodec<t.TypeOf<C> | null> & { readonly kind: "nullable"; readonly inner: C } => {
  const is = (u: unknown): u is t.TypeOf<C> | null => u === null || codec.is(u)
  const type = new t.Type(
    `${codec.name} or null`,
    is,
    (u, c) => (is(u) ? t.success(u) : codec.validate(u, c)),
    t.identity,
  )
  return Object.assign(withStandard(type), { kind: "nullable" as const, inner: codec })
}

/**
 * Accepts what any of two codecs accepts (`mfaAuthenticated` as text or as a boolean; the
 * `resources` list, or the empty string event history gives in its place). A failure is
 * reported by the alternative whose JSON type the value has (an object or array by the
 * structured one), else at the value itself.
 *
 * @example
 * import * as t from "io-ts"
 * import { either } from "mediaconvert-cloudtrail/codec"
 * either(t.boolean, t.string).is("true") // true
 * either(t.boolean, t.string).is(1) // false
 * @category Combinators
 * @since 0.2.0
 */
export const either = <A extends t.Mixed, B extends t.Mixed>(
  first: A,
  second: B,
): t.Type<t.TypeOf<A> | t.TypeOf<B>, t.TypeOf<A> | t.TypeOf<B>> &
  StandardCodec<t.TypeOf<A> | t.TypeOf<B>> & {
    readonly kind: "either"
    readonly alternatives: readonly [A, B]
  } => {
  const is = (u: unknown): u is t.TypeOf<A> | t.TypeOf<B> => first.is(u) || second.is(u)
  const structured = (codec: t.Mixed): boolean => {
    const kind = (codec as { kind?: unknown }).kind
    return kind === "struct" || kind === "tagged" || kind === "list" || kind === "map"
  }
  const type = new t.Type(
    `${first.name} or ${second.name}`,
    is,
    (u, c) => {
      if (is(u)) return t.success(u)
      if (typeof u === "object" && u !== null) {
        for (const codec of [first, second]) if (structured(codec)) return codec.validate(u, c)
      }
      return t.failure(u, c)
    },
    t.identity,
  )
  return Object.assign(withStandard(type), {
    kind: "either" as const,
    alternatives: [first, second] as const,
  })
}

/**
 * A JSON object whose members, whatever their names, all match a codec (maps of the API
 * whose values are not strings).
 *
 * @example
 * import * as t from "io-ts"
 * import { mapOf } from "mediaconvert-cloudtrail/codec"
 * mapOf(t.number).is({ a: 1, b: 2 }) // true
 * mapOf(t.number).is({ a: "1" }) // false
 * @category Combinators
 * @since 0.1.0
 */
export const mapOf = <C extends t.Mixed>(
  codec: C,
): t.Type<{ readonly [key: string]: t.TypeOf<C> }, { readonly [key: string]: t.TypeOf<C> }> &
  StandardCodec<{ readonly [key: string]: t.TypeOf<C> }> & {
    readonly kind: "map"
    readonly value: C
  } => {
  type M = { readonly [key: string]: t.TypeOf<C> }
  const is = (u: unknown): u is M => {
    if (!isObject(u)) return false
    for (const key in u) if (Object.hasOwn(u, key) && !codec.is(u[key])) return false
    return true
  }
  const type = new t.Type<M, M>(
    `map of ${codec.name}`,
    is,
    (u, c) => {
      if (is(u)) return t.success(u)
      if (!isObject(u)) return t.failure(u, c)
      const errors: t.ValidationError[] = []
      for (const key of Object.keys(u)) {
        const value = u[key]
        if (codec.is(value)) continue
        const result = codec.validate(value, t.appendContext(c, key, codec, value))
        if (result._tag === "Left") errors.push(...result.left)
      }
      return t.failures(errors)
    },
    t.identity,
  )
  return Object.assign(withStandard(type), { kind: "map" as const, value: codec })
}

/**
 * The same members, each also accepting `null`: tools that re-serialise records (SIEMs, data
 * lakes, test suites) write `null` for a member that is absent ([the quirks: nulls](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#nulls)). The
 * value is kept as given; every helper reads `null` as absent.
 */
/** Internal (the record codecs use it; not re-exported). */
export const absentOrNull = <M extends Members>(members: M): { [K in keyof M]: NullableOf<M[K]> } => {
  const result: Record<string, t.Mixed> = {}
  for (const key of Object.keys(members)) {
    const codec = members[key] as t.Mixed
    result[key] = codec.is(null) ? codec : nullable(codec)
  }
  return result as { [K in keyof M]: NullableOf<M[K]> }
}

/** The codec {@link absentOrNull} makes of a member codec. */
type NullableOf<C extends t.Mixed> = t.Type<t.TypeOf<C> | null, t.TypeOf<C> | null, unknown>
