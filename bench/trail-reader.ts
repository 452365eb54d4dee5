// One reader of the trail-shape cases, in a process of its own (bench/trail-shape.ts starts it):
//   node --import tsx bench/trail-reader.ts <reader> <path> <mode> [options as JSON]
// <reader>: five-lines (listTrailFiles, then readFile, gunzipSync, JSON.parse and a filter on
// eventSource per file), library (streamMediaConvertEvents), rss (the library, sampling the
// resident set size per file). <mode>: check (a hash of every event, in order) or time.
// Prints one line of JSON: seconds (from the first file listed to the last event), events,
// hash, and for rss the resident set sizes.
import { createHash } from "node:crypto"
import { readFile } from "node:fs/promises"
import { gunzipSync } from "node:zlib"
import { listTrailFiles, streamMediaConvertEvents } from "../src/node"

const MEDIACONVERT = "mediaconvert.amazonaws.com"
const [reader, path, mode, extra] = process.argv.slice(2) as [string, string, string, string | undefined]
const options = extra === undefined ? {} : (JSON.parse(extra) as Record<string, unknown>)
const hash = createHash("sha256")
const check = mode === "check"
let events = 0
const take = (record: unknown) => {
  events++
  if (check) hash.update(JSON.stringify(record)).update("\n")
}

const fiveLines = async () => {
  const { files } = await listTrailFiles(path)
  for (const file of files)
    for (const record of JSON.parse(gunzipSync(await readFile(file)).toString()).Records)
      if (record.eventSource === MEDIACONVERT) take(record)
}

const library = async () => {
  for await (const result of streamMediaConvertEvents(path, options))
    if (result._tag === "record") take(result.record)
    else throw new Error(`${result._tag} at ${result.source} ${result.path}`)
}

/** The library, noting the resident set size at each new file: the peak of the first thousand files and of all. */
const rss = async () => {
  let files = 0
  let source = ""
  let firstThousand = 0
  let peak = 0
  for await (const result of streamMediaConvertEvents(path, options)) {
    if (result.source !== source) {
      source = result.source
      files++
      const now = process.memoryUsage.rss()
      if (files <= 1000) firstThousand = Math.max(firstThousand, now)
      peak = Math.max(peak, now)
    }
    if (result._tag === "record") take(result.record)
  }
  return { files, firstThousandMiB: firstThousand / 2 ** 20, peakMiB: peak / 2 ** 20 }
}

const start = process.hrtime.bigint()
const cpuStart = process.cpuUsage()
const more = reader === "five-lines" ? await fiveLines() : reader === "rss" ? await rss() : await library()
const seconds = Number(process.hrtime.bigint() - start) / 1e9
const used = process.cpuUsage(cpuStart)
const cpu = (used.user + used.system) / 1e6
process.stdout.write(
  `${JSON.stringify({ seconds, cpu, events, hash: check ? hash.digest("hex") : undefined, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...(more ?? {}) })}\n`,
)
