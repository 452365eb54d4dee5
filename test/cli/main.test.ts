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
    const { status, stdout } = run("jobs", sample, "--wide")
    expect(status).toBe(0)
    // The role's name may wrap after an underscore in a narrow column.
    expect(stdout).toContain("MediaConvert_")
    expect(stdout).toContain("Default_Role")
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

  it("exits 2 on usage errors, with one line and a hint on stderr, not the whole help", () => {
    for (const args of [
      ["nonsense"],
      ["summary"],
      ["summary", sample, "--bogus"],
      ["events", sample, "--since", "yesterday-ish"],
      ["events", sample, "--format", "xml"],
      ["jobs", sample, "--format", "xml"],
      ["summary", sample, "--max-bytes", "-1"],
    ]) {
      const { status, stdout, stderr } = run(...args)
      expect(status, args.join(" ")).toBe(2)
      expect(stdout).toBe("")
      const lines = stderr.trimEnd().split("\n")
      expect(lines, args.join(" ")).toHaveLength(2)
      expect(lines[0]).toMatch(/^error: /)
      expect(lines[1]).toMatch(/^Try 'mediaconvert-cloudtrail( \w+)? --help'/)
    }
  })

  it("with no arguments, prints a short usage on stderr and exits 2", () => {
    const { status, stdout, stderr } = run()
    expect(status).toBe(2)
    expect(stdout).toBe("")
    expect(stderr).toBe(
      "Usage: mediaconvert-cloudtrail summary|events|jobs <paths...> [options]\nTry 'mediaconvert-cloudtrail --help'.\n",
    )
  })

  it("rejects an unknown --operation with the closest known names, and exits 2", () => {
    const { status, stdout, stderr } = run("events", sample, "--operation", "CreateJobz")
    expect(status).toBe(2)
    expect(stdout).toBe("")
    expect(stderr).toContain("'CreateJobz' is not a MediaConvert operation (did you mean CreateJob?)")
    expect(run("events", sample, "--operation", "getjob,Lstjobs").stderr).toContain("did you mean ListJobs?")
    expect(run("events", sample, "--operation", "Frobnicate").status).toBe(2)
  })

  it("--operation takes any name with --all-services, where other services' names are expected", () => {
    const { status, stdout } = run("events", sample, "--all-services", "--operation", "GetCallerIdentity")
    expect(status).toBe(0)
    expect(stdout).toMatch(/[1-9]\d* events?\n$/)
  })

  it("warns on stderr and exits 1 when no log file was read", () => {
    const empty = mkdtempSync(join(tmpdir(), "mcc-cli-empty-"))
    writeFileSync(join(empty, "notes.txt"), "not a log file")
    for (const command of ["summary", "events", "jobs"]) {
      const { status, stderr } = run(command, empty)
      expect(status).toBe(1)
      expect(stderr).toContain(`nothing read: no log files`)
      expect(stderr).toContain(empty)
    }
  })

  it("--max-bytes: the cap is reported in the unit that fits (bytes, KiB, MiB)", () => {
    const tiny = run("summary", sample, "--max-bytes", "10")
    expect(tiny.status).toBe(1)
    expect(tiny.stderr).toContain(
      "expected gzip data that inflates to at most 10 bytes, found more than 10 bytes",
    )
    expect(tiny.stderr).not.toContain("0.0 MiB")
    expect(run("summary", sample, "--max-bytes", "2048").stderr).toContain("at most 2.0 KiB")
  })

  it("jobs --format jsonl: one JSON object per job, with the table's facts", () => {
    const { status, stdout } = run("jobs", sample, "--format", "jsonl")
    expect(status).toBe(0)
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    const count = Number(/^(\d+) jobs/m.exec(run("jobs", sample).stdout)?.[1])
    expect(lines).toHaveLength(count)
    for (const line of lines)
      expect(Object.keys(line)).toStrictEqual([
        "job",
        "created",
        "createdBy",
        "role",
        "queue",
        "template",
        "from",
        "region",
        "account",
        "accessKey",
        "inputs",
        "destinations",
        "cancelled",
        "cancelledBy",
        "status",
        "durationMs",
        "error",
        "outputs",
        "otherCalls",
      ])
    expect(lines.filter((line) => line.cancelled !== null).length).toBeGreaterThan(0)
    expect(lines.some((line) => line.role?.endsWith("role/service-role/MediaConvert_Default_Role"))).toBe(
      true,
    )
  })

  it("tables fit --width 120 (COLUMNS=120 too): no line of summary, events or jobs is wider", () => {
    for (const args of [
      ["summary", sample, "--width", "120"],
      ["summary", sample, "--all-services", "--width", "120"],
      ["events", sample, "--width", "120"],
      ["events", sample, "--errors-only", "--width", "120"],
      ["jobs", sample, "--width", "120"],
    ]) {
      const { stdout } = run(...args)
      const widest = Math.max(...stdout.split("\n").map((line) => [...line].length))
      expect(widest, args.join(" ")).toBeLessThanOrEqual(120)
    }
  })

  it("tables wrap rather than cut, and never break a job id or a time", () => {
    // Seven columns: at 170 every time and name fits whole (a narrower table breaks the times
    // of columns not marked to keep, the job id's never).
    const jobsTable = run("jobs", sample, "--width", "170").stdout
    for (const line of run("jobs", sample, "--format", "jsonl").stdout.trim().split("\n")) {
      const job = JSON.parse(line)
      expect(jobsTable).toContain(`│ ${job.job} │`)
      if (job.created !== null) expect(jobsTable).toContain(job.created)
    }
    const eventsTable = run("events", sample, "--width", "100").stdout
    for (const line of run("events", sample, "--format", "jsonl").stdout.trim().split("\n"))
      expect(eventsTable).toContain(`│ ${JSON.parse(line).eventTime} │`)
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
