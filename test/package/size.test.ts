import { join, resolve } from "node:path"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import { describe, expect, it } from "vitest"

// The size budget of the main entry, as a user's bundler ships it: the whole ESM build bundled
// for the browser and minified, with io-ts and fp-ts left out (they are peer dependencies the
// user has anyway) and fflate in, then gzipped. `npm test` builds before it runs the tests.
//
// Measured at 54,414 bytes on 2026-11-25 (344,163 minified). Most of it is the generated job
// settings: 220 structures and 482 enumerations, and their compiled validators. The budget
// leaves about 13 % for growth; raise it knowingly, and update the README's figure.
const budget = 60 * 1024

const root = resolve(__dirname, "../..")

const bundledSize = async (): Promise<{ minified: number; gzipped: number }> => {
  const result = await build({
    entryPoints: [join(root, "dist", "index.js")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    external: ["io-ts", "fp-ts"],
    write: false,
    logLevel: "silent",
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length }
}

describe("the main entry's size", () => {
  it(`stays within ${budget} bytes minified and gzipped`, async () => {
    const { minified, gzipped } = await bundledSize()
    console.log(`main entry: ${minified} bytes minified, ${gzipped} bytes gzipped (budget ${budget})`)
    // The bundle is the library, not an empty shell: it holds the codecs it is measured for.
    expect(minified).toBeGreaterThan(100_000)
    expect(gzipped).toBeLessThanOrEqual(budget)
  }, 60_000)
})
