import * as t from "io-ts"
import { isPlainObject } from "./internal"

/**
 * An enumeration that stays open: its type lists the values this version knows (so editors
 * complete them) and still admits any other string, because AWS adds values without notice
 * and a new value must never make a record fail to decode.
 *
 * @example
 * import type { OpenEnum } from "mediaconvert-cloudtrail"
 * type Mode = OpenEnum<"DISABLED" | "ENABLED">
 * const known: Mode = "DISABLED"
 * const later: Mode = "SOMETHING_NEW"
 * @since 0.1.0
 */
export type OpenEnum<K extends string> = K | (string & {})

/**
 * The codec of an {@link OpenEnum}: any string at run time, the listed values in the type.
 *
 * @example
 * import { openEnum } from "mediaconvert-cloudtrail"
 * const JobStatus = openEnum("JobStatus", ["SUBMITTED", "PROGRESSING", "COMPLETE", "CANCELED", "ERROR"])
 * JobStatus.is("COMPLETE") // true
 * JobStatus.is("PAUSED_FOR_LUNCH") // true: unknown values are accepted
 * JobStatus.is(3) // false
 * @since 0.1.0
 */
export const openEnum = <const K extends string>(
  name: string,
  values: ReadonlyArray<K>,
): t.Type<OpenEnum<K>, OpenEnum<K>, unknown> & {
  readonly kind: "openEnum"
  readonly values: ReadonlyArray<K>
} =>
  Object.assign(
    new t.Type<OpenEnum<K>, OpenEnum<K>, unknown>(
      `${name} (string)`,
      (u): u is OpenEnum<K> => typeof u === "string",
      (u, c) => (typeof u === "string" ? t.success(u) : t.failure(u, c)),
      t.identity,
    ),
    { kind: "openEnum" as const, values },
  )

/**
 * A point in time as MediaConvert's payloads carry it: epoch seconds as a number (the API's
 * format), epoch milliseconds (older records), or either as a string of digits. Kept as given
 * so nothing is lost; {@link epochMillisOf} reads it. See docs/quirks.md#timestamps.
 *
 * @example
 * import type { Timestamp } from "mediaconvert-cloudtrail"
 * const seconds: Timestamp = 1712252726
 * const millisAsText: Timestamp = "1510714652428"
 * @since 0.1.0
 */
export type Timestamp = number | string

const digits = /^\d+(\.\d+)?$/

const isTimestamp = (u: unknown): u is Timestamp =>
  (typeof u === "number" && Number.isFinite(u)) || (typeof u === "string" && digits.test(u))

/**
 * The codec of a {@link Timestamp}: a finite number or a string of digits.
 *
 * @example
 * import { TimestampCodec } from "mediaconvert-cloudtrail"
 * TimestampCodec.is(1712252726) // true
 * TimestampCodec.is("1510714652428") // true
 * TimestampCodec.is("yesterday") // false
 * @since 0.1.0
 */
export const TimestampCodec: t.Type<Timestamp, Timestamp, unknown> = new t.Type<
  Timestamp,
  Timestamp,
  unknown
>(
  "timestamp (epoch seconds or milliseconds, number or digits)",
  isTimestamp,
  (u, c) => (isTimestamp(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
)

/**
 * Reads a {@link Timestamp} as epoch milliseconds: values of 1e11 and above are taken as
 * milliseconds already, smaller ones as seconds (1e11 seconds is the year 5138).
 * Returns `undefined` for anything that is not a timestamp.
 *
 * @example
 * import { epochMillisOf } from "mediaconvert-cloudtrail"
 * epochMillisOf(1712252726) // 1712252726000
 * epochMillisOf("1510714652428") // 1510714652428
 * @since 0.1.0
 */
export const epochMillisOf = (value: unknown): number | undefined => {
  if (!isTimestamp(value)) return undefined
  const n = typeof value === "number" ? value : Number(value)
  if (!Number.isFinite(n)) return undefined
  return n >= 1e11 ? n : n * 1000
}

/**
 * What CloudTrail writes in place of a value it hides: `"***"` for sensitive parts of a
 * request or response (for example job encryption settings), `HIDDEN_DUE_TO_SECURITY_REASONS`
 * elsewhere. See docs/quirks.md#redaction.
 *
 * @example
 * import type { Redacted } from "mediaconvert-cloudtrail"
 * const hidden: Redacted = "***"
 * @since 0.1.0
 */
export type Redacted = "***" | "HIDDEN_DUE_TO_SECURITY_REASONS"

/**
 * The codec of {@link Redacted}.
 *
 * @example
 * import { RedactedCodec } from "mediaconvert-cloudtrail"
 * RedactedCodec.is("***") // true
 * @since 0.1.0
 */
export const RedactedCodec: t.Type<Redacted, Redacted, unknown> = t.keyof(
  { "***": null, HIDDEN_DUE_TO_SECURITY_REASONS: null },
  '"***"',
)

/**
 * Wraps an object codec so that the redaction string is accepted in its place.
 *
 * @example
 * import * as t from "io-ts"
 * import { redactable, struct } from "mediaconvert-cloudtrail"
 * const Encryption = redactable(struct("Encryption", {}, { type: t.string }))
 * Encryption.is("***") // true
 * Encryption.is({ type: "SPEKE" }) // true
 * @since 0.1.0
 */
export const redactable = <C extends t.Mixed>(
  codec: C,
): t.Type<t.TypeOf<C> | Redacted, t.TypeOf<C> | Redacted> & {
  readonly kind: "redactable"
  readonly inner: C
} => {
  const is = (u: unknown): u is t.TypeOf<C> | Redacted =>
    typeof u === "string" ? RedactedCodec.is(u) : codec.is(u)
  const type = new t.Type(
    `${codec.name} or "***"`,
    is,
    (u, c) => (is(u) ? t.success(u) : typeof u === "string" ? t.failure(u, c) : codec.validate(u, c)),
    t.identity,
  )
  return Object.assign(type, { kind: "redactable" as const, inner: codec })
}

/**
 * A JSON object whose members are all strings (tags, user metadata).
 *
 * @example
 * import type { StringMap } from "mediaconvert-cloudtrail"
 * const tags: StringMap = { CostCenter: "Example-Tag" }
 * @since 0.1.0
 */
export interface StringMap {
  readonly [key: string]: string
}

const isStringMap = (u: unknown): u is StringMap => {
  if (!isPlainObject(u)) return false
  for (const key in u) {
    if (Object.hasOwn(u, key) && typeof u[key] !== "string") return false
  }
  return true
}

/**
 * The codec of a {@link StringMap}.
 *
 * @example
 * import { StringMapCodec } from "mediaconvert-cloudtrail"
 * StringMapCodec.is({ a: "b" }) // true
 * StringMapCodec.is({ a: 1 }) // false
 * @since 0.1.0
 */
export const StringMapCodec: t.Type<StringMap, StringMap, unknown> = new t.Type<
  StringMap,
  StringMap,
  unknown
>(
  "map of strings",
  isStringMap,
  (u, c) => {
    if (isStringMap(u)) return t.success(u)
    if (!isPlainObject(u)) return t.failure(u, c)
    const errors: t.ValidationError[] = []
    for (const key of Object.keys(u)) {
      const value = u[key]
      if (typeof value !== "string") errors.push({ value, context: t.appendContext(c, key, t.string, value) })
    }
    return t.failures(errors)
  },
  t.identity,
)

/**
 * A list whose items must all match a codec; the array itself is returned on success.
 *
 * @example
 * import * as t from "io-ts"
 * import { list } from "mediaconvert-cloudtrail"
 * list(t.string).is(["a", "b"]) // true
 * @since 0.1.0
 */
export const list = <C extends t.Mixed>(
  codec: C,
): t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.TypeOf<C>>> & {
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
  return Object.assign(type, { kind: "list" as const, item: codec })
}

/**
 * Accepts `null` besides what `codec` accepts: `responseElements` and `requestParameters`
 * are `null` for calls with an empty body.
 *
 * @example
 * import * as t from "io-ts"
 * import { nullable } from "mediaconvert-cloudtrail"
 * nullable(t.string).is(null) // true
 * @since 0.1.0
 */
export const nullable = <C extends t.Mixed>(
  codec: C,
): t.Type<t.TypeOf<C> | null, t.TypeOf<C> | null> & { readonly kind: "nullable"; readonly inner: C } => {
  const is = (u: unknown): u is t.TypeOf<C> | null => u === null || codec.is(u)
  const type = new t.Type(
    `${codec.name} or null`,
    is,
    (u, c) => (is(u) ? t.success(u) : codec.validate(u, c)),
    t.identity,
  )
  return Object.assign(type, { kind: "nullable" as const, inner: codec })
}

/**
 * A JSON object whose members, whatever their names, all match a codec (maps of the API
 * whose values are not strings).
 *
 * @example
 * import * as t from "io-ts"
 * import { mapOf } from "mediaconvert-cloudtrail"
 * mapOf(t.number).is({ a: 1, b: 2 }) // true
 * mapOf(t.number).is({ a: "1" }) // false
 * @since 0.1.0
 */
export const mapOf = <C extends t.Mixed>(
  codec: C,
): t.Type<{ readonly [key: string]: t.TypeOf<C> }, { readonly [key: string]: t.TypeOf<C> }> & {
  readonly kind: "map"
  readonly value: C
} => {
  type M = { readonly [key: string]: t.TypeOf<C> }
  const is = (u: unknown): u is M => {
    if (!isPlainObject(u)) return false
    for (const key in u) if (Object.hasOwn(u, key) && !codec.is(u[key])) return false
    return true
  }
  const type = new t.Type<M, M>(
    `map of ${codec.name}`,
    is,
    (u, c) => {
      if (is(u)) return t.success(u)
      if (!isPlainObject(u)) return t.failure(u, c)
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
  return Object.assign(type, { kind: "map" as const, value: codec })
}
