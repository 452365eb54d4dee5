// The grammar phase of `npm run fuzz`: texts from fuzz-grammar.ts, damaged or gzipped now and
// then, through every reader that cuts text (in memory on bytes and text, streamed in chunks of
// any size, with and without a selection, so the text lane, the byte lane and the splitter all
// run). What must hold, whatever the input: no reader throws or rejects, every summary adds up
// to its results, and on undamaged input the selection gives the records of parse-then-filter
// and a stream gives the records read in memory.
import { Readable } from "node:stream"
import fc from "fast-check"
import { gzipSync } from "fflate"
import { decodeJsonLines, mediaConvertEventsFrom, type RecordResult, recordsFrom } from "../src"
import { streamMediaConvertEvents, streamRecords } from "../src/node"
import { damaged, damagedGzip, randomFrom, textOf } from "./fuzz-grammar"

const MEDIACONVERT = "mediaconvert.amazonaws.com"

type Damage = "none" | "text" | "gzip" | "gzip-damaged"

/** An input: the seed of its text, how it is damaged, and the size of the chunks it is streamed in. */
export interface GrammarCase {
  readonly seed: number
  readonly damage: Damage
  readonly chunk: number
}

export const grammarCases: fc.Arbitrary<GrammarCase> = fc.record({
  seed: fc.nat(),
  damage: fc.constantFrom<Damage>("none", "none", "text", "gzip", "gzip-damaged"),
  chunk: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 65, max: 200_000 })),
})

/** The bytes of a case, and whether they are intact (so that stronger properties apply). */
export const bytesOf = (input: GrammarCase): { bytes: Uint8Array; intact: boolean; jsonLines: boolean } => {
  const random = randomFrom(input.seed)
  const { text, shape } = textOf(random)
  const plain = new TextEncoder().encode(text)
  const jsonLines = shape === "json-lines"
  switch (input.damage) {
    case "none":
      return { bytes: plain, intact: true, jsonLines }
    case "text":
      return { bytes: damaged(random, plain), intact: false, jsonLines }
    case "gzip":
      return {
        bytes: gzipSync(plain, { level: random.pick([0, 1, 6, 9] as const) }),
        intact: true,
        jsonLines,
      }
    case "gzip-damaged":
      return { bytes: damagedGzip(random, gzipSync(plain), gzipSync(plain)), intact: false, jsonLines }
  }
}

/** A stream of the bytes in chunks of `size`, or of larger ones for a long text (at most 2,000 chunks). */
const streamOf = (bytes: Uint8Array, chunk: number): Readable => {
  const size = Math.max(chunk, Math.ceil(bytes.length / 2_000))
  const chunks: Buffer[] = []
  for (let at = 0; at < bytes.length; at += size) chunks.push(Buffer.from(bytes.subarray(at, at + size)))
  return Readable.from(chunks)
}

/** Fails when the summary's counts are not those of the results. */
const addsUp = (
  where: string,
  results: ReadonlyArray<{ _tag: string }>,
  summary: { decoded: number; failed: number; skipped: number },
): void => {
  const decoded = results.filter((result) => result._tag === "record").length
  const failed = results.filter((result) => result._tag === "failure").length
  if (
    summary.decoded !== decoded ||
    summary.failed !== failed ||
    summary.skipped !== results.length - decoded - failed
  )
    throw new Error(`${where}: the summary ${JSON.stringify(summary)} is not the results' counts`)
}

/** A record's JSON text, or a mark for one nested too deeply for JSON.stringify (compared by path alone). */
const textOfRecord = (record: unknown): string => {
  try {
    return JSON.stringify(record)
  } catch {
    return "(nested too deeply to write)"
  }
}

/** The decoded records as path and text, for comparing two reads. */
const recordsOf = (results: ReadonlyArray<RecordResult>, only?: string): string[] =>
  results.flatMap((result) =>
    result._tag === "record" &&
    (only === undefined || (result.record as { eventSource?: unknown }).eventSource === only)
      ? [`${result.path} ${textOfRecord(result.record)}`]
      : [],
  )

const same = (where: string, a: ReadonlyArray<string>, b: ReadonlyArray<string>): void => {
  if (a.length !== b.length || a.some((line, i) => line !== b[i]))
    throw new Error(
      `${where}: ${a.length} records against ${b.length}; first difference at ${a.findIndex((line, i) => line !== b[i])}`,
    )
}

/** Runs one case through every reader; throws on a property broken. */
export const checkCase = async (input: GrammarCase): Promise<void> => {
  const { bytes, intact, jsonLines } = bytesOf(input)
  const select = { eventSources: [MEDIACONVERT] }
  const whole = recordsFrom(bytes)
  addsUp("recordsFrom", whole.results, whole.summary)
  const selected = recordsFrom(bytes, select)
  addsUp("recordsFrom with a selection", selected.results, selected.summary)
  const events = mediaConvertEventsFrom(bytes)
  addsUp("mediaConvertEventsFrom", events.results, events.summary)
  // Read as JSON Lines in memory too, as the stream reads it with format "jsonl".
  const lines = jsonLines ? decodeJsonLines(bytes) : whole
  addsUp("decodeJsonLines", lines.results, lines.summary)
  const format = jsonLines ? "jsonl" : "json"
  const streamed: RecordResult[] = []
  const stream = streamRecords(streamOf(bytes, input.chunk), { format })
  for await (const result of stream) streamed.push(result)
  addsUp("streamRecords", streamed, stream.summary())
  const streamedSelected: RecordResult[] = []
  const selecting = streamRecords(streamOf(bytes, input.chunk), { format, ...select })
  for await (const result of selecting) streamedSelected.push(result)
  addsUp("streamRecords with a selection", streamedSelected, selecting.summary())
  const streamedEvents: { _tag: string }[] = []
  const eventStream = streamMediaConvertEvents(streamOf(bytes, input.chunk), { format })
  for await (const result of eventStream) streamedEvents.push(result)
  addsUp("streamMediaConvertEvents", streamedEvents, eventStream.summary())
  if (!intact) return
  same(
    "selection in memory against parse-then-filter",
    recordsOf(selected.results),
    recordsOf(whole.results, MEDIACONVERT),
  )
  same("streamed against in memory", recordsOf(streamed), recordsOf(lines.results))
  same(
    "selection streamed against parse-then-filter",
    recordsOf(streamedSelected),
    recordsOf(lines.results, MEDIACONVERT),
  )
}

/** Runs cases for `seconds`; gives how many were tried and the report of the first failure, if any. */
export const fuzzLanes = async (
  seconds: number,
  seed: number,
): Promise<{ tried: number; report?: string }> => {
  let tried = 0
  const result = await fc.check(
    fc.asyncProperty(grammarCases, async (input) => {
      tried++
      await checkCase(input)
    }),
    {
      seed,
      numRuns: Number.MAX_SAFE_INTEGER,
      interruptAfterTimeLimit: seconds * 1000,
      markInterruptAsFailure: false,
    },
  )
  if (!result.failed) return { tried }
  const error =
    result.errorInstance instanceof Error
      ? (result.errorInstance.stack ?? result.errorInstance.message)
      : String(result.errorInstance)
  return { tried, report: `${fc.defaultReportMessage(result)}\n${error}` }
}
