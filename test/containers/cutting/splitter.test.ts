import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Piece } from "../../../src/containers/cutting/contracts"
import { RecordSplitter } from "../../../src/containers/cutting/splitter"

const split = (text: string, size: number, max = 1_000_000): Piece[] => {
  const splitter = new RecordSplitter(max)
  const out: Piece[] = []
  for (let i = 0; i < text.length; i += size) splitter.push(text.slice(i, i + size), out)
  splitter.end(out)
  // A list's start is announced; these tests look at what is cut.
  return out.filter((piece) => piece.kind !== "list")
}

describe("RecordSplitter", () => {
  it("cuts each element of Records out, whatever the chunk size, with strings, escapes and nesting", () => {
    const records = [{ a: '}]\\"', b: [1, { c: "[" }] }, 42, "s", null, { Records: [1] }]
    const text = `{"x":"Records","Records" : ${JSON.stringify(records, null, 1)}, "after": {"Records":[1]}}`
    for (const size of [1, 2, 3, 7, 64, 100_000]) {
      const pieces = split(text, size)
      expect(
        pieces.map((p) => (p.kind === "element" ? JSON.parse(p.text) : p)),
        String(size),
      ).toStrictEqual(records)
    }
  })

  it("gives every record of any Records list back, for any chunking", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.integer({ min: 1, max: 50 }), (records, size) => {
        const pieces = split(JSON.stringify({ Records: records }), size)
        expect(pieces.map((p) => (p.kind === "element" ? JSON.parse(p.text) : p))).toStrictEqual(
          JSON.parse(JSON.stringify(records)),
        )
      }),
      { numRuns: 200 },
    )
  })

  it("gives a top-level value without Records whole, with its line", () => {
    expect(split('{"a":1}\n{"b":[2]}\ngarbage\n', 4)).toStrictEqual([
      { kind: "value", position: 0, text: '{"a":1}', damaged: false },
      { kind: "value", position: 1, text: '{"b":[2]}', damaged: false },
      { kind: "value", position: 2, text: "garbage", damaged: false },
    ])
  })

  it("reports a record past the size limit and goes on with the next", () => {
    const pieces = split(`{"Records":[{"a":1},{"b":"${"x".repeat(500)}"},{"c":3}]}`, 16, 100)
    expect(pieces.map((p) => p.kind)).toStrictEqual(["element", "problem", "element"])
  })

  it("reports text that ends inside a record", () => {
    const pieces = split('{"Records":[{"a":1},{"b":"unterminated', 5)
    expect(pieces).toMatchObject([
      { kind: "element", index: 0 },
      { kind: "problem", index: 1, inRecords: true },
    ])
  })
})
