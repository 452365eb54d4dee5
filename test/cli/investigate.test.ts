import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { INCIDENT, ORPHAN_JOB, writeIncidentStates, writeIncidentTrail } from "../helpers/incident"

// The analyst's questions of docs/investigate.md, asked of the built command line alone, on a day
// of a trail written at test time. Every command runs under two time zones and must print the
// same: times without a zone are UTC, never the machine's.
const root = resolve(__dirname, "../..")
const cli = join(root, "dist", "cli.js")
let folder = ""
let trail = ""
let states = ""

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` before these tests`)
  folder = mkdtempSync(join(tmpdir(), "mediaconvert-cloudtrail-incident-"))
  trail = writeIncidentTrail(join(folder, "trail"))
  states = writeIncidentStates(join(folder, "archive"))
})

afterAll(() => {
  if (folder !== "") rmSync(folder, { recursive: true, force: true })
})

const ZONES = ["UTC", "America/New_York"] as const

/** Runs the command under each zone, requires the same output from both, and gives it. */
const ask = (...args: string[]) => {
  const runs = ZONES.map((zone) => {
    const result = spawnSync(process.execPath, [cli, ...args], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TZ: zone, COLUMNS: "" },
    })
    return { status: result.status, stdout: result.stdout, stderr: result.stderr }
  })
  expect(runs[1]).toStrictEqual(runs[0])
  return runs[0] as { status: number | null; stdout: string; stderr: string }
}

const lines = (stdout: string): Record<string, unknown>[] =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line))

/** RFC 4180 as the command writes it: quoted fields with doubled quotes, CRLF between records. */
const csv = (stdout: string): Record<string, string>[] => {
  const records: string[][] = []
  let field = ""
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < stdout.length; i++) {
    const char = stdout[i]
    if (quoted) {
      if (char === '"' && stdout[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ",") {
      record.push(field)
      field = ""
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && stdout[i + 1] === "\n") i++
      record.push(field)
      records.push(record)
      record = []
      field = ""
    } else field += char
  }
  if (field !== "" || record.length > 0) records.push([...record, field])
  const [head = [], ...rows] = records
  return rows.map((row) => Object.fromEntries(head.map((key, i) => [key, row[i] ?? ""])))
}

describe("an incident answered from the command line", () => {
  it("who: summary gives the user's addresses, regions, key and first and last call, and names what it skipped", () => {
    const table = ask("summary", trail)
    expect(table.status).toBe(0)
    expect(table.stdout).toMatch(
      /^13 MediaConvert records from 7 files, 2 of other services left out, 0 failed, 1 skipped \(1 CloudTrail-Digest folder\)\n/,
    )
    expect(table.stdout).toMatch(
      /│ iam-user media-ci \(111122223333\) +│ 8 +│ 2 +│ 2024-04-08T16:30:00Z 2024-04-09T02:50:00Z │ 192\.0\.2\.17 203\.0\.113\.66 +│ eu-west-1 us-east-1 +│ AKIAEXAMPLEMEDIACI01 +│/,
    )

    const day = ["--since", "2024-04-09", "--until", "2024-04-09"]
    const json = lines(ask("summary", trail, ...day, "--format", "jsonl").stdout)
    expect(json[0]).toMatchObject({
      section: "totals",
      records: 13,
      selected: 9,
      skippedBy: { "CloudTrail-Digest folder": 1 },
    })
    expect(
      json.find((line) => line.section === "identity" && line.identity === "iam-user media-ci"),
    ).toStrictEqual({
      section: "identity",
      identity: "iam-user media-ci",
      kind: "iam-user",
      account: "111122223333",
      calls: 7,
      errors: 2,
      firstSeen: "2024-04-09T02:05:00Z",
      lastSeen: "2024-04-09T02:50:00Z",
      addresses: [INCIDENT.address],
      regions: ["eu-west-1", "us-east-1"],
      accessKeys: [INCIDENT.key],
    })

    const sheet = csv(ask("summary", trail, ...day, "--identity", "media-ci", "--format", "csv").stdout)
    expect(sheet.filter((row) => row.section === "identity")).toStrictEqual([
      expect.objectContaining({
        identity: "iam-user media-ci",
        account: "111122223333",
        calls: "7",
        firstSeen: "2024-04-09T02:05:00Z",
        addresses: INCIDENT.address,
        regions: "eu-west-1 us-east-1",
        accessKeys: INCIDENT.key,
      }),
    ])
  })

  it("where did the jobs write: jobs --bucket finds the jobs writing outside, with their inputs and destinations", () => {
    const json = lines(ask("jobs", trail, "--bucket", INCIDENT.foreignBucket, "--format", "jsonl").stdout)
    expect(
      json.map((job) => [job.job, job.createdBy, job.region, job.accessKey, job.destinations, job.inputs]),
    ).toStrictEqual([
      [
        INCIDENT.jobEast,
        "iam-user media-ci",
        "us-east-1",
        INCIDENT.key,
        [`s3://${INCIDENT.foreignBucket}/feature/`, `s3://${INCIDENT.foreignBucket}/hls/`],
        ["s3://example-media-masters/feature-2024.mov"],
      ],
      [
        INCIDENT.jobEu,
        "iam-user media-ci",
        "eu-west-1",
        INCIDENT.key,
        [`s3://${INCIDENT.foreignBucket}/eu/`],
        ["s3://example-media-masters-eu/series-s02e01.mov"],
      ],
    ])

    const sheet = csv(ask("jobs", trail, "--columns", "job,destinations", "--format", "csv").stdout)
    expect(sheet).toStrictEqual([
      {
        job: INCIDENT.pipelineJob,
        destinations: "s3://example-media-out/mp4/ep-101/ s3://example-media-out/hls/ep-101/",
      },
      {
        job: INCIDENT.jobEast,
        destinations: `s3://${INCIDENT.foreignBucket}/feature/ s3://${INCIDENT.foreignBucket}/hls/`,
      },
      { job: INCIDENT.jobEu, destinations: `s3://${INCIDENT.foreignBucket}/eu/` },
    ])

    const table = ask("jobs", trail, "--bucket", `s3://${INCIDENT.foreignBucket}/`).stdout
    expect(table).toContain(`s3://${INCIDENT.foreignBucket}/eu/`)
    expect(table).not.toContain(INCIDENT.pipelineJob)
    // The denied CreateJob wrote nothing, but it aimed at the bucket: it is counted below the table.
    expect(table).toMatch(/\n2 jobs, 1 cancelled; 1 CreateJob call created no job/)
  })

  it("which queue was deleted, where, and why the other attempt failed: events shows resource, region and error", () => {
    const sheet = csv(
      ask(
        "events",
        trail,
        "--operation",
        "DeleteQueue",
        "--columns",
        "time,region,resource,errorCode,errorMessage",
        "--format",
        "csv",
      ).stdout,
    )
    expect(sheet).toStrictEqual([
      {
        time: "2024-04-09T02:40:00Z",
        region: "us-east-1",
        resource: "queue priority",
        errorCode: "",
        errorMessage: "",
      },
      {
        time: "2024-04-09T02:41:00Z",
        region: "eu-west-1",
        resource: "queue priority",
        errorCode: "AccessDeniedException",
        errorMessage: INCIDENT.denyMessage,
      },
    ])
    const table = ask("events", trail, "--operation", "DeleteQueue").stdout
    expect(table).toMatch(
      /│ 2024-04-09T02:40:00Z │ DeleteQueue us-east-1 │ queue priority │ +│ programmatic 203\.0\.113\.66 │ iam-user media-ci \(111122223333\) │/,
    )
    // A table cuts a cell at 200 columns (JSON Lines and CSV carry the whole message).
    expect(table).toContain(
      "│ AccessDeniedException: User: arn:aws:iam::111122223333:user/media-ci is not authorized to perform: mediaconvert:DeleteQueue on resource:",
    )
    expect(table).toMatch(/\n2 events\n$/)
  })

  it("what was denied and why: the error message names the permission (iam:PassRole on role/admin)", () => {
    const json = lines(
      ask(
        "events",
        trail,
        "--errors-only",
        "--identity",
        "media-ci",
        "--columns",
        "operation,region,errorCode,errorMessage,destinations",
        "--format",
        "jsonl",
      ).stdout,
    )
    expect(json).toStrictEqual([
      {
        operation: "CreateJob",
        region: "us-east-1",
        errorCode: "AccessDenied",
        errorMessage: INCIDENT.passRoleMessage,
        destinations: [`s3://${INCIDENT.foreignBucket}/admin/`],
      },
      {
        operation: "DeleteQueue",
        region: "eu-west-1",
        errorCode: "AccessDeniedException",
        errorMessage: INCIDENT.denyMessage,
        destinations: [],
      },
    ])
  })

  it("from where and with which key: --source-ip (an address or a range) and --access-key, other services with --all-services", () => {
    const ops = (stdout: string) => lines(stdout).map((record) => record.eventName)
    const mediaconvert = [
      "ListQueues",
      "CreateJob",
      "CreateJob",
      "CreateJob",
      "DeleteQueue",
      "DeleteQueue",
      "GetJob",
    ]
    expect(
      ops(ask("events", trail, "--source-ip", INCIDENT.address, "--format", "jsonl").stdout),
    ).toStrictEqual(mediaconvert)
    expect(
      ops(ask("events", trail, "--source-ip", "203.0.113.0/24", "--format", "jsonl").stdout),
    ).toStrictEqual(mediaconvert)
    expect(
      ops(ask("events", trail, "--source-ip", "203.0.112.0/24", "--format", "jsonl").stdout),
    ).toStrictEqual([])
    expect(
      ops(
        ask(
          "events",
          trail,
          "--access-key",
          INCIDENT.key,
          "--all-services",
          "--operation",
          "GetCallerIdentity,ListAccessKeys,ListJobs",
          "--format",
          "jsonl",
        ).stdout,
      ),
    ).toStrictEqual(["ListJobs", "GetCallerIdentity", "ListAccessKeys"])
    const table = ask("events", trail, "--source-ip", INCIDENT.address, "--all-services").stdout
    expect(table).toMatch(/│ Time +│ Service, operation, region +│ Resource/)
    expect(table).toMatch(/│ 2024-04-09T02:01:00Z │ sts GetCallerIdentity us-east-1 +│/)
    expect(table).toMatch(/\n9 events\n$/)
  })

  it("a second region: --region on every command", () => {
    expect(
      lines(ask("events", trail, "--region", "eu-west-1", "--format", "jsonl").stdout).map(
        (r) => r.eventName,
      ),
    ).toStrictEqual(["CreateJob", "DeleteQueue"])
    expect(
      lines(ask("jobs", trail, "--region", "eu-west-1", "--format", "jsonl").stdout).map((job) => job.job),
    ).toStrictEqual([INCIDENT.jobEu])
    const summary = lines(ask("summary", trail, "--region", "eu-west-1", "--format", "jsonl").stdout)
    expect(summary.filter((line) => line.section === "region")).toStrictEqual([
      { section: "region", region: "eu-west-1", calls: 2 },
    ])
  })

  it("a human, a role session or automation: kind, credentials, channel and MFA per call", () => {
    const sheet = csv(
      ask(
        "events",
        trail,
        "--columns",
        "identity,identityKind,credentials,channel,mfa,userAgent",
        "--format",
        "csv",
      ).stdout,
    )
    const seen = new Map(sheet.map((row) => [row.identity, row]))
    expect(seen.get("iam-user media-ci")).toMatchObject({
      identityKind: "iam-user",
      credentials: "long-term",
      channel: "programmatic",
      mfa: "",
    })
    expect(seen.get("assumed-role MediaPipelineRole/transcode-submitter")).toMatchObject({
      identityKind: "assumed-role",
      credentials: "temporary",
      channel: "programmatic",
      mfa: "false",
    })
    expect(seen.get("assumed-role MediaPipelineRole/transcode-submitter")?.userAgent).toContain(
      "exec-env/AWS_Lambda",
    )
    expect(seen.get("assumed-role admin/alice")).toMatchObject({
      identityKind: "assumed-role",
      credentials: "temporary",
      channel: "console",
      mfa: "true",
    })
    const wide = ask("events", trail, "--identity", "alice", "--wide").stdout
    expect(wide).toMatch(/│ Access key +│ User agent +│ Inputs +│ Destinations +│/)
    expect(wide).toContain("ASIAEXAMPLEALICE0002")
  })

  it("what the deleted queue broke next, and who cancelled the rogue job", () => {
    const after = lines(
      ask(
        "events",
        trail,
        "--errors-only",
        "--since",
        "2024-04-09 02:41:01",
        "--columns",
        "time,identity,operation,errorCode,errorMessage",
        "--format",
        "jsonl",
      ).stdout,
    )
    expect(after).toStrictEqual([
      {
        time: "2024-04-09T09:00:00Z",
        identity: "assumed-role MediaPipelineRole/transcode-submitter",
        operation: "CreateJob",
        errorCode: "NotFoundException",
        errorMessage: INCIDENT.notFoundMessage,
      },
    ])
    const queued = csv(ask("jobs", trail, "--columns", "job,queue,createdBy", "--format", "csv").stdout)
    expect(
      queued.filter(
        (row) =>
          row.queue === INCIDENT.deletedQueue || row.queue?.endsWith(`queues/${INCIDENT.deletedQueue}`),
      ),
    ).toStrictEqual([expect.objectContaining({ job: INCIDENT.pipelineJob })])
    const templates = lines(
      ask("events", trail, "--operation", "CreateJobTemplate", "--format", "jsonl").stdout,
    )
    expect(templates.map((record) => (record.requestParameters as { queue: string }).queue)).toStrictEqual([
      INCIDENT.deletedQueue,
    ])
    const cancelled = lines(ask("jobs", trail, "--job", INCIDENT.jobEast, "--format", "jsonl").stdout)
    expect(cancelled).toMatchObject([
      { job: INCIDENT.jobEast, cancelled: "2024-04-09T13:00:00Z", cancelledBy: "assumed-role admin/alice" },
    ])
    expect(ask("jobs", trail, "--identity", "alice").stdout).toMatch(/\n1 job, 1 cancelled\n$/)
  })
})

describe("jobs with MediaConvert's job-state events beside the trail", () => {
  it("jobs gives each job's status, duration, error and outputs, joined by the library", () => {
    const json = lines(ask("jobs", trail, states, "--format", "jsonl").stdout)
    expect(
      json.map((job) => [job.job, job.status, job.durationMs, job.error, job.outputs, job.createdBy]),
    ).toStrictEqual([
      [
        INCIDENT.pipelineJob,
        "COMPLETE",
        1_200_000,
        null,
        ["s3://example-media-out/mp4/ep-101/ep-101.mp4"],
        "assumed-role MediaPipelineRole/transcode-submitter",
      ],
      [INCIDENT.jobEast, "CANCELED", 39_005_000, null, [], "iam-user media-ci"],
      // The COMPLETE event was delivered twice: one state, one output.
      [
        INCIDENT.jobEu,
        "COMPLETE",
        900_000,
        null,
        [`s3://${INCIDENT.foreignBucket}/eu/series-s02e01.mp4`],
        "iam-user media-ci",
      ],
      // Its CreateJob is not in the trail: no submitter is invented.
      [ORPHAN_JOB, "ERROR", null, { code: 1040, message: "Example error message" }, [], null],
    ])
    const sheet = csv(ask("jobs", trail, states, "--columns", "job,status,error", "--format", "csv").stdout)
    expect(sheet.at(-1)).toStrictEqual({
      job: ORPHAN_JOB,
      status: "ERROR",
      error: "1040: Example error message",
    })
    const table = ask("jobs", trail, states).stdout
    expect(table).toMatch(/│ Job +│ Created +│ Created by +│ Status +│ Error +│ Cancelled +│/)
    expect(table).toMatch(/│ 1712629200000-y2y2y2 │ 2024-04-09T02:20:00Z +│ iam-user media-ci +│ COMPLETE │/)
    expect(table).toMatch(/\n4 jobs, 1 cancelled;/)
  })

  it("filters about calls keep only jobs with calls; --bucket finds what the foreign bucket received", () => {
    const json = lines(
      ask(
        "jobs",
        trail,
        states,
        "--bucket",
        INCIDENT.foreignBucket,
        "--format",
        "jsonl",
        "--columns",
        "job,status,outputs",
      ).stdout,
    )
    expect(json).toStrictEqual([
      { job: INCIDENT.jobEast, status: "CANCELED", outputs: [] },
      {
        job: INCIDENT.jobEu,
        status: "COMPLETE",
        outputs: [`s3://${INCIDENT.foreignBucket}/eu/series-s02e01.mp4`],
      },
    ])
    expect(lines(ask("jobs", trail, states, "--job", ORPHAN_JOB, "--format", "jsonl").stdout)).toMatchObject([
      { job: ORPHAN_JOB, status: "ERROR" },
    ])
  })

  it("summary --format jsonl counts jobs by status, and the trail alone counts none", () => {
    const json = lines(ask("summary", trail, states, "--format", "jsonl").stdout)
    expect(json.filter((line) => line.section === "jobStatus")).toStrictEqual([
      { section: "jobStatus", status: "COMPLETE", jobs: 2 },
      { section: "jobStatus", status: "CANCELED", jobs: 1 },
      { section: "jobStatus", status: "ERROR", jobs: 1 },
    ])
    expect(
      lines(ask("summary", trail, "--format", "jsonl").stdout).filter((line) => line.section === "jobStatus"),
    ).toStrictEqual([])
  })
})

describe("times on the command line", () => {
  const count = (...args: string[]) => lines(ask("events", trail, ...args, "--format", "jsonl").stdout).length

  it("reads a time without a zone as UTC, and a date alone in --until as its whole day", () => {
    expect(count("--since", "2024-04-09", "--until", "2024-04-09")).toBe(9)
    expect(count("--until", "2024-04-08")).toBe(4)
    expect(count("--since", "2024-04-09T02:00", "--until", "2024-04-09T03:00")).toBe(7)
    expect(count("--since", "2024-04-08T22:00-04:00", "--until", "2024-04-08T23:00:00-04:00")).toBe(7)
    expect(count("--since", "2024-04-09T02:10:00Z")).toBe(8)
    expect(count("--since", "2024-04-09T02:10:00.001Z")).toBe(7)
  })

  it.each([["2024-13-01"], ["2024-02-30"], ["yesterday"], ["2024-04-09T25:00"], ["1712628600"]])(
    "a time such as %s is a usage error (exit 2) on every command",
    (time) => {
      for (const command of ["summary", "events", "jobs"]) {
        const { status, stdout, stderr } = ask(command, trail, "--since", time)
        expect(status).toBe(2)
        expect(stdout).toBe("")
        expect(stderr).toContain("expected a date or a time such as 2024-04-09")
      }
    },
  )

  it("says in --help that a time without a zone is UTC", () => {
    for (const command of ["summary", "events", "jobs"])
      expect(ask(command, "--help").stdout).toContain("A time without a zone is UTC")
  })

  it("names the columns when --columns has one that is not (exit 2)", () => {
    const { status, stderr } = ask("events", trail, "--columns", "time,bucket")
    expect(status).toBe(2)
    expect(stderr).toContain("'bucket' is not a column; the columns are time, service, operation")
  })
})
