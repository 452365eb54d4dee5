// The code of a reading worker (built as dist/read-worker.js, started by read-pool.ts with no
// flags of the host): it reads small files whole, inflates, cuts, selects, parses and decodes
// them, and posts only what is kept. A record kept is posted as JSON text, the records of a
// file as one array, which the main thread parses in one call: cheaper there than a
// structured clone of the objects (about twice the time of JSON.parse of the same records).
import { parentPort, workerData } from "node:worker_threads"
import {
  PassedOver,
  type Piece,
  PieceReader,
  type ResultOf,
  type Segments,
  Sink,
  selectionOf,
  WholeFiles,
} from "../containers/reading"
import { decodeMediaConvertEvent } from "../mediaconvert/decode"
import { decodeRecord } from "../record/decode"
import type { Answer, Setup } from "./read-pool"
import { type WholeFile, wholeFileSync } from "./whole-file"

const setup = workerData as Setup
const selection = selectionOf(setup.sources)
const whole = new WholeFiles((bytes) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"),
)

/**
 * The sink of a worker: besides the results, the JSON text of each record kept that the lane
 * parsed from exactly that text (the value decoded is the value parsed), so it is sent as is.
 */
class TextSink extends Sink {
  /** The value the lane parsed from the text of the piece being read, and that text. */
  parsed: { readonly value: unknown; readonly text: string } | undefined
  readonly texts = new Map<ResultOf<unknown>, string>()

  override record(value: unknown, at: Segments): void {
    const before = this.results.length
    super.record(value, at)
    const parsed = this.parsed
    const result = this.results[before]
    if (parsed === undefined || parsed.value !== value || this.results.length !== before + 1) return
    if ((result?._tag === "record" || result?._tag === "insight") && result.record === value)
      this.texts.set(result, parsed.text)
  }
}

let current: TextSink | undefined

/** The piece reader of a worker: tells the sink which text the lane parsed, while it reads that piece. */
class TextKeepingReader extends PieceReader {
  override read(piece: Piece): void {
    const sink = current
    if (sink === undefined || piece.kind !== "element" || piece.parsed === undefined) {
      super.read(piece)
      return
    }
    sink.parsed = { value: piece.parsed.value, text: piece.text }
    try {
      super.read(piece)
    } finally {
      sink.parsed = undefined
    }
  }
}

const MINUS = 0x2d
const ZERO = 0x30

/**
 * Whether the text may hold the number -0, which JSON text of the parsed value would write as
 * 0: its records are then posted as values (a structured clone keeps -0), not as text.
 */
const mayHoldMinusZero = (bytes: Uint8Array): boolean => {
  for (let at = bytes.indexOf(MINUS); at >= 0; at = bytes.indexOf(MINUS, at + 1)) {
    if (bytes[at + 1] !== ZERO) continue
    const before = bytes[at - 1]
    // After a digit or a letter it is inside a string (a date, a name): not a number of its own.
    if (before === undefined || !((before >= 0x30 && before <= 0x39) || before >= 0x41)) return true
  }
  return false
}

const answer = (id: number, path: string, lines: boolean): Answer => {
  let loaded: WholeFile
  try {
    loaded = wholeFileSync(path, setup.smallFileBytes, setup.maxBytes)
  } catch (error) {
    const { message, code } = error as { message?: unknown; code?: unknown }
    return { id, error: { message: String(message ?? error), code } }
  }
  if ("stream" in loaded) return { id, stream: true }
  const sink = new TextSink(
    (setup.mediaConvert ? decodeMediaConvertEvent : decodeRecord) as (
      value: unknown,
      at: Segments,
    ) => ReturnType<typeof decodeRecord>,
    { selection },
    new PassedOver(),
  )
  current = sink
  try {
    const reading = { lines, maxRecordBytes: setup.maxRecordBytes, options: setup.options }
    whole.read(loaded.bytes, sink, reading, TextKeepingReader)
  } finally {
    current = undefined
  }
  // A record the lane did not parse is written as JSON text here, unless the file may hold -0.
  const asText = !mayHoldMinusZero(loaded.bytes)
  const texts: string[] = []
  const results: Answer["results"] = []
  for (const result of sink.drain()) {
    const text = sink.texts.get(result)
    if (text === undefined && !(asText && (result._tag === "record" || result._tag === "insight"))) {
      results.push(result)
      continue
    }
    results.push({ _tag: result._tag as "record" | "insight", path: result.path, k: texts.length })
    texts.push(text ?? JSON.stringify((result as { record: unknown }).record))
  }
  return { id, results, json: `[${texts.join(",")}]`, passed: Object.entries(sink.passed.by) }
}

parentPort?.on("message", (message: { id: number; path: string; lines: boolean }) => {
  let reply: Answer
  try {
    reply = answer(message.id, message.path, message.lines)
  } catch (error) {
    reply = { id: message.id, error: { message: String(error), code: undefined } }
  }
  parentPort?.postMessage(reply)
})
