// Bytes from a file or stream, gunzipped when they start with gzip's magic number, with a cap
// on how many bytes they may inflate to.
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { createGunzip } from "node:zlib"
import { gzipProblem, isGzip } from "../containers/text"

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
  // Room for inflated bytes ahead of the reader, so zlib (on libuv's threads) inflates while
  // the records of the chunks before are cut here.
  const gunzip = createGunzip(GUNZIP_OPTIONS)
  // Errors reach us through the iteration of gunzip, which pipeline destroys with them.
  pipeline(Readable.from(all(), { objectMode: false }), gunzip).catch(() => {})
  let total = 0
  try {
    for await (const chunk of gunzip) {
      total += (chunk as Uint8Array).length
      if (total > maxBytes) {
        gunzip.destroy()
        const problem = gzipProblem.tooLarge(maxBytes)
        throw new BytesProblem(problem.expected, problem.found)
      }
      yield chunk as Uint8Array
    }
  } catch (error) {
    if (error instanceof BytesProblem) throw error
    throw zlibProblem((error as { code?: unknown }).code, (error as Error).message, total) ?? error
  } finally {
    gunzip.destroy()
  }
}
