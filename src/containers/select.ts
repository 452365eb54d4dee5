// Selection before parsing: from the raw text of one record, whether its eventSource can be
// one of those wanted. Only a sure "no" skips the parse; anything unclear is parsed, so the
// results are those of parsing every record and filtering on `eventSource`.

/** Which records to keep, by `eventSource`, and how to recognise the others in their text. */
export interface Selection {
  readonly sources: ReadonlySet<string>
  /** Each wanted source as it appears in JSON text: `"mediaconvert.amazonaws.com"`, quotes included. */
  readonly quoted: ReadonlyArray<string>
  /** What in a record's text may hide a source or the key: `\u` escapes, or any backslash for unusual sources. */
  readonly escape: string
  /**
   * One pattern for everything that makes a record's text unclear: a wanted source (quoted),
   * an escape, or the `"eventSource"` key (found once in the first scan; twice means nested
   * or repeated). One native scan of the text instead of one per question.
   */
  readonly unclear: RegExp
}

const PLAIN = /^[A-Za-z0-9.:_-]*$/
const KEY = '"eventSource"'
const KEY_AND_QUOTE = '"eventSource":"'

/** A selection for these sources; undefined keeps every record. */
export const selectionOf = (sources: ReadonlyArray<string> | undefined): Selection | undefined => {
  if (sources === undefined) return undefined
  const wanted = new Set(sources.filter((source) => typeof source === "string"))
  const quoted = [...wanted].map((source) => JSON.stringify(source))
  // Letters, digits and `.:_-` can be disguised only as `\uXXXX`; anything else (a slash,
  // a quote) also by another escape.
  const escapes = [...wanted].every((source) => PLAIN.test(source)) ? "\\u" : "\\"
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  return {
    sources: wanted,
    quoted,
    escape: escapes,
    unclear: new RegExp([...quoted, escapes, KEY].map(literal).join("|"), "g"),
  }
}

/**
 * Reads the raw text of one record (an object) and answers with its `eventSource` when that
 * surely is not one of the selection's, so the record need not be parsed; undefined when the
 * record must be parsed: a wanted source appears anywhere in it, an escape could hide one,
 * the key is missing, repeated, or written with spaces.
 */
export const passedOverSource = (text: string, selection: Selection): string | undefined => {
  if (text.charCodeAt(0) !== 123) return undefined
  // The first unclear thing must be the key, written `"eventSource":"`, and nothing after it.
  const unclear = selection.unclear
  unclear.lastIndex = 0
  const first = unclear.exec(text)
  if (first === null || first[0] !== KEY || !text.startsWith(KEY_AND_QUOTE, first.index)) return undefined
  const start = first.index + KEY_AND_QUOTE.length
  const end = text.indexOf('"', start)
  if (end < 0) return undefined
  // From the value's opening quote on: the value itself may be a wanted source.
  unclear.lastIndex = start - 1
  if (unclear.exec(text) !== null) return undefined
  const source = text.slice(start, end)
  return source.includes("\\") ? undefined : source
}

/** The name a record without a string `eventSource` is counted under. */
export const NO_EVENT_SOURCE = "(none)"
