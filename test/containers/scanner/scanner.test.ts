import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { MAX_RECORDS } from "../../../src/containers/scanner/layout"
import {
  FULL,
  Given,
  NO_KEY,
  RAN_OUT,
  STOPPED,
  theScanner,
  UNCLEAR_KEY,
  WHOLE,
} from "../../../src/containers/scanner/scanner"

// The scanner against records whose offsets are known by construction: every closing brace,
// next record start and top-level key it reports must be where the record was written, in
// UTF-16 code units, whatever characters (two-, three- and four-byte ones, lone surrogates
// written raw), escapes and nesting the records hold, and wherever 64-byte blocks fall.

const scanner = theScanner()
if (scanner === null) throw new Error("the scanner does not compile under this Node")

/** Characters a raw (unescaped) string may hold: no quote, backslash or control character. */
const rawChar = fc.oneof(
  fc.constantFrom("a", "{", "}", "[", "]", ",", ":", " ", "S", "é", "€", "😀", "\uD800", "\uDFFF", "ü"),
  fc
    .string({ unit: "binary", minLength: 1, maxLength: 1 })
    .filter((c) => c >= " " && c !== '"' && c !== "\\"),
)
const rawString = fc.array(rawChar, { maxLength: 30 }).map((chars) => `"${chars.join("")}"`)
const tricky = fc.constantFrom(
  '"eventSource"',
  '"\\\\"',
  '"\\"eventSource\\":"',
  '"a\\\\\\"b"',
  '"\\u0041"',
  '{"eventSource":"nested.amazonaws.com"}',
  '[{"eventSource":"x"},"]"]',
  '"\\\\\\\\"',
)
const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    rawString,
    tricky,
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc.array(tie("value"), { maxLength: 3 }).map((items) => `[${items.join(",")}]`),
    fc
      .array(fc.tuple(fc.constantFrom('"eventSource"', '"a"', '"b"'), tie("value")), { maxLength: 3 })
      .map((members) => `{${members.map(([k, v]) => `${k}:${v}`).join(",")}}`),
  ),
})).value

const member = fc.tuple(
  fc.constantFrom('"eventSource"', '"eventSource" ', '"userAgent"', '"x"', '"S"'),
  value,
)
const record = fc.array(member, { maxLength: 6 }).map((members) => {
  let text = '{"eventVersion":"1.08"'
  const keys: number[] = []
  for (const [name, v] of members) {
    text += ","
    if (name.startsWith('"eventSource"')) keys.push(text.length)
    text += `${name}:${v}`
  }
  text += "}"
  const key =
    keys.length === 0 ? NO_KEY : keys.length > 1 || text.includes("\\u") ? UNCLEAR_KEY : (keys[0] as number)
  return { text, key: keys.length === 0 && text.includes("\\u") ? UNCLEAR_KEY : key }
})

describe("the selection's scanner", () => {
  it("cuts every record of a list where it was written, with its own key", () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(",", ", ", ",\n", "\n ,\t"), { minLength: 12, maxLength: 12 }),
        fc.string({ maxLength: 70 }).map((s) => s.replace(/[^ ]/g, " ")),
        (records, separators, lead) => {
          let text = `${lead}{"Records":[`
          const from = text.length
          const expected: Array<{ end: number; next: number; key: number }> = []
          records.forEach((r, i) => {
            if (i > 0) {
              text += separators[i - 1]
              const prev = expected[i - 1]
              if (prev !== undefined) prev.next = text.length - from
            }
            const start = text.length - from
            text += r.text
            expected.push({
              end: text.length - 1 - from,
              next: -1,
              key: r.key < 0 ? r.key : start + r.key,
            })
          })
          text += "]}"
          // Records whose key is unclear only because of `\u` count as such anywhere in them.
          const count = scanner.cut(scanner.load(text, from, text.length), MAX_RECORDS, false)
          expect(count).toBe(records.length - 1)
          expect(scanner.status).toBe(STOPPED)
          for (let k = 0; k < count; k++)
            expect({
              end: scanner.given(k, Given.End),
              next: scanner.given(k, Given.Next),
              key: scanner.given(k, Given.Key),
            }).toStrictEqual(expected[k])
          // Each record alone.
          for (const r of records) {
            expect(scanner.cut(scanner.load(r.text, 0, r.text.length), 1, true)).toBe(1)
            expect(scanner.status).toBe(WHOLE)
            expect(scanner.given(0, Given.Key)).toBe(r.key)
            expect(scanner.given(0, Given.End)).toBe(r.text.length - 1)
          }
        },
      ),
      { seed: 2026, numRuns: 400 },
    )
  })

  it("says when the input runs out, when its results are full, and stops at what is not a plain list", () => {
    const one = '{"eventVersion":"1.08","eventSource":"s3.amazonaws.com"}'
    const run = (text: string, max = MAX_RECORDS) => {
      const count = scanner.cut(scanner.load(text, 0, text.length), max, false)
      return [count, scanner.status]
    }
    expect(run(`${one},${one}`)).toStrictEqual([1, RAN_OUT])
    expect(run(`${one},${one.slice(0, 20)}`)).toStrictEqual([1, RAN_OUT])
    expect(run(`${one},${one.slice(0, 10)}`)).toStrictEqual([0, RAN_OUT])
    expect(run(`${one},${one},${one},${one}`, 2)).toStrictEqual([2, FULL])
    // A record nested in a record, a record that does not start with eventVersion, no comma.
    expect(run(`${one.slice(0, -1)},"detail":${one}},${one}`)).toStrictEqual([0, STOPPED])
    expect(run(`${one},{"eventSource":"x"},${one}`)).toStrictEqual([0, STOPPED])
    expect(run(`${one} ${one}`)).toStrictEqual([0, STOPPED])
    // Damage: a record start inside what the tokens say is a string.
    expect(run(`{"eventVersion":"1.08,"x":"${one}"},${one}`)).toStrictEqual([0, STOPPED])
    // One record alone: white space after it only.
    expect(scanner.cut(scanner.load(`${one} x`, 0, one.length + 2), 1, true)).toBe(0)
    expect(scanner.cut(scanner.load(`${one}\n`, 0, one.length + 1), 1, true)).toBe(1)
  })

  it("reads records longer than its first window", () => {
    const long = `{"eventVersion":"1.08","requestParameters":{"a":"${'é\\"'.repeat(70_000)}"},"eventSource":"x"}`
    const text = `${long},${long},${long}`
    const count = scanner.cut(scanner.load(text, 0, text.length), MAX_RECORDS, false)
    expect(count).toBe(2)
    expect(scanner.given(0, Given.End)).toBe(long.length - 1)
    expect(scanner.given(1, Given.Key)).toBe(long.length + 1 + long.indexOf('"eventSource"'))
  })
})
