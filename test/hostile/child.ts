// Runs one hostile case in a child Node process, where a crash (V8's fatal errors, an abort,
// running out of heap) ends only the child: the test then sees how it ended, how long it took
// and the most memory it held, instead of losing the whole test run.
import { spawn } from "node:child_process"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))

/** The entry the child runs: it imports the case's module, calls the named export, prints the result. */
const runner = resolve(here, "run-case.ts")

/** How a case is run. */
export interface ChildCase {
  /** The module (a path, absolute or relative to test/hostile/) whose export builds and reads the input. */
  readonly module: string
  /** The name of the async function the module exports; it gets `args` and returns a JSON value. */
  readonly name: string
  /** What the function is given (JSON). */
  readonly args?: unknown
  /** The child is killed after this long (ms); default 60 s, generous for two busy cores. */
  readonly timeoutMs?: number
  /** The child's V8 heap limit (MiB), so that a runaway ends the child, not the machine; default 1024. */
  readonly maxOldSpaceMiB?: number
}

/** How the child ended, and what its case returned when it got that far. */
export interface ChildOutcome<T = unknown> {
  /** The exit code (0 when the case returned), or null when a signal ended it. */
  readonly code: number | null
  /** The signal that ended it (SIGTRAP for V8's fatal errors, SIGKILL on the timeout), or null. */
  readonly signal: NodeJS.Signals | null
  /** Whether the harness killed it for running past `timeoutMs`. */
  readonly timedOut: boolean
  /** Wall-clock time from spawn to exit, in ms (Node and tsx starting included). */
  readonly ms: number
  /** The child's peak resident memory (MiB) as it measured it on finishing; undefined if it crashed. */
  readonly maxRssMiB?: number
  /** The case's return value; undefined if it crashed or threw. */
  readonly value?: T
  /** The message of what the case threw, if it threw. */
  readonly thrown?: string
  /** The child's stderr, the last 4 KiB (V8's fatal messages land here). */
  readonly stderr: string
}

/** The line the child prints its result on, so that stray output from the case is told apart. */
export const RESULT_MARK = "@@hostile-result@@"

/** Runs `spec` in a child process and resolves with how it ended; never rejects on the child's failure. */
export const runInChild = <T = unknown>(spec: ChildCase): Promise<ChildOutcome<T>> =>
  new Promise((done, fail) => {
    const started = Date.now()
    const module = resolve(here, spec.module)
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${spec.maxOldSpaceMiB ?? 1024}`,
        "--import",
        "tsx",
        runner,
        module,
        spec.name,
        JSON.stringify(spec.args ?? null),
      ],
      {
        cwd: resolve(here, "../.."),
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, NODE_OPTIONS: "" },
      },
    )
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      stdout = (stdout + text).slice(-1024 * 1024)
    })
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr = (stderr + text).slice(-4096)
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill("SIGKILL")
    }, spec.timeoutMs ?? 60_000)
    child.on("error", (error) => {
      clearTimeout(timer)
      fail(error)
    })
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      const line = stdout.split("\n").find((each) => each.startsWith(RESULT_MARK))
      const report =
        line === undefined
          ? {}
          : (JSON.parse(line.slice(RESULT_MARK.length)) as { value?: T; thrown?: string; maxRssMiB?: number })
      done({ code, signal, timedOut, ms: Date.now() - started, stderr, ...report })
    })
  })

/** A one-line account of an outcome, for a failing assertion's message. */
export const describeOutcome = (outcome: ChildOutcome): string =>
  `exit ${outcome.code ?? outcome.signal}${outcome.timedOut ? " (timed out)" : ""} after ${outcome.ms} ms, ` +
  `peak ${outcome.maxRssMiB?.toFixed(0) ?? "?"} MiB${outcome.thrown ? `, threw: ${outcome.thrown}` : ""}` +
  `${outcome.stderr ? `; stderr: ${outcome.stderr.slice(-600)}` : ""}`
