// The bytes of a file, for the streaming readers.
import { type FileHandle, open } from "node:fs/promises"
import { isGzip } from "../containers/reading"

/** The size of one read: at most, and at least (smaller files are read in one). */
const CHUNK = 4 * 1024 * 1024
const LEAST = 64 * 1024

/**
 * Reads a file four megabytes at a time (a smaller file in one read), the next read under way
 * while a chunk is used. A file that is not gzip is read into two buffers in turn, so reading
 * allocates nothing: a chunk is valid until the next is asked for (the readers decode or copy
 * what they keep). A gzip file is read into fresh buffers, which zlib may hold on to.
 */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, "r")
  let next: Promise<{ bytesRead: number; buffer: Buffer }> | undefined
  try {
    const reuse = !(await startsGzip(handle))
    const size = Math.min(CHUNK, Math.max(LEAST, (await handle.stat()).size + 1))
    const buffers = reuse ? [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)] : []
    let turn = 0
    let position = 0
    const read = (): Promise<{ bytesRead: number; buffer: Buffer }> => {
      const buffer = reuse ? (buffers[turn] as Buffer) : Buffer.allocUnsafe(size)
      turn ^= 1
      return handle.read(buffer, 0, size, position)
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

/** Whether the file open in `handle` starts with gzip's magic number. */
const startsGzip = async (handle: FileHandle): Promise<boolean> => {
  const head = Buffer.alloc(2)
  const { bytesRead } = await handle.read(head, 0, 2, 0)
  return isGzip(head.subarray(0, bytesRead))
}

/** Whether a file starts with gzip's magic number. */
export const isGzipFile = async (path: string): Promise<boolean> => {
  const handle = await open(path, "r")
  try {
    return await startsGzip(handle)
  } finally {
    await handle.close()
  }
}
