// Cuts JSON text into one record's text at a time, over chunks, so a file of any size passes
// through in bounded memory: `{"Records":[ {…}, {…} ]}` gives each `{…}`; any other top-level
// value (a digest file, a bare record, one line of JSON Lines) is given whole. It tracks only
// nesting depth, strings and escapes: the JSON itself is checked by JSON.parse on each piece.
// Pure: no Node built-in, so `recordsFrom` (in memory) and `streamRecords` (in chunks) share it.
//
// Damage: CloudTrail writes each record as `{"eventVersion":…`. In valid JSON that text can only
// open an object (its quote would end any string around it), so where it appears and the state
// says otherwise (inside a string, or where an object expects a key), the text before it is
// broken: the piece so far is cut there, marked `damaged`, and cutting starts again at the
// record. A lost quote or brace thus costs one record, not the rest of the file.

/** One piece of text cut from the input. */
export type Piece =
  /** An element of a top-level `"Records"` array (`inRecords` true) or of a top-level array. */
  | {
      readonly kind: "element"
      readonly inRecords: boolean
      /** The place of the top-level value it is in (see `position` of `value`). */
      readonly position: number
      readonly index: number
      readonly text: string
      /** Cut where the text showed it was broken: it does not parse. */
      readonly damaged: boolean
      /** What it parsed to, when the splitter's fast lane parsed it already. */
      readonly parsed?: { readonly value: unknown }
    }
  /**
   * A whole top-level value without a `"Records"` array. `position` is its line, counted
   * from 0, or one past the previous value's when it starts on the same line.
   */
  | { readonly kind: "value"; readonly position: number; readonly text: string; readonly damaged: boolean }
  /** A list whose elements are cut out starts: a top-level `Records` array, or a top-level array. */
  | { readonly kind: "list"; readonly inRecords: boolean; readonly position: number }
  /** Text that cannot be cut: an element or value past the size limit, or input that ends inside one. */
  | {
      readonly kind: "problem"
      readonly inRecords: boolean
      readonly position: number
      readonly index: number | undefined
      readonly expected: string
      readonly found: string
      /** The text read of it, when it was kept (not past the size limit). */
      readonly text: string | undefined
    }

/** Whether only spaces stand between the start of its line (or of the chunk) and `i`. */
const startsLine = (chunk: string, i: number): boolean => {
  let at = i - 1
  while (at >= 0) {
    const c = chunk.charCodeAt(at)
    if (c === NEWLINE) return true
    if (!isSpace(c)) return false
    at--
  }
  return true
}

import { MAX_DEPTH, tooDeep } from "../input/depth"
import { theScanner } from "../scanner/scanner"
import { Lane, type LaneOut, RECORD_START, ScanLane } from "../selection/lane"
import type { Selection } from "../selection/select"

export { RECORD_START }

import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  isSpace,
  NEWLINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  RETURN,
  SPACE,
  TAB,
} from "./chars"
import { Collector } from "./collector"
import { LineSplitter } from "./line-splitter"

/** Where pieces go as they are cut: an array, or a reader that reads each at once. */
export interface PieceOut {
  push(piece: Piece): unknown
}

/**
 * The reader a splitter cuts for, asked whether the list being cut is one whose records a
 * selection may pass over from their text (a log file's, once its first element showed it).
 */
export interface LaneHost {
  laneFor(position: number, inRecords: boolean): Selection | undefined
  /** Counts records the lane passed over, by their `eventSource`. */
  passedOver(source: string, count: number): void
  /**
   * Asked where the lane could start (just after a separator of the list, in `chunk` at `at`):
   * true when the host cuts on from there itself, from the bytes the text was decoded from
   * (byte-lane.ts); the splitter then stops reading until {@link RecordSplitter.resume}.
   */
  suspend?(chunk: string, at: number, selection: Selection): boolean
}

/** What both splitters do: cut text fed in chunks into pieces. */
export interface Splitter {
  /**
   * Feeds a chunk of text; gives the pieces completed in it to `into` as they are cut, or
   * returns those it did not give (the JSON Lines splitter returns them all).
   */
  push(chunk: string, into?: PieceOut): Piece[]
  /** Ends the input; returns what was left. */
  end(): Piece[]
  /** Where the text being read is. */
  where(): { readonly position: number; readonly inRecords: boolean; readonly index: number | undefined }
  /** Whether any value has started (text that is not only white space). */
  sawValue(): boolean
}

/** The splitter for a format: JSON documents, cut record by record, or JSON Lines. */
export const splitterFor = (maxPieceLength: number, lines: boolean, host?: LaneHost): Splitter =>
  lines ? new LineSplitter(maxPieceLength) : new RecordSplitter(maxPieceLength, host)

enum Mode {
  /** At depth 0, between top-level values. */
  Between = 0,
  /** Inside a top-level object or array. */
  Value = 1,
  /** A top-level value that is not an object or array: taken to the end of its line. */
  Line = 2,
}

/** Splits JSON text, fed in chunks, into pieces. */
export class RecordSplitter implements Splitter {
  private mode = Mode.Between
  private depth = 0
  private inString = false
  private escaped = false
  private line = 0
  private position = -1
  // Whether each open container is an array, by depth (index 1 is the top-level value).
  private arrays: boolean[] = []
  // The last character outside strings that was not white space (a quote for a string).
  private last = 0
  // Keys of the top-level object, to find "Records".
  private expectKey = false
  private readingKey = false
  private keyStart = 0
  private keyParts: string[] = []
  private lastKey: string | undefined
  private afterColon = false
  private recordsSeen = false
  private cutAny = false
  // The Records array of the last value, to go back into after damage broke out of it.
  // (Its next index is `index`, which only a new list resets.)
  private resumable: { readonly position: number } | undefined
  // The array whose elements are cut out one by one.
  private inArray = false
  private arrayIsRecords = false
  private arrayDepth = 0
  private index = 0
  private capturing = false
  private captureStart = 0
  private readonly element: Collector
  // Everything of the top-level value outside that array.
  private outsideStart = -1
  private readonly outside: Collector
  private damagedValue = false
  // The text of the last value after its Records list closed, in case damage closed it.
  private afterRecords = ""
  // The end of the last chunk, held back until the next (see push).
  private carry = ""

  // The fast lane's cursors over the chunk being cut.
  private lane: Lane | undefined
  private scanLane: ScanLane | undefined
  // Stopped where the host's byte lane took over (LaneHost.suspend).
  private suspended = false

  constructor(
    private readonly maxPieceLength: number,
    private readonly host?: LaneHost,
  ) {
    this.element = new Collector(maxPieceLength)
    this.outside = new Collector(maxPieceLength)
  }

  /** Feeds a chunk of text; returns the pieces completed in it, or gives them to `into` as they are cut. */
  push(chunk: string, into?: PieceOut): Piece[] {
    // The last characters are held back for the next chunk, so that a record start cut in two
    // by a chunk boundary is still seen whole: cutting does not depend on how text is chunked.
    // The chunk is not joined to what was held (that would copy it): the held characters are
    // cut first, with the chunk's first characters to look ahead into.
    const out: Piece[] = []
    const to = into ?? out
    const held = RECORD_START.length - 1
    if (chunk.length <= held) {
      const text = this.carry + chunk
      const keep = Math.min(text.length, held)
      this.pushJson(text, text.length - keep, to, false)
      this.carry = text.slice(text.length - keep)
    } else {
      if (this.carry !== "") this.pushJson(this.carry + chunk.slice(0, held), this.carry.length, to, false)
      this.pushJson(chunk, chunk.length - held, to, true)
      this.carry = chunk.slice(chunk.length - held)
    }
    this.lane = undefined
    this.scanLane = undefined
    return out
  }

  /** Whether the host's byte lane took over (see LaneHost.suspend); the rest of the chunk was not read. */
  isSuspended(): boolean {
    return this.suspended
  }

  /**
   * Gives the records the host's byte lane cut while the splitter was suspended: `passed`
   * records passed over (and the line breaks in their text), then reading goes on with the
   * text the host pushes next, which starts where they ended.
   */
  resume(passed: number, lines: number): void {
    this.index += passed
    this.line += lines
    this.suspended = false
    this.carry = ""
  }

  /** A record the host's byte lane cut and parsed: the next element of the list being cut. */
  laneElement(text: string, value: unknown, lines: number, out: PieceOut): void {
    out.push({
      kind: "element",
      inRecords: this.arrayIsRecords,
      position: this.position,
      index: this.index,
      text,
      damaged: false,
      parsed: { value },
    })
    this.index++
    this.line += lines
  }

  /** Cuts `chunk` up to `n`; record starts are looked for in the whole of it. */
  private pushJson(chunk: string, n: number, out: PieceOut, suspendable: boolean): void {
    // The next backslash and record start of this chunk, found once and moved forward as
    // they are passed (-1 >>> 0 is 2^32 - 1: never).
    let nextBackslash = -1
    let nextNewline = -1
    let nextStart = chunk.indexOf(RECORD_START) >>> 0
    if (nextStart >= n) nextStart = -1 >>> 0
    for (let i = 0; i < n; i++) {
      if (i === nextStart) {
        nextStart = chunk.indexOf(RECORD_START, i + 1) >>> 0
        if (nextStart >= n) nextStart = -1 >>> 0
        if (!this.startsHere(chunk, i, out)) {
          // Damage or a Records list to go back into: cutting starts again at i.
          this.escaped = false
          this.inString = false
        }
      }
      const c = chunk.charCodeAt(i)
      if (this.mode === Mode.Line) {
        if (c === NEWLINE) {
          this.outside.add(chunk.slice(this.outsideStart, i))
          this.outsideStart = -1
          this.endValue(out)
          this.line++
        }
        continue
      }
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false
          continue
        }
        // Most of a log file is the inside of strings: jump to the next quote or backslash
        // instead of looking at every character. A JSON string holds no raw newline: one
        // inside a top-level value (a line of JSON Lines) means a quote was lost, and the
        // value ends there, damaged, so the next line is read on its own.
        if (nextBackslash < i) nextBackslash = chunk.indexOf("\\", i) >>> 0
        if (nextNewline < i) nextNewline = chunk.indexOf("\n", i) >>> 0
        const quote = chunk.indexOf('"', i)
        const next = Math.min(quote === -1 ? n : quote, nextBackslash, nextStart)
        if (nextNewline < next && nextNewline < n && !this.inArray && this.resumable === undefined) {
          i = nextNewline
          this.outside.add(chunk.slice(this.outsideStart, i))
          this.outsideStart = -1
          this.damagedValue = true
          this.endValue(out)
          this.line++
          continue
        }
        if (next >= n) {
          i = n
          continue
        }
        if (next === nextStart) {
          i = next - 1
          continue
        }
        i = next
        if (chunk.charCodeAt(i) === BACKSLASH) {
          this.escaped = true
          continue
        }
        this.inString = false
        this.last = QUOTE
        if (this.readingKey) {
          this.keyParts.push(chunk.slice(this.keyStart, i))
          this.lastKey = this.keyParts.join("")
          this.keyParts = []
          this.readingKey = false
        }
        continue
      }
      if (isSpace(c)) {
        if (c === NEWLINE) this.line++
        continue
      }
      if (this.mode === Mode.Between) {
        this.startValue(c, i, out)
        continue
      }
      // Inside a top-level value.
      if (this.inArray && this.depth === this.arrayDepth) {
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (this.capturing) this.endElement(chunk, i, out, false)
          this.last = c
          if (c === CLOSE_BRACKET) {
            this.inArray = false
            this.depth--
            this.arrays.length = this.depth + 1
            this.outsideStart = i
            if (this.depth === 0) this.finishValue(chunk, i, out)
          } else {
            const host = this.host
            const selection = host?.laneFor(this.position, this.arrayIsRecords)
            if (host !== undefined && selection !== undefined) {
              // The host's byte lane goes on from here: the rest of this chunk is its to read.
              // (Not from held characters: their bytes were given with the chunk before.)
              if (suspendable && host.suspend?.(chunk, i + 1, selection) === true) {
                this.suspended = true
                return
              }
              const stop = this.runLane(chunk, i + 1, n, selection, host, out)
              if (stop > i + 1) {
                i = stop - 1
                nextStart = chunk.indexOf(RECORD_START, stop) >>> 0
                if (nextStart >= n) nextStart = -1 >>> 0
              }
            }
          }
          continue
        }
        if (!this.capturing) {
          this.capturing = true
          this.captureStart = i
        }
      }
      this.last = c
      switch (c) {
        case QUOTE:
          this.inString = true
          if (this.depth === 1 && this.expectKey && !this.inArray) {
            this.readingKey = true
            this.keyStart = i + 1
          }
          break
        case COLON:
          if (this.depth === 1) {
            this.expectKey = false
            this.afterColon = true
          }
          break
        case COMMA:
          if (this.depth === 1 && !this.inArray) this.expectKey = true
          break
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (
            this.depth === 1 &&
            this.afterColon &&
            c === OPEN_BRACKET &&
            this.lastKey === "Records" &&
            !this.recordsSeen
          ) {
            this.openArray(true, out)
          }
          this.depth++
          // Past the cap only the count goes on (see input/depth.ts); the piece is dropped.
          if (this.depth <= MAX_DEPTH) this.arrays[this.depth] = c === OPEN_BRACKET
          else (this.inArray ? this.element : this.outside).drop("depth")
          break
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--
          if (this.depth <= 0) this.finishValue(chunk, i, out)
          break
      }
      if (this.depth === 1 || (this.depth === 2 && (c === OPEN_BRACE || c === OPEN_BRACKET)))
        if (c !== COLON) this.afterColon = false
      // Inside an element being cut: the tight loop, up to the next record start.
      if (this.inArray && this.capturing && this.depth > this.arrayDepth && !this.inString)
        i = this.insideElement(chunk, i + 1, Math.min(n, nextStart)) - 1
    }
    // Keep what is pending of this chunk.
    if (this.capturing) {
      this.element.add(chunk.slice(this.captureStart, n))
      this.captureStart = 0
    }
    if (this.outsideStart >= 0) {
      this.outside.add(chunk.slice(this.outsideStart, n))
      this.outsideStart = 0
    }
    if (this.readingKey) {
      this.keyParts.push(chunk.slice(this.keyStart, n))
      this.keyStart = 0
    }
  }

  /**
   * The fast lane (lane.ts), from just after a separator of the list being cut: gives each
   * record it can cut (passed over, or to be parsed) and returns where it stopped, the start
   * of a record to read the exact way (or `from` when it took none).
   */
  private runLane(
    chunk: string,
    from: number,
    n: number,
    selection: Selection,
    host: LaneHost,
    out: PieceOut,
  ): number {
    const scanner = theScanner()
    if (scanner !== null) {
      let lane = this.scanLane
      if (lane === undefined || lane.text !== chunk)
        lane = this.scanLane = new ScanLane(chunk, n, selection, scanner)
      const laneOut: LaneOut = {
        passed: (count, lines) => {
          this.index += count
          this.line += lines
        },
        element: (text, value, lines) => this.laneElement(text, value, lines, out),
      }
      return lane.run(from, this.maxPieceLength, laneOut, host)
    }
    let lane = this.lane
    if (lane === undefined || lane.text !== chunk) lane = this.lane = new Lane(chunk, n, selection)
    let p = from
    while (lane.cut(p, this.maxPieceLength)) {
      const source = lane.source
      if (source !== undefined) {
        host.passedOver(source, 1)
        this.index++
      } else {
        // A record to be parsed: parsed here, and when it does not parse (broken text, a cut
        // that only valid JSON would have made sure), read the exact way instead.
        const text = chunk.slice(p, lane.end + 1).trimStart()
        let value: unknown
        try {
          value = JSON.parse(text)
        } catch {
          return p
        }
        this.laneElement(text, value, 0, out)
      }
      this.line += lane.lines
      p = lane.next
    }
    return p
  }

  /**
   * The tight loop for the inside of an element, where only nesting matters: jumps from each
   * string's opening quote to its closing one (one indexOf; a quote after an odd run of
   * backslashes is escaped), counts brackets, and stops where the element closes, where a
   * string runs past `limit` (the chunk's end or the next record start, which the general
   * loop checks), or at `limit`. Returns where the general loop goes on.
   */
  private insideElement(chunk: string, from: number, limit: number): number {
    let i = from
    let depth = this.depth
    let last = this.last
    const floor = this.arrayDepth
    const arrays = this.arrays
    while (i < limit) {
      const c = chunk.charCodeAt(i)
      if (c === QUOTE) {
        let end = chunk.indexOf('"', i + 1)
        while (end !== -1 && chunk.charCodeAt(end - 1) === BACKSLASH) {
          let run = end - 1
          while (chunk.charCodeAt(run - 1) === BACKSLASH) run--
          if ((end - run) % 2 === 0) break
          end = chunk.indexOf('"', end + 1)
        }
        if (end === -1 || end >= limit) break
        i = end + 1
        last = QUOTE
        continue
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth++
        if (depth <= MAX_DEPTH) arrays[depth] = c === OPEN_BRACKET
        else this.element.drop("depth")
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--
        if (depth <= floor) {
          i++
          last = c
          break
        }
      } else if (c === NEWLINE) {
        this.line++
        i++
        continue
      } else if (c === SPACE || c === TAB || c === RETURN) {
        i++
        continue
      }
      last = c
      i++
    }
    this.depth = depth
    this.last = last
    return i
  }

  /**
   * At a record start: whether the state agrees that an object opens here (true), or the text
   * before was broken, in which case the piece so far is cut off as damaged and the state is
   * set for a record to start at `i` (false).
   */
  private startsHere(chunk: string, i: number, out: PieceOut): boolean {
    if (this.mode === Mode.Between && this.resumable === undefined) return true
    if (this.mode === Mode.Value && !this.inString && !this.escaped) {
      // The next element of the list being cut.
      if (
        this.inArray &&
        this.depth === this.arrayDepth &&
        (this.last === COMMA || this.last === OPEN_BRACKET)
      )
        return true
      // A value nested in a record: after a colon, or in an array.
      // (Directly inside an element of Records there is none: a record is an object, and an
      // object wants a key there.)
      const inside = this.inArray ? this.arrayDepth + (this.arrayIsRecords ? 1 : 0) : 0
      if (
        this.depth > inside &&
        (this.last === COLON ||
          ((this.last === COMMA || this.last === OPEN_BRACKET) && this.arrays[this.depth] === true))
      )
        return true
    }
    // Broken text before i: cut it off.
    if (this.inArray) {
      if (this.capturing) this.endElement(chunk, i, out, true)
      this.enterArray()
      return false
    }
    // In a top-level value (a line of JSON Lines) a record start inside the line is a record
    // nested in it (an EventBridge event's detail): the broken value runs to the end of its
    // line, and reading starts again on the next. A record start that begins a line is a
    // record of its own.
    if (this.mode === Mode.Value && this.resumable === undefined && !startsLine(chunk, i)) {
      this.mode = Mode.Line
      this.damagedValue = true
      return true
    }
    let after = ""
    if (this.mode === Mode.Line || this.mode === Mode.Value) {
      if (this.outsideStart >= 0) this.outside.add(chunk.slice(this.outsideStart, i))
      this.outsideStart = -1
      if (this.resumable !== undefined) after = this.outside.take()
      else {
        this.damagedValue = true
        this.endValue(out)
      }
    }
    this.mode = Mode.Between
    this.depth = 0
    if (this.resumable !== undefined) {
      // Damage broke out of a Records list: go back into it, the next element starts here.
      this.mode = Mode.Value
      this.position = this.resumable.position
      // What was read since the list closed, when it holds a member, is what is left of a record.
      const rest = this.afterRecords + after
      this.afterRecords = ""
      if (rest.includes('":')) {
        out.push({
          kind: "element",
          inRecords: true,
          position: this.position,
          index: this.index,
          text: rest,
          damaged: true,
        })
        this.index++
      }
      this.recordsSeen = true
      this.cutAny = true
      this.arrayIsRecords = true
      this.arrayDepth = 2
      this.enterArray()
      this.arrays = [false, false, true]
      return false
    }
    // A new top-level value starts at i.
    return false
  }

  /** Sets the state for the next element of the array being cut. */
  private enterArray(): void {
    this.inArray = true
    this.depth = this.arrayDepth
    this.arrays.length = this.depth + 1
    this.capturing = false
    this.readingKey = false
    this.keyParts = []
    this.last = COMMA
  }

  /** Where the text being read is, as JSON path segments (`["Records", 12]`). */
  where(): { readonly position: number; readonly inRecords: boolean; readonly index: number | undefined } {
    return {
      position: this.position,
      inRecords: this.inArray && this.arrayIsRecords,
      index: this.inArray ? this.index : undefined,
    }
  }

  /** Whether any value has started (text that is not only white space). */
  sawValue(): boolean {
    return this.position >= 0
  }

  /** Ends the input; returns what was left. */
  end(): Piece[] {
    const out: Piece[] = []
    const rest = this.carry
    this.carry = ""
    this.pushJson(rest, rest.length, out, false)
    this.lane = undefined
    this.scanLane = undefined
    if (this.mode === Mode.Line) {
      this.outsideStart = -1
      this.endValue(out)
    } else if (this.mode === Mode.Value) {
      const collector = this.inArray ? this.element : this.outside
      const over = collector.over
      const deep = over && collector.overBy === "depth"
      const text = collector.take()
      const kept = over || (this.inArray && !this.capturing) ? undefined : text
      out.push({
        kind: "problem",
        inRecords: this.inArray && this.arrayIsRecords,
        position: this.position,
        index: this.inArray ? this.index : undefined,
        expected: deep ? tooDeep.expected : "complete JSON",
        found: `${deep ? `${tooDeep.found}, and ` : ""}${
          this.inArray
            ? `text that ends inside element ${this.index}${this.inString ? ", in a string" : ""}`
            : "text that ends inside the top-level value"
        }`,
        text: kept === undefined || kept.trim() === "" ? undefined : kept,
      })
      this.mode = Mode.Between
    }
    return out
  }

  private startValue(c: number, i: number, out: PieceOut): void {
    this.position = Math.max(this.line, this.position + 1)
    this.outsideStart = i
    this.recordsSeen = false
    this.cutAny = false
    this.lastKey = undefined
    this.afterColon = false
    this.damagedValue = false
    this.inString = false
    this.readingKey = false
    this.keyParts = []
    this.last = c
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      // A new document: no going back into the Records list of the one before.
      this.resumable = undefined
      this.afterRecords = ""
      this.mode = Mode.Value
      this.depth = 0
      this.arrays = [false]
      // A top-level array: its elements are cut out too (a list of records).
      if (c === OPEN_BRACKET) this.openArray(false, out)
      this.depth = 1
      this.arrays[1] = c === OPEN_BRACKET
      this.expectKey = c === OPEN_BRACE
    } else {
      this.mode = Mode.Line
    }
  }

  private openArray(isRecords: boolean, out: PieceOut): void {
    out.push({ kind: "list", inRecords: isRecords, position: this.position })
    // Once elements are cut out, the text around them is not given: only what follows the list is kept.
    this.outside.take()
    this.outsideStart = -1
    this.inArray = true
    this.arrayIsRecords = isRecords
    this.recordsSeen = isRecords
    this.cutAny = true
    this.arrayDepth = this.depth + 1
    this.index = 0
    this.capturing = false
    if (isRecords) this.resumable = { position: this.position }
  }

  private endElement(chunk: string, i: number, out: PieceOut, damaged: boolean): void {
    this.element.add(chunk.slice(this.captureStart, i))
    this.capturing = false
    const over = this.element.over
    const deep = this.element.overBy === "depth"
    const text = this.element.take()
    if (over)
      out.push({
        kind: "problem",
        inRecords: this.arrayIsRecords,
        position: this.position,
        index: this.index,
        expected: deep ? tooDeep.expected : "a record of a size that can be read",
        found: deep ? tooDeep.found : "a record longer than the limit (maxRecordBytes)",
        text: undefined,
      })
    else
      out.push({
        kind: "element",
        inRecords: this.arrayIsRecords,
        position: this.position,
        index: this.index,
        text: text.trimEnd(),
        damaged,
      })
    this.index++
  }

  private finishValue(chunk: string, i: number, out: PieceOut): void {
    // The value closed inside an element: the text was broken; the element ends here.
    if (this.inArray && this.capturing) this.endElement(chunk, i + 1, out, true)
    if (this.outsideStart >= 0) this.outside.add(chunk.slice(this.outsideStart, i + 1))
    this.outsideStart = -1
    this.endValue(out)
  }

  private endValue(out: PieceOut): void {
    const over = this.outside.over
    const deep = this.outside.overBy === "depth"
    const text = this.outside.take()
    this.mode = Mode.Between
    this.depth = 0
    this.arrayDepth = 0
    this.inArray = false
    this.inString = false
    // A value whose records were cut out has nothing left to say (unless damage broke out of them).
    if (this.cutAny) {
      this.afterRecords = this.resumable !== undefined && !over ? text : ""
      return
    }
    if (over)
      out.push({
        kind: "problem",
        inRecords: false,
        position: this.position,
        index: undefined,
        expected: deep ? tooDeep.expected : "a JSON value of a size that can be read",
        found: deep ? tooDeep.found : "a value longer than the limit (maxRecordBytes)",
        text: undefined,
      })
    else out.push({ kind: "value", position: this.position, text, damaged: this.damagedValue })
  }
}
