import * as t from "io-ts"
import { isBooleanText, isObject, isRedaction, isStringMap, isText, isTimestamp } from "./checks"
import { leafCodec } from "./leaf"
import type { Members } from "./members"
import type { Unlisted } from "./unlisted"

/**
 * An enumeration that stays open: its type lists the values this version knows, and any
 * other string decodes too, typed {@link Unlisted} (opaque, as an unlisted `eventName` is), so
 * comparing a value with a misspelt literal is a compile error while a value AWS added later
 * still decodes and round-trips.
 *
 * @example
 * import type { OpenEnum } from "mediaconvert-cloudtrail/codec"
 * type Mode = OpenEnum<"DISABLED" | "ENABLED">
 * const known: Mode = "DISABLED"
 * const isOn = (mode: Mode) => mode === "ENABLED"
 * @category Values
 * @since 0.1.0
 */
export type OpenEnum<K extends string> = K | Unlisted

/**
 * The codec of an {@link OpenEnum}, with what a walker over the codecs needs to know: its
 * `kind` and the values it lists.
 *
 * @example
 * import { type OpenEnumCodec, openEnum } from "mediaconvert-cloudtrail/codec"
 * const Mode: OpenEnumCodec<"DISABLED" | "ENABLED"> = openEnum("Mode", ["DISABLED", "ENABLED"])
 * console.log(Mode.values) // ["DISABLED", "ENABLED"]
 * @category Combinators
 * @since 0.2.0
 */
export interface OpenEnumCodec<K extends string> extends t.Type<OpenEnum<K>, OpenEnum<K>, unknown> {
  readonly kind: "openEnum"
  /** The values this version knows. */
  readonly values: ReadonlyArray<K>
}

/**
 * The codec of an {@link OpenEnum}: any string at run time, the listed values in the type.
 *
 * @example
 * import { openEnum } from "mediaconvert-cloudtrail/codec"
 * const JobStatus = openEnum("JobStatus", ["SUBMITTED", "PROGRESSING", "COMPLETE", "CANCELED", "ERROR"])
 * JobStatus.is("COMPLETE") // true
 * JobStatus.is("PAUSED_FOR_LUNCH") // true: unknown values are accepted
 * JobStatus.is(3) // false
 * @category Combinators
 * @since 0.1.0
 */
export const openEnum = <const K extends string>(name: string, values: ReadonlyArray<K>): OpenEnumCodec<K> =>
  leafCodec<OpenEnum<K>, { readonly kind: "openEnum"; readonly values: ReadonlyArray<K> }>(
    `${name} (string)`,
    isText,
    { kind: "openEnum", values },
  )

/**
 * A point in time as MediaConvert's payloads carry it: epoch seconds as a number (the API's
 * format), epoch milliseconds (older records), or either as a string of digits. Kept as given
 * so nothing is lost; {@link epochMillisOf} reads it. See [docs/quirks.md#timestamps](../../docs/quirks.md#timestamps).
 *
 * @example
 * import type { Timestamp } from "mediaconvert-cloudtrail"
 * const seconds: Timestamp = 1712252726
 * const millisAsText: Timestamp = "1510714652428"
 * @category Values
 * @since 0.1.0
 */
export type Timestamp = number | string

/**
 * The codec of a {@link Timestamp}: a finite number or a string of digits.
 *
 * @example
 * import { TimestampCodec } from "mediaconvert-cloudtrail/codec"
 * TimestampCodec.is(1712252726) // true
 * TimestampCodec.is("1510714652428") // true
 * TimestampCodec.is("yesterday") // false
 * @category Combinators
 * @since 0.1.0
 */
export const TimestampCodec: t.Type<Timestamp, Timestamp, unknown> & { readonly kind: "timestamp" } =
  leafCodec("timestamp (epoch seconds or milliseconds, number or digits)", isTimestamp, {
    kind: "timestamp" as const,
  })

/**
 * Reads a {@link Timestamp} as epoch milliseconds: values of 1e11 and above are taken as
 * milliseconds already, smaller ones as seconds (1e11 seconds is the year 5138).
 * Returns `undefined` for anything that is not a timestamp.
 *
 * @example
 * import { epochMillisOf } from "mediaconvert-cloudtrail"
 * epochMillisOf(1712252726) // 1712252726000
 * epochMillisOf("1510714652428") // 1510714652428
 * @category Values
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
 * request or response (job encryption settings), `HIDDEN_DUE_TO_SECURITY_REASONS`
 * elsewhere. See [docs/quirks.md#redaction](../../docs/quirks.md#redaction).
 *
 * @example
 * import type { Redacted } from "mediaconvert-cloudtrail"
 * const hidden: Redacted = "***"
 * @category Values
 * @since 0.1.0
 */
export type Redacted = "***" | "HIDDEN_DUE_TO_SECURITY_REASONS"

/**
 * Whether a value is the redaction string CloudTrail writes in place of a hidden value: the
 * guard for the members typed `X | Redacted` (encryption and key-provider settings).
 *
 * @example
 * import { decodeMediaConvertEvent, isRedacted } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({})
 * if (result._tag === "Right" && result.right.eventName === "CreateJob") {
 *   const encryption = result.right.requestParameters?.settings?.outputGroups?.[0]?.outputGroupSettings?.hlsGroupSettings?.encryption
 *   if (encryption !== undefined && !isRedacted(encryption)) console.log(encryption.encryptionMethod)
 * }
 * @category Values
 * @since 0.2.0
 */
export const isRedacted = (value: unknown): value is Redacted => isRedaction(value)

/**
 * The codec of {@link Redacted}.
 *
 * @example
 * import { RedactedCodec } from "mediaconvert-cloudtrail/codec"
 * RedactedCodec.is("***") // true
 * @category Combinators
 * @since 0.1.0
 */
export const RedactedCodec: t.Type<Redacted, Redacted, unknown> & { readonly kind: "redaction" } = leafCodec(
  '"***"',
  isRedaction,
  { kind: "redaction" as const },
)

/**
 * Wraps a codec so that the redaction string is accepted in its place.
 *
 * @example
 * import * as t from "io-ts"
 * import { redactable, struct } from "mediaconvert-cloudtrail/codec"
 * const Encryption = redactable(struct("Encryption", {}, { type: t.string }))
 * Encryption.is("***") // true
 * Encryption.is({ type: "SPEKE" }) // true
 * @category Combinators
 * @since 0.1.0
 */
export const redactable = <C extends t.Mixed>(
  codec: C,
): t.Type<t.TypeOf<C> | Redacted, t.TypeOf<C> | Redacted> & {
  readonly kind: "redactable"
  readonly inner: C
} => {
  const is = (u: unknown): u is t.TypeOf<C> | Redacted => isRedaction(u) || codec.is(u)
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
 * @category Values
 * @since 0.1.0
 */
export interface StringMap {
  readonly [key: string]: string
}

/**
 * The codec of a {@link StringMap}.
 *
 * @example
 * import { StringMapCodec } from "mediaconvert-cloudtrail/codec"
 * StringMapCodec.is({ a: "b" }) // true
 * StringMapCodec.is({ a: 1 }) // false
 * @category Combinators
 * @since 0.1.0
 */
export const StringMapCodec: t.Type<StringMap, StringMap, unknown> & { readonly kind: "stringMap" } =
  Object.assign(
    new t.Type<StringMap, StringMap, unknown>(
      "map of strings",
      (u): u is StringMap => isStringMap(u),
      (u, c) => {
        if (isStringMap(u)) return t.success(u as StringMap)
        if (!isObject(u)) return t.failure(u, c)
        const errors: t.ValidationError[] = []
        for (const key of Object.keys(u)) {
          const value = u[key]
          if (typeof value !== "string")
            errors.push({ value, context: t.appendContext(c, key, t.string, value) })
        }
        return t.failures(errors)
      },
      t.identity,
    ),
    { kind: "stringMap" as const },
  )

/**
 * A boolean as records carry it: a JSON boolean, or the text `"true"` / `"false"` that some
 * tools write in its place ([docs/quirks.md#booleans](../../docs/quirks.md#booleans)). Kept as given; read it with
 * {@link booleanOf}.
 *
 * @example
 * import type { BooleanText } from "mediaconvert-cloudtrail"
 * const fromCloudTrail: BooleanText = false
 * const fromAnotherTool: BooleanText = "false"
 * @category Values
 * @since 0.2.0
 */
export type BooleanText = boolean | "true" | "false"

/**
 * The codec of {@link BooleanText}: `"True"` or `"1"` is not one.
 *
 * @example
 * import { BooleanTextCodec } from "mediaconvert-cloudtrail/codec"
 * BooleanTextCodec.is("true") // true
 * BooleanTextCodec.is("True") // false
 * @category Combinators
 * @since 0.2.0
 */
export const BooleanTextCodec: t.Type<BooleanText, BooleanText, unknown> & { readonly kind: "booleanText" } =
  leafCodec('boolean (or "true" / "false")', isBooleanText, { kind: "booleanText" as const })

/**
 * Reads a boolean however a record wrote it: `true` and `"true"` are true, `false` and
 * `"false"` are false, anything else is `undefined`.
 *
 * @example
 * import { booleanOf } from "mediaconvert-cloudtrail"
 * booleanOf("true") // true
 * booleanOf(false) // false
 * booleanOf("...") // undefined
 * @category Values
 * @since 0.2.0
 */
export const booleanOf = (value: unknown): boolean | undefined =>
  value === true || value === "true" ? true : value === false || value === "false" ? false : undefined

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
): t.Type<t.TypeOf<A> | t.TypeOf<B>, t.TypeOf<A> | t.TypeOf<B>> & {
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
  return Object.assign(type, { kind: "either" as const, alternatives: [first, second] as const })
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
): t.Type<{ readonly [key: string]: t.TypeOf<C> }, { readonly [key: string]: t.TypeOf<C> }> & {
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
  return Object.assign(type, { kind: "map" as const, value: codec })
}

/**
 * The same members, each also accepting `null`: tools that re-serialise records (SIEMs, data
 * lakes, test suites) write `null` for a member that is absent ([docs/quirks.md#nulls](../../docs/quirks.md#nulls)). The
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
