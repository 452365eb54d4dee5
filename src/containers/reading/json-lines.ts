import { describeValue } from "../../failure"
import { decodeRecord } from "../../record/decode"
import type { ReadOptions } from "../input"
import { bytesOf, textOfBytesPartly } from "../input"
import type { ContainerKind, Records } from "../results"
import { Sink } from "../results"
import { selectionOf } from "../selection"
import { piecesInto } from "./read-chunks"

/**
 * Reads JSON Lines: one record per line, as text or bytes (gzipped or not), such as the output
 * of `jq -c '.Records[]'` or a log shipper. A line's path is `$[n]` (line n + 1); a line that
 * is not JSON is a failure and the next line is still read. A line may also hold a container
 * (an EventBridge event, one LookupEvents item as `jq -c '.Events[]'` gives it), read as
 * {@link recordsFrom} reads it. Never throws.
 *
 * @example
 * import { decodeJsonLines } from "mediaconvert-cloudtrail"
 * const text = '{"eventVersion":"1.09","eventTime":"2024-04-04T17:45:26Z","awsRegion":"us-west-2","eventType":"AwsApiCall","eventSource":"mediaconvert.amazonaws.com","eventName":"ListJobs","userIdentity":{"type":"Root"}}\nnot json\n'
 * const { summary, results } = decodeJsonLines(text)
 * console.log(summary.decoded, summary.failed, results[1]?.path) // 1 1 "$[1]"
 * @category Containers
 * @since 0.1.0
 */
export const decodeJsonLines = (input: unknown, options: ReadOptions = {}): Records => {
  const sink = new Sink(decodeRecord, { selection: selectionOf(options.eventSources) })
  let container: ContainerKind = "json-lines"
  try {
    const bytes = bytesOf(input)
    const text =
      bytes === undefined
        ? ({ _tag: "Right", right: { text: input, problem: undefined } } as const)
        : textOfBytesPartly(bytes, [], options)
    if (text._tag === "Left") sink.failure(text.left, [])
    else if (typeof text.right.text !== "string") {
      sink.failAt([], "JSON Lines text or bytes", describeValue(text.right.text))
      container = "unknown"
    } else {
      piecesInto(text.right.text, [], sink, options, true, text.right.problem)
      const { trailing } = text.right as { trailing?: string }
      if (trailing !== undefined) sink.skip("trailing-data", trailing, [])
    }
  } catch {
    sink.failAt([], "JSON Lines text or bytes", describeValue(input))
    container = "unknown"
  }
  return sink.done(container)
}
