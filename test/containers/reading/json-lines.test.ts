import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { decodeJsonLines } from "../../../src"
import { fixturesDir } from "../../helpers/fixtures"

const file = (name: string) => readFileSync(join(fixturesDir, "containers", name))

describe("decodeJsonLines", () => {
  it("gives one result per non-blank line, the path naming the line", () => {
    const { results } = decodeJsonLines(file("records.jsonl").toString("utf8"))
    expect(results.map((r) => [r._tag, r.path])).toStrictEqual([
      ["record", "$[0]"],
      ["record", "$[1]"],
      ["failure", "$[2]"],
      ["record", "$[4]"],
    ])
  })

  it("reads gzipped bytes the same way", () => {
    expect(decodeJsonLines(file("records.jsonl.gz")).summary).toMatchObject({ decoded: 3, failed: 1 })
  })

  it("fails, without throwing, on input that is neither text nor bytes", () => {
    expect(decodeJsonLines(42).results).toMatchObject([{ _tag: "failure", path: "$" }])
  })
})
