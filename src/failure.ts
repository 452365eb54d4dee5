import type * as t from "io-ts"

/**
 * One problem found while decoding: where (a JSON path such as
 * `$.userIdentity.sessionContext.attributes.mfaAuthenticated`), what the decoder expected
 * there, and a short description of what it found.
 *
 * @example
 * import type { DecodeIssue } from "mediaconvert-cloudtrail"
 * const issue: DecodeIssue = { path: "$.eventTime", expected: "string", found: "number 17" }
 * @since 0.1.0
 */
export interface DecodeIssue {
  readonly path: string
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

/**
 * Joins path segments into a JSON path: `$`, `.name`, `["odd key"]`, `[3]`.
 *
 * @example
 * import { jsonPath } from "mediaconvert-cloudtrail"
 * jsonPath(["Records", "[3]", "Audio Selector 1"]) // '$.Records[3]["Audio Selector 1"]'
 * @since 0.1.0
 */
export const jsonPath = (segments: ReadonlyArray<string>): string => {
  let path = "$"
  for (const segment of segments) {
    if (segment === "") continue
    if (/^\[\d+\]$/.test(segment)) path += segment
    else if (identifier.test(segment)) path += `.${segment}`
    else path += `[${quote(segment)}]`
  }
  return path
}

/**
 * Turns io-ts validation errors into a {@link DecodeFailure}, with `prefix` put before every
 * path (a container reader passes the record's place in the file, such as `["Records", "[12]"]`).
 *
 * @example
 * import * as t from "io-ts"
 * import { failureFrom } from "mediaconvert-cloudtrail"
 * const result = t.string.decode(1)
 * if (result._tag === "Left") failureFrom(result.left).issues[0]?.expected // "string"
 * @since 0.1.0
 */
export const failureFrom = (errors: t.Errors, prefix: ReadonlyArray<string> = []): DecodeFailure => {
  const issues: DecodeIssue[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    const context = error.context
    const last = context[context.length - 1]
    const path = jsonPath([...prefix, ...context.map((entry) => entry.key)])
    const expected = error.message ?? last?.type.name ?? "a valid value"
    const issue = { path, expected, found: describeValue(error.value) }
    const key = `${issue.path}\u0000${issue.expected}`
    if (seen.has(key)) continue
    seen.add(key)
    if (issues.length === MAX_ISSUES) return { issues, truncated: true }
    issues.push(issue)
  }
  return { issues, truncated: false }
}

/**
 * A failure with a single issue, for problems found outside io-ts (a body that is not JSON).
 *
 * @example
 * import { failureAt } from "mediaconvert-cloudtrail"
 * failureAt("$.awslogs.data", "base64 text of gzip data", "string \"%%\"")
 * @since 0.1.0
 */
export const failureAt = (path: string, expected: string, found: string): DecodeFailure => ({
  issues: [{ path, expected, found }],
  truncated: false,
})

/**
 * Renders a {@link DecodeFailure} as text, one line per issue:
 * `$.userIdentity.type: expected string, found number 3`.
 *
 * @example
 * import { decodeRecord, formatFailure } from "mediaconvert-cloudtrail"
 * const result = decodeRecord({ eventVersion: 1 })
 * if (result._tag === "Left") console.log(formatFailure(result.left))
 * @since 0.1.0
 */
export const formatFailure = (failure: DecodeFailure): string => {
  const lines = failure.issues.map(
    (issue) => `${issue.path}: expected ${issue.expected}, found ${issue.found}`,
  )
  if (failure.truncated) lines.push(`… and more problems (only the first ${MAX_ISSUES} are listed)`)
  return lines.join("\n")
}
