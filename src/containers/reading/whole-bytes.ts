// The work of one small file, given its bytes whole (inflated already): cut into records and
// read into a sink, with the same splitter, byte lane and piece reader as the streaming
// reader, so the results are the same. What costs to set up (the selection's scanner, a
// WebAssembly instance with its memory) is kept from one file to the next.

import { splitterFor } from "../cutting/splitter"
import { recogniser } from "../formats/records-from"
import type { ReadOptions } from "../input/text"
import type { Sink } from "../results/sink"
import { newScanner, type Scanner } from "../scanner/scanner"
import { ByteLane, canDecode } from "../selection/byte-lane"
import { PieceReader } from "./pieces"

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
    const reader = new Reader(sink, recogniser(reading.options), [], reading.lines)
    if (!reading.lines && sink.policy.selection !== undefined && canDecode) {
      if (this.scanner === undefined) this.scanner = newScanner()
      if (this.scanner !== null) {
        const lane = new ByteLane(reader, this.scanner, reading.maxRecordBytes)
        for (let at = 0; at < bytes.length; at += SLICE) lane.push(bytes.subarray(at, at + SLICE))
        lane.end()
        for (const piece of lane.splitter.end()) reader.read(piece)
        reader.finish(lane.splitter.sawValue())
        return
      }
    }
    const splitter = splitterFor(reading.maxRecordBytes, reading.lines, reader)
    const text = this.text(bytes)
    for (let at = 0; at < text.length; ) {
      // A slice ends before a character's second half, as a decoder of a stream keeps them whole.
      let end = Math.min(text.length, at + SLICE)
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
      for (const piece of splitter.push(text.slice(at, end), reader)) reader.read(piece)
      at = end
    }
    for (const piece of splitter.end()) reader.read(piece)
    reader.finish(splitter.sawValue())
  }
}
