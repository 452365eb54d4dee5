// Cuts the text of a CloudTrail log file into one record's text at a time, over chunks, so a
// file of any size passes through in bounded memory: `{"Records":[ {…}, {…} ]}` gives each
// `{…}`; any other top-level value (a digest file, a bare record, one line of JSON Lines) is
// given whole. It tracks only nesting depth, strings and escapes: the JSON itself is checked
// by JSON.parse on each piece.

/** One piece of text cut from the stream. */
export type Piece =
  /** An element of a top-level `"Records"` array (`inRecords` true) or of a top-level array. */
  | { readonly kind: "element"; readonly inRecords: boolean; readonly index: number; readonly text: string }
  /** A whole top-level value without a `"Records"` array; `line` counts from 0. */
  | { readonly kind: "value"; readonly line: number; readonly text: string }
  /** Text that cannot be cut: an element or value past the size limit, or input that ends inside one. */
  | {
      readonly kind: "problem"
      readonly inRecords: boolean
      readonly index: number | undefined
      readonly line: number
      readonly expected: string
      readonly found: string
    }

const QUOTE = 34
const BACKSLASH = 92
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const COMMA = 44
const COLON = 58
const NEWLINE = 10
const SPACE = 32
const TAB = 9
const RETURN = 13

enum Mode {
  /** At depth 0, between top-level values. */
  Between = 0,
  /** Inside a top-level object or array. */
  Value = 1,
  /** A top-level value that is not an object or array: taken to the end of its line. */
  Line = 2,
}

/** A growing piece of text kept as slices of chunks, with a cap on its length. */
class Collector {
  parts: string[] = []
  length = 0
  over = false
  constructor(private readonly max: number) {}
  add(text: string): void {
    if (this.over) return
    this.length += text.length
    if (this.length > this.max) {
      this.over = true
      this.parts = []
    } else this.parts.push(text)
  }
  take(): string {
    const text = this.parts.length === 1 ? (this.parts[0] ?? "") : this.parts.join("")
    this.parts = []
    this.length = 0
    this.over = false
    return text
  }
}

/** Splits JSON text, fed in chunks, into pieces. */
export class RecordSplitter {
  private mode = Mode.Between
  private depth = 0
  private inString = false
  private escaped = false
  private line = 0
  private valueLine = 0
  // Keys of the top-level object, to find "Records".
  private expectKey = false
  private readingKey = false
  private keyStart = 0
  private keyParts: string[] = []
  private lastKey: string | undefined
  private afterColon = false
  private recordsSeen = false
  private cutAny = false
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

  constructor(maxPieceLength: number) {
    this.element = new Collector(maxPieceLength)
    this.outside = new Collector(maxPieceLength)
  }

  /** Feeds a chunk of text; returns the pieces completed in it. */
  push(chunk: string): Piece[] {
    const out: Piece[] = []
    const n = chunk.length
    // Where the next backslash of this chunk is, found once and moved forward as it is passed.
    let nextBackslash = -1
    for (let i = 0; i < n; i++) {
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
        // instead of looking at every character (JSON strings hold no raw newlines to count).
        if (nextBackslash < i) nextBackslash = chunk.indexOf("\\", i) >>> 0 // -1 becomes 2^32 - 1
        const quote = chunk.indexOf('"', i)
        const next = Math.min(quote === -1 ? n : quote, nextBackslash)
        if (next >= n) {
          i = n
          continue
        }
        i = next
        if (chunk.charCodeAt(i) === BACKSLASH) {
          this.escaped = true
          continue
        }
        this.inString = false
        if (this.readingKey) {
          this.keyParts.push(chunk.slice(this.keyStart, i))
          this.lastKey = this.keyParts.join("")
          this.keyParts = []
          this.readingKey = false
        }
        continue
      }
      if (c === SPACE || c === NEWLINE || c === RETURN || c === TAB) {
        if (c === NEWLINE) this.line++
        continue
      }
      if (this.mode === Mode.Between) {
        this.startValue(c, i)
        continue
      }
      // Inside a top-level value.
      if (this.inArray && this.depth === this.arrayDepth) {
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (this.capturing) this.endElement(chunk, i, out)
          if (c === CLOSE_BRACKET) {
            this.inArray = false
            this.depth--
            this.outsideStart = i
            if (this.depth === 0) this.finishValue(chunk, i, out)
          }
          continue
        }
        if (!this.capturing) {
          this.capturing = true
          this.captureStart = i
        }
      }
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
            this.openArray(chunk, i, true)
          }
          this.depth++
          break
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--
          if (this.depth === 0) this.finishValue(chunk, i, out)
          break
      }
      if (this.depth === 1 || (this.depth === 2 && (c === OPEN_BRACE || c === OPEN_BRACKET)))
        if (c !== COLON) this.afterColon = false
    }
    // Keep what is pending of this chunk.
    if (this.capturing) {
      this.element.add(chunk.slice(this.captureStart))
      this.captureStart = 0
    }
    if (this.outsideStart >= 0) {
      this.outside.add(chunk.slice(this.outsideStart))
      this.outsideStart = 0
    }
    if (this.readingKey) {
      this.keyParts.push(chunk.slice(this.keyStart))
      this.keyStart = 0
    }
    return out
  }

  /** Where the text being read is, as JSON path segments (`["Records", "[12]"]`). */
  where(): string[] {
    if (this.inArray) return this.arrayIsRecords ? ["Records", `[${this.index}]`] : [`[${this.index}]`]
    return []
  }

  /** Ends the input; returns what was left. */
  end(): Piece[] {
    const out: Piece[] = []
    if (this.mode === Mode.Line) {
      this.outsideStart = -1
      this.endValue(out)
    } else if (this.mode === Mode.Value) {
      out.push({
        kind: "problem",
        inRecords: this.inArray && this.arrayIsRecords,
        index: this.inArray ? this.index : undefined,
        line: this.valueLine,
        expected: "complete JSON",
        found: this.inArray
          ? `text that ends inside element ${this.index}${this.inString ? ", in a string" : ""}`
          : "text that ends inside the top-level value",
      })
      this.mode = Mode.Between
    }
    return out
  }

  private startValue(c: number, i: number): void {
    this.valueLine = this.line
    this.outsideStart = i
    this.recordsSeen = false
    this.cutAny = false
    this.lastKey = undefined
    this.afterColon = false
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      this.mode = Mode.Value
      this.depth = 0
      // A top-level array: its elements are cut out too (a list of records).
      if (c === OPEN_BRACKET) this.openArray("", i, false)
      this.depth = 1
      this.expectKey = c === OPEN_BRACE
    } else {
      this.mode = Mode.Line
    }
  }

  private openArray(chunk: string, i: number, isRecords: boolean): void {
    if (chunk !== "") this.outside.add(chunk.slice(this.outsideStart, i + 1))
    this.outsideStart = -1
    this.inArray = true
    this.arrayIsRecords = isRecords
    this.recordsSeen = isRecords
    this.cutAny = true
    this.arrayDepth = this.depth + 1
    this.index = 0
    this.capturing = false
  }

  private endElement(chunk: string, i: number, out: Piece[]): void {
    this.element.add(chunk.slice(this.captureStart, i))
    this.capturing = false
    const over = this.element.over
    const text = this.element.take()
    if (over)
      out.push({
        kind: "problem",
        inRecords: this.arrayIsRecords,
        index: this.index,
        line: this.valueLine,
        expected: "a record of a size that can be read",
        found: "a record longer than the limit (maxRecordBytes)",
      })
    else
      out.push({ kind: "element", inRecords: this.arrayIsRecords, index: this.index, text: text.trimEnd() })
    this.index++
  }

  private finishValue(chunk: string, i: number, out: Piece[]): void {
    if (this.outsideStart >= 0) this.outside.add(chunk.slice(this.outsideStart, i + 1))
    this.outsideStart = -1
    this.endValue(out)
  }

  private endValue(out: Piece[]): void {
    const over = this.outside.over
    const text = this.outside.take()
    this.mode = Mode.Between
    this.depth = 0
    this.arrayDepth = 0
    this.inArray = false
    // A value whose records were cut out has nothing left to say.
    if (this.cutAny) return
    if (over)
      out.push({
        kind: "problem",
        inRecords: false,
        index: undefined,
        line: this.valueLine,
        expected: "a JSON value of a size that can be read",
        found: "a value longer than the limit (maxRecordBytes)",
      })
    else out.push({ kind: "value", line: this.valueLine, text })
  }
}
