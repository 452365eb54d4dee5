// Shared by the container readers: where results go, and how one record is decoded in place.
import { member } from "../../codec/read"
import { type DecodeFailure, describeValue, failureAt, jsonPath, type PathSegment } from "../../failure"
import { decodeMediaConvertEvent } from "../../mediaconvert/decode"
import { decodeRecord } from "../../record/decode"
import type { CloudTrailRecord, InsightRecord } from "../../record/record"
import { parseJson } from "../input/text"
import { NO_EVENT_SOURCE, passedOverSource, type Selection } from "../selection/select"
import type { ContainerKind, RecordResult, Records, SkipReason, Summary } from "./result"
import { summarize } from "./result"

/** JSON path segments, as `failureFrom` takes them: `["Records", 12]`. */
export type Segments = ReadonlyArray<PathSegment>

/** Appends the index `i`. */
export const index = (at: Segments, i: number): Segments => [...at, i]

/** What a sink keeps: every record, or those of some event sources; decoded as records, or as MediaConvert events. */
export interface Policy {
  readonly selection?: Selection | undefined
  readonly mediaConvert?: boolean
}

/** Where a failure's input is kept: the value that did not decode, or the text that did not parse. */
export type Kept = { readonly input: unknown } | { readonly text: string } | Record<string, never>

/** Counts of records passed over, by `eventSource`; shared by the sinks of one read. */
export class PassedOver {
  count = 0
  readonly by: Record<string, number> = Object.create(null)
  add(source: string, count = 1): void {
    this.count += count
    this.by[source] = (this.by[source] ?? 0) + count
  }
  summary(): { passedOver: number; passedOverBy: Readonly<Record<string, number>> } {
    return { passedOver: this.count, passedOverBy: { ...this.by } }
  }
}

/** Collects results in order. */
export class Sink {
  results: RecordResult[] = []

  constructor(
    readonly policy: Policy = {},
    readonly passed: PassedOver = new PassedOver(),
  ) {}

  failure(failure: DecodeFailure, at: Segments, kept: Kept = {}): void {
    this.results.push({ _tag: "failure", failure, path: jsonPath(at), ...kept })
  }

  failAt(at: Segments, expected: string, found: string, kept: Kept = {}): void {
    this.failure(failureAt(at, expected, found), at, kept)
  }

  skip(reason: SkipReason, detail: string, at: Segments): void {
    this.results.push({ _tag: "skipped", reason, detail, path: jsonPath(at) })
  }

  /**
   * Whether the raw text of a record shows it is of a service not selected; if so it is
   * counted as passed over and need not be parsed.
   */
  passesOverText(text: string): boolean {
    const selection = this.policy.selection
    if (selection === undefined) return false
    const source = passedOverSource(text, selection)
    if (source === undefined) return false
    this.passed.add(source)
    return true
  }

  /** Decodes one record at `at`; an Insights record is reported as such; a record of a service not selected is counted. */
  record(value: unknown, at: Segments): void {
    const selection = this.policy.selection
    if (selection !== undefined && typeof value === "object" && value !== null && !Array.isArray(value)) {
      const source = member(value, "eventSource")
      if (typeof source !== "string" || !selection.sources.has(source)) {
        this.passed.add(typeof source === "string" ? source : NO_EVENT_SOURCE)
        return
      }
    }
    const path = jsonPath(at)
    if (this.policy.mediaConvert === true && member(value, "eventType") !== "AwsCloudTrailInsight") {
      // The compiled check first; the detailed decoder, with the container path, only for the report.
      const result = decodeMediaConvertEvent(value, at)
      if (result._tag === "Left")
        this.results.push({ _tag: "failure", failure: result.left, path, input: value })
      // A MediaConvert event is a CloudTrail record; the one-step readers hand it on as one.
      else this.results.push({ _tag: "record", record: result.right as unknown as CloudTrailRecord, path })
      return
    }
    const result = decodeRecord(value, at)
    if (result._tag === "Left")
      this.results.push({ _tag: "failure", failure: result.left, path, input: value })
    else if (result.right.eventType === "AwsCloudTrailInsight")
      this.results.push({ _tag: "insight", record: result.right as InsightRecord, path })
    else this.results.push({ _tag: "record", record: result.right, path })
  }

  /** Parses a record kept as JSON text (a log event's message, LookupEvents' CloudTrailEvent). */
  recordText(text: unknown, at: Segments, expected: string): void {
    if (typeof text !== "string") {
      if (typeof text === "object" && text !== null && !Array.isArray(text)) this.record(text, at)
      else this.failAt(at, expected, describeValue(text), { input: text })
      return
    }
    if (this.passesOverText(text)) return
    const parsed = parseJson(text, at)
    if (parsed._tag === "Left") this.failure(parsed.left, at, { text })
    else this.record(parsed.right, at)
  }

  /** Takes the results collected so far. */
  drain(): RecordResult[] {
    const results = this.results
    this.results = []
    return results
  }

  done(container: ContainerKind): Records {
    const summary: Summary = summarize(this.results)
    return {
      container,
      results: this.results,
      summary: this.policy.selection === undefined ? summary : { ...summary, ...this.passed.summary() },
    }
  }
}
