// The selection's structural scanner: a small WebAssembly module (scan.wat) that tokenises the
// UTF-8 bytes of records exactly (strings, escapes, nesting) with 16-byte vector compares,
// says where each record of a list closes, where the next starts and where its own
// `"eventSource"` key is, and passes over and counts by source the records of sources not
// selected. The lanes (lane.ts over text, byte-lane.ts over a stream's bytes) and the reader of
// single records (select.ts) use it where the runtime can compile WebAssembly; where it cannot
// (no WebAssembly, no vector instructions, a host that refuses to compile from bytes, such as
// Cloudflare Workers), they read the brackets from the text around them instead
// (structure.ts). Both ways give the results of parsing every record; on broken text the
// lanes and the reader of single records of one runtime decide alike, so in memory and in a
// stream the same records come back.

import { SCAN_WASM } from "./generated/scan-wasm"
import {
  ARENA,
  GIVEN_SIZE,
  INPUT,
  PAD,
  PAGE,
  SELECTED,
  SELECTED_SLOTS,
  SLOT,
  TABLE,
  TABLE_ENTRIES,
  TABLE_ENTRY,
} from "./layout"

interface ScanExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number }
  readonly status: { readonly value: number }
  readonly skipped: { readonly value: number }
  readonly lastTotal: { readonly value: number }
  readonly counted: { readonly value: number }
  readonly tailNext: { readonly value: number }
  cut(from: number, len: number, max: number, single: number, units: number, counting: number): number
}

interface Encoder {
  encodeInto(text: string, into: Uint8Array): { read: number; written: number }
}

interface Platform {
  readonly WebAssembly?: {
    Module: new (bytes: Uint8Array) => object
    Instance: new (module: object) => { readonly exports: unknown }
  }
  readonly TextEncoder?: new () => Encoder
  readonly TextDecoder?: new () => { decode(bytes: Uint8Array): string }
  atob?(base64: string): string
}

/** The words of one record given. */
const GIVEN_WORDS = GIVEN_SIZE / 4

/**
 * The fields of a record the scanner gives (GIVEN_SIZE bytes each, at 0; offsets from where the scan
 * started): its closing brace, the next record's start, its key (or NO_KEY, UNCLEAR_KEY), the
 * line breaks from the record given before it (or the scan's start) to its start, the records
 * passed over in between, its start, and the line breaks from its start to the next record's.
 */
export const Given = {
  End: 0,
  Next: 1,
  Key: 2,
  LinesBefore: 3,
  Skipped: 4,
  Start: 5,
  Lines: 6,
} as const
export type Given = (typeof Given)[keyof typeof Given]

/** How a call to the scanner ended. */
export const STOPPED = 0
export const RAN_OUT = 1
export const FULL = 2
export const WHOLE = 3

/** A record's key when it has none, and when it has two or an escape could write one. */
export const NO_KEY = -1
export const UNCLEAR_KEY = -2

/** The scanner: one compiled module, an instance (and a memory) per user that keeps input in it. */
export class Scanner {
  private bytes: Uint8Array
  private words: Int32Array
  /** The sources written for the scanner, and whether it can use them. */
  private sources: ReadonlySet<string> | undefined
  private counting = false
  /** The names of the table's entries, decoded once. */
  private readonly names: Array<string | undefined> = []

  constructor(
    private readonly exports: ScanExports,
    private readonly encoder: Encoder,
    private readonly decoder: { decode(bytes: Uint8Array): string },
  ) {
    this.bytes = new Uint8Array(exports.memory.buffer)
    this.words = new Int32Array(exports.memory.buffer)
  }

  private reserve(need: number): void {
    if (need <= this.bytes.length) return
    this.exports.memory.grow(Math.ceil((need - this.bytes.length) / PAGE))
    this.bytes = new Uint8Array(this.exports.memory.buffer)
    this.words = new Int32Array(this.exports.memory.buffer)
  }

  /** Writes text[from, to) into the module's memory as UTF-8; returns its length in bytes. */
  load(text: string, from: number, to: number): number {
    this.reserve(INPUT + (to - from) * 3 + PAD)
    const part = from === 0 && to === text.length ? text : text.slice(from, to)
    const { written } = this.encoder.encodeInto(part, this.bytes.subarray(INPUT))
    this.bytes.fill(0, INPUT + written, INPUT + written + PAD)
    return written
  }

  /**
   * Keeps the input's bytes from `keep` to `len` at its start and writes `chunk` after them;
   * returns the new length. (The byte lane's buffer: read where it lies, never copied out.)
   */
  append(keep: number, len: number, chunk: Uint8Array): number {
    const kept = len - keep
    this.reserve(INPUT + kept + chunk.length + PAD)
    if (keep > 0 && kept > 0) this.bytes.copyWithin(INPUT, INPUT + keep, INPUT + len)
    this.bytes.set(chunk, INPUT + kept)
    const total = kept + chunk.length
    this.bytes.fill(0, INPUT + total, INPUT + total + PAD)
    return total
  }

  /** The input's bytes, as a view of the module's memory (valid until the next write). */
  input(len: number): Uint8Array {
    return this.bytes.subarray(INPUT, INPUT + len)
  }

  /**
   * Writes the selected sources for the scanner; false when it cannot count records by source
   * for them (more sources, or longer ones, than it holds), so that it gives them all.
   */
  select(selected: ReadonlySet<string>): boolean {
    if (selected === this.sources) return this.counting
    this.sources = selected
    const sources = [...selected].map((source) => this.utf8(source))
    this.counting = sources.length <= SELECTED_SLOTS && sources.every((bytes) => bytes.length <= SLOT - 4)
    this.words[SELECTED / 4] = this.counting ? sources.length : 0
    if (this.counting)
      sources.forEach((bytes, i) => {
        const slot = SELECTED + 64 + i * SLOT
        this.words[slot / 4] = bytes.length
        this.bytes.set(bytes, slot + 4)
      })
    return this.counting
  }

  private utf8(text: string): Uint8Array {
    const bytes = new Uint8Array(text.length * 3)
    return bytes.subarray(0, this.encoder.encodeInto(text, bytes).written)
  }

  /**
   * Scans the input loaded from `from` to `len` (see scan.wat): the number of records given.
   * Their offsets are from `from`, in UTF-16 code units of the text loaded (`units`) or in
   * bytes. With `counting` (see {@link select}), records of sources not selected are passed
   * over in the scanner and counted in its table (see {@link flush}).
   */
  cut(len: number, max: number, single: boolean, units = true, from = 0, counting = false): number {
    return this.exports.cut(from, len, max, single ? 1 : 0, units ? 1 : 0, counting ? 1 : 0)
  }

  get status(): number {
    return this.exports.status.value
  }

  /** A field of the k-th record given (see {@link Given}). */
  given(k: number, field: Given): number {
    return this.words[k * GIVEN_WORDS + field] as number
  }

  /** The records passed over after the last given, their line breaks, and where the record after them starts (0: none passed). */
  get tailPassed(): number {
    return this.exports.skipped.value
  }

  get tailLines(): number {
    return this.exports.lastTotal.value - this.exports.counted.value
  }

  get tailNext(): number {
    return this.exports.tailNext.value
  }

  /** Gives the counts of the table (sources passed over in the scanner) and sets them to 0. */
  flush(passedOver: (source: string, count: number) => void): void {
    const words = this.words
    for (let i = 0; i < TABLE_ENTRIES; i++) {
      const at = (TABLE + i * TABLE_ENTRY) / 4 + 2
      const count = words[at] as number
      if (count === 0) continue
      words[at] = 0
      let name = this.names[i]
      if (name === undefined) {
        const length = (words[at - 1] as number) - 1
        name = this.decoder.decode(this.bytes.subarray(ARENA + i * SLOT, ARENA + i * SLOT + length))
        this.names[i] = name
      }
      passedOver(name, count)
    }
  }
}

let compiled: { module: object; instantiate: () => Scanner } | null | undefined

/** Compiles the module once; null where the runtime cannot. */
const compile = (): { module: object; instantiate: () => Scanner } | null => {
  try {
    const platform = globalThis as unknown as Platform
    const { WebAssembly: wasm, TextEncoder: Encoder, TextDecoder: Decoder, atob } = platform
    if (wasm === undefined || Encoder === undefined || Decoder === undefined || atob === undefined)
      return null
    const binary = atob(SCAN_WASM)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    const module = new wasm.Module(bytes)
    const instantiate = () =>
      new Scanner(new wasm.Instance(module).exports as ScanExports, new Encoder(), new Decoder())
    instantiate()
    return { module, instantiate }
  } catch {
    return null
  }
}

/** Whether the selection uses the scanner (see {@link useScanner}). */
let enabled = true

/** A scanner with a memory of its own (the byte lane keeps its buffer there); null where the runtime cannot run it. */
export const newScanner = (): Scanner | null => {
  if (!enabled) return null
  if (compiled === undefined) compiled = compile()
  if (compiled === null) return null
  try {
    return compiled.instantiate()
  } catch {
    return null
  }
}

/**
 * The scanners of the process, each with its memory: one for the lane over text, one for
 * single records. A record read alone can be asked for while the lane is between two calls
 * (a value held back, given when the lane passes a record over), so they never share input.
 */
let laneScanner: Scanner | null | undefined
let recordScanner: Scanner | null | undefined

/** The scanner of the lane over text, compiled on first use; null where the runtime cannot run it. */
export const theScanner = (): Scanner | null => {
  if (laneScanner === undefined) laneScanner = newScanner()
  return laneScanner
}

/** The scanner of single records (select.ts); null where the runtime cannot run it. */
export const theRecordScanner = (): Scanner | null => {
  if (recordScanner === undefined) recordScanner = newScanner()
  return recordScanner
}

/**
 * For tests and benchmarks: whether the selection uses the scanner (true, where it can) or
 * reads brackets from the text around them (false), as where WebAssembly is not available.
 */
export const useScanner = (on: boolean): void => {
  enabled = on
  laneScanner = undefined
  recordScanner = undefined
}
