// Objects read ahead of the one being handed over: S3's latency (tens of milliseconds to the
// first byte), not the CPU, bounds reading small objects one after another, so the requests
// for the next objects are made while one is read, and their first bytes wait in memory (at
// most AHEAD_BYTES each) until their turn. Results still come in the order of the objects.
import type { ObjectReader } from "./object-reader"

/** The bytes of one object that may wait for their turn; the rest is read when its turn comes. */
export const AHEAD_BYTES = 1024 * 1024

/** An object whose reading has started: its bytes (those that waited, then the rest), or stopped. */
export interface Started {
  readonly read: ObjectReader
  readonly stop: () => void
}

/** Starts reading `bucket`/`key` through `read`, keeping at most AHEAD_BYTES until asked. */
export const startReading = (read: ObjectReader, bucket: string, key: string): Started => {
  const waiting: Uint8Array[] = []
  let size = 0
  let iterator: AsyncIterator<Uint8Array> | undefined
  let ended = false
  let stopped = false
  let failed: { readonly error: unknown } | undefined
  const pump = (async () => {
    try {
      iterator = (await read(bucket, key))[Symbol.asyncIterator]()
      while (size < AHEAD_BYTES && !stopped) {
        const next = await iterator.next()
        if (next.done === true) {
          ended = true
          return
        }
        waiting.push(next.value)
        size += next.value.length
      }
    } catch (error) {
      failed = { error }
    }
  })()
  async function* bytes(): AsyncGenerator<Uint8Array> {
    await pump
    while (waiting.length > 0) yield waiting.shift() as Uint8Array
    if (failed !== undefined) throw failed.error
    if (ended || iterator === undefined) return
    const rest = iterator
    try {
      for (;;) {
        const next = await rest.next()
        if (next.done === true) return
        yield next.value
      }
    } finally {
      await rest.return?.()
    }
  }
  return {
    read: async () => bytes(),
    stop: () => {
      stopped = true
      // A stream left with bytes unread is closed, once the read under way is done.
      void pump.then(() => (ended ? undefined : iterator?.return?.())).catch(() => undefined)
    },
  }
}
