// Gzip without Node (RFC 1952): the one in-memory inflater, `inflateGzip`, which every reader of
// bytes in memory calls, and the framing rules the streaming inflater in node/inflate.ts shares:
// the member header, the trailer's CRC-32 and length checked against what was inflated,
// members one after another (as `cat a.gz b.gz` makes), and what may follow the last member
// (zero padding, or bytes that are not gzip), which gzip itself tolerates and we report.
//
// fflate's Gunzip checks neither the CRC-32 nor the length, and it takes bytes after a member
// for the header of another, so the framing is read here and fflate only inflates the deflate
// data (its streaming `Inflate`).
import { Inflate } from "fflate"

/** Whether bytes start with gzip's magic number 1f 8b. */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b

const UNITS = [
  ["GiB", 1024 ** 3],
  ["MiB", 1024 ** 2],
  ["KiB", 1024],
] as const

/** A size in the largest unit it reaches: `10 bytes`, `2.0 KiB`, `16.0 MiB`, `1.0 GiB`. */
export const sizeOf = (bytes: number): string => {
  for (const [unit, size] of UNITS) if (bytes >= size) return `${(bytes / size).toFixed(1)} ${unit}`
  return `${bytes} byte${bytes === 1 ? "" : "s"}`
}

const hex = (value: number): string => (value >>> 0).toString(16).padStart(8, "0")

/** What a gzip problem is called, in the in-memory and the streaming reader alike. */
export const gzipProblem = {
  tooLarge: (maxBytes: number) => ({
    expected: `gzip data that inflates to at most ${sizeOf(maxBytes)}`,
    found: `more than ${sizeOf(maxBytes)}`,
  }),
  endsEarly: (detail: string) => ({
    expected: "complete gzip data",
    found: `gzip data that ends early (${detail})`,
  }),
  corrupt: (message: string) => ({
    expected: "complete gzip data",
    found: `gzip data that cannot be inflated (${message})`,
  }),
  checksum: (computed: number, stored: number) => ({
    expected: "gzip data whose CRC-32 matches its trailer",
    found: `CRC-32 ${hex(computed)} where the trailer says ${hex(stored)}: the data was altered, and the records read from it may be too`,
  }),
  length: (inflated: number, stored: number) => ({
    expected: "gzip data whose length matches its trailer",
    found: `${inflated} inflated bytes (${inflated % 2 ** 32} modulo 2^32) where the trailer says ${stored}: the data was altered, and the records read from it may be too`,
  }),
}

/** A gzip problem: the text of a failure's `expected` and `found`. */
export interface GzipProblem {
  readonly expected: string
  readonly found: string
}

/**
 * What follows the last gzip member, told as gzip tells it: zero bytes (padding, as tape and
 * some uploaders add) and other bytes (gzip -t: "trailing garbage ignored") are both ignored,
 * and said.
 */
export const trailingNotice = (zeros: boolean, total: number): string =>
  zeros
    ? `${sizeOf(total)} of zero padding after the gzip data, ignored as gzip ignores it`
    : `${sizeOf(total)} after the gzip data that are not gzip, ignored as gzip ignores trailing garbage`

// The CRC-32 of gzip (and zip, PNG): reflected polynomial 0xedb88320.
const CRC_TABLE = (() => {
  const table = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c
  }
  return table
})()

/** The CRC-32 of `bytes` continued from `crc` (0 to start), as gzip's trailer stores it. */
export const crc32 = (bytes: Uint8Array, crc = 0): number => {
  let c = ~crc
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8)
  return ~c >>> 0
}

/**
 * Where the deflate data of the gzip member at `at` starts: after the 10 fixed bytes and the
 * optional extra field, name, comment and header CRC its flags announce. `short` when the
 * bytes end inside the header; `not-gzip` when it is not a gzip header (or not deflate).
 */
export const gzipHeaderEnd = (bytes: Uint8Array, at: number): number | "short" | "not-gzip" => {
  if (bytes.length - at < 10) {
    const seen = bytes.subarray(at)
    return (seen.length < 1 || seen[0] === 0x1f) && (seen.length < 2 || seen[1] === 0x8b)
      ? "short"
      : "not-gzip"
  }
  if (bytes[at] !== 0x1f || bytes[at + 1] !== 0x8b || bytes[at + 2] !== 8) return "not-gzip"
  const flags = bytes[at + 3] as number
  if (flags & 0xe0) return "not-gzip"
  let end = at + 10
  if (flags & 4) {
    if (end + 2 > bytes.length) return "short"
    end += 2 + ((bytes[end] as number) | ((bytes[end + 1] as number) << 8))
  }
  for (const flag of [8, 16])
    if (flags & flag) {
      while (end < bytes.length && bytes[end] !== 0) end++
      end++
    }
  if (flags & 2) end += 2
  return end > bytes.length ? "short" : end
}

/** The CRC-32 and length (modulo 2^32) a gzip trailer at `at` stores. */
export const gzipTrailer = (bytes: Uint8Array, at: number): { crc: number; size: number } => {
  const word = (i: number) =>
    ((bytes[i] as number) |
      ((bytes[i + 1] as number) << 8) |
      ((bytes[i + 2] as number) << 16) |
      ((bytes[i + 3] as number) << 24)) >>>
    0
  return { crc: word(at), size: word(at + 4) }
}

/** The problem of a trailer that does not match what was inflated, if it does not. */
export const trailerProblem = (
  stored: { crc: number; size: number },
  crc: number,
  size: number,
): GzipProblem | undefined =>
  stored.crc !== crc
    ? gzipProblem.checksum(crc, stored.crc)
    : stored.size !== size % 2 ** 32
      ? gzipProblem.length(size, stored.size)
      : undefined

/** What gzip data inflated to: the bytes, the problem that ended it early, and a notice of bytes after it. */
export interface Inflated {
  readonly bytes: Uint8Array
  readonly problem?: GzipProblem
  /** Bytes after the gzip data (padding or garbage), ignored: what to tell the reader. */
  readonly trailing?: string
}

// Input is fed to the inflater in slices: fflate inflates all it is given at once, and deflate
// expands at most about 1032 to 1, so a 4 KiB slice grows to at most ~4 MB before the cap is
// checked again.
const SLICE = 4 * 1024

/** The most deflate can expand (RFC 1951's longest match from a 2-bit code), for bounding a size hint. */
const MAX_RATIO = 1032

/**
 * fflate 0.8's streaming `Inflate` keeps its state in `s` (`f`: the final block was begun,
 * `l`: a block is under way, `p`: the bit position in `p`, the input not yet consumed). Its
 * Gunzip reads the same fields to find where a member ends; the package is pinned to an exact
 * version and test/hostile/gzip.test.ts fails if they change.
 */
interface InflateInternals {
  readonly s: { readonly f?: number; readonly l?: unknown; readonly p?: number }
  readonly p: Uint8Array
}

/** Whether the deflate data ended, and how many bytes of the input pushed so far it left unread. */
const deflateEnd = (inflater: Inflate): number | undefined => {
  const { s, p } = inflater as unknown as InflateInternals
  if (!s.f || s.l) return undefined
  return p.length - (((s.p ?? 0) + 7) >> 3)
}

/** A buffer that grows as inflated chunks arrive: allocated once at the expected size when it is known. */
class Output {
  private buffer: Uint8Array
  length = 0

  constructor(hint: number) {
    this.buffer = new Uint8Array(Math.max(hint, 64 * 1024))
  }

  add(chunk: Uint8Array): void {
    const need = this.length + chunk.length
    if (need > this.buffer.length) {
      const grown = new Uint8Array(Math.max(need, this.buffer.length * 2))
      grown.set(this.buffer.subarray(0, this.length))
      this.buffer = grown
    }
    this.buffer.set(chunk, this.length)
    this.length = need
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }
}

/**
 * Inflates gzip data in memory, checked: every member's CRC-32 and length against its trailer,
 * members one after another, at most `maxBytes` inflated. What follows the last member is
 * ignored and told (`trailing`). On a problem (corrupt, cut short, a trailer that does not
 * match, past the cap) it gives what was inflated before it and the problem, so that a reader
 * reports the records it read and then the failure, as the streaming reader does. Memory: the
 * inflated size (allocated once from the trailer's length, when the input could hold that much)
 * and one slice's output. Never throws.
 */
export const inflateGzip = (bytes: Uint8Array, maxBytes: number): Inflated => {
  const claimed = bytes.length >= 18 ? gzipTrailer(bytes, bytes.length - 8).size : 0
  const out = new Output(Math.min(claimed, maxBytes, bytes.length * MAX_RATIO))
  let at = 0
  for (;;) {
    const start = gzipHeaderEnd(bytes, at)
    if (start === "short") return { bytes: out.bytes(), problem: gzipProblem.endsEarly("in a gzip header") }
    if (start === "not-gzip")
      return { bytes: out.bytes(), problem: gzipProblem.corrupt("not a gzip header where one should start") }
    let crc = 0
    let size = 0
    let over = false
    const inflater = new Inflate((chunk) => {
      if (over) return
      if (out.length + chunk.length > maxBytes) {
        over = true
        chunk = chunk.subarray(0, maxBytes - out.length)
      }
      crc = crc32(chunk, crc)
      size += chunk.length
      out.add(chunk)
    })
    let offset = start
    let unread: number | undefined
    try {
      while (unread === undefined && offset < bytes.length && !over) {
        const end = Math.min(offset + SLICE, bytes.length)
        inflater.push(bytes.subarray(offset, end), false)
        offset = end
        unread = deflateEnd(inflater)
      }
    } catch (error) {
      return {
        bytes: out.bytes(),
        problem: gzipProblem.corrupt(error instanceof Error ? error.message : "corrupt data"),
      }
    }
    if (over) return { bytes: out.bytes(), problem: gzipProblem.tooLarge(maxBytes) }
    if (unread === undefined)
      return { bytes: out.bytes(), problem: gzipProblem.endsEarly(`after ${out.length} inflated bytes`) }
    const trailer = offset - unread
    if (trailer + 8 > bytes.length)
      return { bytes: out.bytes(), problem: gzipProblem.endsEarly("in a gzip trailer") }
    const problem = trailerProblem(gzipTrailer(bytes, trailer), crc, size)
    if (problem !== undefined) return { bytes: out.bytes(), problem }
    at = trailer + 8
    if (at === bytes.length) return { bytes: out.bytes() }
    // Another member follows only where gzip's magic number does; anything else is trailing.
    if (!isGzip(bytes.subarray(at, at + 2)))
      return {
        bytes: out.bytes(),
        trailing: trailingNotice(
          bytes.subarray(at).every((byte) => byte === 0),
          bytes.length - at,
        ),
      }
  }
}
