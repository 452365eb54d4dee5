// Worker threads that read small files for the reader of many files (many-files.ts): each
// reads, inflates, cuts, selects, parses and decodes whole files (read-worker.ts) and posts
// what is kept. Their code is a file of the package (dist/read-worker.js), started with no
// flags of the host (`execArgv: []`), so a host run under a loader or `--input-type=module`
// starts them alike. Where that file is not found (the sources run without a build) or a
// worker cannot start, the files are read on the main thread.
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Worker } from "node:worker_threads"
import type { ReadOptions, ResultOf } from "../containers/reading"

/** What every worker of a read is told once. */
export interface Setup {
  readonly sources: ReadonlyArray<string> | undefined
  readonly mediaConvert: boolean
  readonly smallFileBytes: number
  readonly maxBytes: number
  readonly maxRecordBytes: number
  readonly options: ReadOptions
}

/** A kept record or insight, sent as the index of its JSON text in the file's array. */
export interface KeptAsText {
  readonly _tag: "record" | "insight"
  readonly path: string
  readonly k: number
}

/** A worker's answer for one file. */
export type Answer = { readonly id: number } & (
  | { readonly stream: true; readonly results?: undefined }
  | { readonly error: { readonly message: string; readonly code: unknown }; readonly results?: undefined }
  | {
      readonly results: Array<ResultOf<unknown> | KeptAsText>
      readonly json: string
      readonly passed: ReadonlyArray<[string, number]>
    }
)

/**
 * The default number of reading threads: 1, the main thread alone. Measured on two cores busy
 * with other work, workers gave the same wall time for more processor time (2.5 s against
 * 1.4 s on 4,000 files with 1 % kept, 4.6 s against 2.0 s with most kept): each starts its
 * own copy of the library, and what it keeps is parsed again on the main thread. They pay
 * where cores are idle and the selection passes over most records.
 */
export const DEFAULT_WORKERS = 1

/** Where the worker's code is: beside this module once built, or in dist/ beside the sources. */
const workerFile = (): string | undefined => {
  let here: string
  try {
    here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url)
  } catch {
    return undefined
  }
  for (const candidate of [
    join(dirname(here), "read-worker.js"),
    join(dirname(here), "..", "..", "dist", "read-worker.js"),
  ])
    if (existsSync(candidate)) return candidate
  return undefined
}

/** Whether reading workers can start here: their code is found. */
export const readWorkersFound = (): boolean => workerFile() !== undefined

let started = 0

/** For tests: how many pools of reading workers this process started. */
export const poolsStarted = (): number => started

interface Waiting {
  answer?: Answer
  wake?: () => void
}

/** A pool of reading workers for one read; files are handed out in turn, answers are taken in path order. */
export class ReadPool {
  private readonly workers: Worker[] = []
  private readonly waiting = new Map<number, Waiting>()
  private failure: Error | undefined

  private constructor(file: string, count: number, setup: Setup) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(file, { workerData: setup, execArgv: [] })
      worker.on("message", (answer: Answer) => {
        const entry = this.waiting.get(answer.id)
        if (entry === undefined) return
        entry.answer = answer
        entry.wake?.()
      })
      const lost = (error: Error) => {
        this.failure ??= error
        for (const entry of this.waiting.values()) entry.wake?.()
      }
      worker.on("error", lost)
      worker.on("exit", (code) => lost(new Error(`a reading worker exited (${code})`)))
      this.workers.push(worker)
    }
  }

  /** A pool of `count` workers, or undefined where they cannot start. */
  static start(count: number, setup: Setup): ReadPool | undefined {
    const file = workerFile()
    if (file === undefined) return undefined
    try {
      const pool = new ReadPool(file, count, setup)
      started++
      return pool
    } catch {
      return undefined
    }
  }

  /** Hands file `id` to a worker. */
  send(id: number, path: string, lines: boolean): void {
    this.waiting.set(id, {})
    this.workers[id % this.workers.length]?.postMessage({ id, path, lines })
  }

  /** The answer for file `id`; rejects when a worker was lost. */
  async take(id: number): Promise<Answer> {
    const entry = this.waiting.get(id)
    if (entry === undefined) throw new Error(`file ${id} was not handed out`)
    while (entry.answer === undefined) {
      if (this.failure !== undefined) throw this.failure
      await new Promise<void>((resolve) => {
        entry.wake = resolve
      })
    }
    this.waiting.delete(id)
    return entry.answer
  }

  /** Stops the workers. */
  close(): void {
    this.failure ??= new Error("the reading workers were stopped")
    for (const worker of this.workers) {
      worker.removeAllListeners("exit")
      void worker.terminate()
    }
  }
}
