// Turns the pieces the splitter cut into results: the one reader behind `recordsFrom` on text
// and bytes, `decodeJsonLines` and `streamRecords`, so both paths give the same results.
import { type DecodeFailure, failureAt } from "../../failure"
import type { Piece, PieceOut, Where } from "../cutting"
import { RECORD_START } from "../cutting"
import type { RecordsKind } from "../formats"
import type { Segments } from "../input"
import { parseJson } from "../input"
import type { ContainerKind, Sink } from "../results"
import type { LaneHost, Selection } from "../selection"

/** The container rules the reader applies to what it parsed (read-chunks.ts gives those of formats/). */
export interface Recogniser {
  /** Reads one whole top-level value; says what it was. */
  readonly value: (value: unknown, at: Segments, sink: Sink) => ContainerKind
  /** What a `Records` list holds, from its first element. */
  readonly kindOf: (first: unknown) => RecordsKind
  /** Reads one element of a `Records` list of that kind. */
  readonly element: (kind: RecordsKind, value: unknown, at: Segments, sink: Sink) => void
}

interface ListState {
  readonly position: number
  readonly inRecords: boolean
  kind: RecordsKind | "record-list" | undefined
  /** How far the indexes of the elements cut are off: a broken record cut in two, two records cut as one. */
  shift: number
}

interface HeldFailure {
  readonly list: ListState | undefined
  readonly at: Segments
  readonly failure: DecodeFailure
  text: string
}

/** A separator and white space at the end of a piece cut where the next record starts. */
const TRAILING_SEPARATOR = /\s*,\s*$/

/** The offsets of record starts in `text`, after its first character. */
const recordStarts = (text: string): number[] => {
  const starts: number[] = []
  for (let at = text.indexOf(RECORD_START, 1); at >= 0; at = text.indexOf(RECORD_START, at + 1))
    starts.push(at)
  return starts
}

/** The text of one record cut out of broken text: without the separators and closers after it. */
const parseCut = (text: string): { ok: true; value: unknown } | { ok: false } => {
  let rest = text.trimEnd()
  for (let tries = 0; tries < 4 && rest !== ""; tries++) {
    while (rest.endsWith(",")) rest = rest.slice(0, -1).trimEnd()
    try {
      return { ok: true, value: JSON.parse(rest) }
    } catch {
      if (!(rest.endsWith("]") || rest.endsWith("}"))) break
      rest = rest.slice(0, -1).trimEnd()
    }
  }
  return { ok: false }
}

/**
 * Whether the text of a `Records` list's first element is one that `recordsKindOf` would take
 * for a log file's record once parsed: a CloudTrail record's start, and none of the members
 * that tell another list (`Sns`, `detail-type`, an `aws:sqs` or `aws:s3` source), written
 * plainly (no `\u` escape could spell them otherwise). Anything else is parsed and told as
 * before.
 */
const surelyLogRecord = (text: string): boolean =>
  text.startsWith(RECORD_START) &&
  !text.includes("\\u") &&
  !text.includes('"Sns"') &&
  !text.includes('"detail-type"') &&
  !text.includes('"aws:s')

/**
 * Reads pieces in order into a sink. `at` is where the text sits in something larger (an SNS
 * message); `lines` reads every value as a line of JSON Lines (`$[n]`).
 */
export class PieceReader implements PieceOut, LaneHost {
  private first: number | undefined
  private firstCut = false
  private several = false
  private pending: Extract<Piece, { kind: "value" }> | undefined
  private list: ListState | undefined
  private firstList: ListState | undefined
  private held: HeldFailure | undefined
  private kind: ContainerKind | undefined

  constructor(
    private readonly sink: Sink,
    private readonly recogniser: Recogniser,
    private readonly at: Segments = [],
    private readonly lines = false,
  ) {}

  /** What the text held, as far as read. */
  container(): ContainerKind {
    if (this.lines || this.several) return "json-lines"
    const list = this.firstList
    if (list !== undefined && list.position === this.first)
      return list.kind ?? (list.inRecords ? "s3-log-file" : "record-list")
    return this.kind ?? "unknown"
  }

  /** Reads a piece as the splitter cuts it. */
  push(piece: Piece): void {
    this.read(piece)
  }

  /** The selection whose records may be passed over from their text in the list being cut: only a log file's (or a list of records). */
  laneFor(position: number, inRecords: boolean): Selection | undefined {
    const selection = this.sink.policy.selection
    const list = this.list
    if (selection === undefined || this.lines || list === undefined) return undefined
    if (list.position !== position || list.inRecords !== inRecords) return undefined
    return list.kind === "s3-log-file" || list.kind === "record-list" ? selection : undefined
  }

  /** Counts records the splitter's lane passed over. */
  passedOver(source: string, count: number): void {
    this.release()
    this.sink.passed.add(source, count)
  }

  read(piece: Piece): void {
    switch (piece.kind) {
      case "list":
        this.seen(piece.position, true)
        this.listFor(piece.position, piece.inRecords)
        return
      case "element":
        this.element(piece)
        return
      case "value":
        this.seen(piece.position, false)
        if (!this.lines && !this.several && piece.position === this.first) {
          this.pending = piece
          return
        }
        this.release()
        this.value(piece.text, piece.damaged, this.prefix(piece.position))
        return
      case "problem": {
        this.seen(piece.position, piece.index !== undefined)
        if (piece.index !== undefined) {
          const list = this.listFor(piece.position, piece.inRecords)
          const at = this.elementAt(list, piece.index)
          if (piece.text !== undefined) this.broken(piece.text, at, list, piece.index, undefined)
          else {
            this.release()
            this.sink.failAt(at, piece.expected, piece.found)
          }
          return
        }
        this.release()
        const at = this.prefix(piece.position)
        if (piece.text !== undefined)
          this.sink.failure(this.parseFailure(piece.text, at), at, { text: piece.text })
        else this.sink.failAt(at, piece.expected, piece.found)
        return
      }
    }
  }

  /** Ends the reading: what was held back is given; text without any value (white space) is a failure, except in JSON Lines. */
  finish(sawValue: boolean): void {
    this.release()
    if (!sawValue && !this.lines) this.sink.failAt(this.at, "JSON text", "empty text")
  }

  /**
   * Ends the reading where the text broke off (gzip that ends early, a stream that fails):
   * what was held back is given, then a failure at the place the splitter was in.
   */
  brokenOff(where: Where, expected: string, found: string): void {
    this.release()
    const at =
      where.index !== undefined
        ? this.elementAt(this.listFor(where.position, where.inRecords), where.index)
        : where.position >= 0
          ? this.prefix(where.position)
          : this.at
    this.sink.failAt(at, expected, found)
  }

  private release(): void {
    if (this.held !== undefined) {
      const held = this.held
      this.held = undefined
      this.sink.failure(held.failure, held.at, { text: held.text })
    }
    if (this.pending !== undefined) {
      const pending = this.pending
      this.pending = undefined
      this.value(pending.text, pending.damaged, this.prefix(pending.position))
    }
  }

  private seen(position: number, cut: boolean): void {
    if (this.first === undefined) {
      this.first = position
      this.firstCut = cut
    } else if (position !== this.first && !this.several) {
      this.several = true
      this.release()
    }
  }

  private prefix(position: number): Segments {
    if (!this.lines && position === this.first && (!this.several || this.firstCut)) return this.at
    return [...this.at, position]
  }

  private listFor(position: number, inRecords: boolean): ListState {
    if (this.list === undefined || this.list.position !== position || this.list.inRecords !== inRecords) {
      // A bare list is told by its first element too: records, or EventBridge events (a rule's
      // events as an array, whose records sit in `detail` and must not be taken for records).
      this.list = { position, inRecords, kind: undefined, shift: 0 }
      if (this.firstList === undefined) this.firstList = this.list
    }
    return this.list
  }

  private elementAt(list: ListState, index: number): Segments {
    const at = this.prefix(list.position)
    return [...(list.inRecords ? [...at, "Records"] : at), index + list.shift]
  }

  private element(piece: Extract<Piece, { kind: "element" }>): void {
    this.seen(piece.position, true)
    const list = this.listFor(piece.position, piece.inRecords)
    if (piece.parsed !== undefined) {
      this.release()
      this.parsedElement(list, piece.parsed.value, this.elementAt(list, piece.index))
      return
    }
    // The first record of a log file tells what the list holds; where its text shows it is a
    // CloudTrail record, the kind is known without parsing it, so that it too may be passed
    // over from its text (a trail's first records cost a fifth of reading a folder of
    // 50-record files with a selection).
    if (
      list.kind === undefined &&
      list.inRecords &&
      !piece.damaged &&
      this.sink.policy.selection !== undefined
    )
      if (surelyLogRecord(piece.text)) list.kind = "s3-log-file"
    const passable = list.kind === "s3-log-file" || list.kind === "record-list"
    if (piece.damaged && passable && piece.text.startsWith(RECORD_START)) {
      // In a selection, a record of another service is told from its text, broken or not, as
      // the fast lane tells it: cut at the next record start, without the separator.
      if (this.sink.passesOverText(piece.text.replace(TRAILING_SEPARATOR, ""))) {
        this.release()
        return
      }
    }
    if (!piece.damaged) {
      if (passable && this.sink.passesOverText(piece.text)) {
        this.release()
        return
      }
      const at = this.elementAt(list, piece.index)
      const parsed = parseJson(piece.text, at)
      if (parsed._tag === "Right") {
        this.release()
        this.parsedElement(list, parsed.right, at)
        return
      }
      this.broken(piece.text, at, list, piece.index, parsed.left)
      return
    }
    this.broken(piece.text, this.elementAt(list, piece.index), list, piece.index, undefined)
  }

  private parsedElement(list: ListState, value: unknown, at: Segments): void {
    if (list.kind === undefined) {
      const kind = this.recogniser.kindOf(value)
      list.kind = !list.inRecords && kind === "s3-log-file" ? "record-list" : kind
    }
    this.recogniser.element(list.kind === "record-list" ? "s3-log-file" : list.kind, value, at, this.sink)
  }

  /**
   * Text of an element that does not parse: a broken record, junk that continues the one
   * before it, or several records run together where the text lost its structure. Each record
   * start in it is tried on its own, so a broken record costs that record alone.
   */
  private broken(
    text: string,
    at: Segments,
    list: ListState,
    index: number,
    failure: DecodeFailure | undefined,
  ): void {
    const starts = recordStarts(text)
    const head = text.slice(0, starts[0] ?? text.length)
    const held = this.held !== undefined && this.held.list === list ? this.held : undefined
    if (!head.includes('":')) {
      // Stray characters, holding no member: not an element of their own.
      if (held !== undefined) held.text += head
      list.shift--
    } else if (held !== undefined && !head.trimStart().startsWith("{")) {
      // The rest of the broken record before it: one failure for both.
      held.text += head
      list.shift--
    } else {
      this.release()
      this.held = { list, at, failure: failure ?? this.parseFailure(head, at), text: head }
    }
    for (let k = 0; k < starts.length; k++) {
      const part = text.slice(starts[k], starts[k + 1] ?? text.length)
      list.shift++
      const where = this.elementAt(list, index)
      const parsed = parseCut(part)
      if (parsed.ok) {
        this.release()
        this.parsedElement(list, parsed.value, where)
      } else {
        this.release()
        this.held = { list, at: where, failure: this.parseFailure(part, where), text: part }
      }
    }
  }

  private parseFailure(text: string, at: Segments): DecodeFailure {
    const parsed = parseJson(text.trim(), at)
    return parsed._tag === "Left"
      ? parsed.left
      : failureAt(at, "a record whose text is whole", "text broken around it")
  }

  private value(text: string, damaged: boolean, at: Segments): void {
    if (!damaged && text.startsWith(RECORD_START) && this.sink.passesOverText(text)) return
    const parsed = parseJson(text, at)
    if (parsed._tag === "Left") this.sink.failure(parsed.left, at, { text })
    else {
      const kind = this.recogniser.value(parsed.right, at, this.sink)
      if (this.kind === undefined) this.kind = kind
    }
  }
}
