// The scanner module's memory, written once: scanner.ts reads and writes it through these
// numbers, and scripts/wasm.ts writes them into scan.wat (where it says `{{INPUT}}`,
// `{{SELECTED + 64}}`…) before compiling it, with RECORD_START and the `"eventSource"` key from
// cutting/chars.ts. Change a number here and run `npm run codegen`.

/** The records given by a call, from 0: 32 bytes each (see `Given` in scanner.ts). */
export const GIVEN_SIZE = 32
/** The selected sources: their number, then from SELECTED + 64 one slot each (length, bytes). */
export const SELECTED = 65536
export const SELECTED_SLOTS = 16
export const SLOT = 128
/** The table of sources passed over: 256 entries of 16 bytes (hash, length + 1, count)… */
export const TABLE = 69632
export const TABLE_ENTRIES = 256
export const TABLE_ENTRY = 16
/** …and their names, one slot each. */
export const ARENA = 73728
/** The input. */
export const INPUT = 131072
/** The zero bytes written after the input: the scanner reads up to 80 past a block it scans. */
export const PAD = 160
/** A page of WebAssembly memory. */
export const PAGE = 65536
/** The records one call can give (below the selected sources). */
export const MAX_RECORDS = SELECTED / GIVEN_SIZE
