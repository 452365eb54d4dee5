// Selection before parsing: from the raw text of one record, whether its eventSource can be
// one of those wanted. Only a sure "no" skips the parse; anything unclear is parsed, so the
// results are those of parsing every record and filtering on `eventSource`.
import { BACKSLASH, CLOSE_BRACE, COLON, EVENT_SOURCE_KEY, isSpace, OPEN_BRACE, QUOTE } from "../cutting"
import { Given, NO_KEY, theRecordScanner, UNCLEAR_KEY, WHOLE } from "../scanner"
import { Brackets, cutDepth, seek } from "./structure"

/** Which records to keep, by `eventSource`. */
export interface Selection {
  readonly sources: ReadonlySet<string>
}

/** What the key ends with: searched for instead of the whole key, whose first character, a quote, is everywhere. */
const KEY_END = 'Source"'
const KEY = EVENT_SOURCE_KEY
/** Where `\uXXXX` could write the key a second time (JSON.parse keeps the last). */
const ESCAPE = "\\u"

/**
 * The selection rule, written here only: the name a record whose `eventSource` is `source` is
 * passed over (and counted) under, or undefined when it is kept. A record without a string
 * `eventSource` is passed over as NO_EVENT_SOURCE. Every reader asks it: the sink of a parsed
 * record, the lanes and the reader of single records (once the text told the key's value),
 * and the scanner's module, given the selected names (scanner.select), applies it to the plain
 * string values it passes over itself.
 */
export const passedOverAs = (source: unknown, selection: Selection): string | undefined =>
  typeof source !== "string" ? NO_EVENT_SOURCE : selection.sources.has(source) ? undefined : source

/** A selection for these sources; undefined keeps every record. */
export const selectionOf = (sources: ReadonlyArray<string> | undefined): Selection | undefined =>
  sources === undefined
    ? undefined
    : { sources: new Set(sources.filter((source) => typeof source === "string")) }

/** Whether `"eventSource"` is written at `at`, where `Source"` was found. */
const isKey = (t: string, at: number): boolean => t.startsWith(KEY, at - KEY.length + KEY_END.length)

/**
 * The value of the key `"eventSource"` at `key`, up to `end`, when it is a plain string (no
 * escape in it, so its text is its value; white space around the colon allowed); undefined otherwise. Whether the key
 * is the record's own is for the brackets to say (structure.ts).
 */
const plainValue = (t: string, key: number, end: number): string | undefined => {
  if (t.charCodeAt(key - 1) === BACKSLASH) return undefined
  let at = key + KEY.length
  while (isSpace(t.charCodeAt(at))) at++
  if (t.charCodeAt(at) !== COLON) return undefined
  at++
  while (isSpace(t.charCodeAt(at))) at++
  if (t.charCodeAt(at) !== QUOTE) return undefined
  const start = at + 1
  const close = t.indexOf('"', start)
  if (close < 0 || close > end) return undefined
  // An escape anywhere in it (`\/`, `\n`): its text is not its value.
  for (let i = start; i < close; i++) if (t.charCodeAt(i) === BACKSLASH) return undefined
  return t.slice(start, close)
}

/**
 * Reads the raw text of one record (an object) and answers with its `eventSource` when that
 * surely is not one of the selection's, so the record need not be parsed; undefined when the
 * record must be parsed: its source is wanted, an escape could hide a second key, the key is
 * missing, repeated, nested or written with spaces, or the text is not plain.
 */
export const passedOverSource = (text: string, selection: Selection): string | undefined => {
  if (text.charCodeAt(0) !== OPEN_BRACE) return undefined
  const scanner = theRecordScanner()
  if (scanner !== null) {
    // Tokenised exactly, as the lane's scanner reads records of a list.
    const len = scanner.load(text, 0, text.length)
    if (scanner.cut(len, 1, true) !== 1 || scanner.status !== WHOLE) return undefined
    return sourceFrom(text, scanner.given(0, Given.Key), scanner.given(0, Given.End), selection)
  }
  let end = text.length - 1
  while (end > 0 && text.charCodeAt(end) <= 32) end--
  if (text.charCodeAt(end) !== CLOSE_BRACE) return undefined
  const key = onlyKey(text, 0, end, { escape: -1, key: -1 })
  if (key === UNCLEAR) return undefined
  return sourceOf(text, 0, end, key, new Brackets(text), selection) ?? undefined
}

/**
 * A record's `eventSource` from where the scanner found its key (`key`, in `text`, or
 * NO_KEY/UNCLEAR_KEY) when it is surely not selected; undefined when it is to be parsed.
 */
export const sourceFrom = (
  text: string,
  key: number,
  end: number,
  selection: Selection,
): string | undefined => {
  if (key === UNCLEAR_KEY) return undefined
  if (key === NO_KEY) return passedOverAs(undefined, selection)
  const value = plainValue(text, key, end)
  return value === undefined ? undefined : passedOverAs(value, selection)
}

/** Where the searches for records' keys stand in one text; they move forward only. */
export interface KeyCursors {
  escape: number
  key: number
}

/** What {@link onlyKey} says when the record's key cannot be told from its text. */
export const UNCLEAR = -2

/**
 * Where the only `"eventSource"` of the record t[from, end] starts (-1: none), or UNCLEAR when
 * it is written twice or a `\u` escape could write it again. The fast lane and the reader of
 * single records both ask it; the lane keeps its cursors from record to record.
 */
export const onlyKey = (t: string, from: number, end: number, cursors: KeyCursors): number => {
  cursors.escape = seek(t, ESCAPE, cursors.escape, from)
  if (cursors.escape < end) return UNCLEAR
  let key = -1
  for (
    cursors.key = seek(t, KEY_END, cursors.key, from);
    cursors.key < end;
    cursors.key = seek(t, KEY_END, cursors.key, cursors.key + 1)
  )
    if (isKey(t, cursors.key)) {
      if (key >= 0) return UNCLEAR
      key = cursors.key - KEY.length + KEY_END.length
    }
  return key
}

/**
 * The `eventSource` of the record t[from, end] (`end` its closing brace) when the text shows
 * it is not selected, given that no `\u` is in it and that `key` is where the only
 * `"eventSource"` in it starts (-1: none): the key's plain value; NO_EVENT_SOURCE when there
 * is no key or the only one is nested. Undefined when the record is to be parsed (its source
 * is wanted, the key is not written plainly), or `null` when its cut is not sure (structure.ts).
 */
export const sourceOf = (
  t: string,
  from: number,
  end: number,
  key: number,
  brackets: Brackets,
  selection: Selection,
): string | undefined | null => {
  if (key < 0) return cutDepth(t, brackets, from, end, -1) === 0 ? passedOverAs(undefined, selection) : null
  const value = plainValue(t, key, end)
  const depth = cutDepth(t, brackets, from, end, value === undefined ? -1 : key)
  if (depth < 0) return null
  if (value === undefined) return undefined
  // A nested key is not the record's own: the record has none.
  return passedOverAs(depth > 0 ? undefined : value, selection)
}

/** The name a record without a string `eventSource` is counted under. */
const NO_EVENT_SOURCE = "(none)"
