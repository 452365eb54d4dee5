// Bytes from a file or stream, gunzipped when they start with gzip's magic number, with a cap
// on how many bytes they may inflate to.
import { once } from "node:events"
import { crc32, createInflateRaw } from "node:zlib"
import {
  gzipHeaderEnd,
  gzipProblem,
  gzipTrailer,
  isGzip,
  trailerProblem,
  trailingNotice,
} from "../containers/reading"

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

/** The longest gzip header read (its name and comment are unbounded in RFC 1952). */
const MAX_HEADER = 1024 * 1024

const asBytes = (chunk: unknown): Uint8Array =>
  chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk), "utf8")

const problemOf = (problem: { expected: string; found: string }) =>
  new BytesProblem(problem.expected, problem.found)

/** The chunks of a source, with bytes read too far put back in front. */
class ByteQueue {
  private readonly front: Uint8Array[] = []
  constructor(private readonly iterator: AsyncIterator<unknown>) {}

  unshift(bytes: Uint8Array): void {
    if (bytes.length > 0) this.front.unshift(bytes)
  }

  async next(): Promise<Uint8Array | undefined> {
    const first = this.front.shift()
    if (first !== undefined) return first
    const next = await this.iterator.next()
    return next.done ? undefined : asBytes(next.value)
  }

  /** The next `n` bytes joined (fewer at the end of the source). */
  async take(n: number): Promise<Uint8Array> {
    let joined: Uint8Array = new Uint8Array(0)
    while (joined.length < n) {
      const chunk = await this.next()
      if (chunk === undefined) break
      joined = joined.length === 0 ? chunk : Buffer.concat([joined, chunk])
    }
    this.unshift(joined.subarray(n))
    return joined.subarray(0, n)
  }
}

/**
 * Yields the bytes of `chunks`, inflated when they are gzip; throws {@link BytesProblem}. Gzip
 * is framed here with the core's rules (containers/input/gzip.ts): each member's header read,
 * its deflate data inflated by zlib (raw, on libuv's threads), its CRC-32 and length checked
 * against the trailer after its last piece is yielded, members one after another, and bytes
 * after the last member ignored and told to `trailing`. zlib's own gunzip loses the pieces of
 * its last write when the trailer fails or garbage follows, and takes garbage for a member.
 */
export async function* inflated(
  chunks: AsyncIterable<unknown>,
  maxBytes: number,
  trailing?: (notice: string) => void,
): AsyncGenerator<Uint8Array> {
  const queue = new ByteQueue(chunks[Symbol.asyncIterator]())
  const head = await queue.take(2)
  queue.unshift(head)
  if (!isGzip(head)) {
    for (let chunk = await queue.next(); chunk !== undefined; chunk = await queue.next()) yield chunk
    return
  }
  const total = { bytes: 0 }
  for (;;) {
    let header = await queue.take(10)
    let start = gzipHeaderEnd(header, 0)
    while (start === "short" && header.length < MAX_HEADER) {
      const more = await queue.next()
      if (more === undefined) break
      header = Buffer.concat([header, more])
      start = gzipHeaderEnd(header, 0)
    }
    if (start === "short") throw problemOf(gzipProblem.endsEarly("in a gzip header"))
    if (start === "not-gzip") throw problemOf(gzipProblem.corrupt("not a gzip header where one should start"))
    queue.unshift(header.subarray(start))
    const check = { crc: 0, size: 0 }
    yield* member(queue, maxBytes, total, check)
    const trailer = await queue.take(8)
    if (trailer.length < 8) throw problemOf(gzipProblem.endsEarly("in a gzip trailer"))
    const problem = trailerProblem(gzipTrailer(trailer, 0), check.crc, check.size)
    if (problem !== undefined) throw problemOf(problem)
    const next = await queue.take(2)
    if (next.length === 0) return
    queue.unshift(next)
    if (isGzip(next)) continue
    let zeros = true
    let count = 0
    for (let chunk = await queue.next(); chunk !== undefined; chunk = await queue.next()) {
      count += chunk.length
      zeros &&= chunk.every((byte) => byte === 0)
    }
    trailing?.(trailingNotice(zeros, count))
    return
  }
}

/**
 * Yields the inflated pieces of one member's deflate data, read from `queue` up to its end (the
 * bytes fed past it are put back), counting them into `total` and `check`.
 */
async function* member(
  queue: ByteQueue,
  maxBytes: number,
  total: { bytes: number },
  check: { crc: number; size: number },
): AsyncGenerator<Uint8Array> {
  // zlib inflates on libuv's threads while the records of the pieces before are cut here. Its
  // pieces are taken as it gives them and never left in the stream, where an error (a file
  // cut short) would drop them: every piece inflated before the error is read, then the error.
  // Reading waits instead while enough pieces wait for the reader.
  const inflater = createInflateRaw(GUNZIP_OPTIONS)
  const pieces: Uint8Array[] = []
  let failure: { readonly error: unknown } | undefined
  let ended = false
  let wake: (() => void) | undefined
  let taken: (() => void) | undefined
  const signal = () => wake?.()
  inflater.on("data", (piece: Uint8Array) => {
    pieces.push(piece)
    signal()
  })
  inflater.on("error", (error) => {
    failure ??= { error }
    signal()
  })
  // One promise for the end (or an error), raced with each wait for "drain": a listener per
  // wait would pile up on a long member.
  const over = new Promise<void>((resolve) => {
    inflater.once("end", resolve)
    inflater.once("error", () => resolve())
  })
  inflater.on("end", () => {
    ended = true
    signal()
  })
  // The chunks fed and not yet known to be consumed: zlib stops at the end of the deflate data
  // (bytesWritten then counts what it consumed) and what follows is the trailer and after.
  const fed: Uint8Array[] = []
  let fedFrom = 0
  // Aborted when the reader stops: the feeding stops too.
  const stop = new AbortController()
  const feed = async () => {
    try {
      for (;;) {
        if (failure !== undefined || stop.signal.aborted || ended) return
        const chunk = await queue.next()
        if (chunk === undefined) {
          inflater.end()
          return
        }
        if (failure !== undefined || stop.signal.aborted || ended) {
          queue.unshift(chunk)
          return
        }
        while (fed.length > 0 && fedFrom + (fed[0] as Uint8Array).length <= inflater.bytesWritten)
          fedFrom += (fed.shift() as Uint8Array).length
        fed.push(chunk)
        // (Ended by an error or by the reader stopping, too: the loop then sees which.)
        const drained = inflater.write(chunk)
          ? undefined
          : once(inflater, "drain", { signal: stop.signal }).catch(() => undefined)
        while (pieces.length >= AHEAD && failure === undefined && !stop.signal.aborted && !ended)
          await new Promise<void>((resolve) => {
            taken = resolve
          })
        if (drained !== undefined && failure === undefined && !ended) await Promise.race([drained, over])
      }
    } catch (error) {
      // A reading error (or the source destroyed by the reader) ends the inflating with it.
      inflater.destroy(error as Error)
    }
  }
  const feeding = feed()
  try {
    for (;;) {
      const piece = pieces.shift()
      if (piece !== undefined) {
        taken?.()
        taken = undefined
        total.bytes += piece.length
        if (total.bytes > maxBytes) throw problemOf(gzipProblem.tooLarge(maxBytes))
        check.crc = crc32(piece, check.crc)
        check.size += piece.length
        yield piece
        continue
      }
      if (failure !== undefined) throw failure.error
      if (ended) break
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
    taken?.()
    await feeding
    // What was fed past the end of the deflate data goes back to the queue, in order.
    const past = Buffer.concat(fed).subarray(inflater.bytesWritten - fedFrom)
    queue.unshift(past)
  } catch (error) {
    if (error instanceof BytesProblem) throw error
    throw zlibProblem((error as { code?: unknown }).code, (error as Error).message, total.bytes) ?? error
  } finally {
    stop.abort()
    taken?.()
    inflater.destroy()
  }
}
