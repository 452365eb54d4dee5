import { readFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join, resolve } from "node:path"
import { build } from "esbuild"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { browserTimeout, launchChromium } from "../helpers/chromium"
import { requireBuild } from "../helpers/prerequisites"

// The pure core in a real browser: a page imports the ESM build (bundled with its peers, as
// a user's bundler would) and decodes the AWS page's CreateJob example in headless Chromium.

const root = resolve(__dirname, "../..")
const seed = readFileSync(join(root, "test", "fixtures", "seed", "CreateJob.json"), "utf8")
let server: Server
let browser: Browser
let origin = ""

const page = `<!doctype html><meta charset="utf-8"><title>decode</title>
<script type="module">
  import { decodeMediaConvertEvent, identityOf, jobIdFrom, originOf } from "./bundle.js"
  const result = decodeMediaConvertEvent(${seed})
  window.answer = result._tag === "Right"
    ? { tag: "Right", eventName: result.right.eventName, who: identityOf(result.right).label, channel: originOf(result.right).channel, job: jobIdFrom(result.right) }
    : { tag: "Left" }
</script>`

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

describe("the main entry in a browser", () => {
  it("decodes the CreateJob example in headless Chromium, without console errors", async () => {
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
    })
    expect(errors).toStrictEqual([])
  })
})
