import { existsSync, readdirSync, statSync } from "node:fs"
import { homedir, platform } from "node:os"
import { delimiter, join } from "node:path"
import { type Browser, chromium } from "playwright-core"

/**
 * The environment variables that may name a Chromium or Chrome to use, first match wins:
 * this project's own, then the ones Puppeteer and Playwright users already set.
 */
export const chromiumVariables = [
  "CHROMIUM_PATH",
  "CHROME_PATH",
  "PUPPETEER_EXECUTABLE_PATH",
  "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH",
] as const

/** Names a Chromium or Chrome goes by on PATH on Linux distributions. */
const commandNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

/** The usual places of an installed Chromium or Chrome outside PATH. */
const usualPaths = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
]

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Where Playwright keeps the browsers `npx playwright install` downloads. */
const playwrightCaches = (env: NodeJS.ProcessEnv): ReadonlyArray<string> => {
  const given = env.PLAYWRIGHT_BROWSERS_PATH
  const home = homedir()
  return [
    ...(given !== undefined && given !== "" && given !== "0" ? [given] : []),
    join(home, ".cache", "ms-playwright"),
    join(home, "Library", "Caches", "ms-playwright"),
    join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "ms-playwright"),
  ]
}

/** The executables inside one of Playwright's browser folders (chromium-1234, chromium_headless_shell-1234). */
const insidePlaywrightFolder = (folder: string): ReadonlyArray<string> => [
  join(folder, "chrome-linux", "chrome"),
  join(folder, "chrome-linux64", "chrome"),
  join(folder, "chrome-linux", "headless_shell"),
  join(folder, "chrome-headless-shell-linux64", "chrome-headless-shell"),
  join(folder, "chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"),
  join(
    folder,
    "chrome-mac-arm64",
    "Google Chrome for Testing.app",
    "Contents",
    "MacOS",
    "Google Chrome for Testing",
  ),
  join(
    folder,
    "chrome-mac-x64",
    "Google Chrome for Testing.app",
    "Contents",
    "MacOS",
    "Google Chrome for Testing",
  ),
  join(folder, "chrome-win", "chrome.exe"),
  join(folder, "chrome-win64", "chrome.exe"),
]

const fromPlaywright = (env: NodeJS.ProcessEnv): ReadonlyArray<string> =>
  playwrightCaches(env).flatMap((cache) => {
    if (!existsSync(cache)) return []
    // The newest revision first; full Chromium before the headless shell.
    const revision = (name: string): number => Number(name.slice(name.lastIndexOf("-") + 1)) || 0
    const folders = readdirSync(cache)
      .filter((name) => name.startsWith("chromium"))
      .sort(
        (a, b) =>
          Number(a.includes("headless")) - Number(b.includes("headless")) || revision(b) - revision(a),
      )
    return folders.flatMap((name) => insidePlaywrightFolder(join(cache, name)))
  })

const onPath = (env: NodeJS.ProcessEnv): ReadonlyArray<string> =>
  (env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "")
    .flatMap((dir) => commandNames.map((name) => join(dir, name)))

/**
 * Every place looked at for a Chromium or Chrome, in order: the environment variables above,
 * the commands on PATH, the usual paths on Linux and macOS, then Playwright's download cache.
 */
export const chromiumCandidates = (env: NodeJS.ProcessEnv = process.env): ReadonlyArray<string> => [
  ...chromiumVariables.flatMap((name) => {
    const value = env[name]
    return value === undefined || value === "" ? [] : [value]
  }),
  ...onPath(env),
  ...usualPaths,
  ...fromPlaywright(env),
]

/** The first Chromium or Chrome found (see {@link chromiumCandidates}), or undefined. */
export const findChromium = (env: NodeJS.ProcessEnv = process.env): string | undefined =>
  chromiumCandidates(env).find(isFile)

/** The Chromium the browser tests launch, when there is one. */
export const chromiumPath = findChromium()

/**
 * Why the browser tests cannot run here, or undefined when they can: for `describeUnless`, which
 * skips them loudly on a developer's machine and fails them under CI=true.
 */
export const chromiumMissing: string | undefined =
  chromiumPath === undefined
    ? `no Chromium or Chrome found (set CHROMIUM_PATH, install one, or run \`npx playwright install chromium\`; on ${platform()} looked on PATH, in the usual places and in Playwright's cache)`
    : undefined

/**
 * How long Playwright waits for a page to load or an element to appear before it gives up. It
 * only catches a page that never gets there: on a two-core machine with both cores busy a
 * page can take several seconds, so the wait is long rather than tuned.
 */
export const browserTimeout = 60_000

/**
 * The Chromium found, headless, driven by playwright-core. The flags keep it from reaching the
 * network on its own and from needing a GPU or a sandbox, which containers lack. The tests that
 * call it are wrapped in `describeUnless(chromiumMissing)`, so it is only called when one was found.
 */
export const launchChromium = (): Promise<Browser> => {
  if (chromiumPath === undefined) return Promise.reject(new Error(chromiumMissing))
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
