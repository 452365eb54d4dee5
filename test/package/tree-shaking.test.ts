import { beforeAll, describe, expect, it } from "vitest"
import { bundleSize, CORE_TRIO } from "../../scripts/footprint"
import { requireBuild } from "../helpers/prerequisites"

// What a user does not import is not loaded: a Lambda handler that reads who and from where
// (decodeRecord, identityOf, originOf) must not carry the MediaConvert model. Measured on
// 2026-11-29: 8,604 bytes gzipped (45,089 minified), against 45,300 before the generated
// codecs were marked pure and the compiled checks split per root; 9,716 on 2026-12-07, with
// the codecs' Standard Schema (validate, the JSON Schema writer). `npm test` builds first.
const budget = 15 * 1024

beforeAll(() => requireBuild("index.js"))

describe("a bundle of decodeRecord, identityOf and originOf alone", () => {
  it(`stays within ${budget} bytes gzipped, without the MediaConvert structures`, async () => {
    const { minified, gzipped } = await bundleSize(CORE_TRIO)
    console.log(`${CORE_TRIO.join(" + ")}: ${minified} bytes minified, ${gzipped} bytes gzipped`)
    // It holds the record codecs it needs, and not the whole entry.
    expect(minified).toBeGreaterThan(10_000)
    expect(gzipped).toBeLessThanOrEqual(budget)
    const whole = await bundleSize()
    expect(whole.gzipped).toBeGreaterThan(gzipped * 4)
  })
})
