// Turns whatever a caller holds (bytes, text, a parsed value) into a JSON value, or a failure.
import { type Either, left, right } from "../../codec/fp"
import { type DecodeFailure, failureAt } from "../../failure"
import { type GzipProblem, gzipProblem, inflateGzip, isGzip, sizeOf } from "./gzip"
import type { Segments } from "./path"
import { DEFAULT_MAX_BYTES, parseJson, type ReadOptions, utf8 } from "./text"

/**
 * The most characters V8 holds in one string (2^29 - 24 on 64-bit platforms). Bytes read in
 * memory become one string, so gzip read in memory is capped here as well as at `maxBytes`:
 * past it the failure names this cap and the streaming reader, not V8's error.
 */
export const MAX_STRING_LENGTH = 2 ** 29 - 24

/** The cap on what gzip read in memory may inflate to (`maxBytes`, or the longest string), and the problem of going past it. */
const memoryCap = (options: ReadOptions, longest: number): { bytes: number; problem: GzipProblem } => {
  const asked = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (asked <= longest) return { bytes: asked, problem: gzipProblem.tooLarge(asked) }
  return {
    bytes: longest,
    problem: {
      expected: `gzip data that inflates to at most ${sizeOf(longest)}, the most one string holds in memory`,
      found: `more than ${sizeOf(longest)}; stream it with streamRecords from mediaconvert-cloudtrail/node`,
    },
  }
}

/** The bytes of a `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer`; undefined otherwise. */
export const bytesOf = (input: unknown): Uint8Array | undefined => {
  if (input instanceof Uint8Array) return input
  if (input instanceof ArrayBuffer) return new Uint8Array(input)
  return undefined
}

/**
 * Bytes as text as far as they can be read: gzip that is corrupt, ends early, fails its
 * checks or grows past the cap gives the text inflated before that, and the problem, for the
 * reader to report where the text broke off (as the streaming reader does); bytes after the
 * gzip data give `trailing`, a notice for the reader to pass on. (`longest`: the longest
 * string, for tests.)
 */
export const textOfBytesPartly = (
  bytes: Uint8Array,
  at: Segments,
  options: ReadOptions,
  longest = MAX_STRING_LENGTH,
): Either<DecodeFailure, { text: string; problem?: GzipProblem; trailing?: string }> => {
  if (!isGzip(bytes)) {
    const text = utf8(bytes, at)
    return text._tag === "Left" ? text : right({ text: text.right })
  }
  const cap = memoryCap(options, longest)
  const inflated = inflateGzip(bytes, cap.bytes)
  const text = utf8(inflated.bytes, at)
  if (text._tag === "Left") return text
  // Past the cap: the cap's own problem (which names the longest string when that was the cap).
  const problem =
    inflated.problem?.found === gzipProblem.tooLarge(cap.bytes).found ? cap.problem : inflated.problem
  return right({
    text: text.right,
    ...(problem === undefined ? {} : { problem }),
    ...(inflated.trailing === undefined ? {} : { trailing: inflated.trailing }),
  })
}

/**
 * Bytes as text, inflating them first when they are gzip: any problem of the gzip data is a
 * failure; bytes after it are told to `trailing`, if given.
 */
export const textOfBytes = (
  bytes: Uint8Array,
  at: Segments,
  options: ReadOptions,
  trailing?: (notice: string) => void,
): Either<DecodeFailure, string> => {
  const text = textOfBytesPartly(bytes, at, options)
  if (text._tag === "Left") return text
  const { problem } = text.right
  if (problem !== undefined) return left(failureAt(at, problem.expected, problem.found))
  if (text.right.trailing !== undefined) trailing?.(text.right.trailing)
  return right(text.right.text)
}

/** Bytes or text as a parsed JSON value; anything else is taken as already parsed. */
export const jsonValueOf = (
  input: unknown,
  at: Segments,
  options: ReadOptions,
  trailing?: (notice: string) => void,
): Either<DecodeFailure, unknown> => {
  const bytes = bytesOf(input)
  if (bytes !== undefined) {
    const text = textOfBytes(bytes, at, options, trailing)
    return text._tag === "Left" ? text : parseJson(text.right, at)
  }
  if (typeof input === "string") return parseJson(input, at)
  return right(input)
}
