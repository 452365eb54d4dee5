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
}

const PLAIN = /^[A-Za-z0-9.:_-]*$/

/** A selection for these sources; undefined keeps every record. */
export const selectionOf = (sources: ReadonlyArray<string> | undefined): Selection | undefined => {
  if (sources === undefined) return undefined
  const wanted = new Set(sources.filter((source) => typeof source === "string"))
  return {
    sources: wanted,
    quoted: [...wanted].map((source) => JSON.stringify(source)),
    // Letters, digits and `.:_-` can be disguised only as `\uXXXX`; anything else (a slash,
    // a quote) also by another escape.
    escape: [...wanted].every((source) => PLAIN.test(source)) ? "\\u" : "\\",
  }
}

const KEY = '"eventSource"'
const KEY_AND_QUOTE = '"eventSource":"'

/**
 * Reads the raw text of one record (an object) and answers with its `eventSource` when that
 * surely is not one of the selection's, so the record need not be parsed; undefined when the
 * record must be parsed: a wanted source appears anywhere in it, an escape could hide one,
 * the key is missing, repeated, or written with spaces.
 */
export const passedOverSource = (text: string, selection: Selection): string | undefined => {
  if (text.charCodeAt(0) !== 123) return undefined
  for (const quoted of selection.quoted) if (text.includes(quoted)) return undefined
  if (text.includes(selection.escape)) return undefined
  const key = text.indexOf(KEY_AND_QUOTE)
  if (key < 0) return undefined
  const start = key + KEY_AND_QUOTE.length
  const end = text.indexOf('"', start)
  if (end < 0 || text.indexOf(KEY) !== key || text.indexOf(KEY, end) >= 0) return undefined
  const source = text.slice(start, end)
  return source.includes("\\") ? undefined : source
}

/** The name a record without a string `eventSource` is counted under. */
export const NO_EVENT_SOURCE = "(none)"
