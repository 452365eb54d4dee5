// The command line on hostile input, each run in a child process with a bound on its time and
// its heap, so a crash or a runaway ends the child and fails the test instead of the run.
import { spawn } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { beforeAll, describe, expect, it } from "vitest"
import { cli, getJobRecord, requireBuiltCli, tempFolder, terminalSafe } from "../cli/helpers/run-cli"

beforeAll(requireBuiltCli)

interface Bounded {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly timedOut: boolean
  readonly stdout: string
  readonly stderr: string
}

/** Runs the bin with a V8 heap of `heapMiB` and kills it after `timeoutMs` (generous for two busy cores; under the 120 s a test may take). */
const runBounded = (args: ReadonlyArray<string>, heapMiB = 768, timeoutMs = 100_000): Promise<Bounded> =>
  new Promise((done) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMiB}`, cli, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk))
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill("SIGKILL")
    }, timeoutMs)
    child.on("close", (status, signal) => {
      clearTimeout(timer)
      done({
        status,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8").slice(-4000),
      })
    })
  })

const folder = tempFolder("hostile-cli")
const good = JSON.stringify(getJobRecord())

/** The good record with a member nested `depth` arrays deep, and readOnly spoiled when `spoil`. */
const deepRecord = (depth: number, spoil: boolean): string => {
  const text = good.replace(
    '"requestParameters":{',
    `"requestParameters":{"extra":${"[".repeat(depth)}${"]".repeat(depth)},`,
  )
  return spoil ? text.replace('"readOnly":true', '"readOnly":"yes"') : text
}

describe("the CLI on hostile input (child process, bounded time and heap)", () => {
  it("a record nested 6,000 and one 100,000 deep beside good ones: JSON Lines print every one", async () => {
    const log = join(folder, "deep.json")
    writeFileSync(
      log,
      `{"Records":[${good},${deepRecord(6_000, false)},${deepRecord(100_000, false)},${good}]}`,
    )
    const run = await runBounded(["events", log, "--format", "jsonl"])
    expect(run.signal, run.stderr).toBeNull()
    expect(run.status, run.stderr).toBe(0)
    const lines = run.stdout.trimEnd().split("\n")
    expect(lines).toHaveLength(4)
    const depths = lines.map((line) => /"extra":(\[*)/.exec(line)?.[1]?.length ?? 0)
    expect(depths.sort((a, b) => a - b)).toStrictEqual([0, 0, 6_000, 100_000])
  })

  it("--failures writes a record nested 100,000 deep that failed, whole", async () => {
    const log = join(folder, "deep-bad.json")
    writeFileSync(log, `{"Records":[${good},${deepRecord(100_000, true)},${good}]}`)
    const failures = join(folder, "deep-failures.jsonl")
    const run = await runBounded(["events", log, "--failures", failures])
    expect(run.signal, run.stderr).toBeNull()
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/\n2 events\n$/)
    const written = readFileSync(failures, "utf8").trimEnd().split("\n")
    expect(written).toHaveLength(1)
    expect(written[0]).toContain(`"extra":${"[".repeat(100_000)}]`)
    expect(written[0]).toContain('"path":"$.Records[1]"')
  })

  it("100,000 rows: the table prints every one, one line each with no width limit", async () => {
    // Small records of another service (--all-services): the table is under test, not decoding.
    const records: string[] = []
    for (let i = 0; i < 100_000; i++)
      records.push(
        JSON.stringify({
          eventVersion: "1.08",
          userIdentity: { type: "AWSService", invokedBy: "s3.amazonaws.com" },
          eventTime: new Date(Date.UTC(2024, 3, 1) + i * 1000).toISOString().replace(".000Z", "Z"),
          eventSource: "s3.amazonaws.com",
          eventName: "GetObject",
          awsRegion: "us-east-1",
          sourceIPAddress: `10.0.${(i >> 8) & 255}.${i & 255}`,
          eventID: `e${i}`,
          eventType: "AwsApiCall",
          recipientAccountId: "111122223333",
        }),
      )
    const log = join(folder, "many.json.gz")
    writeFileSync(log, gzipSync(`{"Records":[${records.join(",")}]}`, { level: 1 }))
    const run = await runBounded(["events", log, "--all-services", "--width", "0"])
    expect(run.signal, run.stderr).toBeNull()
    expect(run.status, run.stderr).toBe(0)
    const lines = run.stdout.trimEnd().split("\n")
    expect(lines.at(-1)).toBe("100000 events")
    expect(lines).toHaveLength(100_000 + 5)
    expect(lines[3]).toContain("2024-04-01T00:00:00Z")
    expect(lines.at(-3)).toContain("2024-04-02T03:46:39Z")
  })

  it("a cell of 1,000,000 characters (with escapes in it) is cut with a mark; JSON Lines keep it whole", async () => {
    const long = `${"\u001b[2J".repeat(10)}${"x".repeat(1_000_000)}`
    const log = join(folder, "long.json")
    writeFileSync(
      log,
      JSON.stringify({ Records: [getJobRecord((record) => (record.sourceIPAddress = long))] }),
    )
    const table = await runBounded(["events", log, "--width", "0"])
    expect(table.status, table.stderr).toBe(0)
    const widest = Math.max(...table.stdout.split("\n").map((line) => [...line].length))
    expect(widest).toBeLessThan(1_000)
    expect(table.stdout).toContain("x…")
    expect(terminalSafe(table.stdout)).toBe(true)
    const narrow = await runBounded(["events", log, "--width", "100"])
    expect(narrow.stdout.split("\n").length).toBeLessThan(12)
    const json = await runBounded(["events", log, "--format", "jsonl"])
    expect(JSON.parse(json.stdout).sourceIPAddress).toBe(long)
  })
})
