import * as O from "fp-ts/Option"
import { describe, expect, it } from "vitest"
import { formatMediaConvertArn, type MediaConvertArn, parseMediaConvertArn } from "../../src"

describe("parseMediaConvertArn", () => {
  it.each([
    ["arn:aws:mediaconvert:us-west-2:111122223333:jobs/1712252725875-defhgi", "job", "1712252725875-defhgi"],
    ["arn:aws:mediaconvert:eu-west-1:111122223333:queues/QueueName", "queue", "QueueName"],
    ["arn:aws:mediaconvert:eu-west-1:111122223333:presets/My Preset", "preset", "My Preset"],
    ["arn:aws-cn:mediaconvert:cn-north-1:111122223333:jobTemplates/tpl", "jobTemplate", "tpl"],
    [
      "arn:aws:mediaconvert:us-east-1:111122223333:certificates/arn:aws:acm:us-east-1:111122223333:certificate/0a1b",
      "certificate",
      "arn:aws:acm:us-east-1:111122223333:certificate/0a1b",
    ],
  ])("reads %s", (arn, resourceType, name) => {
    const parsed = parseMediaConvertArn(arn)
    expect(parsed).toMatchObject(O.some({ resourceType, name, accountId: "111122223333" }))
    if (parsed._tag === "Some") expect(formatMediaConvertArn(parsed.value)).toBe(arn)
  })

  it("gives none for other services, other collections and non-strings", () => {
    for (const input of [
      "arn:aws:s3:::bucket",
      "arn:aws:mediaconvert:us-east-1:1:endpoints/x",
      "jobs/1",
      "",
      7,
      null,
      "arn:aws:mediaconvert:r:1:jobs/",
    ]) {
      expect(parseMediaConvertArn(input)).toStrictEqual(O.none)
    }
  })
})

describe("formatMediaConvertArn", () => {
  it("writes the collection of each resource type", () => {
    const base: Omit<MediaConvertArn, "resourceType"> = {
      partition: "aws",
      region: "us-east-1",
      accountId: "1",
      name: "n",
    }
    expect(formatMediaConvertArn({ ...base, resourceType: "jobTemplate" })).toBe(
      "arn:aws:mediaconvert:us-east-1:1:jobTemplates/n",
    )
    expect(formatMediaConvertArn({ ...base, resourceType: "preset" })).toBe(
      "arn:aws:mediaconvert:us-east-1:1:presets/n",
    )
  })
})
