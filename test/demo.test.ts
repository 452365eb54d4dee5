import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { gzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { fixture } from "./helpers/fixtures"

const root = resolve(__dirname, "..")
const demo = (args: ReadonlyArray<string>) =>
  execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts", "demo.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  })

describe("npm run demo", () => {
  it("prints who did what from where for each record of the shipped sample", () => {
    const lines = demo([]).trim().split("\n")
    expect(lines).toHaveLength(5)
    expect(lines[4]).toContain("CreateJob")
    expect(lines[4]).toContain(
      "by assumed-role admin/example-admin (temporary credentials) from 203.0.113.100 via console",
    )
    expect(lines[4]).toContain("job 1712252725875-defhgi")
  })

  it("reports a bad record with its path in the file and exits 1, still printing the good ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcc-demo-"))
    try {
      const bad = { ...(fixture("seed/DeleteQueue.json") as object), eventTime: 17 }
      const file = join(dir, "log.json.gz")
      writeFileSync(file, gzipSync(JSON.stringify({ Records: [fixture("seed/TagResource.json"), bad] })))
      let failed: { status: number; stdout: string; stderr: string } | undefined
      try {
        demo([file])
      } catch (error) {
        failed = error as typeof failed
      }
      expect(failed?.status).toBe(1)
      expect(failed?.stdout).toContain("TagResource")
      expect(failed?.stderr).toContain("$.Records[1].eventTime: expected string, found number 17")
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
