#!/usr/bin/env node
// The mediaconvert-cloudtrail command: thin over mediaconvert-cloudtrail/node and the core.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander"
import { events } from "./events"
import { jobs } from "./jobs"
import { unknownOperations } from "./operations"
import { visibleLines } from "./output/escape"
import { type OutputFlags, outputOf, withOutput } from "./output/options"
import { UsageError } from "./output-file"
import type { ReadOptions, ReadTotals } from "./read-inputs"
import { summary } from "./summary"
import { VERSION } from "./version"

/** Exit codes scripts can rely on. */
const EXIT_OK = 0
const EXIT_INPUT_PROBLEMS = 1
const EXIT_USAGE = 2

const exitCodes = `
Exit codes:
  0  every input was read and every record decoded
  1  some inputs could not be read or held records that did not decode (a
     MediaConvert request or response included; named on stderr with their
     paths); the results of everything else were still printed. Also when
     nothing was read: no log file in the paths given
  2  usage error: unknown command, option or --operation name, missing path,
     bad value; one line on stderr and a hint`

const date = (value: string): Date => {
  const ms = Date.parse(value)
  if (Number.isNaN(ms))
    throw new InvalidArgumentError("expected a date such as 2024-04-02 or 2024-04-02T10:00:00Z")
  return new Date(ms)
}

const bytes = (value: string): number => {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new InvalidArgumentError("expected a positive whole number of bytes")
  return n
}

interface CommonFlags {
  readonly allServices?: boolean
  readonly envelopeOnly?: boolean
  readonly maxBytes?: number
}

const readOptions = (flags: CommonFlags & { failures?: string; force?: boolean }): ReadOptions => ({
  allServices: flags.allServices === true,
  envelopeOnly: flags.envelopeOnly === true,
  ...(flags.failures !== undefined ? { failures: flags.failures } : {}),
  ...(flags.force === true ? { force: true } : {}),
  stream: flags.maxBytes !== undefined ? { maxBytes: flags.maxBytes } : {},
})

const withCommon = (command: Command): Command =>
  command
    .option("--all-services", "include records of every service, not only MediaConvert")
    .option(
      "--envelope-only",
      "check only the envelope of MediaConvert records (eventTime, userIdentity…), not their request and response",
    )
    .addOption(
      new Option(
        "--max-bytes <n>",
        "the most bytes one gzipped file may inflate to (default 1 GiB)",
      ).argParser(bytes),
    )

const finish = (totals: ReadTotals): void => {
  process.exitCode = totals.problemInputs.size > 0 || totals.files === 0 ? EXIT_INPUT_PROBLEMS : EXIT_OK
}

/** Runs a command's work; a refusal found on the way (an output file that is an input) is a usage error. */
const guarded = async (command: Command, work: () => Promise<ReadTotals>): Promise<void> => {
  try {
    finish(await work())
  } catch (error) {
    if (error instanceof UsageError)
      command.error(`error: ${error.message}`, {
        exitCode: EXIT_USAGE,
        code: "mediaconvert-cloudtrail.usage",
      })
    throw error
  }
}

const NAME = "mediaconvert-cloudtrail"
/** What follows a usage error: one line pointing at the help, not the whole help. */
const hint = (command?: string): string =>
  `Try '${NAME}${command !== undefined ? ` ${command}` : ""} --help'.`
const USAGE = `Usage: ${NAME} summary|events|jobs <paths...> [options]`

const program = new Command()
  .name(NAME)
  .description(
    "Reads CloudTrail logs (files, gzipped or not, and trail folders) and answers questions about MediaConvert activity.",
  )
  .version(VERSION)
  .showHelpAfterError(hint())
  .addHelpText("after", exitCodes)
  .exitOverride()
  // Commander's messages repeat what was typed: made visible like everything else on stderr.
  .configureOutput({ writeErr: (text) => process.stderr.write(visibleLines(text)) })

withOutput(
  withCommon(
    program
      .command("summary")
      .description("counts by operation, identity, origin and error code, and the time span")
      .argument("<paths...>", "log files or trail folders")
      .showHelpAfterError(hint("summary"))
      .addHelpText("after", exitCodes),
  ),
  false,
).action(async (paths: string[], flags: CommonFlags & OutputFlags, command: Command) =>
  guarded(command, () => summary(paths, readOptions(flags), outputOf(flags))),
)

withOutput(
  withCommon(
    program
      .command("events")
      .description("the records that pass the filters, as a table or JSON Lines")
      .argument("<paths...>", "log files or trail folders")
      .option(
        "--operation <names...>",
        "only these operations (eventName), e.g. CreateJob CancelJob; any name with --all-services",
      )
      .option("--identity <text>", "only identities whose name, ARN, role or kind contains this text")
      .option("--account <id>", "only calls by principals of this account")
      .addOption(new Option("--since <date>", "only events at or after this time").argParser(date))
      .addOption(new Option("--until <date>", "only events at or before this time").argParser(date))
      .option("--job <id>", "only events about this job")
      .option("--errors-only", "only calls that failed (with an errorCode)")
      .option(
        "--failures <file>",
        "write each record that failed to decode to this file, whole, as JSON Lines (source, path, issues, record); never an input, nor an existing file without --force",
      )
      .option("--force", "let --failures overwrite an existing file (never one of the inputs)")
      .showHelpAfterError(hint("events"))
      .addHelpText("after", exitCodes),
  ),
  true,
).action(
  async (
    paths: string[],
    flags: CommonFlags & {
      operation?: string[]
      identity?: string
      account?: string
      since?: Date
      until?: Date
      job?: string
      errorsOnly?: boolean
      failures?: string
      force?: boolean
    } & OutputFlags,
    command: Command,
  ) => {
    const operation = flags.operation?.flatMap((names) => names.split(",")).filter((name) => name !== "")
    // Only MediaConvert's names are known; other services' records come in with --all-services.
    const unknown =
      operation !== undefined && flags.allServices !== true ? unknownOperations(operation) : undefined
    if (unknown !== undefined)
      command.error(`error: ${unknown}`, {
        exitCode: EXIT_USAGE,
        code: "mediaconvert-cloudtrail.unknownOperation",
      })
    await guarded(command, () =>
      events(
        paths,
        {
          order: flags.order ?? "time",
          ...(operation !== undefined ? { operation } : {}),
          ...(flags.identity !== undefined ? { identity: flags.identity } : {}),
          ...(flags.account !== undefined ? { account: flags.account } : {}),
          ...(flags.since !== undefined ? { since: flags.since } : {}),
          ...(flags.until !== undefined ? { until: flags.until } : {}),
          ...(flags.job !== undefined ? { job: flags.job } : {}),
          ...(flags.errorsOnly === true ? { errorsOnly: true } : {}),
        },
        readOptions(flags),
        outputOf(flags),
      ),
    )
  },
)

withOutput(
  withCommon(
    program
      .command("jobs")
      .description(
        "each job's life: who created it, with which role and queue, when, from where, and whether it was cancelled",
      )
      .argument("<paths...>", "log files or trail folders")
      .showHelpAfterError(hint("jobs"))
      .addHelpText("after", exitCodes),
  ),
  true,
).action(async (paths: string[], flags: CommonFlags & OutputFlags, command: Command) =>
  guarded(command, () => jobs(paths, flags.order ?? "time", readOptions(flags), outputOf(flags))),
)

// A closed pipe (`… | head`) is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK)
})

const run = async (argv: ReadonlyArray<string>): Promise<void> => {
  // No command at all: a short usage, not the whole help, and a usage error like any other.
  if (argv.length <= 2) {
    process.stderr.write(`${USAGE}\n${hint()}\n`)
    process.exitCode = EXIT_USAGE
    return
  }
  await program.parseAsync(argv)
}

run(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // --help and --version exit 0; every other way commander stops is a usage error.
    process.exitCode = error.exitCode === 0 ? EXIT_OK : EXIT_USAGE
    return
  }
  process.stderr.write(
    `mediaconvert-cloudtrail: ${visibleLines(error instanceof Error ? error.message : String(error))}\n`,
  )
  process.exitCode = EXIT_INPUT_PROBLEMS
})
