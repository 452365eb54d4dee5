// Bytes to text without Node: gzip, base64, UTF-8 and JSON, each failing as data.
//
// gzip uses fflate rather than the web platform's DecompressionStream: fflate is pure
// JavaScript and synchronous, so `recordsFrom` stays a plain function in browsers, edge
// runtimes and Lambda alike, and it lets us stop inflating as soon as the output passes a
// cap (DecompressionStream is async-only and would force every caller to await).
import { strFromU8 } from "fflate"
import { type Either, left, right } from "../../codec/fp"
import { type DecodeFailure, failureAt, type PathSegment } from "../../failure"
import { nestsTooDeep, tooDeep } from "./depth"
import { inflateGzip, sizeOf } from "./gzip"

/**
 * Limits on what a reader will inflate, so that a small gzip bomb is a failure instead of an
 * exhausted machine.
 *
 * @example
 * import { type ReadOptions, recordsFrom } from "mediaconvert-cloudtrail"
 * const options: ReadOptions = { maxBytes: 64 * 1024 * 1024 }
 * recordsFrom(new Uint8Array([0x1f, 0x8b]), options)
 * @category Containers
 * @since 0.1.0
 */
export interface ReadOptions {
  /** The most bytes a gzipped file may inflate to. Default {@link DEFAULT_MAX_BYTES} (1 GiB). */
  readonly maxBytes?: number
  /**
   * The most bytes the `awslogs.data` of a CloudWatch Logs event may inflate to. Default
   * {@link DEFAULT_MAX_LOGS_DATA_BYTES} (16 MiB; Lambda events are at most 6 MB).
   */
  readonly maxLogsDataBytes?: number
  /**
   * Keep only the records of these event sources (`["mediaconvert.amazonaws.com"]`). A record
   * whose text shows another source is not parsed at all; one whose text is unclear (escapes,
   * the key in an unusual place) is parsed and then filtered, so the results are those of
   * parse-then-filter. The others are counted in `summary.passedOverBy`. Default: every record.
   *
   * @since 0.2.0
   */
  readonly eventSources?: ReadonlyArray<string>
}

/**
 * The default cap on the inflated size of a gzipped file: 1 GiB.
 *
 * @example
 * import { DEFAULT_MAX_BYTES } from "mediaconvert-cloudtrail"
 * console.log(DEFAULT_MAX_BYTES) // 1073741824
 * @category Containers
 * @since 0.1.0
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024

/**
 * The default cap on the inflated size of a CloudWatch Logs `awslogs.data` payload: 16 MiB.
 *
 * @example
 * import { DEFAULT_MAX_LOGS_DATA_BYTES } from "mediaconvert-cloudtrail"
 * console.log(DEFAULT_MAX_LOGS_DATA_BYTES) // 16777216
 * @category Containers
 * @since 0.1.0
 */
export const DEFAULT_MAX_LOGS_DATA_BYTES = 16 * 1024 * 1024

// Gzip lives in gzip.ts (the one inflater); these names are re-exported for the readers that import them here.
export { type GzipProblem, gzipProblem, type Inflated, inflateGzip, isGzip } from "./gzip"

/** Inflates gzip data, failing at `at` when it is corrupt, ends early or grows past `maxBytes`. */
export const gunzip = (
  bytes: Uint8Array,
  maxBytes: number,
  at: ReadonlyArray<PathSegment>,
): Either<DecodeFailure, Uint8Array> => {
  const inflated = inflateGzip(bytes, maxBytes)
  return inflated.problem === undefined
    ? right(inflated.bytes)
    : left(failureAt(at, inflated.problem.expected, inflated.problem.found))
}

interface Platform {
  readonly TextDecoder?: new () => { decode(bytes: Uint8Array): string }
}
const Decoder = (globalThis as unknown as Platform).TextDecoder
const decoder = Decoder === undefined ? undefined : new Decoder()

/** UTF-8 bytes as text (a byte order mark dropped); a failure when they are too many for one string. */
export const utf8 = (bytes: Uint8Array, at: ReadonlyArray<PathSegment>): Either<DecodeFailure, string> => {
  try {
    // The platform's decoder where there is one: fflate's strFromU8 peaked at four times the
    // text's size on 112 MiB (the platform's, once). Invalid sequences become U+FFFD either
    // way (see SECURITY.md).
    const text = decoder === undefined ? strFromU8(bytes) : decoder.decode(bytes)
    return right(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return left(
      failureAt(
        at,
        "text that fits in one string",
        `${sizeOf(bytes.length)} of text; stream it with streamRecords from mediaconvert-cloudtrail/node`,
      ),
    )
  }
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const sextets = new Int16Array(128).fill(-1)
for (let i = 0; i < alphabet.length; i++) sextets[alphabet.charCodeAt(i)] = i

/** Base64 text as bytes (whitespace ignored, padding optional); undefined when it is not base64. */
export const base64 = (text: string): Uint8Array | undefined => {
  const clean = text.replace(/[\s]+/g, "").replace(/={1,2}$/, "")
  if (clean.length % 4 === 1) return undefined
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let at = 0
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i)
    const value = code < 128 ? (sextets[code] ?? -1) : -1
    if (value < 0) return undefined
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (buffer >> bits) & 0xff
    }
  }
  return out
}

const EXCERPT = 40

/** An excerpt of `text` around `position`, at most about 80 characters, for error messages. */
const excerptAt = (text: string, position: number): string => {
  const start = Math.max(0, position - EXCERPT)
  const end = Math.min(text.length, position + EXCERPT)
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`
}

/** Parses JSON text; on failure, says where and shows a bounded excerpt. Never throws. */
export const parseJson = (
  text: string,
  where: ReadonlyArray<PathSegment>,
): Either<DecodeFailure, unknown> => {
  // Only text longer than the cap can nest past it: such text is scanned before JSON.parse.
  if (nestsTooDeep(text)) return left(failureAt(where, tooDeep.expected, tooDeep.found))
  try {
    return right(JSON.parse(text))
  } catch (error) {
    const message = error instanceof Error ? error.message : ""
    const position = /position (\d+)/.exec(message)?.[1]
    const at = position === undefined ? (text.trim() === "" ? 0 : text.length) : Number(position)
    if (text.trim() === "") return left(failureAt(where, "JSON text", "empty text"))
    if (error instanceof RangeError && position === undefined)
      return left(failureAt(where, "JSON text", "JSON nested too deeply to read"))
    return left(
      failureAt(
        where,
        "JSON text",
        `text that is not JSON at character ${at} of ${text.length}: ${JSON.stringify(excerptAt(text, at))}`,
      ),
    )
  }
}
