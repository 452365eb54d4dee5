// Gunzips large files on a worker thread. On the main thread, node:zlib inflates a megabyte at
// a time on libuv's threads, but each next piece waits for the main thread to hand it over, so
// while records are cut there the inflating stalls: the gzipped 100 MB trail read at about
// 0.65 × the rate of gunzip alone. On a worker, whose event loop does nothing else, inflating
// never waits, and the main thread cuts records as the pieces arrive (about 0.95 ×). The same
// worker reads and inflates small files whole for the reader of many files, a few ahead of
// the one being cut (many-files.ts): the main thread's share of a small file is then one
// message, not an open, a read and an inflate (on 4,000 files of 44 KB: 51 ms of the main
// thread against about 330 ms; node:zlib's asynchronous gunzip took 374 ms of it, its stream
// set up per call costing more than the inflating). One worker serves the process, started
// on first use (a few milliseconds) and unreferenced while idle, so it never keeps a process
// alive.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads"
import { gzipProblem } from "../containers/reading"
import { BytesProblem, zlibProblem } from "./inflate"
import { MAX_INFLATED_AHEAD, outputChunk } from "./whole-file"

/**
 * The worker's code (CommonJS, run with `eval`): reads a file from an offset, inflates the raw
 * deflate data there (one gzip member's; the gzip framing is read on the main thread, with the
 * core's rules), posts the pieces, and at the end how many input bytes the deflate data took.
 * It starts with no flags of the host (`execArgv: []`): under `--input-type=module` or a
 * loader such as tsx, inherited flags would read it as something else.
 */
const WORKER = `
const { parentPort } = require("node:worker_threads")
const { closeSync, createReadStream, openSync, readSync } = require("node:fs")
const { createInflateRaw, gunzipSync } = require("node:zlib")
const PIECE = 1 << 20
const AHEAD = 8
const open = new Map()
// Copies a piece into a buffer of the pool (the reader gives each back when it has read it).
const send = (s, c) => {
  const buffer = s.pool.pop() ?? new ArrayBuffer(PIECE)
  new Uint8Array(buffer).set(c)
  s.out++
  parentPort.postMessage({ id: s.id, buffer, length: c.length }, [buffer])
}
// The end or the error goes after every piece inflated before it.
const finish = (s, message) => {
  if (s.last !== undefined) return
  s.last = message
  if (message.error !== undefined) {
    s.input.destroy()
    s.gunzip.destroy()
  }
  settle(s)
}
const settle = (s) => {
  while (s.out < AHEAD && s.queue.length > 0) send(s, s.queue.shift())
  if (s.queue.length === 0 && s.last !== undefined) {
    if (open.delete(s.id)) parentPort.postMessage({ id: s.id, ...s.last })
    return
  }
  // Reading waits while pieces wait for the reader: zlib is never paused, so nothing it
  // inflated before an error is lost.
  if (s.queue.length === 0 && s.writable) s.input.resume()
  else s.input.pause()
}
// A small file whole (whole-file.ts's rules): its bytes, inflated when gzip, or { stream }.
const STREAM = { stream: true }
// The bytes go over in buffers the main thread gives back once it has cut them, so that it
// receives no new memory for each file (which made it collect garbage twice as long).
const spare = []
let spareBytes = 0
const keep = (buffer) => {
  if (spare.length >= 64 || spareBytes + buffer.byteLength > 16 << 20) return
  spare.push(buffer)
  spareBytes += buffer.byteLength
}
const handOver = (bytes) => {
  const i = spare.findIndex((buffer) => buffer.byteLength >= bytes.length)
  const buffer = i < 0 ? new ArrayBuffer(Math.max(bytes.length, 1 << 16)) : spare.splice(i, 1)[0]
  if (i >= 0) spareBytes -= buffer.byteLength
  new Uint8Array(buffer).set(bytes)
  return { buffer, length: bytes.length }
}
const outputChunk = ${outputChunk.toString()}
// The bytes of each file are read into one buffer kept from file to file, grown as files need
// it up to one byte more than the largest small file, so that a file too large is told by
// filling it.
let space = Buffer.allocUnsafeSlow(1 << 20)
const whole = (path, m) => {
  let length = 0
  const fd = openSync(path, "r")
  try {
    for (;;) {
      if (length === space.length) {
        if (length > m.small) break
        const grown = Buffer.allocUnsafeSlow(Math.min(m.small + 1, 2 * space.length))
        space.copy(grown)
        space = grown
      }
      const got = readSync(fd, space, length, Math.min(space.length, m.small + 1) - length, null)
      if (got === 0) break
      length += got
      if (length > m.small) break
    }
  } finally {
    closeSync(fd)
  }
  if (length > m.small) return STREAM
  const read = space.subarray(0, length)
  if (read[0] !== 0x1f || read[1] !== 0x8b) return handOver(read)
  try {
    const options = { info: true, maxOutputLength: m.limit, chunkSize: outputChunk(read, m.limit) }
    const { buffer, engine } = gunzipSync(read, options)
    return engine.bytesWritten === length ? handOver(buffer) : STREAM
  } catch {
    return STREAM
  }
}
// Answers for small files go on a port of their own, which the main thread can read without
// waiting for its event loop (receiveMessageOnPort).
let wholesPort
parentPort.on("message", (m) => {
  if (m.type === "port") wholesPort = m.port
  else if (m.type === "wholes") {
    for (const buffer of m.spent) keep(buffer)
    // Files go in batches, and their answers come back in one message: a message costs the
    // main thread about as much as a file's reading did.
    const replies = []
    const moved = []
    for (const path of m.paths) {
      let reply
      try {
        reply = whole(path, m)
      } catch (error) {
        reply = { error: { code: error.code, message: error.message } }
      }
      replies.push(reply)
      if (reply.buffer !== undefined) moved.push(reply.buffer)
    }
    wholesPort.postMessage({ id: m.id, wholes: replies }, moved)
  } else if (m.type === "open") {
    const input = createReadStream(m.path, { highWaterMark: PIECE, start: m.start })
    const gunzip = createInflateRaw({ chunkSize: PIECE })
    const s = { id: m.id, input, gunzip, pool: [], out: 0, queue: [], total: 0, writable: true, last: undefined }
    open.set(m.id, s)
    const failed = (error) => finish(s, { error: { code: error.code, message: error.message, total: s.total } })
    input.on("error", failed)
    gunzip.on("error", failed)
    input.on("data", (c) => {
      if (s.last !== undefined || gunzip.writableEnded) return
      if (!gunzip.write(c)) s.writable = false
      settle(s)
    })
    input.on("end", () => gunzip.end())
    gunzip.on("drain", () => {
      s.writable = true
      settle(s)
    })
    gunzip.on("data", (c) => {
      if (s.last !== undefined) return
      s.total += c.length
      if (s.total > m.maxBytes) return finish(s, { error: { code: "TOO_LARGE", message: "" } })
      if (s.out < AHEAD && s.queue.length === 0) send(s, c)
      else {
        s.queue.push(c)
        settle(s)
      }
    })
    gunzip.on("end", () => {
      input.destroy()
      finish(s, { end: true, consumed: gunzip.bytesWritten })
    })
  } else if (m.type === "taken") {
    const s = open.get(m.id)
    if (s === undefined) return
    s.out--
    s.pool.push(m.buffer)
    settle(s)
  } else if (m.type === "cancel") {
    const s = open.get(m.id)
    if (s === undefined) return
    open.delete(m.id)
    s.input.destroy()
    s.gunzip.destroy()
  }
})
`

interface Channel {
  /** The pieces the worker sent: each in a buffer of its pool, given back once read. */
  readonly pieces: Array<{ readonly buffer: ArrayBuffer; readonly length: number }>
  done: boolean
  /** At the end: how many input bytes the deflate data took. */
  consumed: number
  error: { code?: unknown; message?: unknown; total?: unknown } | undefined
  wake: (() => void) | undefined
}

/** What the worker says of a small file: as whole-file.ts gives it, or the error of reading it. */
export type WholeOnWorker =
  | { readonly buffer: ArrayBuffer; readonly length: number }
  | { readonly stream: true }
  | { readonly error: { readonly code?: unknown; readonly message?: unknown } }

type Message = { id: number } & (
  | { wholes: WholeOnWorker[] }
  | { buffer: ArrayBuffer; length: number }
  | { end: true; consumed: number }
  | { error: { code?: unknown; message?: unknown; total?: unknown } }
)

let worker: Worker | null | undefined
/** Where the worker answers for small files. */
let wholesPort: MessagePort | undefined
let nextId = 0
/** The readers waiting for a message of the worker. */
let waiting = 0
const channels = new Map<number, Channel>()
/** The batches of small files asked of the worker, each waiting for its answers. */
const wholes = new Map<number, (answers: WholeOnWorker[] | undefined) => void>()
/** Gzipped files at least this large (in bytes) are inflated on the worker. */
let threshold = 4 * 1024 * 1024

/** For tests: the size from which gzipped files are inflated on the worker (Infinity: never). */
export const inflateWorkerFrom = (bytes: number): void => {
  threshold = bytes
}

/** Whether a gzipped file of `size` bytes is large enough to be inflated on the worker. */
export const worthAWorker = (size: number): boolean => size >= threshold

/** For tests: stops the worker as if it were lost (what it was asked is read elsewhere); the next use starts another. */
export const loseInflatingWorker = async (): Promise<void> => {
  const thread = worker
  if (thread === null || thread === undefined) return
  await thread.terminate()
  worker = undefined
}

/** Whether the worker runs (it is started on the first call). */
export const workerRuns = (): boolean => theWorker() !== null

const receive = (message: Message): void => {
  if ("wholes" in message) {
    wholes.get(message.id)?.(message.wholes)
    return
  }
  const channel = channels.get(message.id)
  if (channel === undefined) return
  if ("buffer" in message) channel.pieces.push({ buffer: message.buffer, length: message.length })
  else if ("end" in message) {
    channel.done = true
    channel.consumed = message.consumed
  } else channel.error = message.error
  channel.wake?.()
}

const theWorker = (): Worker | null => {
  if (worker !== undefined) return worker
  try {
    const started = new Worker(WORKER, { eval: true, execArgv: [] })
    started.unref()
    started.on("message", receive)
    const channel = new MessageChannel()
    wholesPort = channel.port1
    wholesPort.on("message", receive)
    wholesPort.unref()
    started.postMessage({ type: "port", port: channel.port2 }, [channel.port2])
    const lost = (error: unknown) => {
      worker = null
      wholesPort?.close()
      for (const answer of wholes.values()) answer(undefined)
      for (const channel of channels.values()) {
        channel.error = { code: "WORKER", message: error instanceof Error ? error.message : String(error) }
        channel.wake?.()
      }
    }
    started.on("error", lost)
    started.on("exit", (code) => lost(new Error(`the inflating worker exited (${code})`)))
    worker = started
  } catch {
    worker = null
  }
  return worker
}

/**
 * Yields the inflated bytes of the raw deflate data at `start` in a file, inflated on the
 * worker, and returns how many bytes of the file it took; throws {@link BytesProblem} as
 * `inflated` does (`maxBytes` is the cap the problem names, `room` what is left of it).
 */
export async function* rawOnWorker(
  path: string,
  start: number,
  maxBytes: number,
  room: number,
): AsyncGenerator<Uint8Array, number> {
  const thread = theWorker()
  if (thread === null) throw new Error("the inflating worker could not start")
  const id = nextId++
  const channel: Channel = { pieces: [], done: false, consumed: 0, error: undefined, wake: undefined }
  channels.set(id, channel)
  thread.postMessage({ type: "open", id, path, start, maxBytes: room })
  try {
    for (;;) {
      const piece = channel.pieces.shift()
      if (piece !== undefined) {
        // The reader copies what it keeps before asking for the next piece: the buffer then
        // goes back to the worker, so that reading allocates nothing here.
        yield new Uint8Array(piece.buffer, 0, piece.length)
        thread.postMessage({ type: "taken", id, buffer: piece.buffer }, [piece.buffer])
        continue
      }
      if (channel.error !== undefined) throw problemOf(channel.error, maxBytes)
      if (channel.done) return channel.consumed
      // While a reader waits for the worker, the worker keeps the process alive; a reader that
      // stops asking (a loop left without `return`) leaves it unreferenced.
      if (waiting++ === 0) thread.ref()
      try {
        await new Promise<void>((resolve) => {
          channel.wake = resolve
        })
      } finally {
        channel.wake = undefined
        if (--waiting === 0) thread.unref()
      }
    }
  } finally {
    if (!channel.done && channel.error === undefined) thread.postMessage({ type: "cancel", id })
    channels.delete(id)
  }
}

/**
 * Takes the worker's answers for small files that have come, now: the promises of
 * {@link wholesOnWorker} they answer then settle without a turn of the event loop (which a
 * reader busy with the files before never gives: each turn costs it a wake-up, about as much
 * as a small file's inflating).
 */
export const takeWholes = (): void => {
  const port = wholesPort
  if (port === undefined) return
  try {
    for (let got = receiveMessageOnPort(port); got !== undefined; got = receiveMessageOnPort(port))
      receive(got.message as Message)
  } catch {
    // A runtime without it: the answers come by the event loop, as they always can.
  }
}

/**
 * Small files read whole and, when gzip, inflated on the worker, as `wholeFileSync` does it
 * (to at most `maxBytes` and 4 MiB: a file past that is to be streamed), one answer a file;
 * undefined when the worker does not run or was lost, so the caller reads them itself.
 * `spent` gives back the buffers of earlier answers, which nothing may read after. Never
 * rejects.
 */
export const wholesOnWorker = (
  paths: ReadonlyArray<string>,
  small: number,
  maxBytes: number,
  spent: ArrayBuffer[] = [],
): Promise<WholeOnWorker[] | undefined> => {
  const thread = theWorker()
  if (thread === null) return Promise.resolve(undefined)
  const id = nextId++
  if (waiting++ === 0) thread.ref()
  return new Promise((resolve) => {
    wholes.set(id, (answers) => {
      wholes.delete(id)
      if (--waiting === 0) thread.unref()
      resolve(answers)
    })
    try {
      thread.postMessage(
        { type: "wholes", id, paths, small, limit: Math.min(maxBytes, MAX_INFLATED_AHEAD), spent },
        spent,
      )
    } catch {
      // A buffer that cannot be handed back (never seen, but never a rejection): read here.
      wholes.get(id)?.(undefined)
    }
  })
}

/** The error of the worker as `inflated` gives it. */
const problemOf = (
  error: { code?: unknown; message?: unknown; total?: unknown },
  maxBytes: number,
): Error => {
  const message = typeof error.message === "string" ? error.message : String(error.message)
  if (error.code === "TOO_LARGE") {
    const problem = gzipProblem.tooLarge(maxBytes)
    return new BytesProblem(problem.expected, problem.found)
  }
  return (
    zlibProblem(error.code, message, Number(error.total)) ??
    Object.assign(new Error(message), { code: error.code })
  )
}
