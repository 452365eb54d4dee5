import { bump, factsOf, ranked, table } from "./facts"
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
  const byOperation = table(["Operation", "Calls", "Errors"])
  for (const [name, count] of ranked(operations))
    byOperation.push([name, count, operationErrors.get(name) ?? 0])
  out.push("", "By operation", byOperation.toString())
  const byIdentity = table(["Identity", "Kind", "Calls"])
  for (const [name, count] of ranked(identities)) byIdentity.push([name, kinds.get(name) ?? "", count])
  out.push("", "By identity", byIdentity.toString())
  const byChannel = table(["Origin", "Calls"])
  for (const [name, count] of ranked(channels)) byChannel.push([name, count])
  out.push("", "By origin", byChannel.toString())
  const byError = table(["Error code", "Count"])
  for (const [name, count] of ranked(errors)) byError.push([name, count])
  out.push("", "Errors by code", errors.size === 0 ? "(none)" : byError.toString())
  process.stdout.write(`${out.join("\n")}\n`)
  return totals
}
