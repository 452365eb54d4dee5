import { gzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { decodeCloudWatchLogsEvent } from "../../../src"
import { fixture } from "../../helpers/fixtures"

describe("decodeCloudWatchLogsEvent", () => {
  it("reads base64 gzip awslogs.data and gives each log event's record with its path", () => {
    const { container, results, summary } = decodeCloudWatchLogsEvent(
      fixture("containers/cloudwatch-logs-event.json"),
    )
    expect(container).toBe("cloudwatch-logs")
    expect(summary).toMatchObject({ decoded: 3, failed: 1 })
    expect(results.map((r) => r.path)).toStrictEqual([
      "$.awslogs.data.logEvents[0].message",
      "$.awslogs.data.logEvents[1].message",
      "$.awslogs.data.logEvents[2].message",
      "$.awslogs.data.logEvents[3].message",
    ])
  })

  it("reports a message that is not JSON with a bounded excerpt", () => {
    const last = decodeCloudWatchLogsEvent(fixture("containers/cloudwatch-logs-event.json")).results[3]
    const found = last?._tag === "failure" ? last.failure.issues[0]?.found : ""
    expect(found).toMatch(/not JSON/)
    expect(found?.length).toBeLessThan(200)
  })

  it("reads the already-decoded payload the same way", () => {
    const { results } = decodeCloudWatchLogsEvent(fixture("containers/cloudwatch-logs-payload.json"))
    expect(results[0]?.path).toBe("$.logEvents[0].message")
    expect(results.filter((r) => r._tag === "record")).toHaveLength(3)
  })

  it("reports a CONTROL_MESSAGE health check as skipped", () => {
    const { results } = decodeCloudWatchLogsEvent(fixture("containers/cloudwatch-logs-control.json"))
    expect(results).toMatchObject([{ _tag: "skipped", reason: "control-message", path: "$.awslogs.data" }])
  })

  it("fails at $.awslogs.data for text that is not base64, or base64 that is not gzip JSON", () => {
    for (const data of ["%%%not base64%%%", "aGVsbG8=", "", 42]) {
      const { results } = decodeCloudWatchLogsEvent({ awslogs: { data } })
      expect(results, String(data)).toMatchObject([{ _tag: "failure", path: "$.awslogs.data" }])
    }
  })

  it("stops a gzip bomb in awslogs.data at maxLogsDataBytes", () => {
    const data = gzipSync(Buffer.alloc(4 * 1024 * 1024, 32)).toString("base64")
    const [result] = decodeCloudWatchLogsEvent(
      { awslogs: { data } },
      { maxLogsDataBytes: 1024 * 1024 },
    ).results
    expect(result?._tag === "failure" && result.failure.issues[0]?.found).toMatch(/more than 1\.0 MiB/)
  })
})
