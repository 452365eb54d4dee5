// Text of one piece, gathered over chunks; shared by the splitters.

/** A growing piece of text kept as slices of chunks, with a cap on its length. */
export class Collector {
  parts: string[] = []
  length = 0
  over = false
  constructor(private readonly max: number) {}
  add(text: string): void {
    if (this.over) return
    this.length += text.length
    if (this.length > this.max) {
      this.over = true
      this.parts = []
    } else this.parts.push(text)
  }
  take(): string {
    const text = this.parts.length === 1 ? (this.parts[0] ?? "") : this.parts.join("")
    this.parts = []
    this.length = 0
    this.over = false
    return text
  }
}
