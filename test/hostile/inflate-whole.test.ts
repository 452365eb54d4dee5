import { gzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { inflateGzip } from "../../src/containers/input/gzip"
import { inflateWhole } from "../../src/node/inflate-whole"

// The Node inflater of whole bytes (small files read in one go) checks gzip as inflateGzip does.

const text = JSON.stringify({ Records: Array.from({ length: 50 }, (_, i) => ({ eventVersion: "1.09", i })) })
const gzip = gzipSync(text)
const flipped = (at: number) => {
  const copy = Buffer.from(gzip)
  copy[at] = (copy[at] as number) ^ 1
  return copy
}

const cases: ReadonlyArray<readonly [string, Uint8Array]> = [
  ["whole", gzip],
  ["two members", Buffer.concat([gzip, gzip])],
  ["a wrong CRC-32", flipped(gzip.length - 7)],
  ["a wrong length", flipped(gzip.length - 2)],
  ["garbage after", Buffer.concat([gzip, Buffer.from("garbage")])],
  ["zero padding", Buffer.concat([gzip, Buffer.alloc(100)])],
  ["a cut trailer", gzip.subarray(0, gzip.length - 4)],
  ["a cut header after a member", Buffer.concat([gzip, Buffer.from([0x1f, 0x8b, 8])])],
  ["a cut member", gzip.subarray(0, 40)],
]

describe("inflateWhole", () => {
  it.each(cases)(
    "gives what inflateGzip gives on %s (but the bytes of a member that failed)",
    async (_, bytes) => {
      const whole = await inflateWhole(bytes, 1024 * 1024)
      const memory = inflateGzip(bytes, 1024 * 1024)
      expect(whole.problem).toEqual(
        memory.problem?.found.startsWith("gzip data that ends early (after")
          ? { ...memory.problem, found: whole.problem?.found }
          : memory.problem,
      )
      expect(whole.trailing).toEqual(memory.trailing)
      if (whole.problem === undefined)
        expect(Buffer.from(whole.bytes).equals(Buffer.from(memory.bytes))).toBe(true)
    },
  )

  it("stops at the cap", async () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20))
    expect((await inflateWhole(bomb, 1024 * 1024)).problem?.found).toBe("more than 1.0 MiB")
  })
})
