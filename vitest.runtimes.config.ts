import { defineConfig } from "vitest/config"
import base from "./vitest.config"

// `npm run test:runtimes`: the tests under test/runtimes/, which `npm test` leaves out because
// they install and start other runtimes (TypeScript 7, Bun, Deno from the npm registry, into
// .cache/ once). The script then runs the runtime-dependent tests under Node 22 too
// (scripts/test-node22.sh). CI runs both after `npm test` (.ci/run).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/runtimes/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    typecheck: { enabled: false },
  },
})
