import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { chromiumCandidates, findChromium } from "../helpers/chromium"

// The browser tests launch whatever Chromium or Chrome the machine has: these check where the
// helper looks, with made-up executables in a temporary folder.

const work = mkdtempSync(join(tmpdir(), "chromium-discovery-"))
const executable = (...parts: ReadonlyArray<string>): string => {
  const file = join(work, ...parts)
  mkdirSync(join(file, ".."), { recursive: true })
  writeFileSync(file, "#!/bin/sh\n")
  chmodSync(file, 0o755)
  return file
}

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe("finding a Chromium", () => {
  it("takes the one an environment variable names before any other", () => {
    const named = executable("named", "chrome")
    const bin = executable("bin", "chromium")
    expect(findChromium({ CHROME_PATH: named, PATH: join(work, "bin") })).toBe(named)
    expect(findChromium({ PATH: join(work, "bin") })).toBe(bin)
  })

  it("looks in Playwright's cache, the newest full Chromium before a headless shell", () => {
    const cache = join(work, "ms-playwright")
    executable("ms-playwright", "chromium-1100", "chrome-linux", "chrome")
    const newest = executable("ms-playwright", "chromium-1200", "chrome-linux", "chrome")
    const shell = executable(
      "ms-playwright",
      "chromium_headless_shell-1300",
      "chrome-linux",
      "headless_shell",
    )
    const candidates = chromiumCandidates({ PLAYWRIGHT_BROWSERS_PATH: cache, PATH: "" })
    expect(candidates.indexOf(newest)).toBeGreaterThan(-1)
    expect(candidates.indexOf(newest)).toBeLessThan(candidates.indexOf(shell))
    expect(candidates.indexOf(newest)).toBeLessThan(
      candidates.indexOf(join(cache, "chromium-1100", "chrome-linux", "chrome")),
    )
  })

  it("passes over a name that is not a file", () => {
    const candidates = chromiumCandidates({ CHROMIUM_PATH: join(work, "absent"), PATH: "" })
    expect(candidates[0]).toBe(join(work, "absent"))
    expect(findChromium({ CHROMIUM_PATH: join(work, "absent"), PATH: "" })).not.toBe(join(work, "absent"))
  })
})
