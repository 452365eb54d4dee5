import * as t from "io-ts"
import { isBooleanText, isObject, isRedaction, isStringMap, isText, isTimestamp } from "./checks"
import { leafCodec } from "./leaf"
import { type StandardCodec, withStandard } from "./standard"
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
export interface OpenEnumCodec<K extends string>
  extends t.Type<OpenEnum<K>, OpenEnum<K>, unknown>,
    StandardCodec<OpenEnum<K>> {
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
 * so nothing is lost; {@link epochMillisOf} reads it. See [the quirks: timestamps](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#timestamps).
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
export const TimestampCodec: t.Type<Timestamp, Timestamp, unknown> & {
  readonly kind: "timestamp"
} & StandardCodec<Timestamp> = leafCodec(
  "timestamp (epoch seconds or milliseconds, number or digits)",
  isTimestamp,
  {
    kind: "timestamp" as const,
  },
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
 * elsewhere. See [the quirks: redaction](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#redaction).
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
export const RedactedCodec: t.Type<Redacted, Redacted, unknown> & {
  readonly kind: "redaction"
} & StandardCodec<Redacted> = leafCodec('"***"', isRedaction, { kind: "redaction" as const })

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
): t.Type<t.TypeOf<C> | Redacted, t.TypeOf<C> | Redacted> &
  StandardCodec<t.TypeOf<C> | Redacted> & {
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
  return Object.assign(withStandard(type), { kind: "redactable" as const, inner: codec })
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
export const StringMapCodec: t.Type<StringMap, StringMap, unknown> & {
  readonly kind: "stringMap"
} & StandardCodec<StringMap> = Object.assign(
  withStandard(
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
  ),
  { kind: "stringMap" as const },
)

/**
 * A boolean as records carry it: a JSON boolean, or the text `"true"` / `"false"` that some
 * tools write in its place ([the quirks: booleans](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#booleans)). Kept as given; read it with
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
export const BooleanTextCodec: t.Type<BooleanText, BooleanText, unknown> & {
  readonly kind: "booleanText"
} & StandardCodec<BooleanText> = leafCodec('boolean (or "true" / "false")', isBooleanText, {
  kind: "booleanText" as const,
})

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

// The structural combinators live in combinators.ts; importers of this module keep them.
export { absentOrNull, either, list, mapOf, nullable } from "./combinators"
