import { bump, factsOf, ranked } from "./facts"
import { type Output, printSections } from "./output/rows"
import { type ReadOptions, type ReadTotals, readInputs, skippedText } from "./read-inputs"

/**
 * `summary`: counts by operation, identity, origin channel, errors by code, and the time span;
 * as tables or Markdown under titles, or as JSON Lines, CSV or TSV rows that name their section.
 */
export const summary = async (
  paths: ReadonlyArray<string>,
  options: ReadOptions,
  output: Output,
): Promise<ReadTotals> => {
  const operations = new Map<string, number>()
  const operationErrors = new Map<string, number>()
  const identities = new Map<string, number>()
  const kinds = new Map<string, string>()
  const channels = new Map<string, number>()
  const errors = new Map<string, number>()
  let first: string | undefined
  let last: string | undefined
  const totals = await readInputs(paths, options, (record) => {
    const facts = factsOf(record)
    bump(operations, facts.operation)
    bump(identities, facts.identity)
    kinds.set(facts.identity, facts.identityKind)
    bump(channels, facts.channel)
    if (facts.errorCode !== undefined) {
      bump(errors, facts.errorCode)
      bump(operationErrors, facts.operation)
    }
    if (first === undefined || facts.time < first) first = facts.time
    if (last === undefined || facts.time > last) last = facts.time
  })
  const prose = [
    `${totals.records} ${options.allServices ? "" : "MediaConvert "}records from ${totals.files} file${totals.files === 1 ? "" : "s"}` +
      (options.allServices ? "" : `, ${totals.otherServices} of other services left out`) +
      `, ${totals.failed} failed, ${skippedText(totals)}`,
    first === undefined ? "Time span: no records" : `Time span: ${first} to ${last}`,
  ]
  const byOperation = ranked(operations).map(([name, count]) => [name, count, operationErrors.get(name) ?? 0])
  const byIdentity = ranked(identities).map(([name, count]) => [kinds.get(name) ?? "", count, name])
  printSections(
    prose,
    [
      {
        name: "totals",
        title: "Totals",
        inTable: false,
        set: {
          head: ["Records", "Files", "Other services", "Failed", "Skipped", "First", "Last"],
          keys: ["records", "files", "otherServices", "failed", "skipped", "first", "last"],
          rows: [
            [totals.records, totals.files, totals.otherServices, totals.failed, totals.skipped, first, last],
          ],
        },
      },
      {
        name: "operation",
        title: "By operation",
        set: {
          head: ["Operation", "Calls", "Errors"],
          keys: ["operation", "calls", "errors"],
          rows: byOperation,
        },
      },
      // The identity last: the widest column, and the one that wraps.
      {
        name: "identity",
        title: "By identity",
        set: { head: ["Kind", "Calls", "Identity"], keys: ["kind", "calls", "identity"], rows: byIdentity },
      },
      {
        name: "origin",
        title: "By origin",
        set: { head: ["Origin", "Calls"], keys: ["origin", "calls"], rows: ranked(channels) },
      },
      {
        name: "error",
        title: "Errors by code",
        none: "(none)",
        set: { head: ["Error code", "Count"], keys: ["errorCode", "calls"], rows: ranked(errors) },
      },
    ],
    output,
  )
  return totals
}
