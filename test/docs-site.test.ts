import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { extname, join, relative, resolve, sep } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./helpers/chromium"
import { filesUnder } from "./helpers/files"

// The documentation site as readers get it: built with typedoc (warnings are errors, so a
// broken {@link} fails here), served over HTTP, and opened page by page in headless Chromium.

const root = resolve(__dirname, "..")
const artifacts = join(root, "artifacts")
let site = ""
let server: Server
let browser: Browser
let origin = ""
/** The site's pages, as URL paths relative to its root. */
let pages: string[] = []

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".md": "text/markdown",
}

/** The site file a URL of the local server names, or undefined for another origin. */
const fileOf = (url: URL): string | undefined => {
  if (url.origin !== origin) return undefined
  const path = join(site, decodeURIComponent(url.pathname))
  return path.endsWith(sep) ? join(path, "index.html") : path
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "mediaconvert-site-"))
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "typedoc", "bin", "typedoc"), "--out", site, "--treatWarningsAsErrors"],
    { cwd: root, stdio: "pipe" },
  )
  pages = filesUnder(site, ".html").map((file) => relative(site, file).split(sep).join("/"))
  server = createServer((request, response) => {
    // Chromium asks every new tab's origin for a favicon on its own; the site has none.
    if (request.url === "/favicon.ico") {
      response.writeHead(204).end()
      return
    }
    const file = fileOf(new URL(request.url ?? "/", origin))
    if (file === undefined || !file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end()
      return
    }
    response
      .writeHead(200, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((done) => server?.close(done))
  if (site !== "") rmSync(site, { recursive: true, force: true })
})

interface PageReport {
  readonly page: string
  readonly errors: ReadonlyArray<string>
  readonly links: ReadonlyArray<string>
}

/**
 * Opens one page and reports its console errors, failed requests and the links it shows: those
 * of the page's own content and toolbar, or with `everyLink` also the navigation tree's (the
 * same tree on every page, so it is followed from a few pages only).
 */
const visit = async (tab: Page, path: string, everyLink = false): Promise<PageReport> => {
  const errors: string[] = []
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`)
  }
  const onPageError = (error: Error) => errors.push(`page error: ${error.message}`)
  const onResponse = (response: { status(): number; url(): string }) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
  }
  tab.on("console", onConsole)
  tab.on("pageerror", onPageError)
  tab.on("response", onResponse)
  try {
    await tab.goto(`${origin}/${path}`, { waitUntil: "load" })
    // The navigation tree is filled in by a script from a compressed index; wait for it.
    await tab.waitForSelector(".tsd-navigation a", { state: "attached", timeout: 10_000 })
    const links = await tab.$$eval(
      everyLink ? "a[href]" : ".col-content a[href], header a[href]",
      (anchors) => anchors.map((a) => (a as unknown as { href: string }).href),
    )
    return { page: path, errors, links }
  } catch (error) {
    return { page: path, errors: [...errors, `did not load: ${String(error)}`], links: [] }
  } finally {
    tab.off("console", onConsole)
    tab.off("pageerror", onPageError)
    tab.off("response", onResponse)
  }
}

const ids = new Map<string, Set<string>>()
/** The ids of the elements of a site file, for links with a #fragment. */
const idsOf = (file: string): Set<string> => {
  let known = ids.get(file)
  if (known === undefined) {
    known = new Set(
      [...readFileSync(file, "utf8").matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1] ?? ""),
    )
    ids.set(file, known)
  }
  return known
}

describe("the documentation site", () => {
  it("has every page of the site: the guides, the 34 operation pages and the API", () => {
    for (const guide of [
      "getting-started",
      "containers",
      "lambda-eventbridge",
      "audit",
      "cli",
      "errors",
      "quirks",
    ])
      expect(pages.some((page) => page.endsWith(`${guide}.html`))).toBe(true)
    expect(pages.filter((page) => /^documents\/Operations\.\w+\.html$/.test(page))).toHaveLength(34)
    expect(pages).toContain("variables/index.CreateJobEvent.html")
    expect(pages).toContain("functions/node.streamRecords.html")
  })

  it("loads every page in Chromium without console errors, and no internal link is broken", async () => {
    const queue = [...pages]
    const reports: PageReport[] = []
    const workers = Array.from({ length: 4 }, async () => {
      const tab = await browser.newPage()
      for (let next = queue.shift(); next !== undefined; next = queue.shift())
        reports.push(await visit(tab, next))
      await tab.close()
    })
    await Promise.all(workers)
    expect(reports).toHaveLength(pages.length)
    const tab = await browser.newPage()
    for (const path of [
      "index.html",
      "documents/Operations.CreateJob.html",
      "variables/shapes.JobSettings.html",
    ])
      reports.push(await visit(tab, path, true))
    await tab.close()
    expect(reports.flatMap((r) => r.errors.map((e) => `${r.page}: ${e}`))).toStrictEqual([])

    const broken: string[] = []
    let checked = 0
    const seen = new Set<string>()
    for (const report of reports)
      for (const href of report.links) {
        const url = new URL(href)
        const file = fileOf(url)
        if (file === undefined || seen.has(`${report.page} ${href}`)) continue
        seen.add(`${report.page} ${href}`)
        checked++
        if (!existsSync(file)) broken.push(`${report.page} → ${href}: no such page`)
        else if (
          url.hash.length > 1 &&
          file.endsWith(".html") &&
          !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))
        )
          broken.push(`${report.page} → ${href}: no such anchor`)
      }
    expect(checked).toBeGreaterThan(pages.length)
    expect(broken).toStrictEqual([])
  }, 900_000)

  it("finds an operation by name with the site's search", async () => {
    const tab = await browser.newPage()
    await tab.goto(`${origin}/index.html`)
    await tab.click("#tsd-search-trigger")
    await tab.fill("#tsd-search-input", "CreateQueue")
    await tab.waitForSelector("#tsd-search-results li a", { timeout: 10_000 })
    const results = await tab.$$eval("#tsd-search-results li a", (anchors) =>
      anchors.map((a) => a.getAttribute("href") ?? ""),
    )
    expect(results.some((href) => href.endsWith("documents/Operations.CreateQueue.html"))).toBe(true)
    expect(results.some((href) => href.endsWith("interfaces/index.CreateQueueEvent.html"))).toBe(true)
    await tab.close()
  }, 60_000)

  it("keeps a screenshot of the front page as a build artefact (artifacts/docs-front-page.png)", async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await tab.goto(`${origin}/index.html`)
    await expect(tab.title()).resolves.toContain("mediaconvert-cloudtrail")
    mkdirSync(artifacts, { recursive: true })
    const png = await tab.screenshot({ path: join(artifacts, "docs-front-page.png") })
    // A PNG, of the size asked for (width and height are the first IHDR fields).
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG")
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toStrictEqual([1280, 900])
    await tab.close()
  }, 60_000)
})
