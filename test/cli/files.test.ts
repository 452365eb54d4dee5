import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cli, getJobRecord, requireBuiltCli, runCli, tempFolder, writeLog } from "./helpers/run-cli"

beforeAll(requireBuiltCli)

// A record that does not decode (readOnly must be a boolean), so --failures has one to write.
const bad = getJobRecord((record) => {
  record.readOnly = "yes"
})

const usageError = (run: ReturnType<typeof runCli>, text: string): void => {
  expect(run.status, run.stderr).toBe(2)
  expect(run.stdout).toBe("")
  expect(run.stderr).toMatch(/^error: /)
  expect(run.stderr).toContain(text)
  expect(run.stderr).toMatch(/Try 'mediaconvert-cloudtrail events --help'/)
}

describe("--failures never overwrites an input, nor an existing file without --force", () => {
  it("refuses an input named as its own --failures file: a usage error, the input untouched", () => {
    const folder = tempFolder("cli-files")
    const log = writeLog(folder, "in.json", [getJobRecord(), bad])
    const before = readFileSync(log)
    usageError(runCli(["events", log, "--failures", log]), "is one of the inputs")
    usageError(runCli(["events", log, "--failures", log, "--force"]), "is one of the inputs")
    expect(readFileSync(log)).toStrictEqual(before)
  })

  it("refuses a file inside an input folder, and a symbolic link to an input, even with --force", () => {
    const folder = tempFolder("cli-files")
    const log = writeLog(folder, "in.json", [getJobRecord(), bad])
    const before = readFileSync(log)
    const link = join(tempFolder("cli-files"), "out.jsonl")
    symlinkSync(log, link)
    usageError(runCli(["events", folder, "--failures", log, "--force"]), "is one of the inputs")
    usageError(runCli(["events", folder, "--failures", link, "--force"]), "is one of the inputs")
    usageError(runCli(["events", log, "--failures", join(folder, ".", "in.json")]), "is one of the inputs")
    expect(readFileSync(log)).toStrictEqual(before)
  })

  it("refuses an existing file or a symbolic link without --force, and writes it with --force", () => {
    const folder = tempFolder("cli-files")
    const log = writeLog(folder, "in.json", [getJobRecord(), bad])
    const out = join(tempFolder("cli-files"), "failures.jsonl")
    writeFileSync(out, "keep me\n")
    usageError(runCli(["events", log, "--failures", out]), "exists: give --force")
    expect(readFileSync(out, "utf8")).toBe("keep me\n")
    const dangling = join(tempFolder("cli-files"), "dangling.jsonl")
    symlinkSync(join(folder, "nowhere.jsonl"), dangling)
    usageError(runCli(["events", log, "--failures", dangling]), "symbolic link to a missing file")
    expect(existsSync(join(folder, "nowhere.jsonl"))).toBe(false)
    const forced = runCli(["events", log, "--failures", out, "--force"])
    expect(forced.status).toBe(1)
    expect(JSON.parse(readFileSync(out, "utf8").trim()).record).toStrictEqual(bad)
  })

  it("refuses standard output appended to an input (it would read its own output)", () => {
    const folder = tempFolder("cli-files")
    const log = writeLog(folder, "in.json", [getJobRecord()])
    const before = readFileSync(log)
    const result = spawnSync(process.execPath, [cli, "events", log], {
      stdio: ["ignore", openSync(log, "a"), "pipe"],
      encoding: "utf8",
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("standard output is one of the inputs")
    expect(readFileSync(log)).toStrictEqual(before)
  })

  it("writes a new file without --force", () => {
    const folder = tempFolder("cli-files")
    const log = writeLog(folder, "in.json", [getJobRecord(), bad])
    const out = join(folder, "new-failures.txt")
    expect(runCli(["events", log, "--failures", out]).status).toBe(1)
    expect(readFileSync(out, "utf8").split("\n")).toHaveLength(2)
  })
})

describe("folders: symbolic links followed once, special files skipped and said", () => {
  it("reads linked files and folders, skips FIFOs, broken links and loops, and counts them", () => {
    const elsewhere = tempFolder("cli-elsewhere")
    writeLog(elsewhere, "linked-folder-file.json", [getJobRecord()])
    const outsideFile = writeLog(tempFolder("cli-elsewhere"), "outside.json", [
      getJobRecord(),
      getJobRecord(),
    ])
    const trail = tempFolder("cli-trail")
    writeLog(trail, "a.json", [getJobRecord()])
    mkdirSync(join(trail, "sub"))
    writeLog(join(trail, "sub"), "b.json", [getJobRecord()])
    symlinkSync(outsideFile, join(trail, "linked-file.json"))
    symlinkSync(elsewhere, join(trail, "linked-folder"))
    symlinkSync(trail, join(trail, "sub", "loop"))
    symlinkSync(join(trail, "a.json"), join(trail, "same-as-a.json"))
    symlinkSync(join(trail, "missing.json"), join(trail, "broken.json"))
    execFileSync("mkfifo", [join(trail, "pipe.json")])
    const { status, stdout, stderr } = runCli(["summary", trail])
    // a, b, the linked file (2 records) and the linked folder's file: 5 records from 4 files.
    expect(stdout).toMatch(/^5 MediaConvert records from 4 files, 0 of other services left out, 0 failed/)
    expect(stdout).toContain("4 skipped (1 broken link, 1 FIFO, 1 duplicate, 1 link loop)")
    expect(stderr).toContain(`skipped ${join(trail, "pipe.json")}: a FIFO (named pipe), not a file`)
    expect(stderr).toContain(`skipped ${join(trail, "broken.json")}: a symbolic link to nothing`)
    expect(stderr).toContain(`skipped ${join(trail, "sub", "loop")}: a symbolic link back to a folder`)
    expect(stderr).toContain(`skipped ${join(trail, "same-as-a.json")}: already read under another name`)
    expect(status).toBe(0)
  })
})
