// Recovery after damaged text. CloudTrail writes each record as `{"eventVersion":…`. In valid
// JSON that text can only open an object (its quote would end any string around it), so where
// it appears and the state says otherwise (inside a string, or where an object expects a key),
// the text before it is broken: the piece so far is cut there, marked `damaged`, and cutting
// starts again at the record. A lost quote or brace thus costs one record, not the rest of the file.
import { COLON, COMMA, isSpace, NEWLINE, OPEN_BRACKET } from "./chars"
import type { PieceOut } from "./contracts"
import { CutState, Mode } from "./cut-state"

/** Whether only spaces stand between the start of its line (or of the chunk) and `i`. */
const startsLine = (chunk: string, i: number): boolean => {
  let at = i - 1
  while (at >= 0) {
    const c = chunk.charCodeAt(at)
    if (c === NEWLINE) return true
    if (!isSpace(c)) return false
    at--
  }
  return true
}

/** The cutter's answer to a record start met where the state may say otherwise. */
export abstract class Recovery extends CutState {
  /**
   * At a record start: whether the state agrees that an object opens here (true), or the text
   * before was broken, in which case the piece so far is cut off as damaged and the state is
   * set for a record to start at `i` (false).
   */
  protected startsHere(chunk: string, i: number, out: PieceOut): boolean {
    if (this.mode === Mode.Between && this.resumable === undefined) return true
    if (this.mode === Mode.Value && !this.inString && !this.escaped) {
      // The next element of the list being cut.
      if (
        this.inArray &&
        this.depth === this.arrayDepth &&
        (this.last === COMMA || this.last === OPEN_BRACKET)
      )
        return true
      // A value nested in a record: after a colon, or in an array.
      // (Directly inside an element of Records there is none: a record is an object, and an
      // object wants a key there.)
      const inside = this.inArray ? this.arrayDepth + (this.arrayIsRecords ? 1 : 0) : 0
      if (
        this.depth > inside &&
        (this.last === COLON ||
          ((this.last === COMMA || this.last === OPEN_BRACKET) && this.arrays[this.depth] === true))
      )
        return true
    }
    // Broken text before i: cut it off.
    if (this.inArray) {
      if (this.capturing) this.endElement(chunk, i, out, true)
      this.enterArray()
      return false
    }
    // In a top-level value (a line of JSON Lines) a record start inside the line is a record
    // nested in it (an EventBridge event's detail): the broken value runs to the end of its
    // line, and reading starts again on the next. A record start that begins a line is a
    // record of its own.
    if (this.mode === Mode.Value && this.resumable === undefined && !startsLine(chunk, i)) {
      this.mode = Mode.Line
      this.damagedValue = true
      return true
    }
    let after = ""
    if (this.mode === Mode.Line || this.mode === Mode.Value) {
      if (this.outsideStart >= 0) this.outside.add(chunk.slice(this.outsideStart, i))
      this.outsideStart = -1
      if (this.resumable !== undefined) after = this.outside.take()
      else {
        this.damagedValue = true
        this.endValue(out)
      }
    }
    this.mode = Mode.Between
    this.depth = 0
    if (this.resumable !== undefined) {
      // Damage broke out of a Records list: go back into it, the next element starts here.
      this.mode = Mode.Value
      this.position = this.resumable.position
      // What was read since the list closed, when it holds a member, is what is left of a record.
      const rest = this.afterRecords + after
      this.afterRecords = ""
      if (rest.includes('":')) {
        out.push({
          kind: "element",
          inRecords: true,
          position: this.position,
          index: this.index,
          text: rest,
          damaged: true,
        })
        this.index++
      }
      this.recordsSeen = true
      this.cutAny = true
      this.arrayIsRecords = true
      this.arrayDepth = 2
      this.enterArray()
      this.arrays = [false, false, true]
      return false
    }
    // A new top-level value starts at i.
    return false
  }
}
