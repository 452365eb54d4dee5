import { describe, expect, it } from "vitest"
import { type RecordResult, summarize, tally } from "../../../src"

const results: RecordResult[] = [
  { _tag: "failure", failure: { issues: [], truncated: false }, path: "$" },
  { _tag: "skipped", reason: "control-message", detail: "", path: "$" },
  { _tag: "columns", columns: {}, path: "$" },
  {
    _tag: "event",
    detailType: "MediaConvert Job State Change",
    eventBridgeSource: undefined,
    detail: null,
    path: "$",
  },
]

describe("summarize", () => {
  it("counts failures, and everything neither record nor failure as skipped, by kind", () => {
    expect(summarize(results)).toStrictEqual({
      decoded: 0,
      failed: 1,
      skipped: 3,
      skippedBy: { "control-message": 1, columns: 1, event: 1 },
    })
  })
})

describe("tally", () => {
  it("gives the same counts one result at a time, and a copy each time", () => {
    const counter = tally()
    for (const result of results) counter.add(result)
    const first = counter.summary()
    counter.add(results[0] as RecordResult)
    expect(first.failed).toBe(1)
    expect(counter.summary().failed).toBe(2)
  })
})
