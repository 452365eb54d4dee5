// One home for every rule: the leaf checks of src/codec/checks.ts are the only definition the
// codecs and the compiled validators share. Here the timestamp and boolean-text rules are
// changed in that one module (as a maintainer would edit it), and both paths follow.
import { describe, expect, it, vi } from "vitest"

vi.mock("../../src/codec/checks", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/codec/checks")>()
  return {
    ...original,
    // Changed rules: timestamps must now be numbers; "yes" is now a boolean text.
    isTimestamp: (u: unknown) => typeof u === "number",
    isBooleanText: (u: unknown) => typeof u === "boolean" || u === "yes",
  }
})

const { withoutCompiledChecks } = await import("../../src/codec/compiled")
const { decodeMediaConvertEvent } = await import("../../src/mediaconvert/decode")
const { MediaConvertEvent } = await import("../../src/mediaconvert/event")
const { isMediaConvertEvent: compiled } = await import("../../src/mediaconvert/generated/validators")

const queueCreated = (createdAt: unknown, readOnly: unknown) => ({
  eventTime: "2024-04-04T17:45:26Z",
  eventSource: "mediaconvert.amazonaws.com",
  eventName: "CreateQueue",
  readOnly,
  responseElements: { queue: { name: "q", createdAt } },
})

describe("a leaf rule changed in src/codec/checks.ts", () => {
  it("changes the compiled check and the interpreted codec alike", () => {
    const textTime = queueCreated("1712252726", false)
    expect(compiled(textTime)).toBe(false)
    expect(withoutCompiledChecks(() => MediaConvertEvent.is(textTime))).toBe(false)
    const yes = queueCreated(1712252726, "yes")
    expect(compiled(yes)).toBe(true)
    expect(withoutCompiledChecks(() => MediaConvertEvent.is(yes))).toBe(true)
  })

  it("changes what the decoder reports, at the member's path", () => {
    const result = decodeMediaConvertEvent(queueCreated("1712252726", "true"))
    expect(result._tag).toBe("Left")
    if (result._tag === "Left")
      expect(result.left.issues.map((issue) => issue.path).sort()).toStrictEqual([
        "$.readOnly",
        "$.responseElements.queue.createdAt",
      ])
  })
})
