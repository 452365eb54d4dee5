// Cuts JSON Lines: every line is one value, and a broken line ends at its newline. Nothing is
// cut out of a line (a line holding a whole log file is read whole, by the recogniser).
import { Collector } from "./collector"
import type { PieceOut, Splitter, Where } from "./contracts"

/** Splits JSON Lines text, fed in chunks, into one piece per line that is not blank. */
export class LineSplitter implements Splitter {
  private line = 0
  private readonly outside: Collector

  constructor(maxPieceLength: number) {
    this.outside = new Collector(maxPieceLength)
  }

  push(chunk: string, out: PieceOut): void {
    let start = 0
    for (;;) {
      const newline = chunk.indexOf("\n", start)
      if (newline === -1) {
        this.outside.add(chunk.slice(start))
        return
      }
      this.outside.add(chunk.slice(start, newline))
      this.endLine(out)
      start = newline + 1
    }
  }

  end(out: PieceOut): void {
    if (this.outside.length > 0 || this.outside.over) this.endLine(out)
  }

  where(): Where {
    return { position: this.line, inRecords: false, index: undefined }
  }

  sawValue(): boolean {
    return this.line > 0 || this.outside.length > 0
  }

  private endLine(out: PieceOut): void {
    const over = this.outside.over
    const text = this.outside.take()
    const line = this.line++
    if (over)
      out.push({
        kind: "problem",
        inRecords: false,
        position: line,
        index: undefined,
        expected: "a line of a size that can be read",
        found: "a line longer than the limit (maxRecordBytes)",
        text: undefined,
      })
    else if (text.trim() !== "") out.push({ kind: "value", position: line, text, damaged: false })
  }
}
