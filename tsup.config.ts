import { dirname, relative, resolve } from "node:path"
import { defineConfig, type Options } from "tsup"

// The library's entry points, built as ESM and CommonJS with declarations. `npm run build`
// empties dist/ first; the configurations below write beside each other.
const library = {
  index: "src/index.ts",
  shapes: "src/shapes.ts",
  codec: "src/codec/index.ts",
  node: "src/node/index.ts",
  s3: "src/s3/index.ts",
}

const shared: Options = {
  target: "es2022",
  treeshake: true,
  // No source maps in the package: the code is not minified, so stack traces read as they
  // are, and maps that embed every source were more than half of the tarball.
  sourcemap: false,
  clean: false,
  // Node's types are needed for the "./node" and "./s3" declarations; `npm run typecheck`
  // keeps them out of the core.
  dts: { entry: library, compilerOptions: { types: ["node"] } },
}

/**
 * Resolves the command line's imports of the library (src/ outside src/cli) to the built entry
 * that exports them, kept external: `../node/…` to `./node.js`, the rest of the public surface
 * to `./index.js`. Internal helpers (src/codec/…) are small and stay bundled.
 */
const libraryEntries = {
  name: "library-entries",
  setup(build: {
    onResolve: (
      options: { filter: RegExp },
      callback: (args: { path: string; importer: string }) => { path: string; external: boolean } | undefined,
    ) => void
  }) {
    build.onResolve({ filter: /^\.\.\// }, ({ path, importer }) => {
      const target = relative(resolve("src"), resolve(dirname(importer), path))
      if (!relative(resolve("src/cli"), importer).startsWith("..") && !target.startsWith("cli")) {
        const top = target.split("/")[0]
        if (top === "node") return { path: "./node.js", external: true }
        if (top === "codec") return undefined
        return { path: "./index.js", external: true }
      }
      return undefined
    })
  },
}

export default defineConfig([
  // The reading workers' code (dist/read-worker.js: src/node/read-pool.ts starts it by its path,
  // with no flags of the host) is an entry of the ESM build, so it shares its chunks with
  // dist/node.js instead of carrying the library a second time (636 KB when it did).
  {
    ...shared,
    entry: { ...library, "read-worker": "src/node/read-worker.ts" },
    format: ["esm"],
    splitting: true,
  },
  { ...shared, entry: library, format: ["cjs"], splitting: true },
  {
    // The command line is a program, not an API: ESM only, no declarations, minified, and its
    // own dependencies (commander, cli-progress) bundled in, so that they are
    // devDependencies and a library user installs none of them (README, "The command line").
    // Its "#!/usr/bin/env node" line is the first line of src/cli/main.ts, which esbuild keeps.
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    minify: true,
    noExternal: ["commander", "cli-progress"],
    // The library itself is not bundled again: the command line imports the package's own
    // built entries (dist/index.js, dist/node.js) for what they export.
    esbuildPlugins: [libraryEntries],
    // Bundled CommonJS dependencies call require() for Node built-ins; give the ESM file one.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  },
])
