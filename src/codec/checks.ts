// The leaf rules of every codec, in one place. The io-ts codecs (src/codec/*.ts) and the
// compiled validators (src/*/generated/validators.ts, written by scripts/compile-validators.ts)
// both import these functions, so a rule changed here changes both paths at once
// (test/codec/rule-change.test.ts shows it). Internal: not part of the public surface.

/** Whether a value is what JSON calls an object: not null, not an array. */
export const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/** Whether a value is text: open enumerations and unlisted names accept any string. */
export const isText = (u: unknown): boolean => typeof u === "string"

/** Whether a value can stand in a JSON document (what `JSON.parse` may give, and more). */
export const isJson = (u: unknown): boolean =>
  u !== undefined && typeof u !== "function" && typeof u !== "symbol" && typeof u !== "bigint"

/** Epoch seconds or milliseconds written as text: digits, perhaps with a fraction. */
const timestampText = /^\d+(\.\d+)?$/

/**
 * A point in time as MediaConvert's payloads carry it: a finite number, or a string of digits
 * ([the quirks: timestamps](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#timestamps)).
 */
export const isTimestamp = (u: unknown): boolean =>
  (typeof u === "number" && Number.isFinite(u)) || (typeof u === "string" && timestampText.test(u))

/** The strings CloudTrail writes in place of a value it hides ([the quirks: redaction](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#redaction)). */
export const REDACTIONS: ReadonlyArray<string> = ["***", "HIDDEN_DUE_TO_SECURITY_REASONS"]

/** Whether a value is one of the {@link REDACTIONS}. */
export const isRedaction = (u: unknown): boolean => u === "***" || u === "HIDDEN_DUE_TO_SECURITY_REASONS"

/** Whether a value is an object whose own members are all strings. */
export const isStringMap = (u: unknown): boolean => {
  if (!isObject(u)) return false
  for (const key in u) if (Object.hasOwn(u, key) && typeof u[key] !== "string") return false
  return true
}

/**
 * A boolean as records carry it: a JSON boolean, or the text `"true"` / `"false"` that some
 * tools write instead ([the quirks: booleans](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#booleans)). `"True"` or `"1"` is not one.
 */
export const isBooleanText = (u: unknown): boolean => typeof u === "boolean" || u === "true" || u === "false"

/**
 * Whether an optional member is absent or text (a number, a boolean): the commonest checks of
 * the compiled validators, one call each, which keeps the generated code small.
 */
export const isOptionalString = (u: unknown): boolean => u === undefined || typeof u === "string"
/** See {@link isOptionalString}. */
export const isOptionalNumber = (u: unknown): boolean => u === undefined || typeof u === "number"
/** See {@link isOptionalString}. */
export const isOptionalBoolean = (u: unknown): boolean => u === undefined || typeof u === "boolean"
