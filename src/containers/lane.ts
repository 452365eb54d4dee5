// The fast lane of a selection: inside a list of CloudTrail records, each record is cut where
// the next `{"eventVersion":` starts, found by one native search, and a record of a service
// not selected is told by a few more (its `"eventSource"` key, `\u` escapes that could write
// a second one, its brackets) without looking at each character. The cut is trusted only when
// the record's brackets, read from the text around them, show that it is one whole element of
// the list (structure.ts); otherwise the splitter reads that record the exact way and the lane
// goes on after it. Every search moves forward only: a chunk is searched once per needle.
import { CLOSE_BRACE, COMMA, isSpace, NEWLINE } from "./chars"
import { MAX_RECORDS, RAN_OUT, type Scanner, STOPPED } from "./scanner"
import { type KeyCursors, onlyKey, type Selection, sourceFrom, sourceOf, UNCLEAR } from "./select"
import { Brackets, cutDepth, seek } from "./structure"

/** How CloudTrail starts every record it writes; where the reader re-synchronises after damage. */
export const RECORD_START = '{"eventVersion"'

/** The cursors of the lane over one chunk of text, and what it found of the last record it cut. */
export class Lane {
  private start = -1
  private readonly keys: KeyCursors = { escape: -1, key: -1 }
  private newline = -1
  private readonly brackets: Brackets
  /** The record cut: its text ends at `end` (its closing brace); the next starts at `next`. */
  end = 0
  next = 0
  /** Its `eventSource` when it is surely not selected; undefined when it is to be parsed. */
  source: string | undefined
  /** The line breaks passed over. */
  lines = 0

  constructor(
    readonly text: string,
    private readonly limit: number,
    private readonly selection: Selection,
  ) {
    this.brackets = new Brackets(text)
  }

  /**
   * Cuts the record that starts at `p` (just after a separator of the list, white space
   * allowed): true when its cut is sure, with `end`, `next`, `source` and `lines` set; false
   * when the splitter must read it the exact way (not a record start, no next record start in
   * this chunk, a separator or closing brace not where they belong, brackets that cannot be
   * told, longer than `maxLength`).
   */
  cut(p: number, maxLength: number): boolean {
    const t = this.text
    let from = p
    while (from < this.limit && isSpace(t.charCodeAt(from))) from++
    if (!t.startsWith(RECORD_START, from)) return false
    this.start = seek(t, RECORD_START, this.start, from + 1)
    const next = this.start
    if (next >= this.limit) return false
    // `}` white space `,` white space, then the next record.
    let end = next - 1
    while (isSpace(t.charCodeAt(end))) end--
    if (t.charCodeAt(end) !== COMMA) return false
    end--
    while (isSpace(t.charCodeAt(end))) end--
    if (t.charCodeAt(end) !== CLOSE_BRACE || end + 1 - from > maxLength) return false
    // Its one key; a record to be parsed (the key unclear) still needs its cut made sure.
    const key = onlyKey(t, from, end, this.keys)
    const source =
      key === UNCLEAR
        ? cutDepth(t, this.brackets, from, end, -1) < 0
          ? null
          : undefined
        : sourceOf(t, from, end, key, this.brackets, this.selection)
    if (source === null) return false
    this.source = source
    this.end = end
    this.next = next
    let lines = 0
    for (;;) {
      this.newline = seek(t, "\n", this.newline, p)
      if (this.newline >= next) break
      lines++
      p = this.newline + 1
    }
    this.lines = lines
    return true
  }
}

/** The window of text the scanner is given at first, in code units; it grows while records keep coming. */
const FIRST_WINDOW = 1 << 16
const LAST_WINDOW = 1 << 22

/**
 * The fast lane with the scanner (scanner.ts): the same cuts as {@link Lane} gives on valid
 * JSON, found by tokenising the records' bytes exactly instead of reading brackets from the
 * text around them. It scans a window of the chunk at a time and hands out the records cut.
 */
export class ScanLane {
  private readonly ends = new Int32Array(MAX_RECORDS)
  private readonly nexts = new Int32Array(MAX_RECORDS)
  private readonly keys = new Int32Array(MAX_RECORDS)
  private readonly breaks = new Int32Array(MAX_RECORDS)
  /** Records scanned, taken, and where the first of them starts. */
  private count = 0
  private taken = 0
  private first = -1
  private window = FIRST_WINDOW
  end = 0
  next = 0
  source: string | undefined
  lines = 0

  constructor(
    readonly text: string,
    private readonly limit: number,
    private readonly selection: Selection,
    private readonly scanner: Scanner,
  ) {}

  /** As {@link Lane.cut}. */
  cut(p: number, maxLength: number): boolean {
    const t = this.text
    let from = p
    while (from < this.limit && isSpace(t.charCodeAt(from))) from++
    let k = this.taken
    if (k >= this.count || (k === 0 ? this.first : this.nexts[k - 1]) !== from) {
      if (!this.scan(from)) return false
      k = 0
    }
    const next = this.nexts[k] as number
    const end = this.ends[k] as number
    if (next >= this.limit || end + 1 - from > maxLength) return false
    this.taken = k + 1
    this.source = sourceFrom(t, this.keys[k] as number, end, this.selection)
    this.end = end
    this.next = next
    let lines = this.breaks[k] as number
    if (k === 0) for (let i = p; i < from; i++) if (t.charCodeAt(i) === NEWLINE) lines++
    this.lines = lines
    return true
  }

  /** Scans records from `from` (a record start); false when none can be cut there. */
  private scan(from: number): boolean {
    const t = this.text
    this.count = 0
    this.taken = 0
    if (!t.startsWith(RECORD_START, from)) return false
    const scanner = this.scanner
    for (;;) {
      const to = Math.min(t.length, from + this.window)
      const count = scanner.cut(scanner.load(t, from, to), MAX_RECORDS, false)
      const status = scanner.status
      if (status === STOPPED) this.window = FIRST_WINDOW
      else if (this.window < LAST_WINDOW) this.window *= 4
      if (count === 0) {
        // A record longer than the window: a larger one, up to the chunk's end.
        if (status === RAN_OUT && to < t.length && to < this.limit) continue
        return false
      }
      for (let k = 0; k < count; k++) {
        this.ends[k] = from + scanner.endOf(k)
        this.nexts[k] = from + scanner.nextOf(k)
        const key = scanner.keyOf(k)
        this.keys[k] = key < 0 ? key : from + key
        this.breaks[k] = scanner.linesOf(k)
      }
      this.count = count
      this.first = from
      return true
    }
  }
}
