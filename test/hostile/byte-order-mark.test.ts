import { gzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { recordsFrom } from "../../src"
import { streamRecords } from "../../src/node"
import { withoutByteOrderMark } from "../../src/node/byte-order-mark"
import { fixture } from "../helpers/fixtures"
import { chunked } from "../helpers/json-text"

const seed = fixture("seed/CreateJob.json")
const MARK = [0xef, 0xbb, 0xbf]
const encode = (text: string) => new TextEncoder().encode(text)

const collect = async (chunks: AsyncIterable<Uint8Array>): Promise<number[]> => {
  const out: number[] = []
  for await (const chunk of chunks) out.push(...chunk)
  return out
}

describe("a UTF-8 byte order mark", () => {
  it.each([1, 2, 3, 5])("is dropped from the start of a stream cut in chunks of %i bytes", async (size) => {
    const bytes = Uint8Array.from([...MARK, 0x7b, 0x7d])
    expect(await collect(chunked(bytes, size))).toEqual([...MARK, 0x7b, 0x7d])
    expect(await collect(withoutByteOrderMark(chunked(bytes, size)))).toEqual([0x7b, 0x7d])
  })

  it("is kept where it is not a mark: not at the start, or only part of one", async () => {
    const inside = Uint8Array.from([0x20, ...MARK])
    expect(await collect(withoutByteOrderMark(chunked(inside, 1)))).toEqual([0x20, ...MARK])
    expect(await collect(withoutByteOrderMark(chunked(Uint8Array.from([0xef, 0xbb]), 1)))).toEqual([
      0xef, 0xbb,
    ])
  })

  it.each([
    ["a log file", "json", JSON.stringify({ Records: [seed, seed] }), "$.Records[1]"],
    ["JSON Lines", "jsonl", `${JSON.stringify(seed)}\n${JSON.stringify(seed)}\n`, "$[1]"],
  ] as const)("reads %s alike in memory and streamed, plain and gzipped", async (_, format, text, last) => {
    const bytes = Uint8Array.from([...MARK, ...encode(text)])
    for (const input of [bytes, gzipSync(bytes)]) {
      for (const select of [{}, { eventSources: ["mediaconvert.amazonaws.com"] }]) {
        const streamed: string[] = []
        for await (const result of streamRecords(chunked(input, 2), { format, ...select }))
          streamed.push(`${result._tag} ${result.path}`)
        expect(streamed).toEqual([`record ${last.replace("1", "0")}`, `record ${last}`])
      }
    }
    const memory = recordsFrom(bytes)
    expect(memory.summary.decoded).toBe(2)
    expect(memory.summary.failed).toBe(0)
  })
})

describe("invalid UTF-8 inside a string", () => {
  it("becomes U+FFFD alike in memory and streamed, and the record decodes (SECURITY.md)", async () => {
    const text = JSON.stringify({ Records: [{ ...(seed as object), userAgent: "agent-XY" }] })
    const at = text.indexOf("agent-XY") + "agent-".length
    const bytes = Uint8Array.from([...encode(text.slice(0, at)), 0xff, 0xc3, ...encode(text.slice(at + 2))])
    const agents: unknown[] = []
    for (const input of [bytes, gzipSync(bytes)]) {
      for (const result of recordsFrom(input).results)
        if (result._tag === "record") agents.push((result.record as { userAgent?: unknown }).userAgent)
      for (const select of [{}, { eventSources: ["mediaconvert.amazonaws.com"] }])
        for await (const result of streamRecords(chunked(input, 3), select))
          if (result._tag === "record") agents.push((result.record as { userAgent?: unknown }).userAgent)
    }
    expect(agents).toEqual(Array.from({ length: 6 }, () => "agent-\ufffd\ufffd"))
  })
})
