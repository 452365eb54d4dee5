// What the library weighs for a user: the gzipped size of an esbuild bundle of some of its
// exports (io-ts and fp-ts left out: peer dependencies every user has anyway), and the time a
// fresh Node process takes to import an entry. Used by bench/footprint.ts (npm run bench) and
// by the size budgets of test/package/size.test.ts. Both read the built dist/.
import { execFileSync } from "node:child_process"
import { join, resolve } from "node:path"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"

export const root = resolve(import.meta.dirname, "..")

export interface BundleSize {
  readonly minified: number
  readonly gzipped: number
}

/**
 * The size of a browser bundle, minified then gzipped at level 9, of `names` imported from the
 * built main entry (all of it when `names` is omitted), as a user's bundler would make it.
 */
export const bundleSize = async (names?: ReadonlyArray<string>): Promise<BundleSize> => {
  const entry = join(root, "dist", "index.js")
  const contents =
    names === undefined
      ? `export * from ${JSON.stringify(entry)}`
      : `export { ${names.join(", ")} } from ${JSON.stringify(entry)}`
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
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

/** Milliseconds a fresh process takes to import `modules` (specifiers or paths), one sample. */
const importOnce = (modules: ReadonlyArray<string>): number =>
  Number(
    execFileSync(process.execPath, [join(root, "bench", "import-time.mjs"), modules.join(",")], {
      cwd: root,
      encoding: "utf8",
    }),
  )

export interface ImportTimes {
  /** The fastest of the samples, in milliseconds, per contender. */
  readonly min: ReadonlyArray<number>
  /** The median of the samples, in milliseconds, per contender. */
  readonly median: ReadonlyArray<number>
}

/** Import times of several contenders, sampled in turn `rounds` times each (each a fresh process). */
export const importTimes = (contenders: ReadonlyArray<ReadonlyArray<string>>, rounds = 15): ImportTimes => {
  const samples = contenders.map(() => [] as number[])
  for (let round = 0; round < rounds; round++)
    contenders.forEach((modules, i) => {
      samples[i]?.push(importOnce(modules))
    })
  const sorted = samples.map((list) => [...list].sort((a, b) => a - b))
  return {
    min: sorted.map((list) => list[0] ?? Number.NaN),
    median: sorted.map((list) => list[Math.floor(list.length / 2)] ?? Number.NaN),
  }
}

/** The baseline of every import: io-ts and fp-ts alone, loaded as the library loads them. */
export const PEERS = ["io-ts", "fp-ts/lib/Either.js"]
export const MAIN = [join(root, "dist", "index.js")]
/** What a Lambda handler that reads who and from where imports. */
export const CORE_TRIO = ["decodeRecord", "identityOf", "originOf"]

/**
 * The size of a Lambda handler's bundle, minified then gzipped at level 9: `source` (JavaScript
 * importing the built entries as `dist/<entry>.js`) bundled for Node with io-ts, fp-ts and
 * fflate in, as a Lambda function ships them, with the settings docs/lambda-eventbridge.md gives
 * (`--main-fields=module,main`: the peers' ES modules, which tree-shake). `mainFields` defaults
 * to those; pass esbuild's default for Node (`main,module`) to see what the setting saves.
 */
export const lambdaBundleSize = async (
  source: string,
  mainFields: ReadonlyArray<string> = ["module", "main"],
): Promise<BundleSize> => {
  const contents = source.replace(/"dist\/([a-z0-9-]+\.js)"/g, (_, file: string) =>
    JSON.stringify(join(root, "dist", file)),
  )
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    mainFields: [...mainFields],
    write: false,
    logLevel: "silent",
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length }
}

/** A handler that decodes CreateJob records alone (docs/lambda-eventbridge.md#a-light-bundle). */
export const CREATE_JOB_HANDLER = `import { CreateJobEvent, formatFailure, identityOf } from "dist/index.js"
import { decodeWith } from "dist/codec.js"
export const handler = async (event) => {
  const result = decodeWith(CreateJobEvent, event.detail)
  if (result._tag === "Left") return console.error(formatFailure(result.left))
  console.log(identityOf(result.right).label, result.right.requestParameters?.role)
}`

/** The same handler taking every operation (decodeMediaConvertEvent). */
export const EVERY_OPERATION_HANDLER = `import { decodeMediaConvertEvent, formatFailure, identityOf } from "dist/index.js"
export const handler = async (event) => {
  const result = decodeMediaConvertEvent(event.detail)
  if (result._tag === "Left") return console.error(formatFailure(result.left))
  console.log(identityOf(result.right).label, result.right.eventName)
}`
