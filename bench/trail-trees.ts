// The file trees of the trail-shape cases (bench/trail-shape.ts), written at bench time into a
// folder of the system's temporary directory (never committed): many small gzipped log files
// laid out as CloudTrail writes them, one every five minutes per account and region.
//   A  an account trail that is mostly MediaConvert: files of 20 records, cycled through the
//      records of the package's sample trail (samples/trail), each copy with its own eventID;
//      and the same records as one gzipped file, in the same order.
//   B  an organization trail where 1 % of the records are MediaConvert's: files of 50 records,
//      the others built from the record shapes of the shared corpus (as bench/mixed-trail.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { isoSeconds, uuid } from "../scripts/synthetic/ids"
import { prng } from "../scripts/synthetic/random"
import { listTrailFiles } from "../src/node"
import { makeRecords } from "./corpus"
import { shapes } from "./mixed-trail"

const MEDIACONVERT = "mediaconvert.amazonaws.com"
const FIVE_MINUTES = 5 * 60 * 1000
const START = Date.parse("2024-04-01T00:00:00Z")

/** A file tree of one case: its folder, and the same records as one gzipped file. */
export interface TrailTree {
  readonly folder: string
  readonly oneFile: string
  readonly files: number
  readonly records: number
  readonly mediaConvert: number
  readonly gzippedBytes: number
  readonly jsonBytes: number
}

const stamp = (ms: number): string => `${new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 13)}Z`
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10).replace(/-/g, "/")

/** The records of the package's sample trail, in path order. */
const sampleRecords = async (): Promise<Record<string, unknown>[]> => {
  const { gunzipSync } = await import("node:zlib")
  const { files } = await listTrailFiles(join(import.meta.dirname, "..", "samples", "trail"))
  return files.flatMap(
    (file) =>
      (JSON.parse(gunzipSync(readFileSync(file)).toString()) as { Records: Record<string, unknown>[] })
        .Records,
  )
}

/** Writes `count` files of `perFile` records each, drawn by `next`, under `root`. */
const writeTree = (
  root: string,
  count: number,
  perFile: number,
  next: (time: number) => string,
  where: (file: number) => { account: string; prefix: string; region: string },
  keep: boolean,
): { records: string[]; gzippedBytes: number; mediaConvert: number; count: number } => {
  const all: string[] = []
  let gzippedBytes = 0
  let mediaConvert = 0
  for (let file = 0; file < count; file++) {
    const { account, prefix, region } = where(file)
    const lanes = Math.max(1, Math.ceil(count / 4000))
    const time = START + Math.floor(file / lanes) * FIVE_MINUTES
    const texts: string[] = []
    for (let i = 0; i < perFile; i++) texts.push(next(time + i * 1000))
    if (keep) all.push(...texts)
    for (const text of texts) if (text.includes(`"eventSource":"${MEDIACONVERT}"`)) mediaConvert++
    const name = `${account}_CloudTrail_${region}_${stamp(time)}_${String(file).padStart(6, "0")}.json.gz`
    const folder = join(root, prefix, account, "CloudTrail", region, day(time))
    mkdirSync(folder, { recursive: true })
    const gzipped = gzipSync(`{"Records":[${texts.join(",")}]}`)
    gzippedBytes += gzipped.length
    writeFileSync(join(folder, name), gzipped)
  }
  return { records: all, gzippedBytes, mediaConvert, count: count * perFile }
}

const finish = (root: string, written: ReturnType<typeof writeTree>, files: number): TrailTree => {
  // The same records as one file; not for a tree too large for one string (the memory case).
  const text = written.records.length > 0 ? `{"Records":[${written.records.join(",")}]}` : ""
  const oneFile = join(root, "one-file.json.gz")
  if (text !== "") writeFileSync(oneFile, gzipSync(text))
  return {
    folder: join(root, "AWSLogs"),
    oneFile,
    files,
    records: written.count,
    mediaConvert: written.mediaConvert,
    gzippedBytes: written.gzippedBytes,
    jsonBytes: Buffer.byteLength(text),
  }
}

/** Case A: `count` files of `perFile` records from the sample trail, in `root` (emptied first). */
export const caseA = async (
  root: string,
  count: number,
  perFile = 20,
  oneFile = true,
): Promise<TrailTree> => {
  rmSync(root, { recursive: true, force: true })
  const sample = await sampleRecords()
  const random = prng(22)
  let k = 0
  const written = writeTree(
    join(root, "AWSLogs"),
    count,
    perFile,
    () => {
      const record = sample[k++ % sample.length] as Record<string, unknown>
      return JSON.stringify({ ...record, eventID: uuid(random) })
    },
    () => ({ account: "111122223333", prefix: "", region: "us-west-2" }),
    oneFile,
  )
  return finish(root, written, count)
}

/** Case B: `count` files of `perFile` records, `share` of them MediaConvert's, in `root` (emptied first). */
export const caseB = async (root: string, count: number, perFile = 50, share = 0.01): Promise<TrailTree> => {
  rmSync(root, { recursive: true, force: true })
  const random = prng(23)
  const others = shapes()
  const mediaConvert = makeRecords(2_000).map((record) => JSON.stringify(record))
  const accounts = ["111122223333", "444455556666", "777788889999"]
  const regions = ["us-east-1", "us-west-2", "eu-west-1"]
  const written = writeTree(
    join(root, "AWSLogs"),
    count,
    perFile,
    (time) => {
      if (random() < share) return mediaConvert[Math.floor(random() * mediaConvert.length)] as string
      const shape = others[Math.floor(random() * others.length)] as Record<string, unknown>
      // CloudTrail writes eventVersion first; the corpus kept its sources' key orders.
      return JSON.stringify({
        ...("eventVersion" in shape ? { eventVersion: shape.eventVersion } : {}),
        ...shape,
        ...("eventTime" in shape ? { eventTime: isoSeconds(time) } : {}),
        eventID: uuid(random),
      })
    },
    (file) => ({
      account: accounts[file % accounts.length] as string,
      prefix: "o-exampleorgid",
      region: regions[Math.floor(file / accounts.length) % regions.length] as string,
    }),
    true,
  )
  return finish(root, written, count)
}
