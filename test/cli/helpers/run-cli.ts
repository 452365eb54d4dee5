import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fixture } from "../../helpers/fixtures"

/** The built command line (`npm run build` makes it before the tests). */
export const cli = resolve(__dirname, "../../..", "dist", "cli.js")

/** Fails when the bin is missing, rather than every test failing on its own. */
export const requireBuiltCli = (): void => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` before these tests`)
}

export interface CliRun {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the command line as users do, in a child process, with the environment given. */
export const runCli = (args: ReadonlyArray<string>, env: Record<string, string> = {}): CliRun => {
  const { COLUMNS: _, ...inherited } = process.env
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    env: { ...inherited, ...env },
    maxBuffer: 256 * 1024 * 1024,
  })
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr }
}

/** A record of a GetJob call (from the project's fixture), with the changes given. */
export const getJobRecord = (change: (record: Record<string, unknown>) => void = () => {}) => {
  const record = structuredClone(fixture("operations/GetJob.failure.json")) as Record<string, unknown>
  change(record)
  return record
}

/** A CreateJob record (from the project's fixture), with the changes given. */
export const createJobRecord = (change: (record: Record<string, unknown>) => void = () => {}) => {
  const record = structuredClone(fixture("operations/CreateJob.success.json")) as Record<string, unknown>
  change(record)
  return record
}

/** A new temporary folder. */
export const tempFolder = (prefix: string): string => mkdtempSync(join(tmpdir(), `mcc-${prefix}-`))

/** Writes records as a CloudTrail log file and returns its path. */
export const writeLog = (folder: string, name: string, records: ReadonlyArray<unknown>): string => {
  const path = join(folder, name)
  writeFileSync(path, JSON.stringify({ Records: records }))
  return path
}

/** Whether a text holds nothing a terminal would act on: every line as `visible` would leave it. */
export const terminalSafe = (text: string): boolean =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters this checks for
  !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/.test(
    text,
  )
