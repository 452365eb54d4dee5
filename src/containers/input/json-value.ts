// Turns whatever a caller holds (bytes, text, a parsed value) into a JSON value, or a failure.
import { type Either, right } from "../../codec/fp"
import type { DecodeFailure } from "../../failure"
import type { Segments } from "../results/sink"
import {
  DEFAULT_MAX_BYTES,
  gunzip,
  type Inflated,
  inflatePartly,
  isGzip,
  parseJson,
  type ReadOptions,
  utf8,
} from "./text"

/** The bytes of a `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer`; undefined otherwise. */
export const bytesOf = (input: unknown): Uint8Array | undefined => {
  if (input instanceof Uint8Array) return input
  if (input instanceof ArrayBuffer) return new Uint8Array(input)
  return undefined
}

/** Bytes as text, inflating them first when they are gzip. */
export const textOfBytes = (
  bytes: Uint8Array,
  at: Segments,
  options: ReadOptions,
): Either<DecodeFailure, string> => {
  if (!isGzip(bytes)) return utf8(bytes, at)
  const inflated = gunzip(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES, at)
  return inflated._tag === "Left" ? inflated : utf8(inflated.right, at)
}

/**
 * Bytes as text as far as they can be read: gzip that is corrupt, ends early or grows past the
 * cap gives the text inflated before that, and the problem, for the reader to report where the
 * text broke off (as the streaming reader does).
 */
export const textOfBytesPartly = (
  bytes: Uint8Array,
  at: Segments,
  options: ReadOptions,
): Either<DecodeFailure, { text: string; problem?: Inflated["problem"] }> => {
  if (!isGzip(bytes)) {
    const text = utf8(bytes, at)
    return text._tag === "Left" ? text : right({ text: text.right })
  }
  const inflated = inflatePartly(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES)
  const text = utf8(inflated.bytes, at)
  if (text._tag === "Left") return text
  return right(
    inflated.problem === undefined ? { text: text.right } : { text: text.right, problem: inflated.problem },
  )
}

/** Bytes or text as a parsed JSON value; anything else is taken as already parsed. */
export const jsonValueOf = (
  input: unknown,
  at: Segments,
  options: ReadOptions,
): Either<DecodeFailure, unknown> => {
  const bytes = bytesOf(input)
  if (bytes !== undefined) {
    const text = textOfBytes(bytes, at, options)
    return text._tag === "Left" ? text : parseJson(text.right, at)
  }
  if (typeof input === "string") return parseJson(input, at)
  return right(input)
}
