import type * as t from "io-ts"

/**
 * One step of a path into JSON: a member name, or an array index.
 *
 * @example
 * import type { PathSegment } from "mediaconvert-cloudtrail"
 * const path: ReadonlyArray<PathSegment> = ["Records", 12, "userIdentity"]
 * @category Failures
 * @since 0.2.0
 */
export type PathSegment = string | number

/**
 * One problem found while decoding: where (a JSON path such as
 * `$.userIdentity.sessionContext.attributes.mfaAuthenticated`, and the same as segments, so
 * nobody has to parse the path back), what the decoder expected there, and a short
 * description of what it found.
 *
 * @example
 * import type { DecodeIssue } from "mediaconvert-cloudtrail"
 * const issue: DecodeIssue = { path: "$.Records[3].eventTime", segments: ["Records", 3, "eventTime"], expected: "string", found: "number 17" }
 * @category Failures
 * @since 0.1.0
 */
export interface DecodeIssue {
  readonly path: string
  /** The path as member names and array indexes (since 0.2.0). */
  readonly segments: ReadonlyArray<PathSegment>
  readonly expected: string
  readonly found: string
}

/**
 * Why an input did not decode: every problem found, each with its path, at most
 * {@link MAX_ISSUES} of them (`truncated` says whether more were left out).
 *
 * @example
 * import { decodeRecord } from "mediaconvert-cloudtrail"
 * const result = decodeRecord(42)
 * if (result._tag === "Left") console.log(result.left.issues[0]?.path) // "$"
 * @category Failures
 * @since 0.1.0
 */
export interface DecodeFailure {
  readonly issues: ReadonlyArray<DecodeIssue>
  readonly truncated: boolean
}

/**
 * The most issues a {@link DecodeFailure} lists, so that a hostile input cannot make the
 * report itself huge.
 *
 * @example
 * import { MAX_ISSUES } from "mediaconvert-cloudtrail"
 * console.log(MAX_ISSUES) // 50
 * @category Failures
 * @since 0.1.0
 */
export const MAX_ISSUES = 50

const MAX_TEXT = 60

const quote = (s: string): string =>
  s.length > MAX_TEXT
    ? `${JSON.stringify(s.slice(0, MAX_TEXT))}… (${s.length} characters)`
    : JSON.stringify(s)

/**
 * A short, bounded description of a value, for error messages: its kind and, for scalars,
 * its value (long strings cut at 60 characters).
 *
 * @example
 * import { describeValue } from "mediaconvert-cloudtrail"
 * describeValue(true) // "boolean true"
 * describeValue(undefined) // "nothing"
 * @category Failures
 * @since 0.1.0
 */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return "nothing"
  if (value === null) return "null"
  switch (typeof value) {
    case "string":
      return `string ${quote(value)}`
    case "number":
    case "boolean":
    case "bigint":
      return `${typeof value} ${String(value)}`
    case "object": {
      if (Array.isArray(value)) return `array of ${value.length}`
      const keys = Object.keys(value)
      const shown = keys.slice(0, 5).map((k) => quote(k))
      return keys.length === 0
        ? "empty object"
        : `object with keys ${shown.join(", ")}${keys.length > 5 ? `, … (${keys.length} keys)` : ""}`
    }
    default:
      return typeof value
  }
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$-]*$/
const bracketedIndex = /^\[(\d+)\]$/

/** Path segments without the empty names of roots, which no path shows. */
const segmentsOf = (at: ReadonlyArray<PathSegment>): PathSegment[] => at.filter((segment) => segment !== "")

/**
 * Joins path segments into a JSON path: `$`, `.name`, `["odd key"]`, `[3]`.
 *
 * @example
 * import { jsonPath } from "mediaconvert-cloudtrail"
 * jsonPath(["Records", 3, "Audio Selector 1"]) // '$.Records[3]["Audio Selector 1"]'
 * @category Failures
 * @since 0.1.0
 */
export const jsonPath = (segments: ReadonlyArray<PathSegment>): string => {
  let path = "$"
  for (const segment of segmentsOf(segments)) path = pathStep(path, segment, quote)
  return path
}

/**
 * One step down a JSON path: `[3]` for an index, `.name` for an identifier, `["odd key"]`
 * otherwise. The one rule for every path the library writes (reports, and the places helpers
 * point at); `write` quotes an odd key (reports cut long ones, helpers keep them whole).
 * Internal.
 */
export const pathStep = (
  path: string,
  segment: PathSegment,
  write: (key: string) => string = JSON.stringify,
): string =>
  typeof segment === "number"
    ? `${path}[${segment}]`
    : identifier.test(segment)
      ? `${path}.${segment}`
      : `${path}[${write(segment)}]`

/** The segments of an io-ts context: an entry whose parent value is an array is an index. */
const contextSegments = (context: t.Context): PathSegment[] => {
  const segments: PathSegment[] = []
  for (let i = 1; i < context.length; i++) {
    const entry = context[i] as t.ContextEntry
    const parent = (context[i - 1] as t.ContextEntry).actual
    const index = Array.isArray(parent) ? bracketedIndex.exec(entry.key) : null
    segments.push(index === null ? entry.key : Number(index[1]))
  }
  return segments
}

/**
 * Turns io-ts validation errors into a {@link DecodeFailure}, with `prefix` put before every
 * path (a container reader passes the record's place in the file, such as `["Records", 12]`).
 * Internal: the decoders and readers call it.
 * @category Failures
 */
export const failureFrom = (errors: t.Errors, prefix: ReadonlyArray<PathSegment> = []): DecodeFailure => {
  const issues: DecodeIssue[] = []
  const seen = new Set<string>()
  const at = segmentsOf(prefix)
  for (const error of errors) {
    const context = error.context
    const last = context[context.length - 1]
    const segments = [...at, ...contextSegments(context)]
    const path = jsonPath(segments)
    const expected = error.message ?? last?.type.name ?? "a valid value"
    const issue = { path, segments, expected, found: describeValue(error.value) }
    const key = `${issue.path}\u0000${issue.expected}`
    if (seen.has(key)) continue
    seen.add(key)
    if (issues.length === MAX_ISSUES) return { issues, truncated: true }
    issues.push(issue)
  }
  return { issues, truncated: false }
}

/**
 * A failure with a single issue, for problems found outside io-ts (a body that is not JSON),
 * at the place `at`. Internal.
 * @category Failures
 */
export const failureAt = (at: ReadonlyArray<PathSegment>, expected: string, found: string): DecodeFailure => {
  const segments = segmentsOf(at)
  return { issues: [{ path: jsonPath(segments), segments, expected, found }], truncated: false }
}

/**
 * Renders a {@link DecodeFailure} as text, one line per issue:
 * `$.userIdentity.type: expected string, found number 3`. [Errors](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/errors.html) lists
 * the usual ones and what to do about each.
 *
 * @example
 * import { decodeRecord, formatFailure } from "mediaconvert-cloudtrail"
 * const result = decodeRecord({ eventVersion: 1 })
 * if (result._tag === "Left") console.log(formatFailure(result.left))
 * @category Failures
 * @since 0.1.0
 */
export const formatFailure = (failure: DecodeFailure): string => {
  const lines = failure.issues.map(
    (issue) => `${issue.path}: expected ${issue.expected}, found ${issue.found}`,
  )
  if (failure.truncated) lines.push(`… and more problems (only the first ${MAX_ISSUES} are listed)`)
  return lines.join("\n")
}
