// The readers of issue 23, each given a hostile input inside a child process (child.ts): what
// came out, in a few lines, for the test to judge.
import { spawn } from "node:child_process"
import { once } from "node:events"
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, dirname, join, resolve } from "node:path"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { type RecordResult, recordsFrom } from "../../../src"
import { streamMediaConvertEvents, streamRecords } from "../../../src/node"
import { handleSqsEvent } from "../../../src/s3"
import { gzipOfRepeated } from "./build"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")

const line = (result: { _tag: string }): string => {
  const found = result as RecordResult
  return found._tag === "failure" ? `failure: ${found.failure.issues[0]?.found}` : found._tag
}

/** The hostile files the test built (build.ts), by name: the cases read them from disk. */
type Input = string

const bytesOf = (file: Input): Buffer => readFileSync(file)

/** recordsFrom on the bytes. */
export const inMemory = async ({ input }: { input: Input }) => recordsFrom(bytesOf(input)).results.map(line)

/** streamMediaConvertEvents on a stream of the bytes (the selecting reader, the byte lane). */
export const streamedEvents = async ({ input }: { input: Input }) => {
  const out: string[] = []
  for await (const result of streamMediaConvertEvents(Readable.from([bytesOf(input)]))) out.push(line(result))
  return out
}

/** streamRecords on a stream of the bytes (the text feed). */
export const streamed = async ({ input }: { input: Input }) => {
  const out: string[] = []
  for await (const result of streamRecords(Readable.from([bytesOf(input)]))) out.push(line(result))
  return out
}

/**
 * The hostile file in a folder of 40, the other 39 small good log files, read by
 * streamMediaConvertEvents with the files read ahead on the inflating thread (issue 22's
 * path) and without: the hostile file's results, and how many records the others gave.
 */
export const inAFolder = async ({ input }: { input: Input }) => {
  const folder = mkdtempSync(join(tmpdir(), "mcc-hostile-folder-"))
  const good = await gzipOfRepeated(
    '{"Records":[',
    "",
    0,
    '{"eventVersion":"1.09","eventSource":"mediaconvert.amazonaws.com","eventName":"GetJob","eventTime":"2024-04-04T17:45:00Z","awsRegion":"us-west-2"}]}',
  )
  for (let i = 0; i < 39; i++) writeFileSync(join(folder, `${String(i).padStart(2, "0")}.json.gz`), good)
  copyFileSync(input, join(folder, `20-${basename(input)}`))
  const read = async (readAhead: boolean) => {
    const hostile: string[] = []
    let others = 0
    for await (const result of streamMediaConvertEvents(folder, { readAhead }))
      if (result.source.includes(basename(input))) hostile.push(line(result))
      else if (result._tag === "record") others++
    return { hostile, others }
  }
  return { ahead: await read(true), inTurn: await read(false) }
}

const notification = (key: string) =>
  JSON.stringify({
    Records: [
      {
        eventSource: "aws:s3",
        eventName: "ObjectCreated:Put",
        s3: { bucket: { name: "trail" }, object: { key, size: 1 } },
      },
    ],
  })

/** handleSqsEvent with the default stream: the bomb in one message, a good file in the other. */
export const sqs = async ({ input }: { input: Input }) => {
  const bomb = bytesOf(input)
  const good = await gzipOfRepeated(
    '{"Records":[',
    "",
    0,
    '{"eventVersion":"1.09","eventSource":"mediaconvert.amazonaws.com","eventName":"GetJob","eventTime":"2024-04-04T17:45:00Z","awsRegion":"us-west-2"}]}',
  )
  const results: Record<string, string[]> = {}
  const key = (name: string) =>
    `AWSLogs/111122223333/CloudTrail/us-west-2/2024/04/04/111122223333_CloudTrail_us-west-2_20240404T1745Z_${name}.json.gz`
  const response = await handleSqsEvent(
    {
      Records: [
        { messageId: "bomb", body: notification(key("Bomb0000000000000")) },
        { messageId: "good", body: notification(key("Good0000000000000")) },
      ],
    },
    {
      read: async (_bucket, name) => Readable.from([name.includes("Bomb") ? bomb : good]),
      onResult: (result, { messageId }) => {
        results[messageId ?? "?"] = [...(results[messageId ?? "?"] ?? []), line(result)]
      },
    },
  )
  return { failed: response.batchItemFailures.map((item) => item.itemIdentifier), results }
}

/** The peak resident memory (MiB) of a running process, from Linux's /proc (undefined elsewhere). */
const peakOf = (pid: number): number | undefined => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8")
    const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
    return kib === undefined ? undefined : Number(kib) / 1024
  } catch {
    return undefined
  }
}

/**
 * The CLI's `summary` on a file of the bytes, in a process of its own (heap capped at 1 GiB):
 * its exit, its output's last lines, its peak memory as last seen in /proc.
 */
export const cliSummary = async ({ input }: { input: Input }) => {
  const file = input
  const cli = spawn(
    process.execPath,
    ["--max-old-space-size=1024", "--import", "tsx", "src/cli/main.ts", "summary", file],
    {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1" },
    },
  )
  let stdout = ""
  let stderr = ""
  cli.stdout.setEncoding("utf8").on("data", (text: string) => {
    stdout = (stdout + text).slice(-4000)
  })
  cli.stderr.setEncoding("utf8").on("data", (text: string) => {
    stderr = (stderr + text).slice(-600)
  })
  let peakMiB: number | undefined
  const watch = setInterval(() => {
    peakMiB = peakOf(cli.pid ?? -1) ?? peakMiB
  }, 50)
  const [status, signal] = (await once(cli, "exit")) as [number | null, NodeJS.Signals | null]
  clearInterval(watch)
  return { status, signal, stdout, stderr, peakMiB }
}
