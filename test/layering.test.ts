import { existsSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { filesUnder } from "./helpers/files"

// Imports point one way, down the layers a newcomer reads off the folders of src/:
// codec (and failure.ts) → record → mediaconvert → helpers (identity, origin) → containers →
// node and s3 → cli. A module may import its own layer or lower ones, never a higher one
// (type-only imports too: they are how layers leak). The entry files (index.ts, shapes.ts)
// sit above everything. Outside node/, s3/ and cli/ no module imports a Node built-in.
const layers: ReadonlyArray<ReadonlyArray<string>> = [
  ["codec", "failure.ts"],
  ["record"],
  ["mediaconvert"],
  ["identity", "origin"],
  ["containers"],
  ["node", "s3"],
  ["cli"],
]
const entries = new Set(["index.ts", "shapes.ts"])
const mayUseNode = new Set(["node", "s3", "cli"])

// Inside containers/ the folders are layers of their own, in the order bytes travel through
// them (docs/architecture.md): input → cutting → scanner → selection → results → formats and
// notifications → reading. containers/index.ts, the public surface, sits above them all. A
// folder is entered from another through its index.ts, which says what the folder gives.
const containerFolders: ReadonlyArray<ReadonlyArray<string>> = [
  ["input"],
  ["cutting"],
  ["scanner"],
  ["selection"],
  ["results"],
  ["formats", "notifications"],
  ["reading"],
]
// node/ and s3/ reach into containers/ only through its public surface and reading/'s door.
const reachesContainersThroughDoors = new Set(["node", "s3"])
const doors = new Set(["containers/index.ts", "containers/reading/index.ts"])

const srcDir = resolve(__dirname, "..", "src")
const partsOf = (file: string): string[] => relative(srcDir, file).split("/")

/** The layer of a file under src/ (its first folder, or its name at the top). */
const layerOf = (file: string): number | "entry" => {
  const top = partsOf(file)[0] as string
  if (entries.has(top)) return "entry"
  const index = layers.findIndex((layer) => layer.includes(top))
  if (index < 0) throw new Error(`${relative(srcDir, file)} is in no layer: add its folder to the list`)
  return index
}

/** The layer of a file inside containers/ (its folder), "entry" for containers/index.ts, undefined outside. */
const folderOf = (file: string): number | "entry" | undefined => {
  const parts = partsOf(file)
  if (parts[0] !== "containers") return undefined
  if (parts.length === 2) return "entry"
  const index = containerFolders.findIndex((layer) => layer.includes(parts[1] as string))
  if (index < 0)
    throw new Error(`${relative(srcDir, file)} is in no folder of containers/: add it to the list`)
  return index
}

/** Every import and re-export specifier of a TypeScript file, type-only ones included. */
const importsOf = (text: string): string[] =>
  [...text.matchAll(/^\s*(?:import|export)\b[^;"']*?\bfrom\s+"([^"]+)"/gm)].map((m) => m[1] as string)

/** The file a relative specifier names. */
const resolveImport = (file: string, specifier: string): string => {
  const target = resolve(dirname(file), specifier)
  return existsSync(`${target}.ts`) ? `${target}.ts` : join(target, "index.ts")
}

type Source = { readonly file: string; readonly text: string }

/** Upward imports, reaches past a door, and Node built-ins where they do not belong, one line each. */
const layeringProblems = (files: ReadonlyArray<Source>): string[] => {
  const problems: string[] = []
  for (const { file, text } of files) {
    const from = layerOf(file)
    const name = relative(srcDir, file)
    const top = partsOf(file)[0] as string
    for (const specifier of importsOf(text)) {
      if (specifier.startsWith(".")) {
        const target = resolveImport(file, specifier)
        const to = layerOf(target)
        if (from !== "entry" && (to === "entry" || to > from))
          problems.push(`${name} imports ${specifier}, a higher layer`)
        const inside = folderOf(file)
        const toFolder = folderOf(target)
        if (inside !== undefined && toFolder !== undefined && inside !== "entry") {
          if (toFolder === "entry" || toFolder > inside)
            problems.push(`${name} imports ${specifier}, a higher folder of containers/`)
          else if (
            partsOf(target)[1] !== partsOf(file)[1] &&
            partsOf(target).slice(2).join("/") !== "index.ts"
          )
            problems.push(`${name} imports ${specifier}, past the index of its folder`)
        }
        if (
          reachesContainersThroughDoors.has(top) &&
          toFolder !== undefined &&
          !doors.has(relative(srcDir, target))
        )
          problems.push(
            `${name} imports ${specifier}, inside containers/: use reading/ or the public surface`,
          )
      } else if (/^node:|^(fs|path|zlib|stream|os|child_process|url|util)(\/|$)/.test(specifier)) {
        if (!mayUseNode.has(top)) problems.push(`${name} imports the Node built-in ${specifier}`)
      }
    }
  }
  return problems
}

/** Every import cycle among the files, type-only imports included, each as the path around it. */
const importCycles = (files: ReadonlyArray<Source>): string[] => {
  const edges = new Map<string, string[]>()
  for (const { file, text } of files)
    edges.set(
      file,
      importsOf(text)
        .filter((specifier) => specifier.startsWith("."))
        .map((specifier) => resolveImport(file, specifier)),
    )
  const cycles: string[] = []
  const state = new Map<string, "open" | "done">()
  const path: string[] = []
  const visit = (file: string): void => {
    state.set(file, "open")
    path.push(file)
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") {
        const loop = [...path.slice(path.indexOf(next)), next]
        cycles.push(loop.map((step) => relative(srcDir, step)).join(" → "))
      } else if (state.get(next) === undefined && edges.has(next)) visit(next)
    }
    path.pop()
    state.set(file, "done")
  }
  for (const file of [...edges.keys()].sort()) if (state.get(file) === undefined) visit(file)
  return cycles
}

describe("the layers of src/", () => {
  const files = filesUnder(srcDir, ".ts").map((file) => ({ file, text: readFileSync(file, "utf8") }))

  it("are imported downwards only, and Node built-ins only by node/, s3/ and cli/", () => {
    expect(files.length).toBeGreaterThan(40)
    expect(layeringProblems(files)).toStrictEqual([])
  })

  it("form no import cycle, type-only imports included", () => {
    expect(importCycles(files)).toStrictEqual([])
  })

  it("are checked by a rule that catches an upward import, type-only ones too", () => {
    // record/ reaching up to a helper, and to the MediaConvert union: what this check exists for.
    const record = join(srcDir, "record", "record.ts")
    expect(
      layeringProblems([
        { file: record, text: 'import { identityOf } from "../identity/identity-of"' },
        { file: record, text: 'import type {\n  A,\n  B,\n} from "../mediaconvert/event"' },
        {
          file: join(srcDir, "containers", "input", "text.ts"),
          text: 'import { gunzipSync } from "node:zlib"',
        },
        { file: join(srcDir, "cli", "main.ts"), text: 'import { decodeRecord } from "../record/decode"' },
      ]),
    ).toStrictEqual([
      "record/record.ts imports ../identity/identity-of, a higher layer",
      "record/record.ts imports ../mediaconvert/event, a higher layer",
      "containers/input/text.ts imports the Node built-in node:zlib",
    ])
  })

  it("are checked inside containers/: folders in order, node/ and s3/ through the doors", () => {
    const containers = join(srcDir, "containers")
    expect(
      layeringProblems([
        {
          file: join(containers, "cutting", "splitter.ts"),
          text: 'import type { Selection } from "../selection/select"',
        },
        { file: join(containers, "scanner", "scanner.ts"), text: 'import { Sink } from "../results/sink"' },
        { file: join(containers, "formats", "lake.ts"), text: 'import { recordsFrom } from ".."' },
        {
          file: join(containers, "selection", "lane.ts"),
          text: 'import { Collector } from "../cutting/collector"',
        },
        {
          file: join(srcDir, "node", "stream-records.ts"),
          text: 'import { RecordSplitter } from "../containers/cutting/splitter"',
        },
        {
          file: join(srcDir, "s3", "stream-object.ts"),
          text: 'import { Sink, tally } from "../containers/reading"',
        },
        { file: join(srcDir, "s3", "stream-object.ts"), text: 'import { recordsFrom } from "../containers"' },
      ]),
    ).toStrictEqual([
      "containers/cutting/splitter.ts imports ../selection/select, a higher folder of containers/",
      "containers/scanner/scanner.ts imports ../results/sink, a higher folder of containers/",
      "containers/formats/lake.ts imports .., a higher folder of containers/",
      "containers/selection/lane.ts imports ../cutting/collector, past the index of its folder",
      "node/stream-records.ts imports ../containers/cutting/splitter, inside containers/: use reading/ or the public surface",
    ])
  })

  it("are checked by a rule that catches a cycle of type-only imports", () => {
    const codec = join(srcDir, "codec")
    expect(
      importCycles([
        { file: join(codec, "struct.ts"), text: 'import type { Members } from "./walk"' },
        { file: join(codec, "walk.ts"), text: 'import { type Kind } from "./compiled"' },
        { file: join(codec, "compiled.ts"), text: 'export type { Struct } from "./struct"' },
        { file: join(codec, "json.ts"), text: 'import type { Struct } from "./struct"' },
      ]),
    ).toStrictEqual(["codec/compiled.ts → codec/struct.ts → codec/walk.ts → codec/compiled.ts"])
  })
})
