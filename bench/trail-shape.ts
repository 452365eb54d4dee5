// The trail-shape cases of `npm run bench`: real trails are thousands of small gzipped files
// (one per account and region about every five minutes), not one big file. The trees
// (bench/trail-trees.ts) are written at bench time into the system's temporary directory and
// removed after. Each reader runs in a process of its own (bench/trail-reader.ts), first once
// to check that every reader gives the same events in the same order, then --trail-rounds
// times each, the order rotated every round; the table gives medians and ratios of one run.
// Options: --trail-files N (default 4000), --trail-rounds R (default 3), --rss-files N (the
// flat-memory case, default 20000), --trail-workers N (the library's `workers` option),
// --keep-trails (keep the trees in the temporary directory, and use them again when they are there).
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { argument, median } from "./stats"
import { caseA, caseB, type TrailTree } from "./trail-trees"

const files = argument("trail-files", 4000)
const rounds = argument("trail-rounds", 3)
const rssFiles = argument("rss-files", 20000)
const workers = argument("trail-workers", 0)
const keep = process.argv.includes("--keep-trails")
const here = import.meta.dirname
const readerScript = join(here, "trail-reader.ts")
const cliScript = join(here, "..", "dist", "cli.js")
const options = workers > 0 ? JSON.stringify({ workers }) : "{}"

interface Run {
  readonly seconds: number
  /** The reader's processor time, every thread of its process (less bent by other work on the machine than `seconds`). */
  readonly cpu?: number
  readonly wall: number
  readonly events: number
  readonly hash?: string
  readonly maxRssMiB: number
  readonly [more: string]: unknown
}

/** A tree of a case: written, or taken from an earlier run with --keep-trails. */
const tree = async (
  name: string,
  count: number,
  make: (root: string, count: number) => Promise<TrailTree>,
) => {
  const root = join(
    tmpdir(),
    keep ? `mcc-trail-shape-${name}-${count}` : `mcc-trail-shape-${name}-${count}-${process.pid}`,
  )
  const marker = join(root, "tree.json")
  if (keep && existsSync(marker)) return JSON.parse(readFileSync(marker, "utf8")) as TrailTree
  const made = await make(root, count)
  writeFileSync(marker, JSON.stringify(made))
  return made
}

const spawnReader = (reader: string, path: string, mode: string): Run => {
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, ["--import", "tsx", readerScript, reader, path, mode, options], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (run.status !== 0) throw new Error(`${reader} ${path}: ${run.stderr}`)
  return { ...(JSON.parse(run.stdout.trim().split("\n").pop() as string) as Run), wall }
}

/** The command line's summary of a folder: its wall time, and the count of records it gave. */
const spawnCli = (folder: string): Run => {
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, [cliScript, "summary", folder], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  const events = Number(/^(\d+) MediaConvert records/.exec(run.stdout)?.[1] ?? Number.NaN)
  if (run.status !== 0 || Number.isNaN(events))
    throw new Error(`summary ${folder}: ${run.stderr}${run.stdout}`)
  return { seconds: wall, wall, events, maxRssMiB: 0 }
}

interface Task {
  readonly name: string
  readonly run: (mode: string) => Run
}

/** Checks that every task gives the events of the first, then times them, each in a fresh process. */
const measure = (label: string, tasks: ReadonlyArray<Task>) => {
  const checked = tasks.map((task) => task.run("check"))
  const first = checked[0] as Run
  checked.forEach((run, i) => {
    const same = run.events === first.events && (run.hash === undefined || run.hash === first.hash)
    if (!same) throw new Error(`${label}: ${tasks[i]?.name} does not give the events ${tasks[0]?.name} gives`)
  })
  console.log(`${label}: ${first.events} MediaConvert events, the same from every reader`)
  const times = tasks.map(() => [] as Run[])
  for (let round = 0; round < rounds; round++)
    for (let k = 0; k < tasks.length; k++) {
      const index = (k + round) % tasks.length
      ;(times[index] as Run[]).push((tasks[index] as Task).run("time"))
    }
  return tasks.map((task, i) => {
    const runs = times[i] as Run[]
    return {
      name: task.name,
      seconds: median(runs.map((run) => run.seconds)),
      wall: median(runs.map((run) => run.wall)),
      cpu: median(runs.map((run) => run.cpu ?? Number.NaN)),
      maxRssMiB: Math.max(...runs.map((run) => run.maxRssMiB)),
    }
  })
}

const pad = (s: string, n: number) => s.padEnd(n)
type Figure = ReturnType<typeof measure>[number]
const print = (tree: TrailTree, figures: Figure[]) => {
  const base = figures[0] as Figure
  console.log(
    `${pad("task", 54)} ${pad("s (median)", 11)} ${pad("MB/s", 7)} ${pad("× five lines", 13)} ${pad("CPU s", 7)} peak RSS MiB`,
  )
  for (const f of figures)
    console.log(
      `${pad(f.name, 54)} ${pad(f.seconds.toFixed(2), 11)} ${pad((tree.jsonBytes / 1e6 / f.seconds).toFixed(0), 7)} ${pad((base.seconds / f.seconds).toFixed(2), 13)} ${pad(Number.isNaN(f.cpu) ? "" : f.cpu.toFixed(2), 7)} ${f.maxRssMiB.toFixed(0)}`,
    )
}

const describe = (name: string, t: TrailTree) =>
  `${name}: ${t.files} gzipped files, ${t.records} records (${t.mediaConvert} MediaConvert), ${(t.jsonBytes / 1e6).toFixed(0)} MB of JSON, ${(t.gzippedBytes / 1e6).toFixed(1)} MB gzipped`

export const runTrailShape = async (): Promise<unknown> => {
  const a = await tree("a", files, (root, count) => caseA(root, count))
  console.log(describe("A, an account trail, mostly MediaConvert", a))
  const aFigures = measure("A", [
    {
      name: "five lines (readFile, gunzipSync, JSON.parse, filter)",
      run: (m) => spawnReader("five-lines", a.folder, m),
    },
    { name: "streamMediaConvertEvents (folder)", run: (m) => spawnReader("library", a.folder, m) },
    {
      name: "streamMediaConvertEvents (the same as one file)",
      run: (m) => spawnReader("library", a.oneFile, m),
    },
    { name: "CLI summary (folder, whole process)", run: () => spawnCli(a.folder) },
  ])
  print(a, aFigures)
  const [fiveA, libraryA, oneFileA, cliA] = aFigures as [Figure, Figure, Figure, Figure]
  const ratios = {
    aTimesFiveLines: fiveA.seconds / libraryA.seconds,
    aTimesOneFile: oneFileA.seconds / libraryA.seconds,
    cliOverLibrary: cliA.wall / libraryA.wall,
  }
  console.log(
    `A: the library at ${ratios.aTimesFiveLines.toFixed(2)} × the five lines and ${ratios.aTimesOneFile.toFixed(2)} × its rate on one file; the CLI's summary takes ${ratios.cliOverLibrary.toFixed(2)} × the library's time (whole processes)`,
  )

  const b = await tree("b", files, (root, count) => caseB(root, count))
  console.log(describe("B, an organization trail, 1 % MediaConvert", b))
  const bFigures = measure("B", [
    {
      name: "five lines (readFile, gunzipSync, JSON.parse, filter)",
      run: (m) => spawnReader("five-lines", b.folder, m),
    },
    { name: "streamMediaConvertEvents (folder)", run: (m) => spawnReader("library", b.folder, m) },
  ])
  print(b, bFigures)
  const bTimes = (bFigures[0] as Figure).seconds / (bFigures[1] as Figure).seconds
  console.log(`B: the library at ${bTimes.toFixed(2)} × the five lines`)

  const many = await tree("rss", rssFiles, (root, count) => caseA(root, count, 20, false))
  const memory = spawnReader("rss", many.folder, "time")
  const growth = (memory.peakMiB as number) - (memory.firstThousandMiB as number)
  console.log(
    `memory on ${many.files} small files: resident set ${(memory.firstThousandMiB as number).toFixed(0)} MiB at most over the first thousand files, ${(memory.peakMiB as number).toFixed(0)} MiB at most over all (${growth.toFixed(0)} MiB more)`,
  )
  if (!keep) for (const t of [a, b, many]) rmSync(join(t.folder, ".."), { recursive: true, force: true })
  return {
    a: { tree: a, figures: aFigures },
    b: { tree: b, figures: bFigures },
    ratios: { ...ratios, bTimesFiveLines: bTimes },
    memory,
  }
}

// `npm run bench` runs it; alone: `node --import tsx bench/trail-shape.ts [--trail-files N] …`
// (after `npm run build`, for the command line). Writes bench/results/trail-shape.json.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const figures = await runTrailShape()
  const out = join(here, "results", "trail-shape.json")
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...(figures as object) }, null, 2)}\n`,
  )
  console.log(`written to ${out}`)
}
