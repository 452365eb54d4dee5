// Turns whatever a caller holds (bytes, text, a parsed value) into a JSON value, or a failure.
import { type Either, left, right } from "../../codec/fp"
import { type DecodeFailure, failureAt } from "../../failure"
import type { Segments } from "../results/sink"
import { type GzipProblem, gzipProblem, inflateGzip, isGzip, sizeOf } from "./gzip"
import { DEFAULT_MAX_BYTES, parseJson, type ReadOptions, utf8 } from "./text"

/**
 * The most characters V8 holds in one string (2^29 - 24 on 64-bit platforms). Bytes read in
 * memory become one string, so gzip read in memory is capped here as well as at `maxBytes`:
 * past it the failure names this cap and the streaming reader, not V8's error.
 */
export const MAX_STRING_LENGTH = 2 ** 29 - 24

/** The cap on what gzip read in memory may inflate to, and the problem of going past it. */
const memoryCap = (options: ReadOptions): { bytes: number; problem: GzipProblem } => {
  const asked = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (asked <= MAX_STRING_LENGTH) return { bytes: asked, problem: gzipProblem.tooLarge(asked) }
  return {
    bytes: MAX_STRING_LENGTH,
    problem: {
      expected: `gzip data that inflates to at most ${sizeOf(MAX_STRING_LENGTH)}, the most one string holds in memory`,
      found: `more than ${sizeOf(MAX_STRING_LENGTH)}; stream it with streamRecords from mediaconvert-cloudtrail/node`,
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
 * gzip data give `trailing`, a notice for the reader to pass on.
 */
export const textOfBytesPartly = (
  bytes: Uint8Array,
  at: Segments,
  options: ReadOptions,
): Either<DecodeFailure, { text: string; problem?: GzipProblem; trailing?: string }> => {
  if (!isGzip(bytes)) {
    const text = utf8(bytes, at)
    return text._tag === "Left" ? text : right({ text: text.right })
  }
  const cap = memoryCap(options)
  const inflated = inflateGzip(bytes, cap.bytes)
  const text = utf8(inflated.bytes, at)
  if (text._tag === "Left") return text
  const problem = inflated.problem
  return right({
    text: text.right,
    ...(problem === undefined ? {} : { problem: overCap(problem, cap) }),
    ...(inflated.trailing === undefined ? {} : { trailing: inflated.trailing }),
  })
}

/** The cap's own problem in place of the generic one, when the cap was the string's. */
const overCap = (problem: GzipProblem, cap: { bytes: number; problem: GzipProblem }): GzipProblem =>
  problem.found === gzipProblem.tooLarge(cap.bytes).found ? cap.problem : problem

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
