// Small files read ahead for the reader of many files (many-files.ts): while the main thread
// cuts a file, the inflating worker (inflate-worker.ts) reads and inflates the next ones, in
// batches, and the main thread takes each when its turn comes. Where the worker falls behind
// (a trail whose records are mostly passed over: cutting costs less than inflating), the main
// thread reads the first files of each batch itself, one more for each batch it had to wait
// for and one fewer for each that was ready. A file the worker could not read, or every file
// when the worker was lost, is read on the main thread.
import { withoutLeadingMark } from "./byte-order-mark"
import { takeWholes, type WholeOnWorker, wholesOnWorker } from "./inflate-worker"
import { type WholeFile, wholeFileSync } from "./whole-file"

/** Small files go to the inflating worker, and come back, this many at a time. */
export const BATCH = 8

/**
 * The batches asked of the worker ahead of the one being cut: at most `BATCH` × (this + 1)
 * small files' bytes are in memory at once.
 */
export const BATCHES_AHEAD = 4

/** A batch waited for this long (milliseconds) was not ready: the worker is behind. */
const BEHIND_MS = 0.2

const STREAM: WholeFile = { stream: true }

let fixedShare: number | undefined

/** For tests: the main thread reads the first `files` of every batch itself (undefined: as it adapts). */
export const shareOfMainThread = (files: number | undefined): void => {
  fixedShare = files
}

/** A file read whole (or one to stream), or the error of reading it. */
export type Loaded = WholeFile | { readonly error: unknown }

/** A file read whole on this thread (or one to stream), or the error of reading it. */
export const loadHere = (path: string, small: number, maxBytes: number): Loaded => {
  if (small <= 0) return STREAM
  try {
    return wholeFileSync(path, small, maxBytes)
  } catch (error) {
    return { error }
  }
}

/** What the worker said of a file, as `loadHere` gives it; read here when the worker was lost. */
const fromWorker = (
  answer: WholeOnWorker | undefined,
  path: string,
  small: number,
  maxBytes: number,
): Loaded => {
  if (answer === undefined) return loadHere(path, small, maxBytes)
  if ("buffer" in answer)
    return { bytes: withoutLeadingMark(new Uint8Array(answer.buffer, 0, answer.length)) }
  if ("stream" in answer) return STREAM
  const { code, message } = answer.error
  return { error: Object.assign(new Error(String(message)), { code }) }
}

interface Batch {
  /** How many of its first files the main thread reads. */
  readonly here: number
  readonly loaded: Promise<Loaded[]>
}

/** The files of one read, each read whole ahead of its turn, on the worker or here. */
export class ReadAhead {
  private readonly batches: Array<Batch | undefined> = []
  private here = fixedShare ?? 0
  /** The batch being taken, and its files read on the worker. */
  private current: Batch | undefined
  private batch: Array<Loaded | undefined> = []
  /** The buffers of files taken and cut: given back to the worker with the next batch. */
  private readonly spent: ArrayBuffer[] = []
  /** The file last taken, when its buffer is to go back to the worker once it is cut. */
  private lent: ArrayBuffer | undefined

  constructor(
    private readonly files: ReadonlyArray<string>,
    private readonly small: number,
    private readonly maxBytes: number,
  ) {
    for (let b = 0; b < BATCHES_AHEAD; b++) this.ask(b)
  }

  private ask(b: number): void {
    const from = b * BATCH
    if (from >= this.files.length) return
    const paths = this.files.slice(from + this.here, from + BATCH)
    const { small, maxBytes } = this
    const loaded = wholesOnWorker(paths, small, maxBytes, this.spent.splice(0)).then((answers) =>
      paths.map((path, i) => fromWorker(answers?.[i], path, small, maxBytes)),
    )
    this.batches[b] = { here: this.here, loaded }
  }

  /**
   * File `k` read whole, or one to stream, or the error of reading it: files are taken in
   * order, and a file's bytes may be read only until the next is taken. A promise only for
   * the first file the worker read of a batch. Never rejects.
   */
  take(k: number): Loaded | Promise<Loaded> {
    if (this.lent !== undefined) this.spent.push(this.lent)
    this.lent = undefined
    const b = Math.floor(k / BATCH)
    const at = k % BATCH
    if (at === 0) this.current = this.batches[b]
    const current = this.current as Batch
    if (at < current.here) return loadHere(this.files[k] as string, this.small, this.maxBytes)
    if (at > current.here) return this.lend(at - current.here)
    this.batches[b] = undefined
    this.ask(b + BATCHES_AHEAD)
    return this.waitFor(current)
  }

  private async waitFor(batch: Batch): Promise<Loaded> {
    const asked = performance.now()
    // Answers already come are taken now: waiting for them on the event loop, which a reader
    // busy with the files before never turns, would cost a wake-up a batch.
    takeWholes()
    this.batch = await batch.loaded
    const waited = performance.now() - asked
    this.here =
      fixedShare ?? (waited < BEHIND_MS ? Math.max(0, this.here - 1) : Math.min(BATCH / 2, this.here + 1))
    return this.lend(0)
  }

  private lend(i: number): Loaded {
    const loaded = this.batch[i] as Loaded
    this.batch[i] = undefined
    if ("bytes" in loaded) this.lent = loaded.bytes.buffer as ArrayBuffer
    return loaded
  }
}
