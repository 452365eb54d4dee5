import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { jsonString, jsonText, jsonTextIterative } from "../../../src/cli/output/json-writer"

const nested = (depth: number): unknown => {
  let value: unknown = { leaf: "x" }
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value }
  return value
}

describe.each([
  ["jsonText", jsonText],
  ["jsonTextIterative", jsonTextIterative],
])("%s", (_, jsonText) => {
  it("writes what JSON.stringify writes for any JSON value without unsafe characters", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonText(value)).toBe(JSON.stringify(value))
      }),
      { seed: 23, numRuns: 500 },
    )
  })

  it("parses back to the same value for any JSON value, unicode strings included", () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: "binary" }), (value) => {
        expect(JSON.parse(jsonText(value))).toStrictEqual(JSON.parse(JSON.stringify(value)))
      }),
      { seed: 23, numRuns: 500 },
    )
  })

  it("writes a value nested 100,000 deep, where JSON.stringify overflows the stack", () => {
    const deep = nested(100_000)
    expect(() => JSON.stringify(deep)).toThrow(RangeError)
    let expected = '{"leaf":"x"}'
    for (let i = 0; i < 100_000; i++) expected = i % 2 === 0 ? `[${expected}]` : `{"a":${expected}}`
    expect(jsonText(deep)).toBe(expected)
  })

  it("escapes C1 controls, DEL, bidi overrides and isolates, zero-width and separators; parses back", () => {
    const value = { arn: "a\u009b2J\u202etxt.exe\u2066\u2069\u200b\u2028\u007f\u{e0041}", "k\u202e": 1 }
    const text = jsonText(value)
    expect(text).toBe(
      '{"arn":"a\\u009b2J\\u202etxt.exe\\u2066\\u2069\\u200b\\u2028\\u007f\\udb40\\udc41","k\\u202e":1}',
    )
    expect(JSON.parse(text)).toStrictEqual(value)
    expect(jsonString("\u001b]8;;http://x\u0007")).toBe('"\\u001b]8;;http://x\\u0007"')
  })

  it("leaves out undefined, functions and symbols as JSON.stringify does, and honours toJSON", () => {
    const value = { a: undefined, b: () => 1, c: [undefined, Symbol("s"), Number.NaN], d: new Date(0) }
    expect(jsonText(value)).toBe(JSON.stringify(value))
    expect(jsonText(undefined)).toBe("null")
  })

  it("writes a value that contains itself as null where it recurs, instead of throwing", () => {
    const loop: Record<string, unknown> = { name: "x" }
    loop.self = loop
    loop.list = [loop]
    expect(jsonText(loop)).toBe('{"name":"x","self":null,"list":[null]}')
  })
})
