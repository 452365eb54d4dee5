// Prints the Chromium or Chrome the browser tests will launch (test/helpers/chromium.ts looks in
// the environment variables, on PATH, in the usual places and in Playwright's cache) and exits
// 0, or says where it looked and exits 1. .ci/run calls it to decide whether to install one.
import { chromiumCandidates, findChromium } from "../test/helpers/chromium"

const found = findChromium()
if (found === undefined) {
  console.error(`no Chromium or Chrome found; looked at:\n  ${chromiumCandidates().join("\n  ")}`)
  process.exitCode = 1
} else console.log(found)
