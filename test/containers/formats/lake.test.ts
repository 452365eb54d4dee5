import { describe, expect, it } from "vitest"
import { decodeLakeQueryResults } from "../../../src"
import { fixture } from "../../helpers/fixtures"

describe("decodeLakeQueryResults", () => {
  it("decodes the record of a row that selected eventJson", () => {
    const { results } = decodeLakeQueryResults(fixture("containers/lake-eventjson.json"))
    expect(results).toMatchObject([{ _tag: "record", path: "$.QueryResultRows[0][1].eventJson" }])
  })

  it("reports rows of columns honestly as columns, not as records", () => {
    const { results, summary } = decodeLakeQueryResults(fixture("containers/lake-columns.json"))
    expect(results).toMatchObject([
      {
        _tag: "columns",
        path: "$.QueryResultRows[0]",
        columns: { eventName: "CreateJob", eventTime: "2024-04-04 17:45:26.000" },
      },
    ])
    expect(summary.skippedBy).toStrictEqual({ columns: 1 })
  })

  it("fails at $.QueryStatus for a query that failed", () => {
    const { results } = decodeLakeQueryResults({ QueryStatus: "FAILED", ErrorMessage: "syntax error" })
    expect(results).toMatchObject([{ _tag: "failure", path: "$.QueryStatus" }])
  })
})
