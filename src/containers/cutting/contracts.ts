// The contracts of cutting: what a splitter gives (pieces), where it gives them, and what it
// asks of the fast lanes of a selection at each separator of a list. The splitters (splitter.ts,
// line-splitter.ts) implement them; the lanes (selection/) and the reader of pieces (reading/)
// use them, so none of them imports another's implementation.

/** One piece of text cut from the input. */
export type Piece =
  /** An element of a top-level `"Records"` array (`inRecords` true) or of a top-level array. */
  | {
      readonly kind: "element"
      readonly inRecords: boolean
      /** The place of the top-level value it is in (see `position` of `value`). */
      readonly position: number
      readonly index: number
      readonly text: string
      /** Cut where the text showed it was broken: it does not parse. */
      readonly damaged: boolean
      /** What it parsed to, when the splitter's fast lane parsed it already. */
      readonly parsed?: { readonly value: unknown }
    }
  /**
   * A whole top-level value without a `"Records"` array. `position` is its line, counted
   * from 0, or one past the previous value's when it starts on the same line.
   */
  | { readonly kind: "value"; readonly position: number; readonly text: string; readonly damaged: boolean }
  /** A list whose elements are cut out starts: a top-level `Records` array, or a top-level array. */
  | { readonly kind: "list"; readonly inRecords: boolean; readonly position: number }
  /** Text that cannot be cut: an element or value past the size limit, or input that ends inside one. */
  | {
      readonly kind: "problem"
      readonly inRecords: boolean
      readonly position: number
      readonly index: number | undefined
      readonly expected: string
      readonly found: string
      /** The text read of it, when it was kept (not past the size limit). */
      readonly text: string | undefined
    }

/** Where pieces go as they are cut: an array, or a reader that reads each at once. */
export interface PieceOut {
  push(piece: Piece): unknown
}

/** Where the text being read is: the top-level value, whether in its `Records`, and the element. */
export interface Where {
  readonly position: number
  readonly inRecords: boolean
  readonly index: number | undefined
}

/** What both splitters do: cut text fed in chunks into pieces. */
export interface Splitter {
  /** Feeds a chunk of text; gives the pieces completed in it to `out` as they are cut. */
  push(chunk: string, out: PieceOut): void
  /** Ends the input; gives what was left to `out`. */
  end(out: PieceOut): void
  /** Where the text being read is. */
  where(): Where
  /** Whether any value has started (text that is not only white space). */
  sawValue(): boolean
}

/** What a lane tells the splitter it runs for about the records it took. */
export interface LaneTaken {
  /** Records passed over, and the line breaks in their text. */
  lanePassed(count: number, lines: number): void
  /** A record the lane cut and parsed: the next element of the list, with the line breaks in it. */
  laneElement(text: string, value: unknown, lines: number, out: PieceOut): void
}

/** What {@link Lanes.run} returns when the host took the rest of the chunk over (selection/byte-lane.ts). */
export const SUSPENDED = -1

/**
 * The fast lanes a splitter hands a list to, just after each separator of it (selection/
 * implements them): they cut the records they can make sure of, give them to `taken`, and say
 * where the splitter reads on. The splitter knows nothing of what they select.
 */
export interface Lanes {
  /**
   * From `from` in `chunk` (cut up to `n`), in the list of the top-level value at `position`
   * (`inRecords`: its `Records`): where the splitter reads on (`from` when the lanes took
   * nothing), or {@link SUSPENDED} when the host reads the rest from its bytes
   * (`suspendable`: the chunk's text is the host's own).
   */
  run(
    chunk: string,
    from: number,
    n: number,
    suspendable: boolean,
    position: number,
    inRecords: boolean,
    taken: LaneTaken,
    out: PieceOut,
  ): number
  /** The chunk was cut: whatever the lanes keep of it can go. */
  done(): void
}
