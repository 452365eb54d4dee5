import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { decodeLogFile } from "../../../src"
import { fixture, fixturesDir } from "../../helpers/fixtures"

const bytes = (name: string) => readFileSync(join(fixturesDir, "containers", name))

describe("decodeLogFile", () => {
  it("reads a gzipped log file given as bytes", () => {
    const { container, results, summary } = decodeLogFile(bytes("log-file.json.gz"))
    expect(container).toBe("s3-log-file")
    expect(summary).toMatchObject({ decoded: 3, failed: 0, skipped: 0 })
    expect(results.map((r) => r.path)).toStrictEqual(["$.Records[0]", "$.Records[1]", "$.Records[2]"])
  })

  it("reads the same file given as text and as a parsed object", () => {
    const text = readFileSync(join(fixturesDir, "containers", "log-file.json"), "utf8")
    expect(decodeLogFile(text).summary.decoded).toBe(3)
    expect(decodeLogFile(fixture("containers/log-file.json")).summary.decoded).toBe(3)
  })

  it("gives every good record even when records in the middle are bad, each failure with its path", () => {
    const { results, summary } = decodeLogFile(bytes("corrupt-middle.json.gz"))
    expect(summary).toMatchObject({ decoded: 2, failed: 2 })
    expect(results.map((r) => r._tag)).toStrictEqual(["record", "failure", "failure", "record"])
    const failure = results[1]
    expect(failure?._tag === "failure" && failure.failure.issues[0]?.path).toBe(
      "$.Records[1].userIdentity.type",
    )
  })

  it("reports gzip data that ends early as a failure at $, without throwing", () => {
    const { results } = decodeLogFile(bytes("truncated.json.gz"))
    expect(results).toHaveLength(1)
    expect(results[0]?._tag === "failure" && results[0].failure.issues[0]?.found).toMatch(/ends early/)
  })

  it("stops inflating a gzip bomb at the cap and says so", () => {
    const { results } = decodeLogFile(bytes("bomb.json.gz"), { maxBytes: 1024 * 1024 })
    expect(results[0]?._tag === "failure" && results[0].failure.issues[0]?.expected).toMatch(
      /at most 1\.0 MiB/,
    )
  })

  it("reports a digest file as skipped, not as records or a failure", () => {
    const { container, results } = decodeLogFile(bytes("digest.json.gz"))
    expect(container).toBe("digest-file")
    expect(results).toMatchObject([{ _tag: "skipped", reason: "digest-file" }])
  })

  it("keeps Insights records apart from records", () => {
    const { results, summary } = decodeLogFile(bytes("insight.json.gz"))
    expect(results.map((r) => r._tag)).toStrictEqual(["insight"])
    expect(summary.skippedBy).toStrictEqual({ insight: 1 })
  })

  it("fails at $.Records when Records is not a list, and at $ when there is no Records", () => {
    expect(decodeLogFile({ Records: 5 }).results[0]?.path).toBe("$.Records")
    expect(decodeLogFile({ other: 1 }).results[0]?.path).toBe("$")
  })
})
