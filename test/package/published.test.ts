import { execFileSync } from "node:child_process"
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { requireBuild } from "../helpers/prerequisites"

// The package as npm would publish it: packed into a tarball, linted by publint and
// @arethetypeswrong/cli, and used by an ESM and a CommonJS TypeScript project.

const root = resolve(__dirname, "../..")
const bin = (name: string) => join(root, "node_modules", ".bin", name)
let work = ""
let tarball = ""

const run = (file: string, args: ReadonlyArray<string>, cwd = root): string =>
  execFileSync(file, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })

beforeAll(() => {
  requireBuild("index.js", "index.cjs", "index.d.ts", "index.d.cts")
  work = mkdtempSync(join(tmpdir(), "mcc-pack-"))
  run("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", work])
  const name = readdirSync(work).find((file) => file.endsWith(".tgz"))
  tarball = join(work, name ?? "missing.tgz")
})

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true })
})

/** A consumer project with the tarball unpacked as its dependency and the peers linked in. */
const consumer = (kind: "module" | "commonjs", source: string): string => {
  const dir = join(work, kind)
  const modules = join(dir, "node_modules")
  mkdirSync(modules, { recursive: true })
  run("tar", ["-xzf", tarball, "-C", dir])
  cpSync(join(dir, "package"), join(modules, "mediaconvert-cloudtrail"), { recursive: true })
  // The package's dependencies and peers, as npm would install them beside it.
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<
    string,
    Record<string, string>
  >
  const needed = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    "@types",
  ]
  for (const name of needed) {
    mkdirSync(dirname(join(modules, name)), { recursive: true })
    symlinkSync(join(root, "node_modules", name), join(modules, name))
  }
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `consumer-${kind}`, private: true, type: kind }),
  )
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        strict: true,
        outDir: "out",
        types: ["node"],
      },
      files: ["index.ts"],
    }),
  )
  writeFileSync(join(dir, "index.ts"), source)
  return dir
}

const consumerSource = `import { decodeMediaConvertEvent, identityOf, type MediaConvertEvent } from "mediaconvert-cloudtrail"
import { H264Settings } from "mediaconvert-cloudtrail/shapes"
import { readLogFile } from "mediaconvert-cloudtrail/node"
import { handleSqsEvent, type SqsBatchResponse } from "mediaconvert-cloudtrail/s3"
const none: SqsBatchResponse = { batchItemFailures: [] }
if (!H264Settings.is({ rateControlMode: "QVBR" }) || typeof readLogFile !== "function" || typeof handleSqsEvent !== "function" || none.batchItemFailures.length > 0) throw new Error("subpaths")
const record = {
  eventVersion: "1.05", eventTime: "2018-07-10T15:36:29Z", awsRegion: "eu-west-1", eventType: "AwsApiCall",
  eventSource: "mediaconvert.amazonaws.com", eventName: "DeleteQueue",
  userIdentity: { type: "IAMUser", arn: "arn:aws:iam::111122223333:user/testuser" },
  requestParameters: { name: "QueueName" }, responseElements: null,
}
const result = decodeMediaConvertEvent(record)
if (result._tag === "Right") {
  const event: MediaConvertEvent = result.right
  const name: string | undefined = event.eventName === "DeleteQueue" ? event.requestParameters?.name : undefined
  console.log(event.eventName, name, identityOf(event).principal)
}
`

describe("the published package", () => {
  it("passes publint in strict mode", () => {
    expect(run(bin("publint"), ["run", tarball, "--strict"])).toContain("All good")
  })

  it("passes @arethetypeswrong/cli with no problems", () => {
    const report = JSON.parse(run(bin("attw"), [tarball, "--format", "json"])) as { problems: unknown }
    expect(report.problems).toStrictEqual({})
  })

  it.each(["module", "commonjs"] as const)("type-checks and runs in a %s TypeScript project", (kind) => {
    const dir = consumer(kind, consumerSource)
    run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", dir])
    expect(run(process.execPath, [join(dir, "out", "index.js")], dir).trim()).toBe(
      "DeleteQueue QueueName testuser",
    )
  })
})
