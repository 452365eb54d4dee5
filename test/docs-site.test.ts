import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { dirname, extname, join, resolve, sep } from "node:path"
import { deflateSync } from "node:zlib"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { browserTimeout, chromiumMissing, launchChromium } from "./helpers/chromium"
import { describeUnless } from "./helpers/prerequisites"
import { checkSiteLinks, type LinkReport } from "./helpers/site-links"

// The documentation site as readers get it. typedoc builds it once (warnings are errors, so a
// broken {@link} fails here). Every link and #anchor of every page, and of the navigation and
// search data the pages turn into links, is checked from the files. Headless Chromium then
// opens one page of each kind and uses the search: the pages share their scripts, so a sample
// shows that they run; opening all ~1,840 pages took most of `npm test`'s 15 minutes (issue 14).

const root = resolve(__dirname, "..")
const artifacts = join(root, "artifacts")
let site = ""
let report: LinkReport

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), "mediaconvert-site-"))
  const typedoc = join(root, "node_modules", "typedoc", "bin", "typedoc")
  // Type errors are for `npm run typecheck` to report (npm test runs it before the tests);
  // checking them again here took a third of typedoc's time.
  const options = ["--out", site, "--treatWarningsAsErrors", "--skipErrorChecking"]
  const started = performance.now()
  execFileSync(process.execPath, [typedoc, ...options], { cwd: root, stdio: "pipe" })
  const built = performance.now()
  report = checkSiteLinks(site)
  // Reported, not asserted: how long the site takes to build and to check on this machine.
  console.log(
    `typedoc built the site in ${((built - started) / 1000).toFixed(1)} s; its ${report.pages.length} pages' ` +
      `${report.checked} local links (${report.anchors} with an anchor) were checked in ` +
      `${((performance.now() - built) / 1000).toFixed(1)} s`,
  )
})

afterAll(() => {
  if (site !== "") rmSync(site, { recursive: true, force: true })
})

describe("the documentation site", () => {
  it("has every page of the site: the guides, the 34 operation pages and the API", () => {
    const { pages } = report
    for (const guide of [
      "getting-started",
      "containers",
      "lambda-eventbridge",
      "audit",
      "cli",
      "errors",
      "quirks",
    ])
      expect(pages).toContain(`documents/${guide}.html`)
    expect(pages.filter((page) => /^documents\/Operations\.\w+\.html$/.test(page))).toHaveLength(34)
    expect(pages).toContain("variables/index.CreateJobEvent.html")
    expect(pages).toContain("functions/node.streamRecords.html")
  })

  it("links only to files that exist and to anchors that exist in them, in its pages and its navigation and search data", () => {
    expect(report.broken).toStrictEqual([])
    // Every page links to others (the toolbar, the breadcrumbs), and the API pages to their members.
    expect(report.checked).toBeGreaterThan(report.pages.length * 10)
    expect(report.anchors).toBeGreaterThan(report.pages.length)
  })

  it("shows nested structures by their names, never the unexported Flatten<…> behind StructOf", () => {
    const text = (page: string) =>
      readFileSync(join(site, ...page.split("/")), "utf8")
        .replace(/<[^>]*>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/\s+/g, " ")
    expect(report.pages.filter((page) => text(page).includes("Flatten<"))).toStrictEqual([])
    // Members that showed a whole structure spelt out (about 44 pages did) name its type.
    expect(text("interfaces/index.RoleIdentity.html")).toContain("sessionContext?: SessionContext | null")
    expect(text("interfaces/index.SessionContext.html")).toContain("sessionIssuer?: SessionIssuer | null")
    expect(text("interfaces/index.InsightDetails.html")).toContain("insightContext?: InsightContext")
    expect(text("interfaces/index.InsightContext.html")).toContain("statistics?: InsightStatistics")
    expect(text("interfaces/index.InsightRecord.html")).toContain("insightDetails: InsightDetails")
  })
})

describe("the link check", () => {
  it("reports a missing file, a missing anchor, a link out of the site and a broken navigation entry", () => {
    const fake = mkdtempSync(join(tmpdir(), "mediaconvert-fake-site-"))
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(fake, path)), { recursive: true })
        writeFileSync(join(fake, path), text)
      }
      const data = (name: string, value: unknown) =>
        write(
          `assets/${name}.js`,
          `window.${name}Data = "${deflateSync(JSON.stringify(value)).toString("base64")}"`,
        )
      write(
        "index.html",
        `<!doctype html><script>if (1 < 2) document.write('<a href="nowhere.html">')</script>
         <a href="docs/a.html#here">fine</a> <a href="docs/">fine too</a> <a href="https://example.com/x">away</a>
         <a href="docs/a.html#there">no anchor</a> <a href="gone.html">no file</a> <a href="../up.html">out</a>`,
      )
      write("docs/a.html", `<h2 id="here">Here</h2><a href="#here">up</a> <a href='#elsewhere'>no anchor</a>`)
      write("docs/index.html", "<p>the folder's page</p>")
      data("navigation", [{ path: "docs/a.html", children: [{ path: "docs/a.html#lost" }] }])
      data("search", { rows: [{ url: "docs/b.html" }] })
      data("hierarchy", { reflections: { 1: { url: "docs/a.html#here" } } })
      const { broken, checked, anchors } = checkSiteLinks(fake)
      expect(broken).toStrictEqual([
        'docs/a.html → #elsewhere: no id "elsewhere" in docs/a.html',
        'index.html → docs/a.html#there: no id "there" in docs/a.html',
        "index.html → gone.html: no such file",
        "index.html → ../up.html: outside the site",
        'assets/navigation.js → docs/a.html#lost: no id "lost" in docs/a.html',
        "assets/search.js → docs/b.html: no such file",
      ])
      expect([checked, anchors]).toStrictEqual([11, 6])
    } finally {
      rmSync(fake, { recursive: true, force: true })
    }
  })
})

describeUnless(chromiumMissing)("the documentation site in Chromium", () => {
  let server: Server
  let browser: Browser
  let origin = ""

  const contentTypes: Readonly<Record<string, string>> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".md": "text/markdown",
  }

  beforeAll(async () => {
    server = createServer((request, response) => {
      // Chromium asks every new tab's origin for a favicon on its own; the site has none.
      if (request.url === "/favicon.ico") {
        response.writeHead(204).end()
        return
      }
      const path = join(site, decodeURIComponent(new URL(request.url ?? "/", origin).pathname))
      const file = path.endsWith(sep) ? join(path, "index.html") : path
      if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
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
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((done) => server?.close(done))
  })

  /** A new tab that records console errors, uncaught errors and HTTP errors in `errors`. */
  const openTab = async (errors: string[], viewport?: { width: number; height: number }): Promise<Page> => {
    const tab = await browser.newPage(viewport === undefined ? {} : { viewport })
    tab.setDefaultTimeout(browserTimeout)
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`)
    })
    tab.on("pageerror", (error) => errors.push(`page error: ${error.message}`))
    tab.on("response", (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    return tab
  }

  /** Loads a page and waits for the navigation tree, which a script fills in from compressed data. */
  const load = async (tab: Page, path: string) => {
    await tab.goto(`${origin}/${path}`, { waitUntil: "load" })
    await tab.waitForSelector(".tsd-navigation a", { state: "attached" })
  }

  it.each([
    ["the front page", "index.html", "mediaconvert-cloudtrail"],
    ["a guide", "documents/getting-started.html", "Getting started | mediaconvert-cloudtrail"],
    ["the identity guide", "documents/identity.html", "Identity and origin | mediaconvert-cloudtrail"],
    ["an operation page", "documents/Operations.CreateJob.html", "CreateJob | mediaconvert-cloudtrail"],
    ["a function", "functions/index.identityOf.html", "identityOf | mediaconvert-cloudtrail"],
    ["a structure", "interfaces/shapes.JobSettings.html", "JobSettings | mediaconvert-cloudtrail"],
  ])(
    "shows %s (%s) with its navigation and without console errors or failed requests",
    async (_, path, title) => {
      const errors: string[] = []
      const tab = await openTab(errors)
      await load(tab, path)
      expect(await tab.title()).toBe(title)
      // The navigation lists the guides and the API by category, from the data the link check read.
      expect(await tab.locator(".tsd-navigation a").count()).toBeGreaterThan(40)
      await tab.close()
      expect(errors).toStrictEqual([])
    },
  )

  it("finds an operation by name with the site's search", async () => {
    const errors: string[] = []
    const tab = await openTab(errors)
    await load(tab, "index.html")
    await tab.click("#tsd-search-trigger")
    await tab.fill("#tsd-search-input", "CreateQueue")
    await tab.waitForSelector("#tsd-search-results li a")
    const results = await tab.$$eval("#tsd-search-results li a", (anchors) =>
      anchors.map((a) => a.getAttribute("href") ?? ""),
    )
    expect(results.some((href) => href.endsWith("documents/Operations.CreateQueue.html"))).toBe(true)
    expect(results.some((href) => href.endsWith("interfaces/index.CreateQueueEvent.html"))).toBe(true)
    await tab.close()
    expect(errors).toStrictEqual([])
  })

  it.each([
    ["the front page", "index.html", "docs-front-page.png"],
    ["the identity guide", "documents/identity.html", "docs-identity-guide.png"],
  ])(
    "keeps a screenshot of %s as a build artefact (artifacts/%s), with nothing wider than 1280 px",
    async (_, path, file) => {
      const tab = await openTab([], { width: 1280, height: 900 })
      await load(tab, path)
      mkdirSync(artifacts, { recursive: true })
      const png = await tab.screenshot({ path: join(artifacts, file) })
      // A PNG, of the size asked for (width and height are the first IHDR fields).
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG")
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toStrictEqual([1280, 900])
      // No horizontal overflow: the page is no wider than the window.
      expect(await tab.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(1280)
      await tab.close()
    },
  )
})
