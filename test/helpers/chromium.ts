import { type Browser, chromium } from "playwright-core"

/**
 * Debian's Chromium, headless, driven by playwright-core (scripts/ensure-chromium.sh installs
 * it). The flags keep it from reaching the network on its own and from needing a GPU or a
 * sandbox, which containers lack.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
