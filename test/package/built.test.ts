import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { distDir as dist, requireBuild } from "../helpers/prerequisites"

// The built package, loaded the way users load it: by Node, as ESM and as CommonJS.
// `npm test` builds before it runs the tests; without a build they fail saying so.

const root = resolve(__dirname, "../..")
const seed = join(root, "test", "fixtures", "seed", "CreateJob.json")

const run = (args: ReadonlyArray<string>): string =>
  execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" })

beforeAll(() => requireBuild("index.js", "index.cjs"))

describe("the built package", () => {
  it("decodes a record when imported as ESM", () => {
    const out = run([
      "--input-type=module",
      "-e",
      `import { decodeMediaConvertEvent, identityOf } from ${JSON.stringify(join(dist, "index.js"))}
       import { readFileSync } from "node:fs"
       const r = decodeMediaConvertEvent(JSON.parse(readFileSync(${JSON.stringify(seed)}, "utf8")))
       console.log(r._tag, r.right.eventName, identityOf(r.right).kind)`,
    ])
    expect(out.trim()).toBe("Right CreateJob assumed-role")
  })

  it("decodes a record when required as CommonJS", () => {
    const out = run([
      "-e",
      `const { decodeMediaConvertEvent, jobIdFrom } = require(${JSON.stringify(join(dist, "index.cjs"))})
       const r = decodeMediaConvertEvent(JSON.parse(require("node:fs").readFileSync(${JSON.stringify(seed)}, "utf8")))
       console.log(r._tag, jobIdFrom(r.right).value)`,
    ])
    expect(out.trim()).toBe("Right 1712252725875-defhgi")
  })

  it.each(["s3.js", "s3.cjs"])(
    "handles an SQS event with %s and a reader of its own, without the AWS SDK",
    (file) => {
      const esm = file.endsWith(".js")
      const notification = join(root, "test", "fixtures", "notifications", "sqs-s3-event.json")
      const log = join(root, "test", "fixtures", "containers", "log-file.json.gz")
      const out = run([
        ...(esm ? ["--input-type=module"] : []),
        "-e",
        `${esm ? `import { handleSqsEvent } from ${JSON.stringify(join(dist, file))}\nimport { createReadStream, readFileSync } from "node:fs"` : `const { handleSqsEvent } = require(${JSON.stringify(join(dist, file))})\nconst { createReadStream, readFileSync } = require("node:fs")`}
       let records = 0
       const event = JSON.parse(readFileSync(${JSON.stringify(notification)}, "utf8"))
       const read = () => createReadStream(${JSON.stringify(log)})
       handleSqsEvent(event, { read, onResult: (r) => { if (r._tag === "record") records++ } })
         .then((response) => console.log(response.batchItemFailures.length, records))`,
      ])
      expect(out.trim()).toBe("0 6")
    },
  )

  it("keeps Node built-ins out of the main entry, so it runs in browsers and edge runtimes", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const code = readFileSync(join(dist, file), "utf8")
      expect(code, file).not.toMatch(
        /(?:from\s*|require\()\s*["'](?:node:|fs|path|zlib|stream|os|crypto|buffer)["'/]/,
      )
    }
  })
})
