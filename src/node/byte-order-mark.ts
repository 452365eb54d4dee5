// A UTF-8 byte order mark (EF BB BF) at the start of a file is not text: the in-memory readers
// drop it when they decode (text.ts's utf8), and the streaming ones drop it here, before the
// splitter or the byte lane sees the first byte, so a log file with one reads alike on every path.

const MARK = [0xef, 0xbb, 0xbf] as const

/** `bytes` without a byte order mark at their start: for a file read whole. */
export const withoutLeadingMark = <B extends Uint8Array>(bytes: B): B =>
  MARK.every((byte, i) => bytes[i] === byte) ? (bytes.subarray(MARK.length) as B) : bytes

/** Yields `chunks` without a byte order mark at their very start (split across chunks or not). */
export async function* withoutByteOrderMark(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let head: Uint8Array | undefined = new Uint8Array(0)
  for await (const chunk of chunks) {
    if (head === undefined) {
      yield chunk
      continue
    }
    const joined: Uint8Array = head.length === 0 ? chunk : Buffer.concat([head, chunk])
    if (joined.length < MARK.length && MARK.every((byte, i) => i >= joined.length || joined[i] === byte)) {
      head = joined
      continue
    }
    head = undefined
    const marked = MARK.every((byte, i) => joined[i] === byte)
    const rest = marked ? joined.subarray(MARK.length) : joined
    if (rest.length > 0) yield rest
  }
  if (head !== undefined && head.length > 0) yield head
}
