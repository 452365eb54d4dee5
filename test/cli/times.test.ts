import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { eventInstant, instantFrom } from "../../src/cli/times"

// eventInstant reads CloudTrail's own form (2024-04-09T10:00:00Z) on a fast path: it must give
// what the general reading gives for every text of that shape, valid or not.
const general = (text: string): number => instantFrom(text) ?? Date.parse(text)

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
const shaped = fc
  .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2))
  .map(
    ([y, mo, d, h, mi, s]) =>
      `${y.join("")}-${mo.join("")}-${d.join("")}T${h.join("")}:${mi.join("")}:${s.join("")}Z`,
  )

describe("eventInstant", () => {
  it("reads CloudTrail's form as the general reading does, valid dates or not", () => {
    fc.assert(
      fc.property(shaped, (text) => {
        expect(Object.is(eventInstant(text), general(text)), text).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })

  it("reads the edges the same: leap days, month ends, years before 100, other forms", () => {
    for (const text of [
      "2024-02-29T00:00:00Z",
      "2023-02-29T00:00:00Z",
      "2000-02-29T12:00:00Z",
      "1900-02-29T12:00:00Z",
      "2024-04-31T00:00:00Z",
      "2024-12-31T23:59:59Z",
      "2024-13-01T00:00:00Z",
      "2024-00-10T00:00:00Z",
      "2024-01-01T24:00:00Z",
      "0050-06-01T00:00:00Z",
      "2024-04-09T10:00:00.123Z",
      "2024-04-09T10:00:00+02:00",
      "2024-04-09 10:00:00Z",
      "2024-04-09T10:00:00z",
      "not a time at all!!!",
    ])
      expect(Object.is(eventInstant(text), general(text)), text).toBe(true)
    expect(eventInstant("2024-04-09T10:00:00Z")).toBe(Date.UTC(2024, 3, 9, 10, 0, 0))
  })
})
