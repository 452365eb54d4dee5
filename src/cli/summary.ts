import { bump, ranked } from "./facts"
import type { Filters } from "./filters"
import { fittedTable } from "./fit"
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

/** A table cell of a set: at most three values, one a line, and how many more (JSON Lines carry all). */
const few = (values: ReadonlySet<string>): string => {
  const all = sorted(values)
  return all.length <= 3 ? all.join("\n") : `${all.slice(0, 3).join("\n")}\n(${all.length - 3} more)`
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`

/** What was skipped, in words: `1 skipped (1 CloudTrail-Digest folder)`. */
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
  format: "table" | "jsonl",
  options: ReadOptions,
): Promise<ReadTotals> => {
  const operations = new Map<string, number>()
  const operationErrors = new Map<string, number>()
  const principals = new Map<string, Principal>()
  const regions = new Map<string, number>()
  const channels = new Map<string, number>()
  const errors = new Map<string, number>()
  let selected = 0
  let first: { time: string; instant: number } | undefined
  let last: { time: string; instant: number } | undefined
  const totals = await readSelected(paths, options, filters, (_record, facts) => {
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
  })
  const filtered = Object.keys(filters).length > 0
  const byIdentity = [...principals].sort(
    (a, b) => b[1].calls - a[1].calls || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )
  if (format === "jsonl") {
    const line = (value: object): void => {
      process.stdout.write(`${JSON.stringify(value)}\n`)
    }
    line({
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
    })
    for (const [operation, calls] of ranked(operations))
      line({ section: "operation", operation, calls, errors: operationErrors.get(operation) ?? 0 })
    for (const [identity, who] of byIdentity)
      line({
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
      })
    for (const [region, calls] of ranked(regions)) line({ section: "region", region, calls })
    for (const [channel, calls] of ranked(channels)) line({ section: "origin", channel, calls })
    for (const [errorCode, count] of ranked(errors)) line({ section: "error", errorCode, count })
    return totals
  }
  const out: string[] = []
  out.push(
    `${totals.records} ${options.allServices ? "" : "MediaConvert "}records from ${plural(totals.files, "file")}` +
      (options.allServices ? "" : `, ${totals.otherServices} of other services left out`) +
      `, ${totals.failed} failed, ${skippedText(totals)}`,
  )
  if (filtered) out.push(`${selected} of ${totals.records} records pass the filters`)
  out.push(first === undefined ? "Time span: no records" : `Time span: ${first.time} to ${last?.time}`)
  const byOperation = ranked(operations).map(([name, count]) => [name, count, operationErrors.get(name) ?? 0])
  out.push("", "By operation", fittedTable(["Operation", "Calls", "Errors"], byOperation))
  // The identity first (its label starts with its kind); first and last seen in one cell, two lines.
  out.push(
    "",
    "By identity",
    fittedTable(
      ["Identity", "Calls", "Errors", "First, last seen", "Addresses", "Regions", "Access keys"],
      byIdentity.map(([name, who]) => [
        who.account !== undefined && !name.includes(who.account) ? `${name} (${who.account})` : name,
        who.calls,
        who.errors,
        `${who.first.time}\n${who.last.time}`,
        few(who.addresses),
        few(who.regions),
        few(who.accessKeys),
      ]),
    ),
  )
  out.push("", "By region", fittedTable(["Region", "Calls"], ranked(regions)))
  out.push("", "By origin", fittedTable(["Origin", "Calls"], ranked(channels)))
  out.push(
    "",
    "Errors by code",
    errors.size === 0 ? "(none)" : fittedTable(["Error code", "Count"], ranked(errors)),
  )
  process.stdout.write(`${out.join("\n")}\n`)
  return totals
}
