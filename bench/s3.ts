// npm run bench (second part): reading gzipped CloudTrail log objects through the S3 adapter
// (mediaconvert-cloudtrail/s3) from a local S3 API server, beside streamRecords on the same
// files from disk, in the same run. Options:
//   --s3-objects N log objects (default 40)
//   --s3-records N records per object (default 2500, about 7 MB of JSON, 0.9 MB gzipped)
//   --rounds R     measured rounds after one warm-up round (default 5)
//   --big N        the big object holds N objects' worth of records (default 20)
//   --s3-small-objects N, --s3-latency-ms L  a backfill batch of N objects of 20 records, each
//                  first byte L ms late (default 200, 30): handleNotification one object at a
//                  time beside its default read-ahead
import { spawn } from "node:child_process"
import { once } from "node:events"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { createGzip, gzipSync } from "node:zlib"
import { CreateBucketCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3"
import { logFileKey, logFileName, REGION } from "../scripts/synthetic/ids"
import { streamRecords } from "../src/node"
import {
  DEFAULT_OBJECTS_AT_ONCE,
  handleNotification,
  handleSqsEvent,
  s3ObjectReader,
  streamObjectRecords,
} from "../src/s3"
import { makeRecords } from "./corpus"
import { argument, median } from "./stats"

const objects = argument("s3-objects", 40)
const perObject = argument("s3-records", 2500)
const rounds = argument("rounds", 5)
const total = objects * perObject
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)

// The server, in its own process.
const here = dirname(fileURLToPath(import.meta.url))
const server = spawn(process.execPath, ["--import", "tsx", join(here, "s3-server.ts")], {
  stdio: ["pipe", "pipe", "inherit"],
})
const [line] = (await once(createInterface({ input: server.stdout }), "line")) as [string]
const client = new S3Client({
  endpoint: `http://127.0.0.1:${Number(line)}`,
  region: "us-east-1",
  forcePathStyle: true,
  credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
})
const bucket = "bench-trail"
await client.send(new CreateBucketCommand({ Bucket: bucket }))
const read = s3ObjectReader(client)

// One big object through the S3 adapter: memory stays flat in the object's size.
const bigRecords = perObject * argument("big", 20)
// Written a slice at a time, and first of all, so that nothing else is in memory yet.
const gzip = createGzip()
const pieces: Buffer[] = []
let bigJsonBytes = 0
gzip.on("data", (piece: Buffer) => pieces.push(piece))
gzip.write('{"Records":[')
for (let i = 0; i < bigRecords; i += perObject) {
  const slice = makeRecords(Math.min(perObject, bigRecords - i), 99 + i).map((r) => JSON.stringify(r))
  const text = `${i > 0 ? "," : ""}${slice.join(",")}`
  bigJsonBytes += Buffer.byteLength(text)
  gzip.write(text)
}
gzip.end("]}")
await once(gzip, "end")
let big: Buffer | undefined = Buffer.concat(pieces)
pieces.length = 0
const bigKey = logFileKey(REGION, "2024/04/05", logFileName(REGION, "20240405T0000Z", "BenchBig0000001"))
await client.send(new PutObjectCommand({ Bucket: bucket, Key: bigKey, Body: big }))
const bigGzipped = big.length
big = undefined
gc()
const before = process.memoryUsage.rss()
let bigPeak = before
const bigSampler = setInterval(() => {
  bigPeak = Math.max(bigPeak, process.memoryUsage.rss())
}, 10)
const bigStart = process.hrtime.bigint()
let bigDecoded = 0
for await (const result of streamObjectRecords(read, { bucket, key: bigKey }))
  if (result._tag === "record") bigDecoded++
const bigSeconds = Number(process.hrtime.bigint() - bigStart) / 1e9
clearInterval(bigSampler)
if (bigDecoded !== bigRecords) throw new Error(`the big object decoded ${bigDecoded} of ${bigRecords}`)

// The same gzipped log objects on disk and in the server.
const folder = mkdtempSync(join(tmpdir(), "mcc-bench-s3-"))
const keys: string[] = []
const files: string[] = []
let gzippedBytes = 0
let jsonBytes = 0
const records = makeRecords(total)
for (let i = 0; i < objects; i++) {
  const name = logFileName(
    REGION,
    `20240404T${String(1000 + i).slice(-4)}Z`,
    `Bench${String(i).padStart(11, "0")}`,
  )
  const text = JSON.stringify({ Records: records.slice(i * perObject, (i + 1) * perObject) })
  const gzipped = gzipSync(text)
  jsonBytes += Buffer.byteLength(text)
  gzippedBytes += gzipped.length
  const key = logFileKey(REGION, "2024/04/04", name)
  const file = join(folder, name)
  writeFileSync(file, gzipped)
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: gzipped }))
  keys.push(key)
  files.push(file)
}
records.length = 0
gc()

const sqsEvent = {
  Records: keys.map((key, i) => ({
    messageId: `message-${i}`,
    eventSource: "aws:sqs",
    body: JSON.stringify({
      Records: [
        {
          eventSource: "aws:s3",
          eventName: "ObjectCreated:Put",
          s3: { bucket: { name: bucket }, object: { key } },
        },
      ],
    }),
  })),
}

interface Task {
  readonly name: string
  readonly run: () => Promise<number>
}
const tasks: Task[] = [
  {
    name: "streamRecords, files on disk",
    run: async () => {
      let decoded = 0
      for (const file of files)
        for await (const result of streamRecords(file)) if (result._tag === "record") decoded++
      return decoded
    },
  },
  {
    name: "streamObjectRecords, s3ObjectReader",
    run: async () => {
      let decoded = 0
      for (const key of keys)
        for await (const result of streamObjectRecords(read, { bucket, key }))
          if (result._tag === "record") decoded++
      return decoded
    },
  },
  {
    name: "handleSqsEvent, 4 objects at once",
    run: async () => {
      let decoded = 0
      const { batchItemFailures } = await handleSqsEvent(sqsEvent, {
        read,
        onResult: (result) => {
          if (result._tag === "record") decoded++
        },
      })
      if (batchItemFailures.length > 0) throw new Error(`${batchItemFailures.length} messages failed`)
      return decoded
    },
  },
]

const seconds = tasks.map(() => [] as number[])
const peakRss = tasks.map(() => 0)
for (let round = -1; round < rounds; round++) {
  for (let k = 0; k < tasks.length; k++) {
    const index = (k + Math.max(round, 0)) % tasks.length
    const task = tasks[index] as Task
    gc()
    let peak = process.memoryUsage.rss()
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss())
    }, 10)
    const start = process.hrtime.bigint()
    const decoded = await task.run()
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9
    clearInterval(sampler)
    if (decoded !== total) throw new Error(`${task.name} decoded ${decoded} of ${total}`)
    if (round >= 0) {
      ;(seconds[index] as number[]).push(elapsed)
      peakRss[index] = Math.max(peakRss[index] as number, peak)
    }
  }
}

// A backfill batch of many small objects (a trail's shape), each first byte delayed as S3's
// latency delays it: handleNotification one object at a time beside its default read-ahead.
const smallObjects = argument("s3-small-objects", 200)
const latencyMs = argument("s3-latency-ms", 30)
const smallKeys: string[] = []
const smallRecords = makeRecords(smallObjects * 20, 7)
for (let i = 0; i < smallObjects; i++) {
  const key = logFileKey(
    REGION,
    "2024/04/06",
    logFileName(REGION, `20240406T${String(1000 + i).slice(-4)}Z`, `Small${String(i).padStart(10, "0")}`),
  )
  const body = gzipSync(JSON.stringify({ Records: smallRecords.slice(i * 20, (i + 1) * 20) }))
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))
  smallKeys.push(key)
}
const late: typeof read = async (objectBucket, key) => {
  await new Promise((resolve) => setTimeout(resolve, latencyMs))
  return read(objectBucket, key)
}
const backfill = { BatchInput: { bucket }, Items: smallKeys.map((Key) => ({ Key })) }
const backfillRun = async (objectsAtOnce: number | undefined) => {
  let decoded = 0
  const start = process.hrtime.bigint()
  const failure = await handleNotification(backfill, {
    read: late,
    ...(objectsAtOnce === undefined ? {} : { objectsAtOnce }),
    onResult: (result) => {
      if (result._tag === "record") decoded++
    },
  })
  if (failure !== undefined || decoded !== smallObjects * 20)
    throw new Error(`backfill: ${failure?.detail}, ${decoded} records`)
  return Number(process.hrtime.bigint() - start) / 1e9
}
const backfillTimes: [number[], number[]] = [[], []]
for (let round = -1; round < rounds; round++)
  for (const [k, atOnce] of [1, undefined].entries()) {
    const took = await backfillRun(atOnce)
    if (round >= 0) backfillTimes[k as 0 | 1].push(took)
  }
const [serialBackfill, aheadBackfill] = backfillTimes.map((times) => median(times)) as [number, number]

client.destroy()
server.stdin?.end()
await once(server, "exit")
rmSync(folder, { recursive: true, force: true })

const figures = tasks.map((task, i) => {
  const s = median(seconds[i] as number[])
  return {
    name: task.name,
    recordsPerSecond: total / s,
    gzippedMBPerSecond: gzippedBytes / 1e6 / s,
    jsonMBPerSecond: jsonBytes / 1e6 / s,
    peakRssMiB: (peakRss[i] as number) / 2 ** 20,
  }
})
const disk = figures[0]?.recordsPerSecond ?? 1
const pad = (s: string, n: number) => s.padEnd(n)
console.log(
  `\n${objects} gzipped log objects × ${perObject} records: ${(jsonBytes / 1e6).toFixed(1)} MB of JSON, ${(gzippedBytes / 1e6).toFixed(1)} MB gzipped; local S3 server (s3rver) in another process; ${rounds} rounds`,
)
console.log(
  `${pad("task", 38)} ${pad("records/s", 11)} ${pad("gzip MB/s", 10)} ${pad("JSON MB/s", 10)} ${pad("× disk", 7)} peak RSS`,
)
for (const f of figures)
  console.log(
    `${pad(f.name, 38)} ${pad(Math.round(f.recordsPerSecond).toLocaleString("en-US"), 11)} ${pad(f.gzippedMBPerSecond.toFixed(1), 10)} ${pad(f.jsonMBPerSecond.toFixed(1), 10)} ${pad((f.recordsPerSecond / disk).toFixed(2), 7)} ${f.peakRssMiB.toFixed(0)} MiB`,
  )
console.log(
  `one object of ${bigRecords} records (${(bigJsonBytes / 1e6).toFixed(0)} MB of JSON, ${(bigGzipped / 1e6).toFixed(1)} MB gzipped) through s3ObjectReader: ${Math.round(bigRecords / bigSeconds).toLocaleString("en-US")} records/s; RSS ${(before / 2 ** 20).toFixed(0)} MiB before, ${(bigPeak / 2 ** 20).toFixed(0)} MiB at most while reading (+${((bigPeak - before) / 2 ** 20).toFixed(0)} MiB)`,
)
console.log(
  `a backfill batch of ${smallObjects} objects of 20 records, ${latencyMs} ms added before each first byte: handleNotification one object at a time ${serialBackfill.toFixed(2)} s, ${DEFAULT_OBJECTS_AT_ONCE} at once (the default) ${aheadBackfill.toFixed(2)} s (${(serialBackfill / aheadBackfill).toFixed(1)} ×)`,
)
const peakRssMiB = process.resourceUsage().maxRSS / 1024
console.log(`peak RSS of this process (the whole run, generation included): ${peakRssMiB.toFixed(0)} MiB`)
const out = join(here, "results", "s3.json")
mkdirSync(dirname(out), { recursive: true })
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, objects, perObject, rounds, jsonBytes, gzippedBytes, figures, backfill: { objects: smallObjects, latencyMs, oneAtATimeSeconds: serialBackfill, defaultSeconds: aheadBackfill }, big: { records: bigRecords, jsonBytes: bigJsonBytes, gzippedBytes: bigGzipped, recordsPerSecond: bigRecords / bigSeconds, rssBeforeMiB: before / 2 ** 20, rssPeakMiB: bigPeak / 2 ** 20 }, peakRssMiB }, null, 2)}\n`,
)
console.log(`written to ${out}`)
