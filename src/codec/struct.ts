import * as t from "io-ts"
import { isObject as isPlainObject } from "./checks"
import { compiledCheckOf } from "./compiled"
import type { Members } from "./members"

/**
 * The type a {@link struct} decodes to: required members, then optional ones.
 *
 * @example
 * import * as t from "io-ts"
 * import type { StructOf } from "mediaconvert-cloudtrail/codec"
 * const queue: StructOf<{ name: t.StringC }, { description: t.StringC }> = { name: "Default" }
 * @category Combinators
 * @since 0.1.0
 */
export type StructOf<R extends Members, O extends Members> = Flatten<
  { [K in keyof R]: t.TypeOf<R[K]> } & { [K in keyof O]?: t.TypeOf<O[K]> }
>

/** One object type instead of an intersection, for readable hovers and exact type tests. */
type Flatten<T> = { [K in keyof T]: T[K] }

/**
 * The required members of a struct that has none. Not exported from the package: the structs
 * of the record parts name it where they give their codec the interface of their type.
 */
export type NoMembers = Record<never, never>

/**
 * The codec of a JSON object with named members. Decoding checks the members it knows and
 * returns the input object itself: unknown members survive, nothing is copied, and `encode`
 * is the identity, so encoding a decoded value gives back the input.
 *
 * @example
 * import * as t from "io-ts"
 * import { StructCodec } from "mediaconvert-cloudtrail/codec"
 * const Timing = new StructCodec("Timing", {}, { submitTime: t.number })
 * Timing.optional.submitTime.is(1712252726) // true
 * @category Combinators
 * @since 0.1.0
 */
export class StructCodec<R extends Members, O extends Members, A = StructOf<R, O>> extends t.Type<
  A,
  A,
  unknown
> {
  /** Marks the kind of codec, as io-ts's own codecs do. */
  readonly _tag = "StructCodec" as const
  /** What a walker over the codecs reads (src/codec/walk.ts). */
  readonly kind = "struct" as const
  constructor(
    name: string,
    /** Members that must be present. */
    readonly required: R,
    /** Members that may be absent; when present they must match. */
    readonly optional: O,
  ) {
    const requiredKeys = Object.keys(required)
    const requiredCodecs = requiredKeys.map((k) => required[k] as t.Mixed)
    const optionalKeys = Object.keys(optional)
    const optionalCodecs = optionalKeys.map((k) => optional[k] as t.Mixed)
    const interpreted = (u: unknown): boolean => {
      if (!isPlainObject(u)) return false
      for (let i = 0; i < requiredKeys.length; i++) {
        if (!(requiredCodecs[i] as t.Mixed).is(u[requiredKeys[i] as string])) return false
      }
      for (let i = 0; i < optionalKeys.length; i++) {
        const value = u[optionalKeys[i] as string]
        if (value !== undefined && !(optionalCodecs[i] as t.Mixed).is(value)) return false
      }
      return true
    }
    const is = (u: unknown): u is A => {
      const compiled = compiledCheckOf(this)
      return compiled === undefined ? interpreted(u) : compiled(u)
    }
    super(
      name,
      is,
      (u, c) => {
        if (is(u)) return t.success(u)
        if (!isPlainObject(u)) return t.failure(u, c)
        const errors: t.ValidationError[] = []
        for (let i = 0; i < requiredKeys.length; i++) {
          const key = requiredKeys[i] as string
          const codec = requiredCodecs[i] as t.Mixed
          const value = u[key]
          const result = codec.validate(value, t.appendContext(c, key, codec, value))
          if (result._tag === "Left") errors.push(...result.left)
        }
        for (let i = 0; i < optionalKeys.length; i++) {
          const key = optionalKeys[i] as string
          const value = u[key]
          if (value === undefined) continue
          const codec = optionalCodecs[i] as t.Mixed
          const result = codec.validate(value, t.appendContext(c, key, codec, value))
          if (result._tag === "Left") errors.push(...result.left)
        }
        return errors.length > 0 ? t.failures(errors) : t.success(u as A)
      },
      t.identity,
    )
  }
}

/**
 * Builds a {@link StructCodec}.
 *
 * @example
 * import * as t from "io-ts"
 * import { struct } from "mediaconvert-cloudtrail/codec"
 * const Queue = struct("Queue", { name: t.string }, { description: t.string })
 * Queue.is({ name: "Default", extra: true }) // true: unknown members are allowed and kept
 * @category Combinators
 * @since 0.1.0
 */
export const struct = <R extends Members, O extends Members>(
  name: string,
  required: R,
  optional: O,
): StructCodec<R, O> => new StructCodec(name, required, optional)
