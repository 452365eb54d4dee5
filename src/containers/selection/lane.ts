// The fast lanes of a selection, over text. `ScanLane` gives a list's records to the scanner
// (scanner.ts), which tokenises them exactly. `Lane`, where WebAssembly cannot run, cuts each
// record where the next `{"eventVersion":` starts, found by one native search, and tells a
// record of a service not selected by a few more (its `"eventSource"` key, `\u` escapes that
// could write a second one, its brackets) without looking at each character; its cut is
// trusted only when the record's brackets, read from the text around them, show that it is one
// whole element of the list (structure.ts). Either way, a record the lane cannot make sure of
// is read by the splitter the exact way and the lane goes on after it.
import { CLOSE_BRACE, COMMA, isSpace, NEWLINE, RECORD_START } from "../cutting"
import { FULL, Given, MAX_RECORDS, RAN_OUT, type Scanner, STOPPED } from "../scanner"
import type { LaneHost, LaneOut } from "./contracts"
import { type KeyCursors, onlyKey, type Selection, sourceFrom, sourceOf, UNCLEAR } from "./select"
import { Brackets, cutDepth, seek } from "./structure"

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
 * text around them. The scanner passes over and counts the records of sources not selected
 * itself; the lane parses those it gives (their source selected, or not told from the text).
 */
export class ScanLane {
  private window = FIRST_WINDOW

  constructor(
    readonly text: string,
    private readonly limit: number,
    private readonly selection: Selection,
    private readonly scanner: Scanner,
  ) {}

  /**
   * Cuts records from `p` (just after a separator of the list) while it can; returns where
   * the splitter is to read on: the start of a record to read the exact way, or `p`.
   */
  run(p: number, maxLength: number, out: LaneOut, host: LaneHost): number {
    const t = this.text
    const scanner = this.scanner
    const counting = scanner.select(this.selection.sources)
    const count = (source: string, n: number) => host.passedOver(source, n)
    const slice = (from: number, to: number) => t.slice(from, to)
    let at = p
    for (;;) {
      const before = at
      let from = at
      while (from < this.limit && isSpace(t.charCodeAt(from))) from++
      if (!t.startsWith(RECORD_START, from)) return at
      const to = Math.min(this.limit, from + this.window)
      const given = scanner.cut(scanner.load(t, from, to), MAX_RECORDS, false, true, 0, counting)
      const status = scanner.status
      if (status === STOPPED) this.window = FIRST_WINDOW
      else if (this.window < LAST_WINDOW) this.window *= 4
      scanner.flush(count)
      let lead = 0
      for (let i = at; i < from; i++) if (t.charCodeAt(i) === NEWLINE) lead++
      const taken = takeGiven(scanner, given, from, at, lead, maxLength, this.selection, slice, out, host)
      at = taken.at
      if (taken.stopped) return at
      if (status === FULL) continue
      // The window ended inside a record: a larger one, while the chunk has more.
      if (status === RAN_OUT && to < this.limit) {
        if (at === before) this.window = Math.max(this.window, (to - from) * 4)
        continue
      }
      return at
    }
  }
}

/**
 * Takes the records the scanner gave in one call that started at `from` (the lane stood at
 * `at`, `lead` line breaks before `from`): the records passed over before each and after the
 * last go to `out.passed`; each given is passed over (its source told from its text, from its
 * key on) or parsed and given to `out.element`. `textOf` gives the text of [from, to), from
 * the text or the bytes the lane reads. Returns where the lane stands after them, and whether
 * it stopped there: a record longer than `maxLength`, or one that does not parse, is left to
 * the exact reader.
 */
export const takeGiven = (
  scanner: Scanner,
  given: number,
  from: number,
  at: number,
  lead: number,
  maxLength: number,
  selection: Selection,
  textOf: (from: number, to: number) => string,
  out: LaneOut,
  host: LaneHost,
): { at: number; stopped: boolean } => {
  let stand = at
  let before = lead
  for (let k = 0; k < given; k++) {
    const skipped = scanner.given(k, Given.Skipped)
    const start = from + scanner.given(k, Given.Start)
    const end = from + scanner.given(k, Given.End)
    if (skipped > 0 || k > 0) {
      out.passed(skipped, scanner.given(k, Given.LinesBefore) + before)
      before = 0
      stand = start
    }
    if (end + 1 - start > maxLength) return { at: stand, stopped: true }
    const lines = scanner.given(k, Given.Lines) + before
    const key = scanner.given(k, Given.Key)
    // Its source, told from its text from the key on (NO_KEY and UNCLEAR_KEY need no text).
    let source: string | undefined
    if (key < 0) source = sourceFrom("", key, -1, selection)
    else {
      const rest = textOf(from + key, end + 1)
      source = sourceFrom(rest, 0, rest.length - 1, selection)
    }
    if (source !== undefined) {
      host.passedOver(source, 1)
      out.passed(1, lines)
    } else {
      // A record to be parsed: parsed here, and when it does not parse (broken text, a cut
      // that only valid JSON would have made sure), read the exact way instead.
      const text = textOf(start, end + 1)
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        return { at: stand, stopped: true }
      }
      out.element(text, value, lines)
    }
    before = 0
    stand = from + scanner.given(k, Given.Next)
  }
  if (scanner.tailPassed > 0) {
    out.passed(scanner.tailPassed, scanner.tailLines + before)
    stand = from + scanner.tailNext
  }
  return { at: stand, stopped: false }
}
