import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { listTrailFiles } from "../../src/node"
import { fixturesDir } from "../helpers/fixtures"

describe("listTrailFiles", () => {
  it("lists the log files of an organization trail in path order and sets digest folders apart", async () => {
    const trail = await listTrailFiles(join(fixturesDir, "containers", "trail"))
    expect(trail.files.map((file) => file.split("/").slice(-4).join("/"))).toStrictEqual([
      "2024/04/04/111122223333_CloudTrail_us-east-1_20240404T1750Z_AbCdEfGhIjKlMnOp.json.gz",
      "2024/04/04/111122223333_CloudTrail_us-east-1_20240404T1755Z_BcDeFgHiJkLmNoPq.json.gz",
      "2024/04/05/111122223333_CloudTrail_us-east-1_20240405T0005Z_CdEfGhIjKlMnOpQr.json.gz",
    ])
    expect(trail.digestFolders).toHaveLength(1)
    expect(trail.unreadable).toStrictEqual([])
  })

  it("lists a folder it cannot read as unreadable instead of rejecting", async () => {
    const trail = await listTrailFiles(join(fixturesDir, "containers", "no-such-folder"))
    expect(trail.files).toStrictEqual([])
    expect(trail.unreadable).toHaveLength(1)
  })
})
