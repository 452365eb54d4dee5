import { bump, factsOf, ranked } from "./facts"
import { fittedTable } from "./fit"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"

/** `summary`: counts by operation, identity, origin channel, errors by code, and the time span. */
export const summary = async (paths: ReadonlyArray<string>, options: ReadOptions): Promise<ReadTotals> => {
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
  const out: string[] = []
  out.push(
    `${totals.records} ${options.allServices ? "" : "MediaConvert "}records from ${totals.files} file${totals.files === 1 ? "" : "s"}` +
      (options.allServices ? "" : `, ${totals.otherServices} of other services left out`) +
      `, ${totals.failed} failed, ${totals.skipped} skipped`,
  )
  out.push(first === undefined ? "Time span: no records" : `Time span: ${first} to ${last}`)
  const byOperation = ranked(operations).map(([name, count]) => [name, count, operationErrors.get(name) ?? 0])
  out.push("", "By operation", fittedTable(["Operation", "Calls", "Errors"], byOperation))
  const byIdentity = ranked(identities).map(([name, count]) => [kinds.get(name) ?? "", count, name])
  // The identity last: the widest column, and the one that wraps.
  out.push("", "By identity", fittedTable(["Kind", "Calls", "Identity"], byIdentity))
  out.push("", "By origin", fittedTable(["Origin", "Calls"], ranked(channels)))
  out.push(
    "",
    "Errors by code",
    errors.size === 0 ? "(none)" : fittedTable(["Error code", "Count"], ranked(errors)),
  )
  process.stdout.write(`${out.join("\n")}\n`)
  return totals
}
