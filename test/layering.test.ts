import { existsSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { filesUnder } from "./helpers/files"

// Imports point one way, down the layers a newcomer reads off the folders of src/:
// codec (and failure.ts) → record → mediaconvert → helpers (identity, origin, timelines) → containers →
// node and s3 → cli. A module may import its own layer or lower ones, never a higher one
// (type-only imports too: they are how layers leak). The entry files (index.ts, shapes.ts)
// sit above everything. Outside node/, s3/ and cli/ no module imports a Node built-in.
const layers: ReadonlyArray<ReadonlyArray<string>> = [
  ["codec", "failure.ts"],
  ["record"],
  ["mediaconvert"],
  ["identity", "origin", "timelines"],
  ["containers"],
  ["node", "s3"],
  ["cli"],
]
const entries = new Set(["index.ts", "shapes.ts"])
const mayUseNode = new Set(["node", "s3", "cli"])

const srcDir = resolve(__dirname, "..", "src")

/** The layer of a file under src/ (its first folder, or its name at the top). */
const layerOf = (file: string): number | "entry" => {
  const top = relative(srcDir, file).split("/")[0] as string
  if (entries.has(top)) return "entry"
  const index = layers.findIndex((layer) => layer.includes(top))
  if (index < 0) throw new Error(`${relative(srcDir, file)} is in no layer: add its folder to the list`)
  return index
}

/** Every import and re-export specifier of a TypeScript file. */
const importsOf = (text: string): string[] =>
  [...text.matchAll(/^\s*(?:import|export)\b[^;"']*?\bfrom\s+"([^"]+)"/gm)].map((m) => m[1] as string)

/** Upward imports and Node built-ins where they do not belong, one line each. */
const layeringProblems = (files: ReadonlyArray<{ file: string; text: string }>): string[] => {
  const problems: string[] = []
  for (const { file, text } of files) {
    const from = layerOf(file)
    const top = relative(srcDir, file).split("/")[0] as string
    for (const specifier of importsOf(text)) {
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier)
        const to = layerOf(existsSync(`${target}.ts`) ? `${target}.ts` : join(target, "index.ts"))
        if (from !== "entry" && (to === "entry" || to > from))
          problems.push(`${relative(srcDir, file)} imports ${specifier}, a higher layer`)
      } else if (/^node:|^(fs|path|zlib|stream|os|child_process|url|util)(\/|$)/.test(specifier)) {
        if (!mayUseNode.has(top))
          problems.push(`${relative(srcDir, file)} imports the Node built-in ${specifier}`)
      }
    }
  }
  return problems
}

describe("the layers of src/", () => {
  const files = filesUnder(srcDir, ".ts").map((file) => ({ file, text: readFileSync(file, "utf8") }))

  it("are imported downwards only, and Node built-ins only by node/, s3/ and cli/", () => {
    expect(files.length).toBeGreaterThan(40)
    expect(layeringProblems(files)).toStrictEqual([])
  })

  it("are checked by a rule that catches an upward import, type-only ones too", () => {
    // record/ reaching up to a helper, and to the MediaConvert union: what this check exists for.
    const record = join(srcDir, "record", "record.ts")
    expect(
      layeringProblems([
        { file: record, text: 'import { identityOf } from "../identity/identity-of"' },
        { file: record, text: 'import type {\n  A,\n  B,\n} from "../mediaconvert/event"' },
        { file: join(srcDir, "containers", "text.ts"), text: 'import { gunzipSync } from "node:zlib"' },
        { file: join(srcDir, "cli", "main.ts"), text: 'import { decodeRecord } from "../record/decode"' },
      ]),
    ).toStrictEqual([
      "record/record.ts imports ../identity/identity-of, a higher layer",
      "record/record.ts imports ../mediaconvert/event, a higher layer",
      "containers/text.ts imports the Node built-in node:zlib",
    ])
  })
})
