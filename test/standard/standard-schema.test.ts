import type { StandardSchemaV1 } from "@standard-schema/spec"
import fc from "fast-check"
import * as t from "io-ts"
import { describe, expect, it } from "vitest"
import * as codecEntry from "../../src/codec"
import type { Either } from "../../src/codec/fp"
import type { DecodeFailure } from "../../src/failure"
import * as main from "../../src/index"
import * as shapes from "../../src/shapes"
import { fixture, fixtureNames } from "../helpers/fixtures"
import { records } from "../helpers/fuzz-inputs"
import { type Json, replaceAt, replacedIn } from "../helpers/mutate"
import { arbitraryOf } from "../mediaconvert/arbitraries"

// Every codec the package exports is a Standard Schema v1: `~standard.validate` answers
// synchronously what the library's decoder answers, the value itself or its issues with their
// paths as segments, so a consumer of the spec (Powertools' parser, Hono, tRPC) gets the
// library's own checks.

/** Every io-ts codec exported by an entry, by name. */
const codecsOf = (entry: Record<string, unknown>): ReadonlyArray<[string, t.Mixed]> =>
  Object.entries(entry).filter((pair): pair is [string, t.Mixed] => pair[1] instanceof t.Type)

const exported = [...codecsOf(main), ...codecsOf(codecEntry), ...codecsOf(shapes)]

const seeds = records() as Json[]
const runs = (seed: number, numRuns: number) => ({ seed, numRuns })

/** The decoder a root codec is meant to be used through. */
const roots: ReadonlyArray<{
  readonly name: string
  readonly codec: t.Mixed & codecEntry.StandardCodec<unknown>
  readonly decode: (input: unknown) => Either<DecodeFailure, unknown>
}> = [
  { name: "MediaConvertEvent", codec: main.MediaConvertEvent, decode: main.decodeMediaConvertEvent },
  { name: "CloudTrailRecord", codec: main.CloudTrailRecord, decode: main.decodeRecord },
  {
    name: "UserIdentity",
    codec: main.UserIdentity,
    decode: (input) => codecEntry.decodeWith(main.UserIdentity, input),
  },
  {
    name: "CreateJobEvent",
    codec: main.CreateJobEvent,
    decode: (input) => codecEntry.decodeWith(main.CreateJobEvent, input),
  },
]

/** `validate` gives exactly the decoder's answer: the same value, or the same issues in the spec's form. */
const agree = (input: unknown): void => {
  for (const root of roots) {
    const result = root.codec["~standard"].validate(input)
    expect(result).not.toBeInstanceOf(Promise)
    const decoded = root.decode(input)
    if (decoded._tag === "Right") {
      expect(result.issues, root.name).toBeUndefined()
      expect((result as StandardSchemaV1.SuccessResult<unknown>).value, root.name).toBe(decoded.right)
    } else {
      const issues = (result as StandardSchemaV1.FailureResult).issues
      const expected = decoded.left.issues.map((issue) => ({
        message: `expected ${issue.expected}, found ${issue.found}`,
        path: issue.segments,
      }))
      expect(issues.slice(0, expected.length), root.name).toStrictEqual(expected)
      expect(issues.length, root.name).toBe(expected.length + (decoded.left.truncated ? 1 : 0))
    }
  }
}

describe("Standard Schema v1 on the codecs", () => {
  it("is on every exported codec: version 1, this vendor, a validate function, made once", () => {
    const names = exported.map(([name]) => name)
    for (const name of [
      "CloudTrailRecord",
      "MediaConvertEvent",
      "UserIdentity",
      "RootIdentity",
      "UntypedIdentity",
    ])
      expect(names).toContain(name)
    expect(
      names.filter((name) => name.endsWith("Event") && name !== "MediaConvertEvent").length,
    ).toBeGreaterThanOrEqual(34)
    expect(exported.length).toBeGreaterThan(500)
    for (const [name, codec] of exported) {
      const standard = (codec as Partial<StandardSchemaV1>)["~standard"]
      expect(standard?.version, name).toBe(1)
      expect(standard?.vendor, name).toBe("mediaconvert-cloudtrail")
      expect(standard?.validate, name).toBeTypeOf("function")
      expect((codec as unknown as StandardSchemaV1)["~standard"], name).toBe(standard)
    }
  })

  it("is on what the combinators build, for codecs of one's own", () => {
    const { struct, list, nullable, either, mapOf, openEnum, redactable, taggedUnion, UnlistedString } =
      codecEntry
    const Queue = struct("Queue", { name: t.string }, { tags: mapOf(t.string) })
    const built: ReadonlyArray<t.Mixed & StandardSchemaV1> = [
      Queue,
      list(Queue),
      nullable(Queue),
      either(t.boolean, t.string),
      openEnum("Mode", ["A", "B"]),
      redactable(Queue),
      taggedUnion("Shape", "kind", { queue: Queue }, struct("Other", { kind: UnlistedString }, {})),
    ]
    for (const codec of built) {
      expect(codec["~standard"].vendor).toBe("mediaconvert-cloudtrail")
      expect(codec["~standard"].validate({ name: "Default" })).toStrictEqual(
        codec.is({ name: "Default" })
          ? { value: { name: "Default" } }
          : expect.objectContaining({ issues: expect.any(Array) }),
      )
    }
    expect(list(Queue)["~standard"].validate([{ name: "a" }, { name: 3 }])).toStrictEqual({
      issues: [{ message: "expected string, found number 3", path: [1, "name"] }],
    })
  })

  it("answers as the decoders do on every fixture and corpus record", () => {
    expect(seeds.length).toBeGreaterThan(10)
    for (const seed of seeds) agree(seed)
  })

  it("answers as the decoders do on the tolerance fixtures, malformed ones included", () => {
    const names = fixtureNames("tolerance").filter((name) => name.endsWith(".json"))
    expect(names.length).toBeGreaterThan(20)
    for (const name of names) agree((fixture(`tolerance/${name}`) as { record: unknown }).record)
  })

  it("answers as the decoders do on mutated records", () => {
    fc.assert(fc.property(replacedIn(seeds), agree), runs(20261207, 1500))
  })

  it("answers as the decoders do on values walked from the codecs, whole and mutated", () => {
    for (const root of roots) {
      const values = arbitraryOf(root.codec, { depth: 5, size: 3 })
      fc.assert(
        fc.property(
          values,
          fc.array(fc.nat(), { maxLength: 6 }),
          fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
          (value, path, replacement) => {
            agree(value)
            agree(replaceAt(value as Json, path, replacement))
          },
        ),
        runs(1207, 150),
      )
    }
  })

  it("answers as the decoders do on arbitrary values, and never throws", () => {
    fc.assert(fc.property(fc.anything(), agree), runs(25, 500))
    const deep = JSON.parse(`${"[".repeat(20_000)}${"]".repeat(20_000)}`)
    expect(
      main.MediaConvertEvent["~standard"].validate({ eventName: "CreateJob", requestParameters: deep }),
    ).toHaveProperty("issues")
  })
})
