#!/usr/bin/env node
// The mediaconvert-cloudtrail command: thin over mediaconvert-cloudtrail/node and the core.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander"
import { type Column, type ColumnSet, pickColumns, withColumns } from "./columns"
import { allServicesColumns, eventColumns } from "./event-columns"
import { events } from "./events"
import { type FilterFlags, filtersFrom, TIMES_HELP, withFilters } from "./filters"
import { jobColumns, jobStateColumns } from "./job-columns"
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
     bad value, a --failures file that is an input (or exists, without
     --force), standard output onto an input; one line on stderr and a hint`

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

/** The --operation names, split at commas; a usage error for a name MediaConvert does not have (unless --all-services). */
const operationsOf = (
  flags: CommonFlags & { operation?: string[] },
  command: Command,
): string[] | undefined => {
  const operation = flags.operation?.flatMap((names) => names.split(",")).filter((name) => name !== "")
  // Only MediaConvert's names are known; other services' records come in with --all-services.
  const unknown =
    operation !== undefined && flags.allServices !== true ? unknownOperations(operation) : undefined
  if (unknown !== undefined)
    command.error(`error: ${unknown}`, {
      exitCode: EXIT_USAGE,
      code: "mediaconvert-cloudtrail.unknownOperation",
    })
  return operation
}

/** The columns --columns and --wide ask for; a usage error for a name that is not a column. */
const columnsOf = <Row>(
  set: ColumnSet<Row>,
  flags: { columns?: string[]; wide?: boolean; format: string },
  command: Command,
): ReadonlyArray<Column<Row>> => {
  const forPeople = flags.format === "table" || flags.format === "markdown"
  const picked = pickColumns(set, flags.columns, flags.wide === true, forPeople)
  if (typeof picked === "string")
    command.error(`error: ${picked}`, { exitCode: EXIT_USAGE, code: "mediaconvert-cloudtrail.unknownColumn" })
  return picked as ReadonlyArray<Column<Row>>
}

/** Every command reads and selects alike: the common options, the filters, --operation and the output options. */
const selecting = (command: Command, ordered: boolean): Command =>
  withOutput(
    withFilters(
      withCommon(command)
        .argument("<paths...>", "log files or trail folders")
        .option(
          "--operation <names...>",
          "only these operations (eventName), e.g. CreateJob CancelJob; any name with --all-services",
        ),
    ),
    ordered,
  )
    .addHelpText("after", TIMES_HELP)
    .addHelpText("after", exitCodes)

type SelectFlags = CommonFlags & FilterFlags & OutputFlags

selecting(
  program
    .command("summary")
    .description(
      "counts by operation, by identity (with addresses, regions, access keys, first and last seen), by region, origin and error code, and the time span",
    )
    .showHelpAfterError(hint("summary")),
  false,
).action(async (paths: string[], flags: SelectFlags, command: Command) => {
  const filters = filtersFrom(flags, operationsOf(flags, command))
  await guarded(command, () => summary(paths, filters, readOptions(flags), outputOf(flags)))
})

withColumns(
  selecting(
    program
      .command("events")
      .description("the calls that pass the filters, as a table sorted by time or as JSON Lines")
      .showHelpAfterError(hint("events")),
    true,
  )
    .option(
      "--failures <file>",
      "write each record that failed to decode to this file, whole, as JSON Lines (source, path, issues, record); never an input, nor an existing file without --force",
    )
    .option("--force", "let --failures overwrite an existing file (never one of the inputs)"),
  eventColumns,
).action(
  async (
    paths: string[],
    flags: SelectFlags & { failures?: string; force?: boolean; columns?: string[]; wide?: boolean },
    command: Command,
  ) => {
    const filters = filtersFrom(flags, operationsOf(flags, command))
    const set = flags.allServices === true ? allServicesColumns : eventColumns
    const columns = columnsOf(set, flags, command)
    const shown = { columns, picked: flags.columns !== undefined, order: flags.order ?? "time" }
    await guarded(command, () => events(paths, filters, shown, readOptions(flags), outputOf(flags)))
  },
)

withColumns(
  selecting(
    program
      .command("jobs")
      .description(
        "each job's life: who created it, with which role and queue, from where, what it read and where it wrote, and whether it was cancelled",
      )
      .showHelpAfterError(hint("jobs")),
    true,
  ),
  jobColumns,
).action(
  async (paths: string[], flags: SelectFlags & { columns?: string[]; wide?: boolean }, command: Command) => {
    const filters = filtersFrom(flags, operationsOf(flags, command))
    // JSON Lines, CSV and TSV carry every fact of a job unless --columns says which; with
    // job-state events the table shows how each job ended. Names are checked before reading.
    const columns = columnsOf(jobColumns, flags, command)
    const withStates = columnsOf(jobStateColumns(), flags, command)
    const shown = {
      columns: (states: boolean) => (states ? withStates : columns),
      order: flags.order ?? "time",
    }
    await guarded(command, () => jobs(paths, filters, shown, readOptions(flags), outputOf(flags)))
  },
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
