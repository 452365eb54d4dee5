import { describe, expectTypeOf, it } from "vitest"
import type { JobStateChange, JobStateDetail, Unlisted, WarningCode } from "../../src"

declare const event: JobStateChange

describe("JobStateChange", () => {
  it("narrows on detail.status", () => {
    const detail = event.detail
    if (detail.status === "ERROR") {
      expectTypeOf(detail.errorCode).toEqualTypeOf<number>()
      expectTypeOf(detail.errorMessage).toEqualTypeOf<string | undefined>()
    }
    if (detail.status === "NEW_WARNING") expectTypeOf(detail.warningCode).toEqualTypeOf<WarningCode>()
    if (detail.status === "QUEUE_HOP") expectTypeOf(detail.previousQueue).toEqualTypeOf<string>()
    if (detail.status === "STATUS_UPDATE")
      expectTypeOf(detail.framesDecoded).toEqualTypeOf<number | undefined>()
    if (detail.status === "COMPLETE")
      expectTypeOf(detail.outputGroupDetails?.[0]?.playlistFilePaths).toEqualTypeOf<
        ReadonlyArray<string> | undefined
      >()
  })

  it("keeps the fallback out of a narrowed status and in the default case", () => {
    const detail: JobStateDetail = event.detail
    switch (detail.status) {
      case "PROGRESSING":
      case "CANCELED":
      case "COMPLETE":
      case "ERROR":
      case "INPUT_INFORMATION":
      case "STATUS_UPDATE":
      case "NEW_WARNING":
      case "QUEUE_HOP":
        expectTypeOf(detail).not.toHaveProperty("pausedBy")
        break
      default:
        expectTypeOf(detail.status).toEqualTypeOf<Unlisted>()
    }
    // @ts-expect-error: errorCode is only known once the status is ERROR
    void event.detail.errorCode
  })

  it("types the envelope", () => {
    expectTypeOf(event["detail-type"]).toEqualTypeOf<"MediaConvert Job State Change">()
    expectTypeOf(event.detail.jobId).toEqualTypeOf<string>()
    expectTypeOf(event.detail.timestamp).toEqualTypeOf<number>()
  })
})
