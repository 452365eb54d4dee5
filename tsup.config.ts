import { defineConfig } from "tsup"

export default defineConfig({
  entry: {
    index: "src/index.ts",
    shapes: "src/shapes.ts",
    codec: "src/codec/index.ts",
    node: "src/node/index.ts",
    s3: "src/s3/index.ts",
    cli: "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  // The command line is a program, not an API: it gets no type declarations. Its
  // "#!/usr/bin/env node" line is the first line of src/cli/main.ts, which esbuild keeps.
  // Node's types are needed for the "./node" and "./s3" declarations; `npm run typecheck` keeps them out of the core.
  dts: {
    entry: {
      index: "src/index.ts",
      shapes: "src/shapes.ts",
      codec: "src/codec/index.ts",
      node: "src/node/index.ts",
      s3: "src/s3/index.ts",
    },
    compilerOptions: { types: ["node"] },
  },
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
})
