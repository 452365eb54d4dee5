import { execFileSync } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { fixturesDir } from "../helpers/fixtures"

// The packed package for today's consumers: an ESM and a CommonJS project type-check it under
// the repository's TypeScript (5.9) and under TypeScript 7 (what `npm i typescript` installs
// today), and a program reads records through its main and "./node" entries under Node, Bun and
// Deno. TypeScript 7, Bun and Deno come from the npm registry, pinned, through
// scripts/install-runtimes.sh (into .cache/runtimes, once). The consumer installs the tarball
// with npm, as a user would, with the peers at the versions the repository tests with.

const root = resolve(__dirname, "../..")
const built = existsSync(join(root, "dist", "index.js"))
/** Installing the runtimes the first time, and the consumer each time, on a busy machine. */
const INSTALL_TIMEOUT = 600_000
/** One type-check of the consumer: TypeScript 5 takes a few seconds on an idle core. */
const TYPECHECK_TIMEOUT = 120_000
/** One run of the consumer program. */
const RUN_TIMEOUT = 60_000

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  devDependencies: Record<string, string>
}
let work = ""
let app = ""
const runtimes = { tsc: "", bun: "", deno: "" }
/** What each runtime says it is, as the program prints it: "node 20.20.2", "bun 1.4.5", "deno 2.9.6". */
const said = { node: `node ${process.versions.node}`, bun: "", deno: "" }

const run = (file: string, args: ReadonlyArray<string>, cwd: string, env: NodeJS.ProcessEnv = {}): string => {
  try {
    return execFileSync(file, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    })
  } catch (error) {
    // Show what the command printed (tsc prints its errors on stdout), not only its exit code.
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${stdout ?? ""}${stderr ?? ""}`)
  }
}

// The consumer's TypeScript: both entries, a narrowing on the event name, and an expected error
// that proves the declarations are read (were they `any`, the directive itself would fail).
const typedSource = (kind: "esm" | "cjs"): string => `import { readFileSync } from "node:fs"
import * as E from "fp-ts/Either"
import { type CloudTrailRecord, decodeMediaConvertEvent, decodeRecord, formatFailure, identityOf, type MediaConvertEvent } from "mediaconvert-cloudtrail"
import { type FileRecords, readLogFile, streamRecords } from "mediaconvert-cloudtrail/node"
import { H264Settings } from "mediaconvert-cloudtrail/shapes"

const input: unknown = JSON.parse(readFileSync("record.json", "utf8"))
const record: E.Either<unknown, CloudTrailRecord> = decodeRecord(input)
const event = decodeMediaConvertEvent(input)
if (E.isRight(event)) {
  const decoded: MediaConvertEvent = event.right
  const queue: string | undefined = decoded.eventName === "DeleteQueue" ? decoded.requestParameters?.name : undefined
  console.log(decoded.eventName, queue, identityOf(decoded).principal, H264Settings.is({}))
  // @ts-expect-error: an event name is a string
  const wrong: number = decoded.eventName
  console.log(wrong)
} else console.log(formatFailure(event.left), E.isLeft(record))
${
  kind === "esm"
    ? `const found: FileRecords = await readLogFile("trail.json.gz")
console.log(found.summary.decoded)
for await (const result of streamRecords("trail.json.gz")) if (result._tag === "record") console.log(result.record.eventType)`
    : `void readLogFile("trail.json.gz").then((found: FileRecords) => console.log(found.summary.decoded))
void streamRecords("trail.json.gz")[Symbol.asyncIterator]().next().then((first) => console.log(first.done))`
}
`

// The same entries with no Node types and no DOM: the declarations of "." and "./node" need neither.
const bareSource = `import { decodeRecord } from "mediaconvert-cloudtrail"
import { readLogFile } from "mediaconvert-cloudtrail/node"
import { H264Settings } from "mediaconvert-cloudtrail/shapes"
export const used = [decodeRecord, readLogFile, H264Settings] as const
`

// The program each runtime runs: it says which runtime it is, decodes the seed CreateJob record,
// reads a log file whole and streamed, and a gzipped file that ends early.
const programBody = `const runtime =
  typeof Bun !== "undefined" ? \`bun \${Bun.version}\`
  : typeof Deno !== "undefined" ? \`deno \${Deno.version.deno}\`
  : \`node \${process.versions.node}\`
const input = JSON.parse(readFileSync(join(here, "record.json"), "utf8"))
const record = decodeRecord(input)
const event = decodeMediaConvertEvent(input)
if (record._tag !== "Right" || event._tag !== "Right") throw new Error("the seed record does not decode")
const lines = [\`runtime \${runtime}\`, \`record \${record.right.eventSource} \${event.right.eventName} \${identityOf(event.right).principal}\`]
const read = async () => {
  const { results, summary } = await readLogFile(join(here, "trail.json.gz"))
  const names = results.map((result) => (result._tag === "record" ? result.record.eventName : result._tag))
  lines.push(\`file \${summary.decoded} of \${results.length}: \${names.join(" ")}\`)
  let streamed = 0
  for await (const result of streamRecords(join(here, "trail.json.gz"))) if (result._tag === "record") streamed++
  lines.push(\`streamed \${streamed}\`)
  const truncated = await readLogFile(join(here, "truncated.json.gz"))
  const failures = truncated.results.filter((result) => result._tag === "failure")
  lines.push(\`truncated \${truncated.summary.decoded} decoded, \${truncated.summary.failed} failed: \${failures.map((found) => formatFailure(found.failure)).join("; ")}\`)
  // Only the counts: Bun's JSON.parse messages carry no position, so the character differs there.
  const broken = await readLogFile(join(here, "broken.json.gz"))
  lines.push(\`broken \${broken.summary.decoded} decoded, \${broken.summary.failed} failed\`)
  // A folder of 40 small files: read ahead on the inflating thread, then each in its turn.
  const folder = []
  for (const readAhead of [true, false]) {
    let decoded = 0
    for await (const result of streamRecords(join(here, "folder"), { readAhead })) if (result._tag === "record") decoded++
    folder.push(decoded)
  }
  lines.push(\`folder \${folder.join(" ")}\`)
  console.log(lines.join("\\n"))
}
`

const programs = {
  esm: `import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { decodeMediaConvertEvent, decodeRecord, formatFailure, identityOf } from "mediaconvert-cloudtrail"
import { readLogFile, streamRecords } from "mediaconvert-cloudtrail/node"
const here = dirname(fileURLToPath(import.meta.url))
${programBody}
await read()
`,
  cjs: `const { readFileSync } = require("node:fs")
const { join } = require("node:path")
const { decodeMediaConvertEvent, decodeRecord, formatFailure, identityOf } = require("mediaconvert-cloudtrail")
const { readLogFile, streamRecords } = require("mediaconvert-cloudtrail/node")
const here = join(__dirname, "..")
${programBody}
read().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
`,
}

const expected = (runtime: string): string =>
  [
    `runtime ${runtime}`,
    "record mediaconvert.amazonaws.com CreateJob example-admin",
    "file 3 of 3: GetJob CancelJob GetJob",
    "streamed 3",
    "truncated 310 decoded, 1 failed: $.Records[310]: expected complete gzip data, found gzip data that ends early (after 221575 inflated bytes)",
    "broken 2 decoded, 1 failed",
    "folder 120 120",
  ].join("\n")

const tsconfig = (options: Record<string, unknown>, files: ReadonlyArray<string>): string =>
  JSON.stringify({ compilerOptions: { target: "es2022", strict: true, noEmit: true, ...options }, files })

beforeAll(() => {
  if (!built) return
  for (const line of run("bash", [join(root, "scripts", "install-runtimes.sh")], root)
    .trim()
    .split("\n")) {
    const [name, path] = line.split("=") as [keyof typeof runtimes, string]
    runtimes[name] = path
  }
  said.bun = `bun ${run(runtimes.bun, ["--version"], root).trim()}`
  said.deno = run(runtimes.deno, ["--version"], root).split("\n")[0]?.split(" (")[0] ?? ""
  work = mkdtempSync(join(tmpdir(), "mcc-runtimes-"))
  run("npm", ["pack", "--silent", "--pack-destination", work], root)
  const tarball = readdirSync(work).find((file) => file.endsWith(".tgz")) ?? "missing.tgz"

  // An ESM project (app) with a CommonJS project inside it (app/cjs); both use app/node_modules.
  app = join(work, "app")
  mkdirSync(join(app, "cjs"), { recursive: true })
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer-esm", private: true, type: "module" }),
  )
  const peer = (name: string) => `${name}@${manifest.devDependencies[name]}`
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--ignore-scripts",
      join(work, tarball),
      peer("io-ts"),
      peer("fp-ts"),
      peer("@types/node"),
    ],
    app,
  )
  writeFileSync(
    join(app, "cjs", "package.json"),
    JSON.stringify({ name: "consumer-cjs", private: true, type: "commonjs" }),
  )
  copyFileSync(join(fixturesDir, "seed", "CreateJob.json"), join(app, "record.json"))
  copyFileSync(join(fixturesDir, "containers", "log-file.json.gz"), join(app, "trail.json.gz"))
  copyFileSync(join(fixturesDir, "containers", "truncated.json.gz"), join(app, "truncated.json.gz"))
  copyFileSync(join(fixturesDir, "containers", "broken-json-middle.json.gz"), join(app, "broken.json.gz"))
  mkdirSync(join(app, "folder"))
  for (let i = 0; i < 40; i++)
    copyFileSync(
      join(fixturesDir, "containers", "log-file.json.gz"),
      join(app, "folder", `${String(i).padStart(2, "0")}.json.gz`),
    )
  writeFileSync(join(app, "index.ts"), typedSource("esm"))
  writeFileSync(join(app, "cjs", "index.ts"), typedSource("cjs"))
  writeFileSync(join(app, "bare.ts"), bareSource)
  writeFileSync(join(app, "program.js"), programs.esm)
  writeFileSync(join(app, "cjs", "program.js"), programs.cjs)
  // One check covers both projects: TypeScript reads cjs/index.ts as CommonJS, because of
  // cjs/package.json, and the ESM and the CommonJS declarations are loaded side by side.
  for (const mode of ["node16", "nodenext"]) {
    const options = { module: mode, moduleResolution: mode, types: ["node"] }
    writeFileSync(join(app, `tsconfig.${mode}.json`), tsconfig(options, ["index.ts", "cjs/index.ts"]))
  }
  const bundler = { module: "preserve", moduleResolution: "bundler", types: ["node"] }
  writeFileSync(join(app, "tsconfig.bundler.json"), tsconfig(bundler, ["index.ts"]))
  const bare = { module: "nodenext", moduleResolution: "nodenext", lib: ["es2022"], types: [] }
  writeFileSync(join(app, "tsconfig.bare.json"), tsconfig(bare, ["bare.ts"]))
}, INSTALL_TIMEOUT)

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true })
})

const compilers = {
  "TypeScript 5": () => join(root, "node_modules", "typescript", "bin", "tsc"),
  "TypeScript 7": () => runtimes.tsc,
}
const versions = {
  "TypeScript 5": `Version ${manifest.devDependencies.typescript}`,
  "TypeScript 7": "Version 7.",
}
const projects = [
  ["an ESM and a CommonJS project", "moduleResolution node16", "node16", [".d.ts", ".d.cts"]],
  ["an ESM and a CommonJS project", "moduleResolution nodenext", "nodenext", [".d.ts", ".d.cts"]],
  ["an ESM project", "moduleResolution bundler", "bundler", [".d.ts"]],
  ["an ESM project", "nodenext, without Node's types or the DOM", "bare", [".d.ts"]],
] as const

describe.skipIf(!built)("the packed package in a TypeScript project", () => {
  for (const [compiler, tsc] of Object.entries(compilers) as [keyof typeof compilers, () => string][]) {
    it(`is checked by ${compiler}`, () => {
      expect(run(process.execPath, [tsc(), "--version"], app)).toContain(versions[compiler])
    })

    it.each(projects)(
      `type-checks in %s, strict (${compiler}, %s)`,
      (_projects, _setting, config, extensions) => {
        const listed = run(process.execPath, [tsc(), "-p", `tsconfig.${config}.json`, "--listFiles"], app)
        const ours = listed
          .split("\n")
          .filter((file) => file.includes("node_modules/mediaconvert-cloudtrail/dist/"))
          .map((file) => file.slice(file.lastIndexOf("/") + 1))
        // The declarations the exports map names for each kind of project (.d.cts for
        // CommonJS), of "." and "./node" and nothing else.
        const expected = extensions.flatMap((extension) => [`index${extension}`, `node${extension}`])
        expect(ours).toEqual(expect.arrayContaining(expected))
        expect(ours.every((file) => extensions.some((extension) => file.endsWith(extension)))).toBe(true)
      },
      TYPECHECK_TIMEOUT,
    )
  }
})

describe.skipIf(!built)("the packed package's main and ./node entries", () => {
  // Deno: its cache inside the temporary folder, no update check; Bun: no transpiler cache.
  const env = () => ({
    DENO_DIR: join(work, "deno"),
    DENO_NO_UPDATE_CHECK: "1",
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
    DO_NOT_TRACK: "1",
  })
  const commands = {
    // Whichever Node runs the tests: 20 under `npm test`, 22 under scripts/test-node22.sh.
    node: () => [process.execPath],
    bun: () => [runtimes.bun],
    // node_modules beside package.json is used as it is; --cached-only: nothing from the network.
    deno: () => [runtimes.deno, "run", "--cached-only", "--allow-read"],
  }
  const cases = (["node", "bun", "deno"] as const).flatMap((runtime) =>
    (["esm", "cjs"] as const).map((kind) => [runtime, kind] as const),
  )

  it.each(cases)(
    "decodes a record and reads gzipped log files under %s (%s)",
    (runtime, kind) => {
      const [file, ...args] = commands[runtime]()
      const program = kind === "esm" ? "program.js" : join("cjs", "program.js")
      expect(run(file ?? "", [...args, program], app, env()).trim()).toBe(expected(said[runtime]))
    },
    RUN_TIMEOUT,
  )
})

if (!built) {
  const message =
    "dist/ is not built; run `npm run build` (npm test does) to test the package under other runtimes."
  if (process.env.CI === "true") throw new Error(message)
  console.warn(`SKIPPED: ${message}`)
}
