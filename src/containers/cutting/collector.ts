// Text of one piece, gathered over chunks; shared by the splitters.

/** A growing piece of text kept as slices of chunks, with a cap on its length. */
export class Collector {
  parts: string[] = []
  length = 0
  over = false
  /** Why it is over: past the length cap, or nested past MAX_DEPTH (see drop). */
  overBy: "length" | "depth" = "length"
  constructor(private readonly max: number) {}
  /** Drops what was gathered and what comes until `take`: the piece is a failure for `reason`. */
  drop(reason: "length" | "depth"): void {
    if (this.over) return
    this.over = true
    this.overBy = reason
    this.parts = []
  }
  add(text: string): void {
    if (this.over) return
    this.length += text.length
    if (this.length > this.max) this.drop("length")
    else this.parts.push(text)
  }
  take(): string {
    const text = this.parts.length === 1 ? (this.parts[0] ?? "") : this.parts.join("")
    this.parts = []
    this.length = 0
    this.over = false
    this.overBy = "length"
    return text
  }
}
