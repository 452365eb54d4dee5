// The lanes a splitter runs at each separator of a list (cutting/contracts.ts `Lanes`): where the
// reader's selection may pass over the records of that list, they cut the records they can make
// sure of (with the scanner where it runs, lane.ts's `ScanLane`; from the text around brackets
// where it does not, `Lane`), hand those to be parsed back to the splitter as elements, and count
// the others. A record they cannot make sure of is left to the splitter's exact reading.
import { type Lanes, type LaneTaken, type PieceOut, SUSPENDED } from "../cutting"
import { theScanner } from "../scanner"
import type { LaneHost, LaneOut } from "./contracts"
import { Lane, ScanLane } from "./lane"

/** The lanes over the text a splitter is given, for one host. */
export class TextLanes implements Lanes {
  // The cursors over the chunk being cut.
  private lane: Lane | undefined
  private scanLane: ScanLane | undefined

  constructor(
    private readonly host: LaneHost,
    private readonly maxPieceLength: number,
  ) {}

  /**
   * From just after a separator of the list being cut: gives each record the lane can cut
   * (passed over, or to be parsed) and returns where it stopped, the start of a record to read
   * the exact way (or `from` when it took none).
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
  ): number {
    const host = this.host
    const selection = host.laneFor(position, inRecords)
    if (selection === undefined) return from
    if (suspendable && host.suspend?.(chunk, from, selection) === true) return SUSPENDED
    const scanner = theScanner()
    if (scanner !== null) {
      let lane = this.scanLane
      if (lane === undefined || lane.text !== chunk)
        lane = this.scanLane = new ScanLane(chunk, n, selection, scanner)
      const laneOut: LaneOut = {
        passed: (count, lines) => taken.lanePassed(count, lines),
        element: (text, value, lines) => taken.laneElement(text, value, lines, out),
      }
      return lane.run(from, this.maxPieceLength, laneOut, host)
    }
    let lane = this.lane
    if (lane === undefined || lane.text !== chunk) lane = this.lane = new Lane(chunk, n, selection)
    let p = from
    while (lane.cut(p, this.maxPieceLength)) {
      const source = lane.source
      if (source !== undefined) {
        host.passedOver(source, 1)
        taken.lanePassed(1, lane.lines)
      } else {
        // A record to be parsed: parsed here, and when it does not parse (broken text, a cut
        // that only valid JSON would have made sure), read the exact way instead.
        const text = chunk.slice(p, lane.end + 1).trimStart()
        let value: unknown
        try {
          value = JSON.parse(text)
        } catch {
          return p
        }
        taken.laneElement(text, value, lane.lines, out)
      }
      p = lane.next
    }
    return p
  }

  done(): void {
    this.lane = undefined
    this.scanLane = undefined
  }
}
