import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Brackets, bracketAt, cutDepth, UNKNOWN } from "../../../src/containers/selection/structure"
import { type Layout, writeJson } from "../../helpers/json-text"

// The selection reads brackets from the text around them (structure.ts). Here its answers are
// checked against an exact reading of the whole text, on JSON written three ways, with strings
// full of brackets, quotes, backslashes, commas and colons.

/** For each position of t: whether it is inside a string, and the nesting depth there (exact). */
const exact = (t: string): { inString: boolean[]; depth: number[] } => {
  const inString: boolean[] = []
  const depth: number[] = []
  let inside = false
  let escaped = false
  let level = 0
  for (let i = 0; i < t.length; i++) {
    const c = t[i]
    inString.push(inside && !(c === '"' && !escaped))
    if (inside) {
      if (escaped) escaped = false
      else if (c === "\\") escaped = true
      else if (c === '"') inside = false
      depth.push(level)
      continue
    }
    if (c === '"') inside = true
    if (c === "}" || c === "]") level--
    depth.push(level)
    if (c === "{" || c === "[") level++
  }
  return { inString, depth }
}

const tricky = fc
  .array(
    fc.constantFrom(
      "[",
      "]",
      "{",
      "}",
      ",",
      ":",
      '"',
      "\\",
      " ",
      "a",
      "1",
      "e",
      "l",
      "true",
      '"eventSource"',
      '{"eventVersion":"1.08"}',
      "\n",
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""))

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(true, false, null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(tricky, tie("value"), { maxKeys: 4 }),
  ),
})).value

const record = fc
  .tuple(fc.dictionary(tricky, value, { maxKeys: 5 }), fc.nat(6), fc.boolean(), fc.string())
  .map(([members, at, nested, source]) => {
    const entries = Object.entries(members).filter(([key]) => key !== "eventSource")
    const key: [string, unknown] = ["eventSource", source]
    // The key at the top level, or inside an object nested in the record.
    entries.splice(at % (entries.length + 1), 0, nested ? ["inner", Object.fromEntries([key])] : key)
    return Object.fromEntries(entries)
  })

const style = fc.constantFrom<Layout>("compact", "pretty", "python")

describe("reading brackets from the text around them", () => {
  it("tells a bracket in a string from one of the text's own, or says it cannot tell", () => {
    fc.assert(
      fc.property(value, style, (v, s) => {
        const t = writeJson({ v }, s)
        const truth = exact(t)
        for (let q = 1; q < t.length; q++) {
          if (!"{}[]".includes(t[q] as string)) continue
          const told = bracketAt(t, q, 0, -1)
          if (told !== UNKNOWN) expect([q, told]).toStrictEqual([q, truth.inString[q] ? 0 : 1])
        }
      }),
      { seed: 1313, numRuns: 400 },
    )
  })

  it("finds how deep the key is and never takes two values for one", () => {
    fc.assert(
      fc.property(record, record, style, fc.boolean(), (one, two, s, merged) => {
        // One record, or two in a list cut as if they were one (the next not starting with eventVersion).
        const first = writeJson(one, s)
        const t = merged ? `${first},${writeJson(two, s)}` : first
        const end = t.lastIndexOf("}")
        const truth = exact(t)
        const key = t.indexOf('"eventSource"')
        const real = key >= 0 && !truth.inString[key] && !truth.inString[key + 1] ? key : -1
        const depth = cutDepth(t, new Brackets(t), 0, end, real)
        if (merged) expect(depth).toBe(-1)
        else if (depth >= 0) expect(depth).toBe(real < 0 ? 0 : (truth.depth[real] as number) - 1)
      }),
      { seed: 1313, numRuns: 600 },
    )
  })

  it("tells the brackets of compact CloudTrail text at once", () => {
    // The common case must not fall back: a record as CloudTrail writes it.
    const t = JSON.stringify({
      eventVersion: "1.08",
      userIdentity: { type: "AssumedRole", sessionContext: { attributes: { mfaAuthenticated: "false" } } },
      eventTime: "2024-04-04T17:45:26Z",
      eventSource: "s3.amazonaws.com",
      requestParameters: { items: [{ a: 1 }, { b: [true, null] }], tags: [] },
      resources: [{ ARN: "arn:aws:s3:::b" }],
      userAgent: "[aws-cli/2.15] {x}, [y]",
    })
    expect(cutDepth(t, new Brackets(t), 0, t.length - 1, t.indexOf('"eventSource"'))).toBe(0)
  })
})
