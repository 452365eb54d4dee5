import { readFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join, resolve } from "node:path"
import { build } from "esbuild"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, expect, it } from "vitest"
import { browserTimeout, chromiumMissing, launchChromium } from "../helpers/chromium"
import { describeUnless, requireBuild } from "../helpers/prerequisites"

// The pure core in a real browser: a page imports the ESM build (bundled with its peers, as
// a user's bundler would), decodes the AWS page's CreateJob example and picks MediaConvert's
// records out of a log file in headless Chromium.

const root = resolve(__dirname, "../..")
const seed = readFileSync(join(root, "test", "fixtures", "seed", "CreateJob.json"), "utf8")
let server: Server
let browser: Browser
let origin = ""

const page = `<!doctype html><meta charset="utf-8"><title>decode</title>
<script type="module">
  import { decodeMediaConvertEvent, identityOf, jobIdFrom, mediaConvertEventsFrom, originOf } from "./bundle.js"
  const result = decodeMediaConvertEvent(${seed})
  // A log file of 600 records, a third MediaConvert's: picked out by the selection's scanner
  // (WebAssembly, compiled on the page's main thread).
  const seed = ${seed}
  const services = ["mediaconvert.amazonaws.com", "s3.amazonaws.com", "ec2.amazonaws.com"]
  const records = Array.from({ length: 600 }, (_, i) => ({ ...seed, eventSource: services[i % 3], eventID: "b-" + i }))
  const selected = mediaConvertEventsFrom(JSON.stringify({ Records: records })).summary
  window.answer = result._tag === "Right"
    ? { tag: "Right", eventName: result.right.eventName, who: identityOf(result.right).label, channel: originOf(result.right).channel, job: jobIdFrom(result.right), selected: [selected.decoded, selected.passedOver] }
    : { tag: "Left" }
</script>`

describeUnless(chromiumMissing)("the main entry in a browser", () => {
  beforeAll(async () => {
    requireBuild("index.js")
    const bundle = await build({
      entryPoints: [join(root, "dist", "index.js")],
      bundle: true,
      format: "esm",
      platform: "browser",
      mainFields: ["browser", "module", "main"],
      write: false,
      logLevel: "silent",
    })
    const files: Record<string, [string, string]> = {
      "/": ["text/html", page],
      "/bundle.js": ["text/javascript", bundle.outputFiles[0]?.text ?? ""],
      "/favicon.ico": ["image/x-icon", ""],
    }
    server = createServer((request, response) => {
      const file = files[request.url ?? ""]
      response.writeHead(file ? 200 : 404, { "content-type": file?.[0] ?? "text/plain" }).end(file?.[1] ?? "")
    })
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((done) => server?.close(done))
  })

  it("decodes the CreateJob example and selects records in headless Chromium, without console errors", async () => {
    const tab = await browser.newPage()
    tab.setDefaultTimeout(browserTimeout)
    const errors: string[] = []
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text())
    })
    tab.on("pageerror", (error) => errors.push(error.message))
    await tab.goto(`${origin}/`)
    await tab.waitForFunction(() => (globalThis as { answer?: unknown }).answer !== undefined)
    const answer = await tab.evaluate(() => (globalThis as { answer?: unknown }).answer)
    expect(answer).toStrictEqual({
      tag: "Right",
      eventName: "CreateJob",
      who: "assumed-role admin/example-admin",
      channel: "console",
      job: { _tag: "Some", value: "1712252725875-defhgi" },
      selected: [200, 400],
    })
    expect(errors).toStrictEqual([])
  })
})
