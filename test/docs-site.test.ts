import { execFileSync } from "node:child_process"
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { dirname, extname, join, resolve, sep } from "node:path"
import { deflateSync } from "node:zlib"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { browserTimeout, chromiumMissing, launchChromium } from "./helpers/chromium"
import { filesUnder } from "./helpers/files"
import { describeUnless } from "./helpers/prerequisites"
import { checkSiteLinks, type LinkReport } from "./helpers/site-links"
import { membersOf, onThisPage, plainText, summaryOf, tableHeaders } from "./helpers/site-pages"

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

describe("the documentation site, for its users", () => {
  const html = (page: string) => readFileSync(join(site, ...page.split("/")), "utf8")
  const guidesOnGitHub = /github\.com\/[^"]*\/blob\/[^"]*\/docs\/[^"]*\.md/

  it("gives every member of every MediaConvert structure and record type a description", () => {
    const structures = report.pages.filter((page) => /^interfaces\/shapes\.\w+\.html$/.test(page))
    const events = report.pages.filter((page) => /^interfaces\/index\.\w+Event\.html$/.test(page))
    expect(structures.length).toBeGreaterThan(250) // 220 structures, and the operations' requests and responses
    expect(events).toHaveLength(36) // 34 operations, the fallback, and JobEngineVersionEvent
    const undescribed = [...structures, ...events].flatMap((page) =>
      membersOf(html(page))
        // "Optional." alone, the first sentence of 105 of AWS's descriptions, says nothing either.
        .filter((member) => /^((Optional|Required)\.)?$/.test(member.description))
        .map((member) => `${page}: ${member.name}`),
    )
    expect(undescribed).toStrictEqual([])
    // AWS's description of each member of the model (a sample), and CloudTrail's of the envelope.
    const settings = membersOf(html("interfaces/shapes.JobSettings.html"))
    expect(settings.find((member) => member.name === "outputGroups")?.description).toMatch(
      /group of settings/,
    )
    const request = membersOf(html("interfaces/shapes.CreateJobRequest.html"))
    expect(request.find((member) => member.name === "queue")?.description).toMatch(/^Optional\. .*queue/)
    const event = membersOf(html("interfaces/index.CreateJobEvent.html"))
    expect(event.find((member) => member.name === "sourceIPAddress")?.description).toMatch(/IP address/)
    expect(event.length).toBeGreaterThan(25)
  })

  it("says what a type is, rather than only that it is the type of its codec", () => {
    for (const page of ["interfaces/index.CreateJobEvent.html", "interfaces/shapes.JobSettings.html"])
      expect(summaryOf(html(page))).not.toMatch(/^The type of/)
    expect(summaryOf(html("interfaces/shapes.JobSettings.html"))).toContain(
      "all the transcode settings for a job",
    )
    const createJob = summaryOf(html("interfaces/index.CreateJobEvent.html"))
    for (const field of [
      "outputGroupSettings",
      "destination",
      "requestParameters.role",
      "requestParameters.queue",
    ])
      expect(createJob).toContain(field)
    // sessionContext: several sentences, its members described, and no codec shown as a value.
    const session = html("interfaces/index.SessionContext.html")
    expect(summaryOf(session).split(". ").length).toBeGreaterThan(4)
    expect(membersOf(session).every((member) => member.description !== "")).toBe(true)
    const texts = report.pages
      .filter((page) => page.startsWith("interfaces/"))
      .map((page) => plainText(html(page)))
    expect(texts.filter((text) => /= t\.\w+/.test(text))).toStrictEqual([])
    // A long open enumeration in a member's type shows its first values only.
    const record = plainText(html("interfaces/index.CreateJobEvent.html"))
    expect(record).toContain('OpenEnum<"Management" | "Data" | "NetworkActivity" | … 4 more>')
    expect(record).not.toContain("ActivityAuditLog")
  })

  it("points the operation pages to the fields users look for, without padding or empty table headers", () => {
    const createJob = html("documents/Operations.CreateJob.html")
    const text = plainText(createJob)
    for (const field of [
      "hlsGroupSettings",
      "destination",
      "requestParameters.role",
      "requestParameters.queue",
    ])
      expect(text).toContain(field)
    // Each field with AWS's description of it.
    expect(text).toContain("The IAM role you use for creating this job.")
    for (const helper of ["destinationsOf", "inputsOf", "roleOf", "queueOf"])
      expect(createJob).toContain(`href="../functions/index.${helper}.html"`)
    // "On this page": the page's sections, not the structures listed under "Structures".
    expect(onThisPage(createJob)).toStrictEqual([
      "#createjob",
      "#where-to-look",
      "#requestparameters-createjobrequest",
      "#responseelements-createjobresponse",
      "#structures",
      "#example-record",
    ])
    const emptyHeaders = report.pages.filter((page) =>
      tableHeaders(html(page)).some((cells) => cells.every((cell) => cell === "")),
    )
    expect(emptyHeaders).toStrictEqual([])
  })

  it("links to the guides' pages, never to their Markdown, from its pages and from the doc comments", () => {
    expect(report.pages.filter((page) => guidesOnGitHub.test(html(page)))).toStrictEqual([])
    // Doc comments link to the published site, which works on npm and in an editor too; a link
    // relative to the repository (../../docs/quirks.md) would not: the package has no docs/.
    const relative = filesUnder(join(root, "src"), ".ts").filter((file) =>
      /\]\((\.\.\/)+docs\//.test(readFileSync(file, "utf8")),
    )
    expect(relative).toStrictEqual([])
    // Every guide of docs/ is a page, new ones included.
    const guides = readdirSync(join(root, "docs")).filter(
      (file) => file.endsWith(".md") && file !== "README.md",
    )
    for (const guide of guides) expect(report.pages).toContain(`documents/${guide.replace(/\.md$/, "")}.html`)
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

  it("leads the front page with what the library and the command line do, its guides on the site", async () => {
    const errors: string[] = []
    const tab = await openTab(errors, { width: 1280, height: 900 })
    await load(tab, "index.html")
    // The title once, then what the command line and the library answer, before any section.
    expect(await tab.locator("h1").count()).toBe(1)
    const lead = (await tab.locator(".col-content .tsd-typography p").first().textContent()) ?? ""
    for (const words of ["command line", "folder of logs", "who", "from which address"])
      expect(lead).toContain(words)
    const sections = await tab.$$eval(".col-content h2", (headings) =>
      headings.map((h) => h.textContent ?? ""),
    )
    expect(sections[0]).toMatch(/command line/)
    expect(sections.join(" ")).not.toMatch(/speed|bundle|benchmark/i)
    const links = await tab.$$eval(".col-content a[href]", (anchors) =>
      anchors.map((a) => (a as unknown as { href: string }).href),
    )
    // No link leaves the site for a guide: each goes to the guide's page here.
    const toMarkdown = (href: string) =>
      /\/docs\/.*\.md(#|$)/.test(href) || (href.startsWith(origin) && /\.md(#|$)/.test(href))
    expect(links.filter(toMarkdown)).toStrictEqual([])
    const guides = new Set(
      links.filter((href) => href.startsWith(`${origin}/documents/`)).map((href) => href.split("#")[0]),
    )
    expect(guides.size).toBeGreaterThanOrEqual(10) // the guides and the operation reference
    await tab.close()
    expect(errors).toStrictEqual([])
  })

  it.each([["human"], ["bucket"], ["destination"]])(
    "finds the guides' sections about %s with the site's search",
    async (query) => {
      const errors: string[] = []
      const tab = await openTab(errors)
      await load(tab, "index.html")
      await tab.click("#tsd-search-trigger")
      await tab.fill("#tsd-search-input", query)
      await tab.waitForSelector("#tsd-search-results li a")
      const results = await tab.$$eval("#tsd-search-results li a", (anchors) =>
        anchors.map((a) => a.getAttribute("href") ?? ""),
      )
      // A section of a guide (documents/identity.html#…), not only a whole page or an API entry.
      expect(results.filter((href) => /documents\/[a-z-]+\.html#[\w-]+$/.test(href))).not.toStrictEqual([])
      await tab.close()
      expect(errors).toStrictEqual([])
    },
  )

  it("fits every table of its guides and operation pages in the content column at 1280 px", async () => {
    const pages = report.pages.filter(
      (page) =>
        (page === "index.html" || page.startsWith("documents/")) &&
        readFileSync(join(site, ...page.split("/")), "utf8").includes("<table"),
    )
    expect(pages.length).toBeGreaterThan(34) // the operation pages, their index and the guides
    const tab = await openTab([], { width: 1280, height: 900 })
    // The layout of a page's content is its HTML and CSS: the data the scripts turn into the
    // navigation, the search and the hierarchy is left out, which makes each page quick to load.
    await tab.route(/\/assets\/(navigation|search|hierarchy)\.js$/, (route) => route.abort())
    const overflowing: string[] = []
    let tables = 0
    // What spills: the column wider than it is shown, or a table wider than the column or than itself.
    const measure = `(() => {
      const column = document.querySelector(".col-content")
      const found = []
      if (column.scrollWidth > column.clientWidth) found.push("column: " + column.scrollWidth + " px in " + column.clientWidth)
      const right = column.getBoundingClientRect().right
      document.querySelectorAll(".col-content table").forEach((table, i) => {
        if (table.scrollWidth > table.clientWidth || table.getBoundingClientRect().right > right + 1)
          found.push("table " + (i + 1) + ": " + table.scrollWidth + " px in " + column.clientWidth)
      })
      return [found, document.querySelectorAll(".col-content table").length]
    })()`
    const shown = "(document.querySelector('.col-content')?.clientWidth ?? 0) > 0"
    for (const page of pages) {
      await tab.goto(`${origin}/${page}`, { waitUntil: "load" })
      // The theme hides a page until its script has read the navigation data (or half a second
      // has passed): shown at once here, since that data is left out. Hidden, it has no width.
      await tab.evaluate("document.body.style.removeProperty('display')")
      await tab.waitForFunction(shown)
      const [found, count] = (await tab.evaluate(measure)) as [string[], number]
      overflowing.push(...found.map((what) => `${page}: ${what}`))
      tables += count
    }
    await tab.close()
    expect(overflowing).toStrictEqual([])
    expect(tables).toBeGreaterThan(pages.length) // every operation page has two tables or more
  }, 300_000) // ~46 pages: minutes on a busy two-core machine

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
