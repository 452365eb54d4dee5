import { describe, expect, it } from "vitest"
import { bucketOf, bucketsOf, decodeRecord, resourceOf } from "../../src"
import { fixture, operationEvent } from "../helpers/fixtures"

const event = operationEvent

describe("resourceOf", () => {
  it.each([
    ["DeleteQueue.success", { type: "queue", name: "features", given: "features" }],
    ["DeletePreset.success", { type: "preset", name: "web-720p", given: "web-720p" }],
    ["GetJobTemplate.success", { type: "jobTemplate", name: "smooth-stb", given: "smooth-stb" }],
    ["CancelJob.success", { type: "job", name: "1712252725875-defhgi", given: "1712252725875-defhgi" }],
    ["CreateJob.success", { type: "job", name: "1712252725875-defhgi", given: "1712252725875-defhgi" }],
    [
      "TagResource.success",
      {
        type: "queue",
        name: "features",
        given: "arn:aws:mediaconvert:us-west-2:111122223333:queues/features",
      },
    ],
    [
      "AssociateCertificate.success",
      {
        type: "certificate",
        name: "arn:aws:acm:us-west-2:111122223333:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
        given: "arn:aws:acm:us-west-2:111122223333:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
      },
    ],
  ])("names what %s acted on", (name, expected) => {
    expect(resourceOf(event(name))).toStrictEqual({ _tag: "Some", value: expected })
  })

  it("reads a queue named in PascalCase (DeleteQueue as some tools log it)", () => {
    const found = resourceOf(event("DeleteQueue.pascal-case"))
    expect(found._tag === "Some" && found.value.type).toBe("queue")
  })

  it("is None for a rejected CreateJob, a list call and another service's record", () => {
    expect(resourceOf(event("CreateJob.failure"))._tag).toBe("None")
    expect(resourceOf(event("ListJobs.success"))._tag).toBe("None")
    const other = decodeRecord({
      ...(fixture("operations/DeleteQueue.success.json") as object),
      eventSource: "sqs.amazonaws.com",
    })
    expect(other._tag === "Right" && resourceOf(other.right)._tag).toBe("None")
  })

  it("never throws on values that are not records", () => {
    for (const value of [null, 1, "DeleteQueue", [], { eventName: "DeleteQueue" }])
      expect(resourceOf(value as never)._tag).toBe("None")
  })
})

describe("bucketOf", () => {
  it.each([
    ["s3://example-output/hls/index", "example-output"],
    ["S3://example-output", "example-output"],
    ["https://example-output.s3.us-east-1.amazonaws.com/a/b.mp4", "example-output"],
    ["https://example.output.s3-eu-west-1.amazonaws.com/a.mp4", "example.output"],
    ["https://example-output.s3.amazonaws.com/a.mp4", "example-output"],
    ["https://s3.us-east-1.amazonaws.com/example-output/a.mp4", "example-output"],
    ["https://s3.amazonaws.com.cn/example-output/a.mp4", "example-output"],
  ])("reads the bucket of %s", (url, bucket) => {
    expect(bucketOf(url)).toStrictEqual({ _tag: "Some", value: bucket })
  })

  it.each([["https://media.example.com/clip.mov"], ["s3://"], ["example-output/a"], [42], [null]])(
    "is None for %s",
    (url) => {
      expect(bucketOf(url)._tag).toBe("None")
    },
  )
})

describe("bucketsOf", () => {
  it("gives the buckets a job reads and writes, each once", () => {
    // The fixture reads a master, captions and two overlays from one bucket and writes two groups to another.
    expect(bucketsOf(event("CreateJob.success"))).toStrictEqual({
      reads: ["example-media-input"],
      writes: ["example-media-output"],
    })
  })

  it("gives nothing for a call without settings", () => {
    expect(bucketsOf(event("DeleteQueue.success"))).toStrictEqual({ reads: [], writes: [] })
  })
})
