import { defineConfig } from "vitest/config"

// Timeouts catch a test that hangs; they do not measure speed (that is `npm run bench`'s job).
// They are sized for a two-core machine with both cores busy with other work, where a test
// can take several times as long as it does on an idle one: vitest's 5 s default failed
// ordinary tests there (issue 14). A test sets its own timeout only to ask for more.

/** The longest one test may run before it counts as hung; the slowest take about 4 s idle. */
const testTimeout = 120_000

/** The longest one beforeAll or afterAll may run; the slowest builds the typedoc site, 12 s idle. */
const hookTimeout = 300_000

/** The longest the workers may take to shut down once the tests are done. */
const teardownTimeout = 60_000

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The checks under other runtimes (the packed package under TypeScript 7, Bun and Deno, which
    // they install into .cache/ first) are worth their minutes on CI, not on every `npm test`:
    // `npm run test:runtimes` runs them (vitest.runtimes.config.ts), and .ci/run calls it.
    exclude: ["**/node_modules/**", "test/runtimes/**"],
    testTimeout,
    hookTimeout,
    teardownTimeout,
    // The type tests (*.test-d.ts) are checked by `tsc -p test/tsconfig.json`, over that whole
    // project. `npm test` turns this off (--typecheck.enabled=false) because `npm run typecheck`,
    // which it runs first, compiles the same project and fails on the same errors.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "test/tsconfig.json" },
  },
})
