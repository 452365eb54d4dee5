import { right } from "../codec/fp"
import { describeValue, jsonPath as jsonPathOf } from "../failure"
import { bytesOf, textOfBytes } from "./input"
import type { ContainerKind, Records } from "./result"
import { index, type Segments, Sink } from "./sink"
import { parseJson, type ReadOptions } from "./text"

/** How one parsed line is read: as a record or a container of its own. */
export type LineReader = (value: unknown, at: Segments, sink: Sink) => void

/** Reads text of one JSON value per line; a line's path is `$[n]`, n counted from 0. Blank lines are ignored. */
export const jsonLinesInto = (text: string, at: Segments, sink: Sink, readLine: LineReader): void => {
  let start = 0
  let line = 0
  while (start <= text.length) {
    let end = text.indexOf("\n", start)
    if (end === -1) end = text.length
    const content = text.slice(start, end).trim()
    if (content !== "") {
      const where = index(at, line)
      const parsed = parseJson(content, jsonPathOf(where))
      if (parsed._tag === "Left") sink.failure(parsed.left, where)
      else readLine(parsed.right, where, sink)
    }
    start = end + 1
    line++
  }
}

/** Whether text that is not one JSON value looks like JSON Lines: its first non-blank line is JSON on its own. */
export const looksLikeJsonLines = (text: string): boolean => {
  const trimmed = text.trimStart()
  const newline = trimmed.indexOf("\n")
  if (newline === -1) return false
  return parseJson(trimmed.slice(0, newline), "$")._tag === "Right"
}

/**
 * Reads JSON Lines: one record per line, as text or bytes (gzipped or not), such as the output
 * of `jq -c '.Records[]'` or a log shipper. A line's path is `$[n]` (line n + 1); a line that
 * is not JSON is a failure and the next line is still read. Never throws.
 *
 * @example
 * import { decodeJsonLines } from "mediaconvert-cloudtrail"
 * const text = '{"eventVersion":"1.09","eventTime":"2024-04-04T17:45:26Z","awsRegion":"us-west-2","eventType":"AwsApiCall","eventSource":"mediaconvert.amazonaws.com","eventName":"ListJobs","userIdentity":{"type":"Root"}}\nnot json\n'
 * const { summary, results } = decodeJsonLines(text)
 * console.log(summary.decoded, summary.failed, results[1]?.path) // 1 1 "$[1]"
 * @since 0.1.0
 */
export const decodeJsonLines = (input: unknown, options: ReadOptions = {}): Records => {
  const sink = new Sink()
  let container: ContainerKind = "json-lines"
  try {
    const bytes = bytesOf(input)
    const text = bytes === undefined ? right<unknown>(input) : textOfBytes(bytes, [], options)
    if (text._tag === "Left") sink.failure(text.left, [])
    else if (typeof text.right !== "string") {
      sink.failAt([], "JSON Lines text or bytes", describeValue(text.right))
      container = "unknown"
    } else jsonLinesInto(text.right, [], sink, (value, at, s) => s.record(value, at))
  } catch {
    sink.failAt([], "JSON Lines text or bytes", describeValue(input))
    container = "unknown"
  }
  return sink.done(container)
}
