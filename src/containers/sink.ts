// Shared by the container readers: where results go, and how one record is decoded in place.
import { type DecodeFailure, describeValue, failureAt, jsonPath } from "../failure"
import { decodeRecord } from "../record/decode"
import type { InsightRecord } from "../record/record"
import type { ContainerKind, RecordResult, Records, SkipReason } from "./result"
import { summarize } from "./result"
import { parseJson } from "./text"

/** JSON path segments, as `failureFrom` takes them: `["Records", "[12]"]`. */
export type Segments = ReadonlyArray<string>

/** Appends the index segment `[i]`. */
export const index = (at: Segments, i: number): Segments => [...at, `[${i}]`]

/** Collects results in order. */
export class Sink {
  readonly results: RecordResult[] = []

  failure(failure: DecodeFailure, at: Segments): void {
    this.results.push({ _tag: "failure", failure, path: jsonPath(at) })
  }

  failAt(at: Segments, expected: string, found: string): void {
    this.failure(failureAt(jsonPath(at), expected, found), at)
  }

  skip(reason: SkipReason, detail: string, at: Segments): void {
    this.results.push({ _tag: "skipped", reason, detail, path: jsonPath(at) })
  }

  /** Decodes one record at `at`; an Insights record is reported as such. */
  record(value: unknown, at: Segments): void {
    const result = decodeRecord(value, at)
    const path = jsonPath(at)
    if (result._tag === "Left") this.results.push({ _tag: "failure", failure: result.left, path })
    else if (result.right.eventType === "AwsCloudTrailInsight")
      this.results.push({ _tag: "insight", record: result.right as InsightRecord, path })
    else this.results.push({ _tag: "record", record: result.right, path })
  }

  /** Parses a record kept as JSON text (a log event's message, LookupEvents' CloudTrailEvent). */
  recordText(text: unknown, at: Segments, expected: string): void {
    if (typeof text !== "string") {
      if (typeof text === "object" && text !== null && !Array.isArray(text)) this.record(text, at)
      else this.failAt(at, expected, describeValue(text))
      return
    }
    const parsed = parseJson(text, jsonPath(at))
    if (parsed._tag === "Left") this.failure(parsed.left, at)
    else this.record(parsed.right, at)
  }

  done(container: ContainerKind): Records {
    return { container, results: this.results, summary: summarize(this.results) }
  }
}
