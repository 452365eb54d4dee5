import { existsSync } from "node:fs"
import { type Browser, chromium } from "playwright-core"

/** Where scripts/ensure-chromium.sh (run by `npm test`) puts Debian's Chromium. */
export const chromiumPath = "/usr/bin/chromium"

/**
 * How long Playwright waits for a page to load or an element to appear before it gives up. It
 * only catches a page that never gets there: on a two-core machine with both cores busy a
 * page can take several seconds, so the wait is long rather than tuned.
 */
export const browserTimeout = 60_000

/**
 * Debian's Chromium, headless, driven by playwright-core. The flags keep it from reaching the
 * network on its own and from needing a GPU or a sandbox, which containers lack. Without
 * Chromium it fails saying how to install it, rather than with Playwright's launch error.
 */
export const launchChromium = (): Promise<Browser> => {
  if (!existsSync(chromiumPath))
    throw new Error(
      `the browser tests need Chromium at ${chromiumPath}: run \`bash scripts/ensure-chromium.sh\` (npm test does)`,
    )
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
}
