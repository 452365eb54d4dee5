// npm run fuzz -- --seconds 300: the never-throw and round-trip properties of the test suite,
// with a large budget, then as long again on inputs from a grammar for the splitter and the
// lanes (fuzz-lanes.ts: deep nesting, long strings, escapes, damaged text and gzip, read in
// memory and streamed). Every public decoder, container reader and helper gets arbitrary JSON
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
  formatFailure,
  MediaConvertEvent,
  mediaConvertEventsFrom,
  type Records,
  recordsFrom,
} from "../src"
import { callEveryHelper } from "../test/helpers/call-helpers"
import { records as fixtureRecords } from "../test/helpers/fuzz-inputs"
import { locate } from "../test/helpers/json-path"
import { type Json, mutation } from "../test/helpers/mutate"
import { fuzzLanes } from "./fuzz-lanes"

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const seconds = argument("seconds", 60)
const seed = argument("seed", Date.now() % 2 ** 31)

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
    (u) => recordsFrom(u, { eventSources: ["mediaconvert.amazonaws.com"] }),
    (u) => mediaConvertEventsFrom(u) as unknown as Records,
  ]
  for (const candidate of [input, { Records: [input] }, text]) {
    for (const read of readers) {
      const found = read(candidate)
      const { decoded, failed, skipped } = found.summary
      if (decoded + failed + skipped !== found.results.length)
        throw new Error("a reader's summary does not add up")
    }
  }
  callEveryHelper(input)
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
const rate = (count: number, time: number) => `${(count / time).toFixed(1)} inputs/s`
console.log(
  `fuzz, values: ${tried} inputs in ${elapsed.toFixed(1)} s, ${rate(tried, elapsed)} (seed ${seed}), ${result.failed ? "FAILED" : "no failure"}`,
)
if (result.failed) {
  console.error(fc.defaultReportMessage(result))
  process.exitCode = 1
}

const lanesStarted = Date.now()
const lanes = await fuzzLanes(seconds, seed)
const lanesElapsed = (Date.now() - lanesStarted) / 1000
console.log(
  `fuzz, grammar (splitter and lanes): ${lanes.tried} inputs in ${lanesElapsed.toFixed(1)} s, ${rate(lanes.tried, lanesElapsed)} (seed ${seed}), ${lanes.report === undefined ? "no failure" : "FAILED"}`,
)
if (lanes.report !== undefined) {
  console.error(lanes.report)
  process.exitCode = 1
}
