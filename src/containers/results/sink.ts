// Shared by the container readers: where results go, and how one record is decoded in place.
import type { Either } from "../../codec/fp"
import { member } from "../../codec/read"
import { type DecodeFailure, describeValue, failureAt, jsonPath } from "../../failure"
import { decodeRecord } from "../../record/decode"
import type { InsightRecord } from "../../record/record"
import type { Segments } from "../input"
import { parseJson } from "../input"
import { passedOverAs, passedOverSource, type Selection } from "../selection"
import { type ContainerKind, type ResultOf, type SkipReason, type Summary, summaryOf } from "./result"

/** What a sink keeps: every record, or those of some event sources. */
export interface Policy {
  readonly selection?: Selection | undefined
}

/** How a sink decodes a record that is not an Insights record: `decodeRecord`, `decodeMediaConvertEvent`. */
export type Decode<R> = (value: unknown, at: Segments) => Either<DecodeFailure, R>

/** The counts of what a selection passed over. */
export type PassedSummary = ReturnType<PassedOver["summary"]>

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

/**
 * Collects results in order, each record decoded by `decode` into an `R`. The readers of
 * containers take a `Sink` of any record type (`Sink<unknown>`): they only give it values.
 */
export class Sink<R = unknown> {
  results: Array<ResultOf<R>> = []

  constructor(
    readonly decode: Decode<R>,
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
      const passedAs = passedOverAs(member(value, "eventSource"), selection)
      if (passedAs !== undefined) {
        this.passed.add(passedAs)
        return
      }
    }
    const path = jsonPath(at)
    if (member(value, "eventType") === "AwsCloudTrailInsight") {
      const result = decodeRecord(value, at)
      if (result._tag === "Left")
        this.results.push({ _tag: "failure", failure: result.left, path, input: value })
      else this.results.push({ _tag: "insight", record: result.right as InsightRecord, path })
      return
    }
    // The compiled check first; the detailed decoder, with the container path, only for the report.
    const result = this.decode(value, at)
    if (result._tag === "Left")
      this.results.push({ _tag: "failure", failure: result.left, path, input: value })
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
  drain(): Array<ResultOf<R>> {
    const results = this.results
    this.results = []
    return results
  }

  /** What was read: the container, the results and their counts (with those passed over, when selected). */
  done(container: ContainerKind): {
    readonly container: ContainerKind
    readonly results: ReadonlyArray<ResultOf<R>>
    readonly summary: Summary
  } {
    const summary: Summary = summaryOf(this.results)
    return {
      container,
      results: this.results,
      summary: this.policy.selection === undefined ? summary : { ...summary, ...this.passed.summary() },
    }
  }

  /** What was read with a selection: the counts always say what was passed over. */
  doneSelected(container: ContainerKind): {
    readonly container: ContainerKind
    readonly results: ReadonlyArray<ResultOf<R>>
    readonly summary: Summary & PassedSummary
  } {
    return {
      container,
      results: this.results,
      summary: { ...summaryOf(this.results), ...this.passed.summary() },
    }
  }
}
