import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { readLogFile } from "../../src/node"
import { fixturesDir } from "../helpers/fixtures"

describe("readLogFile", () => {
  it("reads a whole file with its counts", async () => {
    const found = await readLogFile(join(fixturesDir, "containers", "corrupt-middle.json.gz"))
    expect(found.summary).toMatchObject({ decoded: 2, failed: 2, skipped: 0 })
    expect(found.results).toHaveLength(4)
  })

  it("resolves with a failure for a file that does not exist", async () => {
    const found = await readLogFile(join(fixturesDir, "containers", "missing.json"))
    expect(found.summary.failed).toBe(1)
  })
})
