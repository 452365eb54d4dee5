import { JobTimelineJoin } from "../timelines/join"
import { bump, ranked } from "./facts"
import type { Filters } from "./filters"
import { type Output, printSections, type Section, writeJsonLines } from "./output/rows"
import type { ReadOptions, ReadTotals } from "./read-inputs"
import { readSelected } from "./select"

/** What a summary tells of one principal. */
interface Principal {
  kind: string
  account: string | undefined
  calls: number
  errors: number
  first: { time: string; instant: number }
  last: { time: string; instant: number }
  readonly addresses: Set<string>
  readonly regions: Set<string>
  readonly accessKeys: Set<string>
}

const sorted = (values: ReadonlySet<string>): string[] => [...values].sort()

/** A table cell of a set: at most three values and how many more (the other formats carry all). */
const few = (values: ReadonlySet<string>): string => {
  const all = sorted(values)
  return all.length <= 3 ? all.join(" ") : `${all.slice(0, 3).join(" ")} (${all.length - 3} more)`
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`

/** What was skipped, in words: `3 skipped (1 CloudTrail-Digest folder, 2 FIFOs)`. */
const skippedText = (totals: ReadTotals): string =>
  `${totals.skipped} skipped${
    totals.skippedBy.size > 0
      ? ` (${[...totals.skippedBy].map(([what, count]) => plural(count, what)).join(", ")})`
      : ""
  }`

/**
 * `summary`: counts by operation, by principal (with their addresses, regions, access keys and
 * first and last calls), by region, by origin channel, errors by code, and the time span; of the
 * records that pass the filters. As tables, or as JSON Lines with a `section` member.
 */
export const summary = async (
  paths: ReadonlyArray<string>,
  filters: Filters,
  options: ReadOptions,
  output: Output,
): Promise<ReadTotals> => {
  const { format } = output
  const operations = new Map<string, number>()
  const operationErrors = new Map<string, number>()
  const principals = new Map<string, Principal>()
  const regions = new Map<string, number>()
  const channels = new Map<string, number>()
  const errors = new Map<string, number>()
  let selected = 0
  let first: { time: string; instant: number } | undefined
  let last: { time: string; instant: number } | undefined
  // Job-state events beside the trail (an EventBridge archive): each job's latest status, by the
  // library's join, when no filter asks about calls (state events have no caller).
  const join = new JobTimelineJoin()
  const statesCounted = !Object.keys(filters).some((key) => key !== "job")
  const totals = await readSelected(
    paths,
    options,
    filters,
    (_record, facts) => {
      selected++
      const at = { time: facts.time, instant: facts.instant }
      bump(operations, facts.operation)
      bump(channels, facts.channel)
      bump(regions, facts.region ?? "(none)")
      let who = principals.get(facts.identity)
      if (who === undefined) {
        who = {
          kind: facts.identityKind,
          account: facts.account,
          calls: 0,
          errors: 0,
          first: at,
          last: at,
          addresses: new Set(),
          regions: new Set(),
          accessKeys: new Set(),
        }
        principals.set(facts.identity, who)
      }
      who.calls++
      if (facts.sourceIPAddress !== undefined) who.addresses.add(facts.sourceIPAddress)
      if (facts.region !== undefined) who.regions.add(facts.region)
      if (facts.who.accessKeyId !== undefined) who.accessKeys.add(facts.who.accessKeyId)
      if (at.instant < who.first.instant) who.first = at
      if (at.instant > who.last.instant) who.last = at
      if (facts.errorCode !== undefined) {
        who.errors++
        bump(errors, facts.errorCode)
        bump(operationErrors, facts.operation)
      }
      if (first === undefined || at.instant < first.instant) first = at
      if (last === undefined || at.instant > last.instant) last = at
    },
    (event) => {
      if (statesCounted && (filters.job === undefined || event.detail.jobId === filters.job)) join.add(event)
    },
  )
  const jobStatuses = new Map<string, number>()
  for (const job of join.timelines().jobs) bump(jobStatuses, String(job.status ?? "(none)"))
  const filtered = Object.keys(filters).length > 0
  const byIdentity = [...principals].sort(
    (a, b) => b[1].calls - a[1].calls || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )
  if (format === "jsonl") {
    // JSON Lines by hand rather than printSections: a principal's addresses, regions and keys are arrays.
    const lines: object[] = [
      {
        section: "totals",
        records: totals.records,
        selected,
        files: totals.files,
        otherServices: options.allServices ? null : totals.otherServices,
        failed: totals.failed,
        skipped: totals.skipped,
        skippedBy: Object.fromEntries(totals.skippedBy),
        firstSeen: first?.time ?? null,
        lastSeen: last?.time ?? null,
      },
      ...ranked(operations).map(([operation, calls]) => ({
        section: "operation",
        operation,
        calls,
        errors: operationErrors.get(operation) ?? 0,
      })),
      ...byIdentity.map(([identity, who]) => ({
        section: "identity",
        identity,
        kind: who.kind,
        account: who.account ?? null,
        calls: who.calls,
        errors: who.errors,
        firstSeen: who.first.time,
        lastSeen: who.last.time,
        addresses: sorted(who.addresses),
        regions: sorted(who.regions),
        accessKeys: sorted(who.accessKeys),
      })),
      ...ranked(regions).map(([region, calls]) => ({ section: "region", region, calls })),
      ...ranked(channels).map(([channel, calls]) => ({ section: "origin", channel, calls })),
      ...ranked(errors).map(([errorCode, count]) => ({ section: "error", errorCode, count })),
      ...ranked(jobStatuses).map(([status, jobs]) => ({ section: "jobStatus", status, jobs })),
    ]
    writeJsonLines(lines, output.write)
    return totals
  }
  const human = format === "table" || format === "markdown"
  const prose = [
    `${totals.records} ${options.allServices ? "" : "MediaConvert "}records from ${plural(totals.files, "file")}` +
      (options.allServices ? "" : `, ${totals.otherServices} of other services left out`) +
      `, ${totals.failed} failed, ${skippedText(totals)}`,
    ...(filtered ? [`${selected} of ${totals.records} records pass the filters`] : []),
    first === undefined ? "Time span: no records" : `Time span: ${first.time} to ${last?.time}`,
  ]
  const identityKeys = [
    "identity",
    "kind",
    "account",
    "calls",
    "errors",
    "firstSeen",
    "lastSeen",
    "addresses",
    "regions",
    "accessKeys",
  ]
  const totalKeys = [
    "records",
    "files",
    "selected",
    "otherServices",
    "failed",
    "skipped",
    "firstSeen",
    "lastSeen",
  ]
  const sections: Section[] = [
    {
      // The prose above a table says it; CSV and TSV carry it as a row.
      name: "totals",
      title: "Totals",
      inTable: false,
      set: {
        head: totalKeys,
        keys: totalKeys,
        rows: [
          [
            totals.records,
            totals.files,
            selected,
            options.allServices ? null : totals.otherServices,
            totals.failed,
            totals.skipped,
            first?.time ?? null,
            last?.time ?? null,
          ],
        ],
      },
    },
    {
      name: "operation",
      title: "By operation",
      set: {
        head: ["Operation", "Calls", "Errors"],
        keys: ["operation", "calls", "errors"],
        rows: ranked(operations).map(([name, count]) => [name, count, operationErrors.get(name) ?? 0]),
      },
    },
    {
      // For people, the identity first (its label starts with its kind) with its account; for
      // scripts, the kind and the account in columns of their own.
      name: "identity",
      title: "By identity",
      set: human
        ? {
            head: ["Identity", "Calls", "Errors", "First, last seen", "Addresses", "Regions", "Access keys"],
            keys: ["identity", "calls", "errors", "seen", "addresses", "regions", "accessKeys"],
            // First and last seen in one column, so the table fits 120 columns without breaking a time.
            rows: byIdentity.map(([name, who]) => [
              who.account !== undefined && !name.includes(who.account) ? `${name} (${who.account})` : name,
              who.calls,
              who.errors,
              `${who.first.time} ${who.last.time}`,
              few(who.addresses),
              few(who.regions),
              few(who.accessKeys),
            ]),
          }
        : {
            head: identityKeys,
            keys: identityKeys,
            rows: byIdentity.map(([name, who]) => [
              name,
              who.kind,
              who.account ?? null,
              who.calls,
              who.errors,
              who.first.time,
              who.last.time,
              sorted(who.addresses).join(" "),
              sorted(who.regions).join(" "),
              sorted(who.accessKeys).join(" "),
            ]),
          },
    },
    {
      name: "region",
      title: "By region",
      set: { head: ["Region", "Calls"], keys: ["region", "calls"], rows: ranked(regions) },
    },
    {
      name: "origin",
      title: "By origin",
      set: { head: ["Origin", "Calls"], keys: ["channel", "calls"], rows: ranked(channels) },
    },
    {
      name: "error",
      title: "Errors by code",
      set: { head: ["Error code", "Count"], keys: ["errorCode", "count"], rows: ranked(errors) },
      none: "(none)",
    },
    ...(jobStatuses.size > 0
      ? [
          {
            name: "jobStatus",
            title: "Jobs by status (from job-state events)",
            set: { head: ["Status", "Jobs"], keys: ["status", "jobs"], rows: ranked(jobStatuses) },
          },
        ]
      : []),
  ]
  printSections(prose, sections, output)
  return totals
}
