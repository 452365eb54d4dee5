import { member } from "../../codec/read"
import { describeValue, jsonPath } from "../../failure"
import { index, type Segments } from "../input"
import type { Records, Sink } from "../results"
import { decodeContainer } from "./decode-container"

const unfinished: ReadonlySet<string> = new Set(["FAILED", "CANCELLED", "TIMED_OUT"])

/** Reads `{QueryResultRows: [[{column: "text"}, …], …]}`. */
export const lakeInto = (value: unknown, at: Segments, sink: Sink): void => {
  const status = member(value, "QueryStatus")
  if (typeof status === "string" && unfinished.has(status)) {
    const message = member(value, "ErrorMessage")
    sink.failAt(
      [...at, "QueryStatus"],
      "a finished query",
      `${describeValue(status)}${typeof message === "string" ? ` (${message.slice(0, 200)})` : ""}`,
    )
  }
  const rows = member(value, "QueryResultRows")
  const where = [...at, "QueryResultRows"]
  if (rows === undefined && typeof status === "string") return
  if (!Array.isArray(rows)) {
    sink.failAt(where, "a list of result rows", describeValue(rows))
    return
  }
  for (let i = 0; i < rows.length; i++) rowInto(rows[i], index(where, i), sink)
}

const rowInto = (row: unknown, at: Segments, sink: Sink): void => {
  if (!Array.isArray(row)) {
    sink.failAt(at, "a result row: a list of one-column objects", describeValue(row))
    return
  }
  const columns: Record<string, string> = Object.create(null)
  for (let k = 0; k < row.length; k++) {
    const cell = row[k]
    const name = typeof cell === "object" && cell !== null ? Object.keys(cell)[0] : undefined
    if (name === undefined) continue
    const text = member(cell, name)
    // The raw record, where the query selected it, is the only column that is real JSON.
    if (name.toLowerCase() === "eventjson") {
      sink.recordText(text, [...index(at, k), name], "the record as JSON text")
      return
    }
    columns[name] = typeof text === "string" ? text : String(text)
  }
  sink.results.push({ _tag: "columns", columns: { ...columns }, path: jsonPath(at) })
}

/**
 * Reads CloudTrail Lake query results (`GetQueryResults`). A row that selected `eventJson`
 * gives the record itself. Any other row gives a `columns` result with the selected columns
 * as strings: Lake renders struct columns such as `userIdentity` in a SQL text form that is
 * not JSON, so such rows are not passed off as records. A failed, cancelled or timed-out
 * query is a failure at `$.QueryStatus`. Never throws.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetQueryResults.html
 * @example
 * import { decodeLakeQueryResults } from "mediaconvert-cloudtrail"
 * const response = { QueryStatus: "FINISHED", QueryResultRows: [[{ eventName: "CreateJob" }, { eventTime: "2024-04-04 17:45:26.000" }]] }
 * const [row] = decodeLakeQueryResults(response).results
 * if (row?._tag === "columns") console.log(row.columns.eventName) // "CreateJob"
 * @category Containers
 * @since 0.1.0
 */
export const decodeLakeQueryResults = (response: unknown): Records =>
  decodeContainer(response, {}, "lake-query-results", (value, sink) => {
    if (member(value, "QueryResultRows") === undefined && member(value, "QueryStatus") === undefined) {
      sink.failAt([], "CloudTrail Lake query results: an object with QueryResultRows", describeValue(value))
      return "unknown"
    }
    lakeInto(value, [], sink)
    return "lake-query-results"
  })
