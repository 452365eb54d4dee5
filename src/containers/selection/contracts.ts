// The contracts of the lanes: what they ask of the reader they run for (LaneHost, which
// reading/pieces.ts and byte-lane.ts implement) and what they tell of the records they cut
// (LaneOut). Apart from the lanes themselves so that none imports another's implementation.
import type { Selection } from "./select"

/**
 * The reader the lanes run for, asked whether the list being cut is one whose records a
 * selection may pass over from their text (a log file's, once its first element showed it).
 */
export interface LaneHost {
  laneFor(position: number, inRecords: boolean): Selection | undefined
  /** Counts records the lane passed over, by their `eventSource`. */
  passedOver(source: string, count: number): void
  /**
   * Asked where the lane could start (just after a separator of the list, in `chunk` at `at`):
   * true when the host cuts on from there itself, from the bytes the text was decoded from
   * (byte-lane.ts); the splitter then stops reading until it is resumed.
   */
  suspend?(chunk: string, at: number, selection: Selection): boolean
}

/** What a lane tells of the records it cut (to the splitter, through its LaneTaken, or to the byte lane). */
export interface LaneOut {
  /** Records passed over, and the line breaks in their text. */
  passed(count: number, lines: number): void
  /** A record parsed: the next element of the list. */
  element(text: string, value: unknown, lines: number): void
}
