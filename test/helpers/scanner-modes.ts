import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { theScanner, useScanner } from "../../src/containers/scanner/scanner"

/**
 * Runs `suite` twice: with the selection's scanner (WebAssembly, where Node runs it) and
 * without it, as in runtimes that cannot compile WebAssembly, where the fast lane reads
 * brackets from the text around them. Both must give the results of parse-then-filter.
 */
export const eachScannerMode = (suite: () => void): void => {
  for (const [mode, on] of [
    ["with the scanner", true],
    ["without the scanner", false],
  ] as const)
    describe(mode, () => {
      beforeAll(() => useScanner(on))
      afterAll(() => useScanner(true))
      it(on ? "runs the scanner here" : "reads without it", () => {
        expect(theScanner() !== null).toBe(on)
      })
      suite()
    })
}
