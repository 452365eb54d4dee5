// The state of the exact cutter (splitter.ts) and what it gives as it cuts: where a value,
// a list, an element starts and ends, and the pieces made of them. The loop that reads the
// characters is in splitter.ts, the recovery after damaged text in recovery.ts.

import { tooDeep } from "../input"
import { COMMA, OPEN_BRACE, OPEN_BRACKET } from "./chars"
import { Collector } from "./collector"
import type { PieceOut, Where } from "./contracts"

export enum Mode {
  /** At depth 0, between top-level values. */
  Between = 0,
  /** Inside a top-level object or array. */
  Value = 1,
  /** A top-level value that is not an object or array: taken to the end of its line. */
  Line = 2,
}

/** The cutter's state over the whole input, and the pieces it makes. */
export abstract class CutState {
  protected mode = Mode.Between
  protected depth = 0
  protected inString = false
  protected escaped = false
  protected line = 0
  protected position = -1
  // Whether each open container is an array, by depth (index 1 is the top-level value).
  protected arrays: boolean[] = []
  // The last character outside strings that was not white space (a quote for a string).
  protected last = 0
  // Keys of the top-level object, to find "Records".
  protected expectKey = false
  protected readingKey = false
  protected keyStart = 0
  protected keyParts: string[] = []
  protected lastKey: string | undefined
  protected afterColon = false
  protected recordsSeen = false
  protected cutAny = false
  // The Records array of the last value, to go back into after damage broke out of it.
  // (Its next index is `index`, which only a new list resets.)
  protected resumable: { readonly position: number } | undefined
  // The array whose elements are cut out one by one.
  protected inArray = false
  protected arrayIsRecords = false
  protected arrayDepth = 0
  protected index = 0
  protected capturing = false
  protected captureStart = 0
  protected readonly element: Collector
  // Everything of the top-level value outside that array.
  protected outsideStart = -1
  protected readonly outside: Collector
  protected damagedValue = false
  // The text of the last value after its Records list closed, in case damage closed it.
  protected afterRecords = ""
  // The end of the last chunk, held back until the next (see push).
  protected carry = ""

  // Stopped where the host's byte lane took over (Lanes.run gave SUSPENDED).
  protected suspended = false

  constructor(protected readonly maxPieceLength: number) {
    this.element = new Collector(maxPieceLength)
    this.outside = new Collector(maxPieceLength)
  }

  /**
   * Gives the records the host's byte lane cut while the splitter was suspended (selection/byte-lane.ts): `passed`
   * records passed over (and the line breaks in their text), then reading goes on with the
   * text the host pushes next, which starts where they ended.
   */
  resume(passed: number, lines: number): void {
    this.index += passed
    this.line += lines
    this.suspended = false
    this.carry = ""
  }

  /** Records a lane passed over: the next `count` elements of the list, with `lines` line breaks. */
  lanePassed(count: number, lines: number): void {
    this.index += count
    this.line += lines
  }

  /** A record a lane cut and parsed: the next element of the list being cut. */
  laneElement(text: string, value: unknown, lines: number, out: PieceOut): void {
    out.push({
      kind: "element",
      inRecords: this.arrayIsRecords,
      position: this.position,
      index: this.index,
      text,
      damaged: false,
      parsed: { value },
    })
    this.index++
    this.line += lines
  }

  /** Sets the state for the next element of the array being cut. */
  protected enterArray(): void {
    this.inArray = true
    this.depth = this.arrayDepth
    this.arrays.length = this.depth + 1
    this.capturing = false
    this.readingKey = false
    this.keyParts = []
    this.last = COMMA
  }

  /** Where the text being read is, as JSON path segments (`["Records", 12]`). */
  where(): Where {
    return {
      position: this.position,
      inRecords: this.inArray && this.arrayIsRecords,
      index: this.inArray ? this.index : undefined,
    }
  }

  /** Whether any value has started (text that is not only white space). */
  sawValue(): boolean {
    return this.position >= 0
  }

  protected startValue(c: number, i: number, out: PieceOut): void {
    this.position = Math.max(this.line, this.position + 1)
    this.outsideStart = i
    this.recordsSeen = false
    this.cutAny = false
    this.lastKey = undefined
    this.afterColon = false
    this.damagedValue = false
    this.inString = false
    this.readingKey = false
    this.keyParts = []
    this.last = c
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      // A new document: no going back into the Records list of the one before.
      this.resumable = undefined
      this.afterRecords = ""
      this.mode = Mode.Value
      this.depth = 0
      this.arrays = [false]
      // A top-level array: its elements are cut out too (a list of records).
      if (c === OPEN_BRACKET) this.openArray(false, out)
      this.depth = 1
      this.arrays[1] = c === OPEN_BRACKET
      this.expectKey = c === OPEN_BRACE
    } else {
      this.mode = Mode.Line
    }
  }

  protected openArray(isRecords: boolean, out: PieceOut): void {
    out.push({ kind: "list", inRecords: isRecords, position: this.position })
    // Once elements are cut out, the text around them is not given: only what follows the list is kept.
    this.outside.take()
    this.outsideStart = -1
    this.inArray = true
    this.arrayIsRecords = isRecords
    this.recordsSeen = isRecords
    this.cutAny = true
    this.arrayDepth = this.depth + 1
    this.index = 0
    this.capturing = false
    if (isRecords) this.resumable = { position: this.position }
  }

  protected endElement(chunk: string, i: number, out: PieceOut, damaged: boolean): void {
    this.element.add(chunk.slice(this.captureStart, i))
    this.capturing = false
    const over = this.element.over
    const deep = this.element.overBy === "depth"
    const text = this.element.take()
    if (over)
      out.push({
        kind: "problem",
        inRecords: this.arrayIsRecords,
        position: this.position,
        index: this.index,
        expected: deep ? tooDeep.expected : "a record of a size that can be read",
        found: deep ? tooDeep.found : "a record longer than the limit (maxRecordBytes)",
        text: undefined,
      })
    else
      out.push({
        kind: "element",
        inRecords: this.arrayIsRecords,
        position: this.position,
        index: this.index,
        text: text.trimEnd(),
        damaged,
      })
    this.index++
  }

  protected finishValue(chunk: string, i: number, out: PieceOut): void {
    // The value closed inside an element: the text was broken; the element ends here.
    if (this.inArray && this.capturing) this.endElement(chunk, i + 1, out, true)
    if (this.outsideStart >= 0) this.outside.add(chunk.slice(this.outsideStart, i + 1))
    this.outsideStart = -1
    this.endValue(out)
  }

  protected endValue(out: PieceOut): void {
    const over = this.outside.over
    const deep = this.outside.overBy === "depth"
    const text = this.outside.take()
    this.mode = Mode.Between
    this.depth = 0
    this.arrayDepth = 0
    this.inArray = false
    this.inString = false
    // A value whose records were cut out has nothing left to say (unless damage broke out of them).
    if (this.cutAny) {
      this.afterRecords = this.resumable !== undefined && !over ? text : ""
      return
    }
    if (over)
      out.push({
        kind: "problem",
        inRecords: false,
        position: this.position,
        index: undefined,
        expected: deep ? tooDeep.expected : "a JSON value of a size that can be read",
        found: deep ? tooDeep.found : "a value longer than the limit (maxRecordBytes)",
        text: undefined,
      })
    else out.push({ kind: "value", position: this.position, text, damaged: this.damagedValue })
  }
}
