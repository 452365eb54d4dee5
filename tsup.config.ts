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

export default defineConfig([
  { ...shared, entry: library, format: ["esm"], splitting: true, minifyWhitespace: true },
  { ...shared, entry: library, format: ["cjs"], splitting: true, minifyWhitespace: true },
  {
    // The command line is a program, not an API: ESM only, no declarations, minified, and its
    // own dependencies (commander, cli-table3, cli-progress) bundled in, so that they are
    // devDependencies and a library user installs none of them (README, "The command line").
    // Its "#!/usr/bin/env node" line is the first line of src/cli/main.ts, which esbuild keeps.
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    minify: true,
    noExternal: ["commander", "cli-table3", "cli-progress"],
    // Bundled CommonJS dependencies call require() for Node built-ins; give the ESM file one.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  },
])
