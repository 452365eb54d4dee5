import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
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

  it("follows links to files and folders once each, and lists FIFOs, broken links and loops as skipped", async () => {
    const root = mkdtempSync(join(tmpdir(), "mcc-trail-"))
    const other = mkdtempSync(join(tmpdir(), "mcc-trail-other-"))
    writeFileSync(join(root, "a.json"), "{}")
    writeFileSync(join(other, "b.json.gz"), "")
    mkdirSync(join(root, "sub"))
    symlinkSync(other, join(root, "sub", "linked"))
    symlinkSync(root, join(root, "sub", "loop"))
    symlinkSync(join(root, "a.json"), join(root, "z-same.json"))
    symlinkSync(join(root, "gone.json"), join(root, "broken.json"))
    execFileSync("mkfifo", [join(root, "pipe.json")])
    const trail = await listTrailFiles(root)
    expect(trail.files).toStrictEqual([join(root, "a.json"), join(root, "sub", "linked", "b.json.gz")])
    expect(trail.skipped).toStrictEqual([
      { path: join(root, "broken.json"), reason: "broken-link" },
      { path: join(root, "pipe.json"), reason: "fifo" },
      { path: join(root, "sub", "loop"), reason: "link-loop" },
      { path: join(root, "z-same.json"), reason: "duplicate" },
    ])
  })
})
