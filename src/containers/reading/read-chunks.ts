// The one wiring from chunks to results, for the in-memory readers (records-from.ts,
// json-lines.ts, mediaconvert-events.ts) and for node/'s streaming readers alike: text (or a
// stream's bytes) is cut by the splitter of its format, with the selection's lanes when records
// are selected (and the byte lane when bytes are given), and the pieces are read into a sink by
// the reader of pieces (pieces.ts) with the container rules of formats/.
import type { Splitter } from "../cutting"
import { LineSplitter, RecordSplitter } from "../cutting"
import { recordsElementInto, recordsKindOf, valueInto } from "../formats"
import type { ReadOptions, Segments } from "../input"
import { bytesOf, textOfBytesPartly } from "../input"
import type { ContainerKind, Sink } from "../results"
import { newScanner, type Scanner } from "../scanner"
import { ByteLane, canDecode, TextLanes } from "../selection"
import { PieceReader, type Recogniser } from "./pieces"

/** The text SNS delivers when CloudTrail is first given a topic. */
const VALIDATION_MESSAGE = "CloudTrail validation message."

const EXPECTED = "a CloudTrail record or a container of records"

/** How much text the splitter is given at a time. */
const SLICE = 1024 * 1024

/** How a reader of chunks cuts them. */
export interface ChunkOptions {
  /** The longest text of one piece (a record, a value, a line). */
  readonly maxPieceLength: number
  /** One value per line (JSON Lines), each at `$[n]`. */
  readonly lines: boolean
  /** Where the text sits in something larger (an SNS message). */
  readonly at?: Segments
  /** Bytes will be given: with a selection, the records of lists are cut from them (the byte lane). */
  readonly bytes?: boolean
  /** The byte lane's scanner, kept from one reader to the next (whole-bytes.ts); a new one by default. */
  readonly scanner?: Scanner | null
  /** The reader of pieces (a worker's watches the pieces); PieceReader by default. */
  readonly Reader?: typeof PieceReader
}

/** The container rules of formats/, for the reader of pieces; text inside a value is read by {@link textInto}. */
const recogniser = (options: ReadOptions): Recogniser => {
  const readText = (text: string, at: Segments, sink: Sink) => textInto(text, at, sink, options)
  return {
    value: (value, at, sink) => valueInto(value, at, sink, options, readText),
    kindOf: recordsKindOf,
    element: (kind, value, at, sink) => recordsElementInto(kind, value, at, sink, readText),
  }
}

/** Reads chunks of text, or of bytes when {@link takesBytes}, into a sink. */
export class ChunkReader {
  private readonly reader: PieceReader
  private readonly splitter: Splitter
  private readonly byteLane: ByteLane | undefined

  constructor(sink: Sink, options: ReadOptions, chunks: ChunkOptions) {
    const max = chunks.maxPieceLength
    const Reader = chunks.Reader ?? PieceReader
    const reader = new Reader(sink, recogniser(options), chunks.at ?? [], chunks.lines)
    const selected = !chunks.lines && sink.policy.selection !== undefined
    const scanner =
      chunks.bytes === true && selected && canDecode
        ? chunks.scanner !== undefined
          ? chunks.scanner
          : newScanner()
        : null
    this.reader = reader
    this.byteLane = scanner === null ? undefined : new ByteLane(reader, scanner, max)
    this.splitter =
      this.byteLane?.splitter ??
      (chunks.lines
        ? new LineSplitter(max)
        : new RecordSplitter(max, selected ? new TextLanes(reader, max) : undefined))
  }

  /** Whether bytes are cut as they are (give them to {@link bytes}); otherwise give their text. */
  get takesBytes(): boolean {
    return this.byteLane !== undefined
  }

  /** Reads a chunk of text. */
  text(chunk: string): void {
    this.splitter.push(chunk, this.reader)
  }

  /** Reads a chunk of bytes (only when {@link takesBytes}). */
  bytes(chunk: Uint8Array): void {
    this.byteLane?.push(chunk)
  }

  /** Ends the input: what is left is read; text without any value is a failure (except in JSON Lines). */
  end(): void {
    this.byteLane?.end()
    this.splitter.end(this.reader)
    this.reader.finish(this.splitter.sawValue())
  }

  /** Ends the input where it broke off: what was held back is given, then a failure where the splitter was. */
  brokenOff(expected: string, found: string): void {
    this.reader.brokenOff(this.splitter.where(), expected, found)
  }

  /** What the text held, as far as read. */
  container(): ContainerKind {
    return this.reader.container()
  }
}

/** Text: JSON values cut record by record (one container, several, JSON Lines), or the SNS validation message. */
export const textInto = (
  text: string,
  at: Segments,
  sink: Sink,
  options: ReadOptions,
  brokenOff?: { readonly expected: string; readonly found: string },
): ContainerKind => {
  if (brokenOff === undefined && text.trim() === VALIDATION_MESSAGE) {
    sink.skip("validation-message", "the message CloudTrail sends when an SNS topic is configured", at)
    return "validation-message"
  }
  return piecesInto(text, at, sink, options, false, brokenOff)
}

/**
 * Cuts text and reads the pieces; with `brokenOff`, the text is what was read before the input
 * broke off, and a failure says so where it stopped (as the streaming reader reports a gzip
 * file that ends early).
 */
export const piecesInto = (
  text: string,
  at: Segments,
  sink: Sink,
  options: ReadOptions,
  lines: boolean,
  brokenOff?: { readonly expected: string; readonly found: string },
): ContainerKind => {
  const chunks = new ChunkReader(sink, options, { maxPieceLength: Number.MAX_SAFE_INTEGER, lines, at })
  // Fed a slice at a time, as a stream would be: the pieces of one slice are read before the
  // next is cut, so they never all sit in memory together.
  for (let start = 0; start < text.length; start += SLICE) chunks.text(text.slice(start, start + SLICE))
  if (brokenOff !== undefined) chunks.brokenOff(brokenOff.expected, brokenOff.found)
  else chunks.end()
  return chunks.container()
}

/** Reads any input into a sink (which says what to keep and how to decode it); says what the input was. */
export const readInto = (input: unknown, options: ReadOptions, sink: Sink): ContainerKind => {
  let container: ContainerKind = "unknown"
  try {
    const bytes = bytesOf(input)
    if (bytes !== undefined) {
      const text = textOfBytesPartly(bytes, [], options)
      if (text._tag === "Left") sink.failure(text.left, [])
      else {
        container = textInto(text.right.text, [], sink, options, text.right.problem)
        // Bytes after the gzip data: told after the records, as the streaming readers tell them.
        if (text.right.trailing !== undefined) sink.skip("trailing-data", text.right.trailing, [])
      }
    } else
      container = valueInto(input, [], sink, options, (text, at, into) => textInto(text, at, into, options))
  } catch {
    sink.failAt([], EXPECTED, "a value that threw when read")
  }
  return container
}
