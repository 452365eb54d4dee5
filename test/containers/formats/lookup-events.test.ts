import { describe, expect, it } from "vitest"
import { decodeLookupEventsResponse } from "../../../src"
import { fixture } from "../../helpers/fixtures"

describe("decodeLookupEventsResponse", () => {
  it("parses each CloudTrailEvent string and decodes it, with paths through the string", () => {
    const { container, results } = decodeLookupEventsResponse(fixture("containers/lookup-events.json"))
    expect(container).toBe("lookup-events")
    expect(results[0]).toMatchObject({ _tag: "record", path: "$.Events[0].CloudTrailEvent" })
    expect(results[1]?._tag === "failure" && results[1].failure.issues[0]?.path).toBe(
      "$.Events[1].CloudTrailEvent.eventTime",
    )
  })

  it("fails at the event when CloudTrailEvent is missing", () => {
    const { results } = decodeLookupEventsResponse({ Events: [{ EventId: "1" }] })
    expect(results).toMatchObject([{ _tag: "failure", path: "$.Events[0].CloudTrailEvent" }])
  })
})
