// The characters JSON's structure is made of, as character codes, and the text CloudTrail
// starts every record with: one set for the splitter, the selection's reading of records, the
// reader of pieces and the scanner's module (scripts/wasm.ts writes RECORD_START and
// EVENT_SOURCE_KEY into it).

/** How CloudTrail starts every record it writes; where the reader re-synchronises after damage. */
export const RECORD_START = '{"eventVersion"'

/** The key the selection reads a record's service from. */
export const EVENT_SOURCE_KEY = '"eventSource"'

export const QUOTE = 34
export const BACKSLASH = 92
export const OPEN_BRACE = 123
export const CLOSE_BRACE = 125
export const OPEN_BRACKET = 91
export const CLOSE_BRACKET = 93
export const COMMA = 44
export const COLON = 58
export const NEWLINE = 10
export const SPACE = 32
export const TAB = 9
export const RETURN = 13

/** Whether `c` is one of JSON's white space characters. */
export const isSpace = (c: number): boolean => c === SPACE || c === NEWLINE || c === RETURN || c === TAB
