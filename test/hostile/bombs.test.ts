import { beforeAll, describe, expect, it } from "vitest"
import { MAX_STRING_LENGTH, textOfBytesPartly } from "../../src/containers/input/json-value"
import { gzipOfRepeated, hugeRecord, nestingBomb, tempFile } from "./cases/build"
import { type ChildOutcome, describeOutcome, runInChild } from "./child"

// Issue 23, items 1, 2 and 6: inputs that killed the process or ran away with time and memory,
// each built at run time (gzip keeps them small) and read in a child process, where a crash
// ends only the child. The bounds are generous (two busy cores): they catch a crash, a hang or
// memory growing with the input, not a slow machine.

const MODULE = "cases/readers.ts"
/** Far above the few seconds each takes idle; a hang or a quadratic read goes past it. */
const TIME_MS = 100_000

/** The inputs, built once (a few seconds) and written to files the children read. */
const files = { nestingBomb: "", hugeRecord: "", whitespace: "" }
beforeAll(async () => {
  files.nestingBomb = tempFile("nesting-bomb.json.gz", await nestingBomb(112))
  files.hugeRecord = tempFile("huge-record.json.gz", await hugeRecord(300))
  // 100 MiB of white space inside a log file: 100 KB of gzip.
  files.whitespace = tempFile("whitespace.json.gz", await gzipOfRepeated('{"Records":[', " ", 100, "]}"))
})

const run = <T>(name: string, input: keyof typeof files, maxOldSpaceMiB = 2048) =>
  runInChild<T>({ module: MODULE, name, args: { input: files[input] }, timeoutMs: TIME_MS, maxOldSpaceMiB })

const finished = <T>(outcome: ChildOutcome<T>, peakMiB: number): T => {
  expect(outcome.code, describeOutcome(outcome)).toBe(0)
  expect(outcome.thrown, describeOutcome(outcome)).toBeUndefined()
  expect(outcome.maxRssMiB, describeOutcome(outcome)).toBeLessThan(peakMiB)
  return outcome.value as T
}

const TOO_DEEP = "failure: JSON nested more than 1,000,000 levels deep, and text that ends inside element 0"

describe.concurrent('a nesting bomb ({"Records":[ and 112 MiB of [, 114 KB gzipped)', () => {
  it("is one failure in recordsFrom on its bytes", async () => {
    // The text (112 MiB) and the bytes it came from are held at once: 2 to 3 times the input.
    expect(finished(await run<string[]>("inMemory", "nestingBomb"), 1024)).toEqual([TOO_DEEP])
  })

  it("is one failure streamed, with and without a selection, in flat memory", async () => {
    const [events, records] = await Promise.all([
      run<string[]>("streamedEvents", "nestingBomb"),
      run<string[]>("streamed", "nestingBomb"),
    ])
    expect(finished(events, 400)).toEqual([TOO_DEEP])
    expect(finished(records, 400)).toEqual([TOO_DEEP])
  })

  it("fails only its own message in handleSqsEvent; the other message's record arrives", async () => {
    const value = finished(
      await run<{ failed: string[]; results: Record<string, string[]> }>("sqs", "nestingBomb"),
      400,
    )
    expect(value.results).toEqual({ bomb: [TOO_DEEP], good: ["record"] })
    // A failed record is the reader's report, not a failed message: nothing for SQS to retry.
    expect(value.failed).toEqual([])
  })

  it("is a failure the CLI's summary counts, with exit 1", async () => {
    const value = finished(
      await run<{ status: number | null; signal: string | null; stdout: string; peakMiB?: number }>(
        "cliSummary",
        "nestingBomb",
      ),
      400,
    )
    expect(value.signal).toBeNull()
    expect(value.status).toBe(1)
    expect(value.stdout).toContain("1 failed")
    if (value.peakMiB !== undefined) expect(value.peakMiB).toBeLessThan(500)
  })
})

describe.concurrent("one 300 MiB record (300 KB gzipped at level 1)", () => {
  const OVER = "failure: a record longer than the limit (maxRecordBytes)"

  it("fails at maxRecordBytes in the selecting stream, read once, in bounded memory", async () => {
    expect(finished(await run<string[]>("streamedEvents", "hugeRecord"), 600)).toEqual([OVER])
  })

  it("fails at maxRecordBytes in the plain stream", async () => {
    expect(finished(await run<string[]>("streamed", "hugeRecord"), 600)).toEqual([OVER])
  })
})

describe.concurrent("in a folder of 40 files, read ahead on the inflating thread and not", () => {
  // Both inflate past the 4 MiB a file read ahead may take: each is streamed in its turn, with
  // the bounds above; the 39 good files around it each give their record.
  type Read = { hostile: string[]; others: number }
  it("the nesting bomb is one failure, in flat memory", async () => {
    const value = finished(await run<{ ahead: Read; inTurn: Read }>("inAFolder", "nestingBomb"), 400)
    expect(value.ahead).toEqual({ hostile: [TOO_DEEP], others: 39 })
    expect(value.inTurn).toEqual(value.ahead)
  })

  it("the 300 MiB record fails at maxRecordBytes, in bounded memory", async () => {
    const value = finished(await run<{ ahead: Read; inTurn: Read }>("inAFolder", "hugeRecord"), 600)
    expect(value.ahead).toEqual({
      hostile: ["failure: a record longer than the limit (maxRecordBytes)"],
      others: 39,
    })
    expect(value.inTurn).toEqual(value.ahead)
  })
})

describe.concurrent("gzip bombs read in memory", () => {
  it("100 MiB of white space takes memory near twice its size (bytes and text), not 6.5 times", async () => {
    // The child's own start (Node and tsx) takes about 80 MiB.
    const value = finished(await run<string[]>("inMemory", "whitespace"), 80 + 3 * 100)
    expect(value).toEqual([])
  })

  it("past the longest string V8 holds, gzip read in memory fails with that cap named", async () => {
    expect(MAX_STRING_LENGTH).toBe(2 ** 29 - 24)
    // The same rule with a longest string of 1 MiB, so as not to inflate 512 MiB here.
    const bomb = await gzipOfRepeated('{"Records":[', " ", 2, "]}")
    const read = textOfBytesPartly(bomb, [], {}, 1024 * 1024)
    expect(read._tag === "Right" && read.right.problem).toEqual({
      expected: "gzip data that inflates to at most 1.0 MiB, the most one string holds in memory",
      found: "more than 1.0 MiB; stream it with streamRecords from mediaconvert-cloudtrail/node",
    })
    const asked = textOfBytesPartly(bomb, [], { maxBytes: 512 * 1024 }, 1024 * 1024)
    expect(asked._tag === "Right" && asked.right.problem).toEqual({
      expected: "gzip data that inflates to at most 512.0 KiB",
      found: "more than 512.0 KiB",
    })
  })
})
