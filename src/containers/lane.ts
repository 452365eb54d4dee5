// The fast lane of a selection: inside a list of CloudTrail records, each record is cut where
// the next `{"eventVersion":` starts, found by one native search, and a record of a service
// not selected is told by a few more (its `"eventSource"` key, `\u` escapes that could write
// a second one, its brackets) without looking at each character. The cut is trusted only when
// the record's brackets, read from the text around them, show that it is one whole element of
// the list (structure.ts); otherwise the splitter reads that record the exact way and the lane
// goes on after it. Every search moves forward only: a chunk is searched once per needle.
import { CLOSE_BRACE, COMMA, isSpace } from "./chars"
import { type KeyCursors, onlyKey, type Selection, sourceOf, UNCLEAR } from "./select"
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
