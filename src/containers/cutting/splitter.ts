// Cuts JSON text into one record's text at a time, over chunks, so a file of any size passes
// through in bounded memory: `{"Records":[ {…}, {…} ]}` gives each `{…}`; any other top-level
// value (a digest file, a bare record, one line of JSON Lines) is given whole. It tracks only
// nesting depth, strings and escapes: the JSON itself is checked by JSON.parse on each piece.
// Pure: no Node built-in, so `recordsFrom` (in memory) and `streamRecords` (in chunks) share it.
// The state and the pieces it makes are in cut-state.ts, the recovery after damaged text (a
// record start where the state says none can be) in recovery.ts. At each separator of a list
// the splitter asks its lanes (contracts.ts, implemented in selection/) whether they take the
// records after it.

import { MAX_DEPTH, tooDeep } from "../input"
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
  RECORD_START,
  RETURN,
  SPACE,
  TAB,
} from "./chars"
import { type Lanes, type LaneTaken, type PieceOut, type Splitter, SUSPENDED } from "./contracts"
import { Mode } from "./cut-state"
import { Recovery } from "./recovery"

/** Splits JSON text, fed in chunks, into pieces. */
export class RecordSplitter extends Recovery implements Splitter, LaneTaken {
  constructor(
    maxPieceLength: number,
    private readonly lanes?: Lanes,
  ) {
    super(maxPieceLength)
  }

  /** Feeds a chunk of text; gives the pieces completed in it to `out` as they are cut. */
  push(chunk: string, out: PieceOut): void {
    // The last characters are held back for the next chunk, so that a record start cut in two
    // by a chunk boundary is still seen whole: cutting does not depend on how text is chunked.
    // The chunk is not joined to what was held (that would copy it): the held characters are
    // cut first, with the chunk's first characters to look ahead into.
    const held = RECORD_START.length - 1
    if (chunk.length <= held) {
      const text = this.carry + chunk
      const keep = Math.min(text.length, held)
      this.pushJson(text, text.length - keep, out, false)
      this.carry = text.slice(text.length - keep)
    } else {
      if (this.carry !== "") this.pushJson(this.carry + chunk.slice(0, held), this.carry.length, out, false)
      this.pushJson(chunk, chunk.length - held, out, true)
      this.carry = chunk.slice(chunk.length - held)
    }
    this.lanes?.done()
  }

  /** Whether the host's byte lane took over (its lanes gave SUSPENDED); the rest of the chunk was not read. */
  isSuspended(): boolean {
    return this.suspended
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
          } else if (this.lanes !== undefined) {
            // The lanes may take the records after this separator. Suspended: the host's byte
            // lane goes on from here, the rest of this chunk is its to read. (Never from held
            // characters: their bytes were given with the chunk before.)
            const stop = this.lanes.run(
              chunk,
              i + 1,
              n,
              suspendable,
              this.position,
              this.arrayIsRecords,
              this,
              out,
            )
            if (stop === SUSPENDED) {
              this.suspended = true
              return
            }
            if (stop > i + 1) {
              i = stop - 1
              nextStart = chunk.indexOf(RECORD_START, stop) >>> 0
              if (nextStart >= n) nextStart = -1 >>> 0
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

  /** Ends the input; gives what was left to `out`. */
  end(out: PieceOut): void {
    const rest = this.carry
    this.carry = ""
    this.pushJson(rest, rest.length, out, false)
    this.lanes?.done()
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
  }
}
