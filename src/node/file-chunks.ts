// The bytes of a file, for the streaming readers.
import { open } from "node:fs/promises"

/** The size of one read. */
const CHUNK = 1024 * 1024

/**
 * Reads a file a megabyte at a time, the next read under way while a chunk is used. A file
 * that is not gzip is read into two buffers in turn, so reading allocates nothing: a chunk is
 * valid until the next is asked for (the readers decode or copy what they keep). A gzip file
 * is read into fresh buffers, which zlib may hold on to.
 */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, "r")
  let next: Promise<{ bytesRead: number; buffer: Buffer }> | undefined
  try {
    const head = Buffer.alloc(2)
    const { bytesRead: magic } = await handle.read(head, 0, 2, 0)
    const reuse = !(magic === 2 && head[0] === 0x1f && head[1] === 0x8b)
    const buffers = reuse ? [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)] : []
    let turn = 0
    let position = 0
    const read = (): Promise<{ bytesRead: number; buffer: Buffer }> => {
      const buffer = reuse ? (buffers[turn] as Buffer) : Buffer.allocUnsafe(CHUNK)
      turn ^= 1
      return handle.read(buffer, 0, CHUNK, position)
    }
    next = read()
    for (;;) {
      const { bytesRead, buffer } = await next
      next = undefined
      if (bytesRead === 0) return
      position += bytesRead
      next = read()
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    // A read still under way when the reader stops early ends before the file is closed.
    if (next !== undefined) await next.catch(() => undefined)
    await handle.close()
  }
}
