import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import {
  createJobRecord,
  getJobRecord,
  requireBuiltCli,
  runCli,
  tempFolder,
  terminalSafe,
  writeLog,
} from "./helpers/run-cli"

beforeAll(requireBuiltCli)

// What a forged or third-party log can hold to mislead a terminal: an OSC 8 hyperlink, a screen
// clear, a cursor move, BEL, a line feed that draws a fake row, C1's one-byte CSI, bidi overrides.
const OSC8 = "\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007"
const hostile = {
  userName: `mallory${OSC8}\u001b[2J`,
  sourceIPAddress: "10.0.0.1\n│ 2024-04-04T00:00:00Z │ DeleteQueue │",
  errorCode: "Forbidden\u009b31m\u0007",
  jobId: "1712252725875-\u202eevil\u2066",
  queue: "arn:aws:mediaconvert:us-west-2:111122223333:queues/Q\r\u001b[1A",
}

const folder = tempFolder("cli-output")
// Out of time order in the file: the later call first.
const late = getJobRecord((record) => {
  record.eventTime = "2024-04-04T20:00:00Z"
  record.sourceIPAddress = hostile.sourceIPAddress
  record.errorCode = hostile.errorCode
  ;(record.userIdentity as Record<string, unknown>).arn = `arn:aws:iam::111122223333:user/${hostile.userName}`
  ;(record.requestParameters as Record<string, unknown>).id = hostile.jobId
})
const early = createJobRecord((record) => {
  record.eventTime = "2024-04-04T10:00:00Z"
})
// A value a spreadsheet would run as a formula.
const formula = getJobRecord((record) => {
  record.eventTime = "2024-04-04T15:00:00Z"
  record.errorCode = '=HYPERLINK("https://evil.example")'
})
const log = writeLog(folder, "hostile.json", [late, early, formula])
// Plain values only, for the widths.
const plain = writeLog(folder, "plain.json", [early, getJobRecord()])

const lines = (text: string): string[] => text.trimEnd().split("\n")

describe("terminal injection: every format escapes controls and bidi characters", () => {
  it("the decoders keep the hostile values (so the CLI is what must neutralise them)", () => {
    const { status, stdout } = runCli(["events", log, "--format", "jsonl"])
    expect(status).toBe(0)
    expect(lines(stdout)).toHaveLength(3)
  })

  for (const command of ["events", "summary", "jobs"])
    for (const format of ["table", "csv", "tsv", "markdown"])
      it(`${command} --format ${format}: no raw control or bidi character reaches stdout`, () => {
        const { status, stdout } = runCli([command, log, "--format", format])
        expect(status).toBe(0)
        // CSV ends lines with CRLF, TSV separates with tabs: their own, not the values'.
        expect(terminalSafe(stdout.replaceAll("\r\n", "\n").replaceAll("\t", " "))).toBe(true)
      })

  it("shows what it escaped: ESC, BEL, LF, C1 and bidi characters as visible escapes", () => {
    const { stdout } = runCli(["events", log, "--width", "0"])
    expect(stdout).toContain("\\x07click\\x1b]8;;\\x07\\x1b[2J")
    expect(stdout).toContain("10.0.0.1\\n│ 2024-04-04T00:00:00Z │ DeleteQueue │")
    expect(stdout).toContain("Forbidden\\x9b31m\\x07")
    expect(stdout).toContain("1712252725875-\\u202eevil\\u2066")
    // Three events and the header: the line feed drew no row of its own.
    expect(lines(stdout).filter((line) => line.startsWith("│"))).toHaveLength(4)
  })

  it("JSON Lines escape C0, C1 and bidi characters and parse back to the same values", () => {
    const { stdout } = runCli(["events", log, "--format", "jsonl"])
    expect(terminalSafe(stdout)).toBe(true)
    expect(stdout).toContain("\\u009b")
    expect(stdout).toContain("\\u202e")
    const parsed = lines(stdout).map((line) => JSON.parse(line))
    expect(parsed[2]).toStrictEqual(late)
  })

  it("file names on stderr are escaped too", () => {
    const named = join(folder, "bad\u001b]0;pwned\u0007\u202e.json")
    writeFileSync(named, '{"Records":[{"eventVersion":"1.09","eventSource":"mediaconvert.amazonaws.com"}]}')
    const { status, stderr } = runCli(["summary", named])
    expect(status).toBe(1)
    expect(stderr).toContain("bad\\x1b]0;pwned\\x07\\u202e.json")
    expect(terminalSafe(stderr)).toBe(true)
  })

  it("CSV and TSV neutralise a cell a spreadsheet would run as a formula", () => {
    const csv = runCli(["events", log, "--format", "csv"]).stdout
    expect(csv).toContain(`'=HYPERLINK(""https://evil.example"")`)
    const tsv = runCli(["events", log, "--format", "tsv"]).stdout
    expect(tsv).toContain(`'=HYPERLINK("https://evil.example")`)
  })
})

describe("--format, --order and --width", () => {
  it("JSON Lines come in time order like the table; --order file keeps the order of the file", () => {
    const byTime = lines(runCli(["events", log, "--format", "jsonl"]).stdout).map(
      (line) => JSON.parse(line).eventTime,
    )
    expect(byTime).toStrictEqual(["2024-04-04T10:00:00Z", "2024-04-04T15:00:00Z", "2024-04-04T20:00:00Z"])
    const asRead = lines(runCli(["events", log, "--format", "jsonl", "--order", "file"]).stdout).map(
      (line) => JSON.parse(line).eventTime,
    )
    expect(asRead).toStrictEqual(["2024-04-04T20:00:00Z", "2024-04-04T10:00:00Z", "2024-04-04T15:00:00Z"])
  })

  it("CSV: RFC 4180 lines (CRLF), a header of keys, one line per event, values quoted where needed", () => {
    const { stdout } = runCli(["events", log, "--format", "csv"])
    const records = stdout.split("\r\n")
    expect(records.at(-1)).toBe("")
    expect(records[0]).toBe(
      "time,operation,region,resource,errorCode,errorMessage,jobId,channel,sourceIPAddress,identity,identityKind,account",
    )
    expect(records).toHaveLength(5)
    expect(records[1]?.startsWith("2024-04-04T10:00:00Z,CreateJob,")).toBe(true)
  })

  it("TSV and Markdown: a header and one line per job", () => {
    const tsv = lines(runCli(["jobs", log, "--format", "tsv"]).stdout)
    expect(tsv[0]?.split("\t")[0]).toBe("job")
    expect(tsv).toHaveLength(3)
    const markdown = lines(runCli(["jobs", log, "--format", "markdown"]).stdout)
    expect(markdown[0]).toMatch(/^\| Job \| Created \| Created by \|/)
    expect(markdown[1]).toMatch(/^\|( --- \|)+$/)
    expect(markdown).toHaveLength(4)
  })

  it("summary in every format: CSV rows name their section, JSON Lines too", () => {
    const csv = runCli(["summary", log, "--format", "csv"]).stdout.split("\r\n")
    expect(csv[0]?.startsWith("section,")).toBe(true)
    expect(csv.filter((line) => line.startsWith("operation,")).length).toBe(2)
    const json = lines(runCli(["summary", log, "--format", "jsonl"]).stdout).map((line) => JSON.parse(line))
    expect(json[0]).toMatchObject({ section: "totals", records: 3, files: 1 })
    expect(
      json
        .filter((row) => row.section === "operation")
        .map((row) => row.operation)
        .sort(),
    ).toStrictEqual(["CreateJob", "GetJob"])
  })

  it("a table fits --width, else COLUMNS in a pipe, else one line per row", () => {
    const widest = (text: string) => Math.max(...lines(text).map((line) => [...line].length))
    const wide = runCli(["events", plain, "--width", "0"]).stdout
    expect(lines(wide)).toHaveLength(2 + 4 + 1)
    expect(widest(wide)).toBeGreaterThan(120)
    expect(runCli(["events", plain]).stdout).toBe(wide)
    expect(widest(runCli(["events", plain], { COLUMNS: "112" }).stdout)).toBeLessThanOrEqual(112)
    const given = runCli(["events", plain, "--width", "118"], { COLUMNS: "112" }).stdout
    expect(widest(given)).toBeLessThanOrEqual(118)
    expect(widest(given)).toBeGreaterThan(112)
  })

  it("a bad --width, --order or --format is a usage error: exit 2, one line and a hint", () => {
    for (const args of [
      ["events", plain, "--width", "-1"],
      ["events", plain, "--width", "wide"],
      ["jobs", plain, "--order", "sideways"],
      ["summary", plain, "--format", "xlsx"],
      ["summary", plain, "--order", "file"],
    ]) {
      const { status, stdout, stderr } = runCli(args)
      expect(status, args.join(" ")).toBe(2)
      expect(stdout).toBe("")
      expect(stderr.trimEnd().split("\n"), args.join(" ")).toHaveLength(2)
    }
  })

  it("--help documents the formats, the width and formula neutralising", () => {
    const help = runCli(["events", "--help"]).stdout
    for (const text of [
      "--format",
      "csv",
      "tsv",
      "markdown",
      "--width",
      "COLUMNS",
      "--order",
      "--force",
      "formula",
    ])
      expect(help).toContain(text)
  })
})
