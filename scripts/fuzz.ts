// npm run fuzz -- --seconds 300: the never-throw and round-trip properties of the test suite,
// with a large budget. Every public decoder, container reader and helper gets arbitrary JSON
// values and mutated
// records (members removed, types changed, values swapped between members, strings cut,
// unknown members added at every level), until the time runs out. Prints how many inputs were
// tried and the first failure with its seed, and exits 1 on a failure.
import fc from "fast-check"
import {
  CloudTrailRecord,
  type DecodeFailure,
  decodeCloudWatchLogsEvent,
  decodeEventBridgeEvent,
  decodeJsonLines,
  decodeLakeQueryResults,
  decodeLogFile,
  decodeLookupEventsResponse,
  decodeMediaConvertEvent,
  decodeRecord,
  epochMillisOf,
  formatFailure,
  identityOf,
  isMediaConvertEvent,
  jobIdFrom,
  MediaConvertEvent,
  originOf,
  parseMediaConvertArn,
  type Records,
  recordsFrom,
} from "../src"
import { records as fixtureRecords } from "../test/helpers/fuzz-inputs"
import { locate } from "../test/helpers/json-path"

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const seconds = argument("seconds", 60)
const seed = argument("seed", Date.now() % 2 ** 31)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every problem's path points into the input: at the value, or at the parent of a missing member. */
const pathsPointIntoInput = (input: unknown, failure: DecodeFailure): boolean =>
  failure.issues.every((issue) => {
    const where = locate(input, issue.path)
    return where === "present" || (where === "parent" && issue.found === "nothing")
  })

let tried = 0
const check = (input: Json): void => {
  tried++
  const text = JSON.stringify(input)
  for (const [decode, codec] of [
    [decodeRecord, CloudTrailRecord],
    [decodeMediaConvertEvent, MediaConvertEvent],
  ] as const) {
    const result = decode(input)
    if (result._tag === "Right") {
      if (JSON.stringify(codec.encode(result.right as never)) !== text)
        throw new Error("encode did not give the input back")
      const again = decode(codec.encode(result.right as never))
      if (again._tag !== "Right" || again.right !== result.right)
        throw new Error("decoding is not idempotent")
    } else {
      formatFailure(result.left)
      if (!pathsPointIntoInput(input, result.left)) {
        throw new Error(`a path does not point into the input: ${formatFailure(result.left)}`)
      }
    }
  }
  // Every container reader, given the value itself, as a log file around it, and as text.
  const readers: ReadonlyArray<(u: unknown) => Records> = [
    recordsFrom,
    decodeLogFile,
    decodeEventBridgeEvent,
    decodeCloudWatchLogsEvent,
    decodeLookupEventsResponse,
    decodeLakeQueryResults,
    decodeJsonLines,
  ]
  for (const candidate of [input, { Records: [input] }, text]) {
    for (const read of readers) {
      const found = read(candidate)
      const { decoded, failed, skipped } = found.summary
      if (decoded + failed + skipped !== found.results.length)
        throw new Error("a reader's summary does not add up")
    }
  }
  identityOf(input as never)
  originOf(input as never)
  jobIdFrom(input as never)
  isMediaConvertEvent(input)
  parseMediaConvertArn(input)
  epochMillisOf(input)
}

/** Mutations of a real record at a random place. */
const mutation = (record: Json): fc.Arbitrary<Json> =>
  fc
    .tuple(
      fc.array(fc.nat(), { maxLength: 8 }),
      fc.oneof(
        fc.constant({ kind: "remove" as const }),
        fc.record({
          kind: fc.constant("replace" as const),
          value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
        }),
        fc.record({ kind: fc.constant("cut" as const), at: fc.nat(40) }),
        fc.record({
          kind: fc.constant("add" as const),
          key: fc.oneof(
            fc.string(),
            fc.constantFrom("__proto__", "constructor", "prototype", "type", "eventName"),
          ),
          value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
        }),
        fc.record({ kind: fc.constant("swap" as const), other: fc.array(fc.nat(), { maxLength: 8 }) }),
      ),
    )
    .map(([path, change]) => mutate(record, path, change, record))

type Change =
  | { kind: "remove" }
  | { kind: "replace"; value: Json }
  | { kind: "cut"; at: number }
  | { kind: "add"; key: string; value: Json }
  | { kind: "swap"; other: number[] }

const pick = (value: Json, path: ReadonlyArray<number>): Json => {
  let current = value
  for (const step of path) {
    if (current === null || typeof current !== "object") break
    const entries = Array.isArray(current) ? current : Object.values(current)
    if (entries.length === 0) break
    current = entries[step % entries.length] as Json
  }
  return current
}

const mutate = (value: Json, path: ReadonlyArray<number>, change: Change, whole: Json): Json => {
  const atEnd = path.length === 0 || value === null || typeof value !== "object"
  if (atEnd) {
    switch (change.kind) {
      case "replace":
        return change.value
      case "cut":
        return typeof value === "string" ? value.slice(0, change.at) : value
      case "swap":
        return pick(whole, change.other)
      case "add": {
        if (value === null || typeof value !== "object" || Array.isArray(value)) return value
        const copy = { ...value }
        Object.defineProperty(copy, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
        return copy
      }
      default:
        return value
    }
  }
  const [step = 0, ...rest] = path
  if (Array.isArray(value)) {
    if (value.length === 0) return value
    const i = step % value.length
    if (rest.length === 0 && change.kind === "remove") return value.filter((_, j) => j !== i)
    return value.map((item, j) => (j === i ? mutate(item, rest, change, whole) : item))
  }
  const keys = Object.keys(value)
  if (keys.length === 0) return value
  const key = keys[step % keys.length] as string
  const copy: { [key: string]: Json } = {}
  for (const k of keys) {
    if (k === key && rest.length === 0 && change.kind === "remove") continue
    Object.defineProperty(copy, k, {
      value: k === key ? mutate(value[k] as Json, rest, change, whole) : value[k],
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return copy
}

const inputs = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 6 }) as fc.Arbitrary<Json> },
  { weight: 4, arbitrary: fc.constantFrom(...(fixtureRecords() as Json[])).chain(mutation) },
)

const started = Date.now()
const result = fc.check(
  fc.property(inputs, (input) => {
    check(input)
  }),
  {
    seed,
    numRuns: Number.MAX_SAFE_INTEGER,
    interruptAfterTimeLimit: seconds * 1000,
    markInterruptAsFailure: false,
  },
)
const elapsed = (Date.now() - started) / 1000
console.log(
  `fuzz: ${tried} inputs in ${elapsed.toFixed(1)} s (seed ${seed}), ${result.failed ? "FAILED" : "no failure"}`,
)
if (result.failed) {
  console.error(fc.defaultReportMessage(result))
  process.exitCode = 1
}
