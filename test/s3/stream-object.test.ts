import { createReadStream } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { SourcedResult, StreamOptions } from "../../src/node"
import { type ObjectReader, streamObjectRecords } from "../../src/s3"
import { fixturesDir } from "../helpers/fixtures"

// The per-object reader over any ObjectReader: here, fixtures on disk stand in for S3.
const fromDisk: ObjectReader = (bucket, key) => createReadStream(join(fixturesDir, bucket, key))
const all = async <R>(results: AsyncIterable<R>): Promise<R[]> => {
  const out: R[] = []
  for await (const result of results) out.push(result)
  return out
}

describe("streamObjectRecords", () => {
  it("streams an object's records, each with its path and the object as its source", async () => {
    const results = await all(
      streamObjectRecords(fromDisk, { bucket: "containers", key: "log-file.json.gz" }),
    )
    expect(results.length).toBeGreaterThan(0)
    expect(results.every((result) => result._tag === "record")).toBe(true)
    expect(results[0]).toMatchObject({ path: "$.Records[0]", source: "s3://containers/log-file.json.gz" })
  })

  it("gives the records before gzip data that ends early, then a failure", async () => {
    const results = await all(
      streamObjectRecords(fromDisk, { bucket: "containers", key: "truncated.json.gz" }),
    )
    expect(results.at(-1)?._tag).toBe("failure")
    expect(results.some((result) => result._tag === "record")).toBe(true)
  })

  it("gives one failure for an object the reader cannot read, and never throws", async () => {
    const failing: ObjectReader = async () => {
      throw new Error("Access Denied")
    }
    for (const read of [failing, fromDisk]) {
      const results = await all(
        streamObjectRecords(read, { bucket: "containers", key: "no-such-object.json.gz" }),
      )
      expect(results).toHaveLength(1)
      expect(results[0]?._tag).toBe("failure")
    }
  })

  it("hands the bytes to the stream function it is given, with the object's name", async () => {
    const seen: string[] = []
    const names = async function* (bytes: AsyncIterable<Uint8Array>, options: StreamOptions) {
      let size = 0
      for await (const chunk of bytes) size += chunk.length
      seen.push(options.name ?? "")
      yield { _tag: "size" as const, size }
    }
    const results = await all(
      streamObjectRecords(fromDisk, { bucket: "containers", key: "log-file.json" }, { stream: names }),
    )
    expect(results).toMatchObject([{ _tag: "size" }])
    expect(seen).toStrictEqual(["s3://containers/log-file.json"])
    const typed: SourcedResult[] = await all(
      streamObjectRecords(fromDisk, { bucket: "containers", key: "log-file.json" }),
    )
    expect(typed.length).toBeGreaterThan(0)
  })
})
