import { gzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { base64, gunzip, parseJson } from "../../../src/containers/input/text"

describe("base64", () => {
  it("decodes what Node encodes, with or without padding and line breaks", () => {
    for (const text of ["", "a", "ab", "abc", "abcd", "\u00e9t\u00e9 \u2603", "x".repeat(1000)]) {
      const encoded = Buffer.from(text).toString("base64")
      expect(Buffer.from(base64(encoded) ?? []).toString(), text).toBe(text)
      expect(Buffer.from(base64(encoded.replace(/=+$/, "")) ?? []).toString()).toBe(text)
    }
    expect(Buffer.from(base64("aGVs\nbG8=") ?? []).toString()).toBe("hello")
  })

  it("answers undefined for text that is not base64", () => {
    expect(base64("a")).toBeUndefined()
    expect(base64("ab$d")).toBeUndefined()
    expect(base64("\u00e9\u00e9\u00e9\u00e9")).toBeUndefined()
  })
})

describe("gunzip", () => {
  it("inflates what node:zlib deflates, multi-member too", () => {
    const one = gzipSync("hello ")
    const two = gzipSync("world")
    const result = gunzip(Buffer.concat([one, two]), 1000, [])
    expect(result._tag === "Right" && Buffer.from(result.right).toString()).toBe("hello world")
  })

  it("fails at the cap, not after inflating everything", () => {
    const result = gunzip(gzipSync(Buffer.alloc(10_000_000)), 1000, ["x"])
    expect(result).toMatchObject({ _tag: "Left", left: { issues: [{ path: "$.x" }] } })
  })
})

describe("parseJson", () => {
  it("keeps the excerpt of a long bad text short", () => {
    const result = parseJson(`{"a": ${"1".repeat(10_000)}x}`, [])
    expect(result._tag === "Left" && result.left.issues[0]?.found.length).toBeLessThan(200)
  })
})
