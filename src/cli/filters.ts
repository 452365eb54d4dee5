// One set of filters for every command: the options, how their values are read (times in UTC
// unless they say otherwise), and which records pass them.
import { type Command, InvalidArgumentError, Option } from "commander"
import { bucketOf } from "../mediaconvert/buckets"
import type { Facts } from "./facts"
import { instantFrom, TIME_FORMS } from "./times"

export interface Filters {
  /** Milliseconds since the epoch, inclusive. */
  readonly since?: number
  /** Milliseconds since the epoch, inclusive (a date alone: the last millisecond of its day). */
  readonly until?: number
  readonly identity?: string
  readonly account?: ReadonlyArray<string>
  readonly operation?: ReadonlyArray<string>
  readonly errorsOnly?: boolean
  readonly sourceIp?: ReadonlyArray<string>
  readonly accessKey?: ReadonlyArray<string>
  readonly region?: ReadonlyArray<string>
  readonly bucket?: ReadonlyArray<string>
  readonly job?: string
}

const timeParser =
  (endOfDay: boolean) =>
  (value: string): number => {
    const instant = instantFrom(value, endOfDay)
    if (instant === undefined)
      throw new InvalidArgumentError(`expected a date or a time such as ${TIME_FORMS}`)
    return instant
  }

/** Comma-separated values, and the option may be repeated: `--region us-east-1,eu-west-1 --region ap-south-1`. */
const list = (value: string, previous: ReadonlyArray<string> = []): string[] => [
  ...previous,
  ...value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== ""),
]

const ipv4Cidr = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

const ipv4Bits = (parts: ReadonlyArray<string>): number | undefined => {
  const octets = parts.map(Number)
  if (octets.length !== 4 || octets.some((octet) => !(octet >= 0 && octet <= 255))) return undefined
  return octets.reduce((bits, octet) => bits * 256 + octet, 0)
}

/** Whether an address is in an IPv4 range (`a.b.c.d/n`), or, for anything else, equals the text given (case aside). */
const addressMatches = (wanted: string, address: string | undefined): boolean => {
  if (address === undefined) return false
  const range = ipv4Cidr.exec(wanted)
  if (range === null) return wanted.toLowerCase() === address.toLowerCase()
  const network = ipv4Bits(range.slice(1, 5))
  const host = ipv4Bits(address.split("."))
  const prefix = Number(range[5])
  if (network === undefined || host === undefined) return false
  const size = 2 ** (32 - prefix)
  return Math.floor(network / size) === Math.floor(host / size)
}

const sourceIps = (value: string, previous: ReadonlyArray<string> = []): string[] => {
  const values = list(value)
  for (const item of values)
    if (item.includes("/")) {
      const range = ipv4Cidr.exec(item)
      if (range === null || ipv4Bits(range.slice(1, 5)) === undefined || Number(range[5]) > 32)
        throw new InvalidArgumentError(
          `expected an address or an IPv4 range such as 198.51.100.0/24, got ${item}`,
        )
    }
  return [...previous, ...values]
}

const buckets = (value: string, previous: ReadonlyArray<string> = []): string[] => [
  ...previous,
  ...list(value).map((item) => {
    const named = bucketOf(item)
    return named._tag === "Some" ? named.value : item.replace(/\/+$/, "")
  }),
]

export const TIMES_HELP = `
Times: ${TIME_FORMS}. A time without a zone is UTC (never the machine's
zone); a date alone in --until covers its whole day. Both ends are inclusive.
Lists: comma-separated, and the option may be repeated.`

/** Adds the filters to a command; `--operation` is left to the caller (it is checked against MediaConvert's names). */
export const withFilters = (command: Command): Command =>
  command
    .addOption(
      new Option("--since <time>", "only calls at or after this time (UTC unless it says)").argParser(
        timeParser(false),
      ),
    )
    .addOption(
      new Option(
        "--until <time>",
        "only calls at or before this time (UTC unless it says; a date: its whole day)",
      ).argParser(timeParser(true)),
    )
    .option("--identity <text>", "only identities whose name, ARN, role, session or kind contains this text")
    .addOption(new Option("--account <ids>", "only calls by principals of these accounts").argParser(list))
    .option("--errors-only", "only calls that failed (with an errorCode)")
    .addOption(
      new Option(
        "--source-ip <addresses>",
        "only calls from these source addresses or IPv4 ranges (198.51.100.0/24)",
      ).argParser(sourceIps),
    )
    .addOption(new Option("--access-key <ids>", "only calls signed with these access keys").argParser(list))
    .addOption(new Option("--region <names>", "only calls to these regions (awsRegion)").argParser(list))
    .addOption(
      new Option(
        "--bucket <names>",
        "only jobs reading or writing these S3 buckets, and the calls about them",
      ).argParser(buckets),
    )
    .option("--job <id>", "only calls about this job")

/** The flags commander gives for the options of {@link withFilters}, and `--operation`. */
export interface FilterFlags {
  readonly since?: number
  readonly until?: number
  readonly identity?: string
  readonly account?: string[]
  readonly operation?: string[]
  readonly errorsOnly?: boolean
  readonly sourceIp?: string[]
  readonly accessKey?: string[]
  readonly region?: string[]
  readonly bucket?: string[]
  readonly job?: string
}

export const filtersFrom = (flags: FilterFlags, operation: ReadonlyArray<string> | undefined): Filters => ({
  ...(flags.since !== undefined ? { since: flags.since } : {}),
  ...(flags.until !== undefined ? { until: flags.until } : {}),
  ...(flags.identity !== undefined ? { identity: flags.identity } : {}),
  ...(flags.account !== undefined ? { account: flags.account } : {}),
  ...(operation !== undefined ? { operation } : {}),
  ...(flags.errorsOnly === true ? { errorsOnly: true } : {}),
  ...(flags.sourceIp !== undefined ? { sourceIp: flags.sourceIp } : {}),
  ...(flags.accessKey !== undefined ? { accessKey: flags.accessKey } : {}),
  ...(flags.region !== undefined ? { region: flags.region } : {}),
  ...(flags.bucket !== undefined ? { bucket: flags.bucket } : {}),
  ...(flags.job !== undefined ? { job: flags.job } : {}),
})

/** Whether a record passes every filter but `--bucket` (which is about jobs: see bucket.ts). */
export const passes = (facts: Facts, filters: Filters): boolean => {
  if (filters.operation !== undefined && filters.operation.length > 0) {
    const name = facts.operation.toLowerCase()
    if (!filters.operation.some((op) => op.toLowerCase() === name)) return false
  }
  if (filters.identity !== undefined) {
    const wanted = filters.identity.toLowerCase()
    const who = facts.who
    const names = [who.label, who.principal, who.arn, who.userName, who.role?.name, who.sessionName, who.kind]
    if (!names.some((name) => name?.toLowerCase().includes(wanted))) return false
  }
  if (filters.account !== undefined && !filters.account.includes(facts.account ?? "")) return false
  if (filters.since !== undefined && !(facts.instant >= filters.since)) return false
  if (filters.until !== undefined && !(facts.instant <= filters.until)) return false
  if (filters.job !== undefined && facts.jobId !== filters.job) return false
  if (filters.errorsOnly === true && facts.errorCode === undefined) return false
  if (
    filters.sourceIp !== undefined &&
    !filters.sourceIp.some((ip) => addressMatches(ip, facts.sourceIPAddress))
  )
    return false
  if (filters.accessKey !== undefined && !filters.accessKey.includes(facts.who.accessKeyId ?? ""))
    return false
  if (filters.region !== undefined && !filters.region.includes(facts.region ?? "")) return false
  return true
}
