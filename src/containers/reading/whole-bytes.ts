// The work of one small file, given its bytes whole (inflated already): cut into records and
// read into a sink by the one wiring of read-chunks.ts, so the results are the same as a
// stream's. What costs to set up (the selection's scanner, a WebAssembly instance with its
// memory) is kept from one file to the next.
import type { ReadOptions } from "../input"
import type { Sink } from "../results"
import { newScanner, type Scanner } from "../scanner"
import { PieceReader } from "./pieces"
import { ChunkReader } from "./read-chunks"

/** The bytes, or the text, handed to the splitter at a time: what a stream of the file would give. */
const SLICE = 1024 * 1024

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** How the bytes of one file are read: as JSON Lines or not, and the cap on one record's text. */
export interface WholeReading {
  readonly lines: boolean
  readonly maxRecordBytes: number
  readonly options: ReadOptions
}

/** Reads whole files one after another, keeping the scanner between them. Internal. */
export class WholeFiles {
  private scanner: Scanner | null | undefined

  /** `text` turns bytes into text as the streaming reader does (invalid sequences become U+FFFD). */
  constructor(private readonly text: (bytes: Uint8Array) => string) {}

  /**
   * Reads the bytes of one file into `sink`, whose `drain()` then gives its results. `Reader`
   * may be a PieceReader that also watches the pieces (the reading workers keep the text of
   * the records the lane parsed).
   */
  read(bytes: Uint8Array, sink: Sink, reading: WholeReading, Reader: typeof PieceReader = PieceReader): void {
    if (this.scanner === undefined && !reading.lines && sink.policy.selection !== undefined)
      this.scanner = newScanner()
    const chunks = new ChunkReader(sink, reading.options, {
      maxPieceLength: reading.maxRecordBytes,
      lines: reading.lines,
      bytes: true,
      ...(this.scanner === undefined ? {} : { scanner: this.scanner }),
      Reader,
    })
    if (chunks.takesBytes)
      for (let at = 0; at < bytes.length; at += SLICE) chunks.bytes(bytes.subarray(at, at + SLICE))
    else {
      const text = this.text(bytes)
      for (let at = 0; at < text.length; ) {
        // A slice ends before a character's second half, as a decoder of a stream keeps them whole.
        let end = Math.min(text.length, at + SLICE)
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
        chunks.text(text.slice(at, end))
        at = end
      }
    }
    chunks.end()
  }
}
