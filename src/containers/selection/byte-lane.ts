// The fast lane over bytes, for streams read with a selection: the records of a list are cut
// by the scanner (scanner.ts) from the bytes as they were read, and only those to be parsed
// are decoded from UTF-8; a record passed over is never turned into text. The splitter reads
// everything else: the text is decoded a small piece at a time and given to it, and where it
// reaches a separator of a list the selection may pass records of (LaneHost.suspend), it
// stops and the lane goes on from the byte there. Where the lane stops (a record the scanner
// leaves to the exact reader, one that does not parse, the end of the list or of the input),
// the splitter resumes at that record's first byte. The lane decides as the splitter's own
// lanes do, so the results are the same as reading the decoded text.

import type { PieceOut } from "../cutting"
import { isSpace, NEWLINE, RECORD_START, RecordSplitter } from "../cutting"
import { FULL, MAX_RECORDS, RAN_OUT, type Scanner } from "../scanner"
import type { LaneHost, LaneOut } from "./contracts"
import { takeGiven } from "./lane"
import type { Selection } from "./select"
import { TextLanes } from "./text-lanes"

/** Text is decoded for the splitter this many bytes at a time (at most): what it reads past a lane start is wasted. */
const PIECE = 1 << 14
const EMPTY = new Uint8Array(0)
const FIRST_PIECE = 1024

/**
 * A record the input ran out inside waits in the scanner's memory for the next chunk, and is
 * cut again from its start, only while its bytes so far are fewer than this. A longer one is
 * handed to the splitter, which reads it once, dropping its text as it reads once it passes
 * maxRecordBytes: a 300 MiB record was kept whole and scanned again with every chunk (11 s,
 * 462 MiB; time growing with the square of its size). CloudTrail's records are at most 1 MB.
 */
const LANE_MOST = 2 * 1024 * 1024

interface Platform {
  readonly TextDecoder?: new (
    label: string,
    options: { ignoreBOM: boolean },
  ) => { decode(bytes: Uint8Array): string }
}

const Decoder = (globalThis as unknown as Platform).TextDecoder

/** Whether the byte lane can run here: TextDecoder is needed to decode records. */
export const canDecode = Decoder !== undefined

/** Feeds bytes to a splitter, cutting the records of lists from the bytes where it can. */
export class ByteLane implements LaneHost {
  private readonly decoder: { decode(bytes: Uint8Array): string }
  readonly splitter: RecordSplitter
  /**
   * The bytes being read lie in the scanner's memory (its input, `length` bytes); those from
   * `keep` on are not read yet (the end of a chunk, or a record the chunk ended in) and stay
   * for the next chunk.
   */
  private length = 0
  private keep = 0
  /** Reading bytes with the lane (from `laneAt`) rather than text. */
  private inLane = false
  private laneAt = 0
  private selection: Selection | undefined
  /** The piece of text last given to the splitter and where its bytes start. */
  private text = ""
  private textAt = 0
  /**
   * The bytes decoded for the next piece: few at first, doubling up to PIECE. The splitter
   * reads a log file up to its first separator (the first record tells what the list holds)
   * before the lane takes over: 16 KiB decoded for that was a third of the bytes of a trail
   * of 50-record files.
   */
  private piece = FIRST_PIECE

  constructor(
    private readonly host: LaneHost & PieceOut,
    private readonly scanner: Scanner,
    private readonly maxPieceLength: number,
  ) {
    if (Decoder === undefined) throw new Error("TextDecoder is needed to read bytes")
    this.decoder = new Decoder("utf-8", { ignoreBOM: true })
    this.splitter = new RecordSplitter(maxPieceLength, new TextLanes(this, maxPieceLength))
  }

  laneFor(position: number, inRecords: boolean): Selection | undefined {
    return this.host.laneFor(position, inRecords)
  }

  passedOver(source: string, count: number): void {
    this.host.passedOver(source, count)
  }

  suspend(chunk: string, at: number, selection: Selection): boolean {
    if (chunk !== this.text) return false
    // The byte where `at` is: one a character while the text is ASCII. A character decoded
    // from broken bytes (U+FFFD) does not tell how many bytes it took: no lane there.
    let bytes = 0
    for (let i = 0; i < at; i++) {
      const c = chunk.charCodeAt(i)
      if (c < 0x80) bytes++
      else if (c < 0x800) bytes += 2
      else if (c === 0xfffd) return false
      else if (c >= 0xd800 && c <= 0xdbff) {
        bytes += 4
        i++
      } else bytes += 3
    }
    this.inLane = true
    this.laneAt = this.textAt + bytes
    this.selection = selection
    return true
  }

  /** Reads a chunk of bytes. */
  push(chunk: Uint8Array): void {
    this.length = this.scanner.append(this.keep, this.length, chunk)
    this.laneAt -= this.keep
    this.keep = 0
    this.read(false)
  }

  /** Ends the input: what is left is read as text. */
  end(): void {
    this.length = this.scanner.append(this.keep, this.length, EMPTY)
    this.laneAt -= this.keep
    this.keep = 0
    this.read(true)
  }

  private read(last: boolean): void {
    let at = 0
    for (;;) {
      // A view of the scanner's memory, taken anew: growing the memory (in append) detaches
      // the last one.
      const buffer = this.scanner.input(this.length)
      if (this.inLane) {
        const stop = this.lane(buffer, this.laneAt, last)
        if (stop < 0) return
        // The splitter reads on from the record the lane left.
        this.inLane = false
        at = stop
        continue
      }
      if (at >= buffer.length) {
        this.keep = buffer.length
        return
      }
      let end = Math.min(buffer.length, at + this.piece)
      this.piece = Math.min(PIECE, this.piece * 2)
      if (end < buffer.length) {
        // A piece ends before a character's first byte, so that each piece decodes alone.
        let back = end
        while (back > at + 1 && end - back < 3 && ((buffer[back] as number) & 0xc0) === 0x80) back--
        end = back
      } else if (!last) {
        // The chunk may end inside a character: its bytes wait for the next chunk.
        end -= incompleteTail(buffer, at, end)
        if (end === at) {
          this.keep = at
          return
        }
      }
      this.text = this.decoder.decode(buffer.subarray(at, end))
      this.textAt = at
      this.splitter.push(this.text, this.host)
      if (this.splitter.isSuspended()) continue
      at = end
    }
  }

  /**
   * Cuts records from the bytes at `from` (just after a separator): returns the first byte of
   * the record the splitter is to read, or -1 when the input ran out inside one (its bytes
   * are kept for the next chunk).
   */
  private lane(buffer: Uint8Array, from: number, last: boolean): number {
    const scanner = this.scanner
    const selection = this.selection as Selection
    const counting = scanner.select(selection.sources)
    const count = (source: string, n: number) => this.host.passedOver(source, n)
    const decode = (at: number, to: number) => this.decoder.decode(buffer.subarray(at, to))
    let p = from
    // Records passed over since the splitter last heard, and their line breaks: given to it
    // before the next record parsed, or where the lane stops.
    let passed = 0
    let lines = 0
    const out: LaneOut = {
      passed: (count, breaks) => {
        passed += count
        lines += breaks
      },
      element: (text, value, breaks) => {
        this.splitter.resume(passed, lines)
        passed = 0
        lines = 0
        this.splitter.laneElement(text, value, breaks, this.host)
      },
    }
    for (;;) {
      let start = p
      while (start < buffer.length && isSpace(buffer[start] as number)) start++
      if (!startsRecord(buffer, start)) {
        if (start + RECORD_START.length > buffer.length && !last) break
        return this.handBack(p, passed, lines)
      }
      const given = scanner.cut(buffer.length, MAX_RECORDS, false, false, start, counting)
      const status = scanner.status
      scanner.flush(count)
      let lead = 0
      for (let i = p; i < start; i++) if (buffer[i] === NEWLINE) lead++
      const taken = takeGiven(
        scanner,
        given,
        start,
        p,
        lead,
        this.maxPieceLength,
        selection,
        decode,
        out,
        this.host,
      )
      p = taken.at
      if (taken.stopped) return this.handBack(p, passed, lines)
      if (status === FULL) continue
      if (status === RAN_OUT && !last) break
      return this.handBack(p, passed, lines)
    }
    // The input ran out inside a record: its bytes wait for the next chunk, or, when there are
    // many, the splitter reads on from its start.
    if (buffer.length - p > LANE_MOST) return this.handBack(p, passed, lines)
    this.splitter.resume(passed, lines)
    this.keep = p
    this.laneAt = p
    return -1
  }

  private handBack(at: number, passed: number, lines: number): number {
    this.splitter.resume(passed, lines)
    return at
  }
}

/** How many bytes at the end of bytes[from, to) are a character that is not whole. */
const incompleteTail = (bytes: Uint8Array, from: number, to: number): number => {
  let lead = to - 1
  while (lead > from && to - lead < 4 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--
  const c = bytes[lead] as number
  const length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1
  return lead >= from && to - lead < length ? to - lead : 0
}

/** Whether `{"eventVersion"` starts at `at`. */
const startsRecord = (bytes: Uint8Array, at: number): boolean => {
  if (at + RECORD_START.length > bytes.length) return false
  for (let i = 0; i < RECORD_START.length; i++) if (bytes[at + i] !== RECORD_START.charCodeAt(i)) return false
  return true
}
