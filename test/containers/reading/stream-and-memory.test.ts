import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { Readable } from "node:stream"
import { describe, expect, it } from "vitest"
import { type RecordResult, recordsFrom } from "../../../src"
import { streamRecords } from "../../../src/node"
import { fixturesDir } from "../../helpers/fixtures"

// The in-memory and the streaming reader share one splitter and one recogniser: on every
// container fixture they must give the same results (tags, paths, counts).
const dir = join(fixturesDir, "containers")
const files = readdirSync(dir).filter((name) => /\.(json|jsonl)(\.gz)?$/.test(name))

const shape = (results: ReadonlyArray<RecordResult>) =>
  results.map((result) => [
    result._tag,
    result.path,
    result._tag === "failure" ? result.failure.issues.map((issue) => issue.path) : undefined,
  ])

describe("recordsFrom and streamRecords", () => {
  it.each(files)(
    "agree on %s",
    async (name) => {
      // A cap below the gzip bomb's 64 MiB: it is stopped, the same way, on both paths.
      const options = { maxBytes: 8 * 1024 * 1024 }
      const inMemory = recordsFrom(readFileSync(join(dir, name)), options)
      const streamed: RecordResult[] = []
      const stream = streamRecords(join(dir, name), options)
      for await (const result of stream) streamed.push(result)
      expect(shape(streamed)).toStrictEqual(shape(inMemory.results))
      expect(stream.summary()).toStrictEqual(inMemory.summary)
    },
    60_000,
  )

  it("give concatenated log files distinct paths", async () => {
    const one = readFileSync(join(dir, "log-file.json"), "utf8").trim()
    const text = `${one}\n${one}`
    const paths = recordsFrom(text).results.map((result) => result.path)
    expect(new Set(paths).size).toBe(paths.length)
    const streamed: string[] = []
    for await (const result of streamRecords(Readable.from([Buffer.from(text)]))) streamed.push(result.path)
    expect(streamed).toStrictEqual(paths)
  })
})
