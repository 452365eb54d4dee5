import type { StandardJSONSchemaV1 } from "@standard-schema/spec"
import AjvModule from "ajv"
import Ajv2020Module from "ajv/dist/2020"
import fc from "fast-check"
import * as t from "io-ts"
import { describe, expect, it } from "vitest"
import { isTimestamp } from "../../src/codec/checks"
import { jsonSchemaOf, list, nullable, struct } from "../../src/codec/index"
import { timestampPattern } from "../../src/codec/json-schema"
import {
  CloudTrailRecord,
  decodeMediaConvertEvent,
  decodeRecord,
  MediaConvertEvent,
  UserIdentity,
} from "../../src/index"
import { fixture, fixtureNames } from "../helpers/fixtures"
import { records } from "../helpers/fuzz-inputs"
import { type Json, replaceAt, replacedIn } from "../helpers/mutate"
import { arbitraryOf } from "../mediaconvert/arbitraries"

// The codecs' Standard JSON Schema (`~standard.jsonSchema`), written by walking the codecs: ajv,
// in both drafts, accepts every record the decoders accept, rejects the documented malformed
// ones, and answers as the decoders do wherever JSON Schema can say the rule (here: everywhere
// these records reach).

type Validate = (value: unknown) => boolean
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
  AjvModule) as typeof AjvModule
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ??
  Ajv2020Module) as typeof Ajv2020Module

const targets = ["draft-2020-12", "draft-07"] as const
type Target = (typeof targets)[number]

/** ajv for a draft, strict (an unknown keyword or a malformed schema is an error). */
const ajvFor = (target: Target) =>
  target === "draft-07"
    ? new Ajv({ strict: true, allErrors: false })
    : new Ajv2020({ strict: true, allErrors: false })

const compile = (codec: StandardJSONSchemaV1, target: Target): Validate => {
  const ajv = ajvFor(target)
  const schema = codec["~standard"].jsonSchema.input({ target })
  expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true)
  return ajv.compile(schema) as Validate
}

const roots = [
  {
    name: "MediaConvertEvent",
    codec: MediaConvertEvent,
    accepts: (u: unknown) => decodeMediaConvertEvent(u)._tag === "Right",
  },
  {
    name: "CloudTrailRecord",
    codec: CloudTrailRecord,
    accepts: (u: unknown) => decodeRecord(u)._tag === "Right",
  },
  { name: "UserIdentity", codec: UserIdentity, accepts: (u: unknown) => UserIdentity.is(u) },
] as const

const validators = roots.flatMap((root) =>
  targets.map((target) => ({ ...root, target, validate: compile(root.codec, target) })),
)

/** ajv says what the decoder says. */
const agree = (input: unknown): void => {
  for (const v of validators) expect(v.validate(input), `${v.name} ${v.target}`).toBe(v.accepts(input))
}

const seeds = records() as Json[]
const runs = (seed: number, numRuns: number) => ({ seed, numRuns })
const tolerance = fixtureNames("tolerance")
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({
    name,
    ...(fixture(`tolerance/${name}`) as { record: unknown; expect: { failurePaths?: unknown } }),
  }))

describe("the codecs' JSON Schema", () => {
  it("is a valid schema of each draft, the same for input and output, and refuses other targets", () => {
    for (const root of roots)
      for (const target of targets) {
        const schema = root.codec["~standard"].jsonSchema.output({ target })
        expect(schema).toStrictEqual(root.codec["~standard"].jsonSchema.input({ target }))
        expect(schema.$schema).toBe(
          target === "draft-07"
            ? "http://json-schema.org/draft-07/schema#"
            : "https://json-schema.org/draft/2020-12/schema",
        )
        expect(schema.title).toBe(root.name)
        expect(Object.keys(schema)).toContain(target === "draft-07" ? "definitions" : "$defs")
      }
    expect(() => MediaConvertEvent["~standard"].jsonSchema.input({ target: "openapi-3.0" })).toThrow(
      /draft-07/,
    )
  })

  it("keeps the timestamp rule of the decoder", () => {
    for (const probe of ["1", "1.5", "1.", ".5", "x", "12a", "１２", "1e3", "0012", ""])
      expect(new RegExp(timestampPattern, "u").test(probe), probe).toBe(isTimestamp(probe))
  })

  it("accepts every fixture and corpus record the decoders accept, and rejects the others", () => {
    expect(seeds.length).toBeGreaterThan(10)
    for (const seed of seeds) agree(seed)
  })

  it("accepts the tolerated variants of docs/quirks.md and rejects the documented malformed ones", () => {
    const malformed = tolerance.filter((entry) => entry.expect.failurePaths !== undefined)
    expect(malformed.length).toBeGreaterThanOrEqual(5)
    for (const entry of tolerance) {
      const record = validators.find((v) => v.name === "CloudTrailRecord" && v.target === "draft-07") as {
        validate: Validate
      }
      expect(record.validate(entry.record), entry.name).toBe(entry.expect.failurePaths === undefined)
      agree(entry.record)
    }
  })

  it("answers as the decoders do on mutated records", () => {
    fc.assert(fc.property(replacedIn(seeds, ["1."]), agree), runs(20261207, 1500))
  })

  it("accepts every value walked from the codecs, and answers as they do on it mutated", () => {
    for (const root of roots) {
      const values = arbitraryOf(root.codec, { depth: 5, size: 3 })
      fc.assert(
        fc.property(
          values,
          fc.array(fc.nat(), { maxLength: 6 }),
          fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
          (value, path, replacement) => {
            // A walked value is a JS value; JSON Schema sees it as JSON.
            const json = JSON.parse(JSON.stringify(value)) as Json
            for (const v of validators.filter((v) => v.name === root.name))
              expect(v.validate(json)).toBe(true)
            agree(replaceAt(json, path, replacement))
          },
        ),
        runs(1207, 150),
      )
    }
  })

  it("says what the combinators check, and lets a required member that may be absent be absent", () => {
    const Queue = struct(
      "Queue",
      { name: t.string, note: nullable(t.union([t.string, t.undefined])) as never },
      {},
    )
    expect(() => jsonSchemaOf(Queue)).toThrow(/no kind/)
    const Simple = struct("Simple", { name: t.string }, { sizes: list(t.number), parent: nullable(t.string) })
    expect(jsonSchemaOf(Simple, "draft-07")).toStrictEqual({
      $schema: "http://json-schema.org/draft-07/schema#",
      title: "Simple",
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string" },
        sizes: { type: "array", items: { type: "number" } },
        parent: { anyOf: [{ type: "null" }, { type: "string" }] },
      },
    })
    const Optional = struct("Optional", { gone: t.undefined }, {})
    expect(jsonSchemaOf(Optional).required).toStrictEqual([])
  })
})
