// Bytes from a file or stream, gunzipped when they start with gzip's magic number, with a cap
// on how many bytes they may inflate to.
import { once } from "node:events"
import { createGunzip } from "node:zlib"
import { gzipProblem, isGzip } from "../containers/input/text"

/** How the streaming readers gunzip: the benchmark's "gunzip alone" uses the same. */
export const GUNZIP_OPTIONS = { chunkSize: 1024 * 1024, readableHighWaterMark: 4 * 1024 * 1024 } as const

/** A problem with the bytes themselves: the message becomes a failure's `expected`/`found`. */
export class BytesProblem extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(found)
  }
}

/**
 * The problem a zlib error (`code`, `message`) is, `total` bytes inflated before it: data that
 * ends early or is corrupt; undefined for any other error (one of reading). The worker's errors
 * (inflate-worker.ts) are told the same way.
 */
export const zlibProblem = (code: unknown, message: string, total: number): BytesProblem | undefined => {
  const problem =
    code === "Z_BUF_ERROR"
      ? gzipProblem.endsEarly(`after ${total} inflated bytes`)
      : typeof code === "string" && code.startsWith("Z_")
        ? gzipProblem.corrupt(message)
        : undefined
  return problem === undefined ? undefined : new BytesProblem(problem.expected, problem.found)
}

/** The inflated pieces that may wait for the reader before reading waits (a piece is GUNZIP_OPTIONS.chunkSize at most). */
const AHEAD = 4

const asBytes = (chunk: unknown): Uint8Array =>
  chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk), "utf8")

/** Yields the bytes of `chunks`, inflated when they are gzip; throws {@link BytesProblem}. */
export async function* inflated(
  chunks: AsyncIterable<unknown>,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]()
  let head: Uint8Array = new Uint8Array(0)
  while (head.length < 2) {
    const next = await iterator.next()
    if (next.done) break
    const bytes = asBytes(next.value)
    head = head.length === 0 ? bytes : Buffer.concat([head, bytes])
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head
    for (;;) {
      const next = await iterator.next()
      if (next.done) return
      yield asBytes(next.value)
    }
  }
  if (!isGzip(head)) {
    yield* all()
    return
  }
  // zlib inflates on libuv's threads while the records of the pieces before are cut here. Its
  // pieces are taken as it gives them and never left in the stream, where an error (a file
  // cut short) would drop them: every piece inflated before the error is read, then the error.
  // Reading waits instead while enough pieces wait for the reader.
  const gunzip = createGunzip(GUNZIP_OPTIONS)
  const pieces: Uint8Array[] = []
  let failure: { readonly error: unknown } | undefined
  let ended = false
  let wake: (() => void) | undefined
  let taken: (() => void) | undefined
  const signal = () => wake?.()
  gunzip.on("data", (piece: Uint8Array) => {
    pieces.push(piece)
    signal()
  })
  gunzip.on("error", (error) => {
    failure ??= { error }
    signal()
  })
  gunzip.on("end", () => {
    ended = true
    signal()
  })
  // Aborted when the reader stops: the feeding stops too, and the source is closed.
  const stop = new AbortController()
  const feed = async () => {
    try {
      for await (const chunk of all()) {
        if (failure !== undefined || stop.signal.aborted) return
        // (Ended by an error or by the reader stopping, too: the loop then sees which.)
        const drained = gunzip.write(chunk)
          ? undefined
          : once(gunzip, "drain", { signal: stop.signal }).catch(() => undefined)
        while (pieces.length >= AHEAD && failure === undefined && !stop.signal.aborted)
          await new Promise<void>((resolve) => {
            taken = resolve
          })
        if (drained !== undefined && failure === undefined) await drained
      }
      gunzip.end()
    } catch (error) {
      // A reading error (or the stream destroyed by the reader) ends the inflating with it.
      gunzip.destroy(error as Error)
    }
  }
  void feed()
  let total = 0
  try {
    for (;;) {
      const piece = pieces.shift()
      if (piece !== undefined) {
        taken?.()
        taken = undefined
        total += piece.length
        if (total > maxBytes) {
          const problem = gzipProblem.tooLarge(maxBytes)
          throw new BytesProblem(problem.expected, problem.found)
        }
        yield piece
        continue
      }
      if (failure !== undefined) throw failure.error
      if (ended) return
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
  } catch (error) {
    if (error instanceof BytesProblem) throw error
    throw zlibProblem((error as { code?: unknown }).code, (error as Error).message, total) ?? error
  } finally {
    stop.abort()
    taken?.()
    gunzip.destroy()
  }
}
