import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { fixture } from "../helpers/fixtures"

// The command line as users run it: the built bin, as a child process.
const root = resolve(__dirname, "../..")
const cli = join(root, "dist", "cli.js")
const sample = join(root, "samples", "trail")
const orgTrail = join(root, "test", "fixtures", "containers", "trail")

const newest = (dir: string): number =>
  Math.max(
    ...readdirSync(dir).map((name) => {
      const path = join(dir, name)
      const info = statSync(path)
      return info.isDirectory() ? newest(path) : info.mtimeMs
    }),
  )

// The bin is built once, before the tests (`npm test` runs `npm run build` first): a missing or
// stale build fails here, loudly, rather than being rebuilt (and its errors swallowed) mid-test.
beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` before these tests`)
  if (statSync(cli).mtimeMs < newest(join(root, "src")))
    throw new Error(`${cli} is older than src/: run \`npm run build\` before these tests`)
})

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe("mediaconvert-cloudtrail", () => {
  it("starts with a shebang so npm can link it as a bin", () => {
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true)
  })

  it("summary: counts the sample trail by operation, identity, origin and error code, and exits 0", () => {
    const { status, stdout, stderr } = run("summary", sample)
    expect(stderr).toBe("")
    expect(status).toBe(0)
    expect(stdout).toMatch(
      /^178 MediaConvert records from 35 files, 11 of other services left out, 0 failed, 1 skipped/,
    )
    expect(stdout).toContain("Time span: 2024-04-01T")
    for (const text of [
      "CreateJob",
      "assumed-role admin/example-admin",
      "iam-user ci-deployer",
      "console",
      "AccessDenied",
    ])
      expect(stdout).toContain(text)
  })

  it("summary --all-services: counts the other services' records too", () => {
    expect(run("summary", "--all-services", sample).stdout).toMatch(/^189 records from 35 files/)
  })

  it("events --format jsonl: prints each matching record as it was, one per line", () => {
    const { status, stdout } = run("events", sample, "--operation", "CancelJob", "--format", "jsonl")
    expect(status).toBe(0)
    const records = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(records.length).toBeGreaterThan(0)
    for (const record of records) expect(record.eventName).toBe("CancelJob")
  })

  it("events --job: every call about one job, from its creation on", () => {
    const cancel = JSON.parse(
      run("events", sample, "--operation", "CancelJob", "--format", "jsonl").stdout.split("\n")[0] ?? "",
    )
    const { stdout } = run("events", sample, "--job", cancel.requestParameters.id, "--format", "jsonl")
    const names = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).eventName)
    expect(names).toContain("CreateJob")
    expect(names).toContain("CancelJob")
  })

  it("the sample's job ids have the form MediaConvert gives them: 13-digit milliseconds, a dash, 6 characters", () => {
    const ids = run("events", sample, "--format", "jsonl")
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line))
      .flatMap((record) => [record.responseElements?.job?.id, record.requestParameters?.id])
      .filter((id): id is string => typeof id === "string")
    expect(ids.length).toBeGreaterThan(100)
    expect(ids.filter((id) => !/^\d{13}-[a-z0-9]{6}$/.test(id))).toStrictEqual([])
  })

  it("events --errors-only --identity --since --until: filters combine", () => {
    const { stdout } = run(
      "events",
      sample,
      "--errors-only",
      "--identity",
      "ci-deployer",
      "--since",
      "2024-04-02",
      "--until",
      "2024-04-03T23:59:59Z",
      "--format",
      "jsonl",
    )
    const records = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(records.length).toBeGreaterThan(0)
    for (const record of records) {
      expect(record.errorCode).toBe("AccessDenied")
      expect(record.userIdentity.userName).toBe("ci-deployer")
      expect(record.eventTime >= "2024-04-02" && record.eventTime < "2024-04-04").toBe(true)
    }
  })

  it("events: prints a table by default", () => {
    const { stdout } = run("events", sample, "--operation", "ListPresets", "--account", "111122223333")
    expect(stdout).toContain("Operation")
    expect(stdout).toMatch(/\d+ events\n$/)
  })

  it("jobs: shows who created each job, with which role and queue, and which were cancelled", () => {
    const { status, stdout } = run("jobs", sample)
    expect(status).toBe(0)
    expect(stdout).toContain("MediaConvert_Default_Role")
    expect(stdout).toMatch(/\d+ jobs, [1-9]\d* cancelled/)
    expect(stdout).toMatch(/CreateJob calls? created no job/)
  })

  it("reports a corrupt file among good ones by name on stderr, prints the rest, and exits 1", () => {
    const { status, stdout, stderr } = run("summary", orgTrail)
    expect(status).toBe(1)
    expect(stderr).toContain("BcDeFgHiJkLmNoPq.json.gz")
    expect(stdout).toMatch(/^3 MediaConvert records from 3 files/)
  })

  it("reports a path that does not exist and exits 1, still reading the others", () => {
    const { status, stdout, stderr } = run("jobs", join(root, "no-such-folder"), orgTrail)
    expect(status).toBe(1)
    expect(stderr).toContain("cannot read")
    expect(stdout).toContain("jobs")
  })

  describe('a CreateJob whose settings do not decode (width "1920", a string)', () => {
    const dir = mkdtempSync(join(tmpdir(), "mcc-cli-"))
    const file = join(dir, "bad-create-job.json")
    const good = fixture("seed/CreateJob.json") as Record<string, unknown>
    const bad = structuredClone(good) as {
      requestParameters: {
        settings: { outputGroups: { outputs: { videoDescription: { width: unknown } }[] }[] }
      }
    }
    const output = bad.requestParameters.settings.outputGroups[0]?.outputs[0]
    if (output !== undefined) output.videoDescription.width = "1920"
    writeFileSync(file, JSON.stringify({ Records: [good, bad] }))

    it("counts as failed, with its path on stderr, and the exit code says so", () => {
      const { status, stdout, stderr } = run("summary", file)
      expect(status).toBe(1)
      expect(stdout).toMatch(/^1 MediaConvert records from 1 file, 0 of other services left out, 1 failed/)
      expect(stderr).toContain(
        "$.Records[1].requestParameters.settings.outputGroups[0].outputs[0].videoDescription.width",
      )
      expect(run("events", file).status).toBe(1)
      expect(run("jobs", file).status).toBe(1)
    })

    it("--envelope-only keeps the looser reading: the envelope decodes, exit 0", () => {
      const { status, stdout } = run("summary", "--envelope-only", file)
      expect(status).toBe(0)
      expect(stdout).toMatch(/^2 MediaConvert records from 1 file, 0 of other services left out, 0 failed/)
    })

    it("events --failures writes the failed record whole, as JSON Lines", () => {
      const out = join(dir, "failures.jsonl")
      expect(run("events", file, "--failures", out).status).toBe(1)
      const lines = readFileSync(out, "utf8").trim().split("\n")
      expect(lines).toHaveLength(1)
      const letter = JSON.parse(lines[0] ?? "")
      expect(letter).toMatchObject({ source: file, path: "$.Records[1]" })
      expect(letter.record).toStrictEqual(bad)
      expect(letter.issues[0].path).toMatch(/videoDescription\.width$/)
    })
  })

  it("exits 2 on usage errors", () => {
    expect(run("nonsense").status).toBe(2)
    expect(run("summary").status).toBe(2)
    expect(run("events", sample, "--since", "yesterday-ish").status).toBe(2)
    expect(run("events", sample, "--format", "xml").status).toBe(2)
    expect(run("summary", sample, "--max-bytes", "-1").status).toBe(2)
  })

  it("documents the exit codes in --help and exits 0", () => {
    const { status, stdout } = run("--help")
    expect(status).toBe(0)
    expect(stdout).toContain("Exit codes")
    expect(run("events", "--help").stdout).toContain("--errors-only")
  })

  it("reports the version of package.json", () => {
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version
    expect(run("--version").stdout.trim()).toBe(version)
  })
})
