// JSON text without recursion: a record nested 100,000 deep is written like a flat one, where
// `JSON.stringify` throws "Maximum call stack size exceeded" past a few thousand levels (issue 23,
// item 3). The text is the one `JSON.stringify` writes, except that C1 controls, DEL, format
// characters (bidi overrides and isolates among them) and U+2028/U+2029 are escaped as well, so a
// JSON Lines file shown in a terminal cannot drive it; it still parses back to the same value.

/** What JSON.stringify leaves raw in a string but a terminal would act on or hide. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\p{Cf}\u2028\u2029]/gu

const unicodeEscape = (char: string): string => {
  let out = ""
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`
  return out
}

/** A string as JSON text: quoted, with every control, format and separator character escaped. */
export const jsonString = (text: string): string => {
  const quoted = JSON.stringify(text)
  UNSAFE_IN_JSON.lastIndex = 0
  return UNSAFE_IN_JSON.test(quoted) ? quoted.replace(UNSAFE_IN_JSON, unicodeEscape) : quoted
}

/** A value with `toJSON` (a Date) as JSON would see it. */
const jsonValueOf = (value: unknown, key: string): unknown => {
  if (value !== null && typeof value === "object") {
    const toJSON = (value as { toJSON?: unknown }).toJSON
    if (typeof toJSON === "function") return (toJSON as (key: string) => unknown).call(value, key)
  }
  return value
}

/** A value that is written in place (not an array or object), or undefined for one JSON leaves out. */
const scalar = (value: unknown): string | undefined => {
  switch (typeof value) {
    case "string":
      return jsonString(value)
    case "number":
      return Number.isFinite(value) ? String(value) : "null"
    case "boolean":
      return value ? "true" : "false"
    case "bigint":
      return value.toString()
    case "object":
      return value === null ? "null" : undefined
    default:
      return undefined
  }
}

interface Frame {
  readonly container: object
  /** The keys of an object still to write, or undefined for an array. */
  readonly keys: ReadonlyArray<string> | undefined
  index: number
  /** Whether a member has been written (so the next one needs a comma). */
  written: boolean
}

const CLOSERS = { array: "]", object: "}" } as const

/**
 * The JSON text of a value (see {@link jsonTextIterative}): `JSON.stringify`'s, which is several
 * times faster, with unsafe characters escaped; when it fails (too deep: "Maximum call stack size
 * exceeded"; a value that contains itself), the writer with a stack of its own.
 */
export const jsonText = (value: unknown): string => {
  let text: string | undefined
  try {
    text = JSON.stringify(value)
  } catch {
    return jsonTextIterative(value)
  }
  if (text === undefined) return "null"
  // Outside strings JSON.stringify writes only ASCII punctuation, digits and letters, so every
  // unsafe character it left raw is inside a string, where its \u escape means the same.
  UNSAFE_IN_JSON.lastIndex = 0
  return UNSAFE_IN_JSON.test(text) ? text.replace(UNSAFE_IN_JSON, unicodeEscape) : text
}

/**
 * The JSON text of a value, written with a stack of its own rather than the call stack, so no
 * depth is too deep. Like `JSON.stringify`: members that are undefined, functions or symbols are
 * left out of objects and written as null in arrays, non-finite numbers are null, `toJSON` is
 * honoured; a value that contains itself is written as null where it recurs, instead of throwing.
 */
export const jsonTextIterative = (root: unknown): string => {
  const top = jsonValueOf(root, "")
  const first = scalar(top)
  if (first !== undefined || top === null || typeof top !== "object") return first ?? "null"
  const parts: string[] = []
  const stack: Frame[] = []
  const open = new Set<object>()
  const enter = (value: object): void => {
    open.add(value)
    if (Array.isArray(value)) {
      parts.push("[")
      stack.push({ container: value, keys: undefined, index: 0, written: false })
    } else {
      parts.push("{")
      stack.push({ container: value, keys: Object.keys(value), index: 0, written: false })
    }
  }
  enter(top)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    const array = frame.keys === undefined
    const length = array ? (frame.container as unknown[]).length : (frame.keys?.length ?? 0)
    if (frame.index >= length) {
      parts.push(array ? CLOSERS.array : CLOSERS.object)
      open.delete(frame.container)
      stack.pop()
      continue
    }
    const i = frame.index++
    const key = array ? String(i) : (frame.keys?.[i] ?? "")
    const raw = (frame.container as Record<string, unknown>)[key]
    const value = jsonValueOf(raw, key)
    const text = scalar(value)
    const nested = text === undefined && value !== null && typeof value === "object" && !open.has(value)
    // Left out of an object: undefined, functions, symbols; in an array they are null.
    if (text === undefined && !nested && !array && !(value !== null && typeof value === "object")) continue
    if (frame.written) parts.push(",")
    frame.written = true
    if (!array) parts.push(jsonString(key), ":")
    if (nested) enter(value as object)
    else parts.push(text ?? "null")
  }
  return parts.join("")
}
