// The code of a reading worker (built as dist/read-worker.js, started by read-pool.ts with no
// flags of the host): it reads small files whole, inflates, cuts, selects, parses and decodes
// them, and posts only what is kept. A record kept is posted as JSON text, the records of a
// file as one array, which the main thread parses in one call: cheaper there than a
// structured clone of the objects (about twice the time of JSON.parse of the same records).
import { parentPort, workerData } from "node:worker_threads"
import { WholeFiles } from "../containers/reading/whole-bytes"
import type { RecordResult } from "../containers/results/result"
import { PassedOver, Sink } from "../containers/results/sink"
import { selectionOf } from "../containers/selection/select"
import type { Answer, Setup } from "./read-pool"
import { wholeFile } from "./whole-file"

const setup = workerData as Setup
const selection = selectionOf(setup.sources)
const whole = new WholeFiles((bytes) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"),
)

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

const answer = async (id: number, path: string, lines: boolean): Promise<Answer> => {
  let loaded: Awaited<ReturnType<typeof wholeFile>>
  try {
    loaded = await wholeFile(path, setup.smallFileBytes, setup.maxBytes)
  } catch (error) {
    const { message, code } = error as { message?: unknown; code?: unknown }
    return { id, error: { message: String(message ?? error), code } }
  }
  if ("stream" in loaded) return { id, stream: true }
  const sink = new Sink({ selection, mediaConvert: setup.mediaConvert }, new PassedOver())
  whole.read(loaded.bytes, sink, { lines, maxRecordBytes: setup.maxRecordBytes, options: setup.options })
  const asText = !mayHoldMinusZero(loaded.bytes)
  const texts: string[] = []
  const results: Answer["results"] = []
  for (const result of sink.drain() as RecordResult[]) {
    if (asText && (result._tag === "record" || result._tag === "insight")) {
      results.push({ _tag: result._tag, path: result.path, k: texts.length })
      texts.push(JSON.stringify(result.record))
    } else results.push(result)
  }
  return { id, results, json: `[${texts.join(",")}]`, passed: Object.entries(sink.passed.by) }
}

parentPort?.on("message", (message: { id: number; path: string; lines: boolean }) => {
  void answer(message.id, message.path, message.lines).then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) =>
      parentPort?.postMessage({ id: message.id, error: { message: String(error), code: undefined } }),
  )
})
