import { readFileSync } from "node:fs"
import fc from "fast-check"
import type * as t from "io-ts"
import { describe, expect, it } from "vitest"
import { compiledCheckOf, useCompiledChecks, withoutCompiledChecks } from "../../src/codec/compiled"
import { type CodecNode, forEachCodec } from "../../src/codec/walk"
import { MediaConvertEvent } from "../../src/mediaconvert/event"
import * as mediaConvertChecks from "../../src/mediaconvert/generated/validators"
import * as recordChecks from "../../src/record/generated/validators"
import { CloudTrailRecord } from "../../src/record/record"
import { records } from "../helpers/fuzz-inputs"
import { type Json, replaceAt, replacedIn } from "../helpers/mutate"
import { arbitraryOf } from "../mediaconvert/arbitraries"

/** Each generated root: its codec, its compiled check and its table of checks by name. */
const roots = [
  {
    name: "CloudTrailRecord",
    codec: CloudTrailRecord,
    fast: recordChecks.isCloudTrailRecord,
    table: recordChecks.checksByName,
  },
  {
    name: "MediaConvertEvent",
    codec: MediaConvertEvent,
    fast: mediaConvertChecks.isMediaConvertEvent,
    table: mediaConvertChecks.checksByName,
  },
] as const

const seeds = records() as Json[]

/** Fixed seeds: the interpreted and compiled paths are compared on the same inputs every run. */
const runs = (seed: number, numRuns: number) => ({ seed, numRuns })

for (const root of roots) useCompiledChecks(root.codec, root.table)

/** The answer of every root, interpreted and compiled, must be the same for `input`. */
const agree = (input: unknown): void => {
  for (const root of roots) {
    const interpreted = withoutCompiledChecks(() => root.codec.is(input))
    expect(root.fast(input), root.name).toBe(interpreted)
    // With the compiled checks registered, the codec's own `is` answers the same.
    expect(root.codec.is(input), root.name).toBe(interpreted)
  }
}

/** Every kind of node (and every leaf rule) the walk meets from a root. */
const kindsUnder = (codec: t.Mixed): Set<string> => {
  const kinds = new Set<string>()
  forEachCodec(codec, (_, node: CodecNode) =>
    kinds.add(node.kind === "leaf" ? `leaf:${node.leaf}` : node.kind),
  )
  return kinds
}

describe("the compiled validators", () => {
  it("are registered for every struct and union of both roots, by name", () => {
    for (const root of roots) {
      let structs = 0
      forEachCodec(root.codec, (codec, node) => {
        if (node.kind !== "struct" && node.kind !== "tagged") return
        structs++
        // A codec under both roots keeps the check of the root registered first.
        const candidates = roots.map((r) => r.table[node.name]).filter((check) => check !== undefined)
        expect(candidates, `${root.name}: ${node.name}`).toContain(compiledCheckOf(codec))
        expect(root.table[node.name], `${root.name}: ${node.name}`).toBeTypeOf("function")
      })
      expect(structs).toBeGreaterThan(20)
      expect(Object.keys(root.table).length).toBe(structs)
    }
  })

  it("import nothing but the leaf rules (and each other), so renaming a codec cannot break them", () => {
    const importsOf = (file: string) =>
      [...readFileSync(new URL(file, import.meta.url), "utf8").matchAll(/^import .* from "(.*)"$/gm)].map(
        (m) => m[1],
      )
    expect(importsOf("../../src/record/generated/validators.ts")).toStrictEqual(["../../codec/checks"])
    // The MediaConvert module calls the record module's checks of the identity and the envelope's parts.
    expect(importsOf("../../src/mediaconvert/generated/validators.ts")).toStrictEqual([
      "../../codec/checks",
      "../../record/generated/validators",
    ])
  })

  it("cover every combinator and every leaf rule between them", () => {
    const kinds = new Set([...kindsUnder(CloudTrailRecord), ...kindsUnder(MediaConvertEvent)])
    expect([...kinds].sort()).toStrictEqual(
      [
        "either",
        "enum",
        "leaf:boolean",
        "leaf:booleanText",
        "leaf:json",
        "leaf:null",
        "leaf:number",
        "leaf:string",
        "leaf:stringMap",
        "leaf:timestamp",
        "list",
        "literal",
        "map",
        "nullable",
        "redactable",
        "struct",
        "tagged",
      ].sort(),
    )
  })

  it("answer as the codecs do on every fixture and corpus record", () => {
    expect(seeds.length).toBeGreaterThan(10)
    for (const seed of seeds) agree(seed)
  })

  it("answer as the codecs do on mutated records", () => {
    fc.assert(fc.property(replacedIn(seeds), agree), runs(20261129, 3000))
  })

  for (const root of roots) {
    it(`answer as the codecs do on values walked from ${root.name}, whole and mutated`, () => {
      const values = arbitraryOf(root.codec, { depth: 6, size: 3 })
      fc.assert(fc.property(values, agree), runs(1129, 300))
      fc.assert(
        fc.property(
          values,
          fc.array(fc.nat(), { maxLength: 6 }),
          fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
          (value, path, replacement) => agree(replaceAt(value as Json, path, replacement)),
        ),
        runs(2026, 300),
      )
    })
  }

  it("answer as the codecs do on arbitrary values", () => {
    fc.assert(fc.property(fc.anything(), agree), runs(7, 1000))
  })
})
