import * as O from "fp-ts/Option"
import { describe, expect, it } from "vitest"
import {
  decodeMediaConvertEvent,
  formatFailure,
  identityOf,
  jobIdFrom,
  MediaConvertEvent,
  type MediaConvertEvent as MediaConvertEventType,
  originOf,
} from "../src"
import { fixture } from "./helpers/fixtures"

const decoded = (name: string): MediaConvertEventType => {
  const result = decodeMediaConvertEvent(fixture(`seed/${name}.json`))
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return result.right
}

describe("the four example events of the AWS page", () => {
  it.each(["CreateJob", "CreateQueue", "DeleteQueue", "TagResource"])(
    "decodes %s as its own variant and encodes it back unchanged",
    (name) => {
      const event = decoded(name)
      expect(event.eventName).toBe(name)
      expect(MediaConvertEvent.encode(event)).toStrictEqual(fixture(`seed/${name}.json`))
    },
  )

  it("answers who, from where and which job for CreateJob", () => {
    const event = decoded("CreateJob")
    const who = identityOf(event)
    expect(who).toMatchObject({
      kind: "assumed-role",
      accountId: "111122223333",
      principal: "example-admin",
      sessionName: "example-admin",
      role: { name: "admin", arn: "arn:aws:iam::111122223333:role/admin" },
      temporaryCredentials: true,
      credentialHint: "long-term",
      mfa: false,
      label: "assumed-role admin/example-admin",
    })
    expect(originOf(event)).toMatchObject({
      channel: "console",
      sourceIPAddress: "203.0.113.100",
      sourceIsIpAddress: true,
      awsRegion: "us-west-2",
    })
    expect(jobIdFrom(event)).toStrictEqual(O.some("1712252725875-defhgi"))
    if (event.eventName !== "CreateJob") expect.fail("narrowing")
    expect(event.requestParameters?.clientRequestToken).toBe("1712252705233-zyxwvut")
    expect(event.responseElements?.job?.clientRequestToken).toBe("1712252705233-abcDEF")
  })

  it("answers an IAM user signed in to the console for CreateQueue, and keeps the reported user name", () => {
    const event = decoded("CreateQueue")
    expect(identityOf(event)).toMatchObject({
      kind: "iam-user",
      principal: "testuser",
      userName: "testUser",
      temporaryCredentials: true,
      mfa: false,
      invokedBy: "signin.amazonaws.com",
    })
    expect(originOf(event).channel).toBe("console")
    expect(jobIdFrom(event)).toStrictEqual(O.none)
    if (event.eventName !== "CreateQueue") expect.fail("narrowing")
    expect(event.responseElements?.queue?.arn).toBe(
      "arn:aws:mediaconvert:eu-west-1:111122223333:queues/QueueName",
    )
  })

  it("types DeleteQueue's null response", () => {
    const event = decoded("DeleteQueue")
    if (event.eventName !== "DeleteQueue") expect.fail("narrowing")
    expect(event.responseElements).toBeNull()
    expect(event.requestParameters?.name).toBe("QueueName")
  })

  it("reads TagResource's capitalised Tags and answers an IAM user with long-term keys", () => {
    const event = decoded("TagResource")
    if (event.eventName !== "TagResource") expect.fail("narrowing")
    expect(event.requestParameters?.Tags).toStrictEqual({ CostCenter: "Example-Tag" })
    expect(identityOf(event)).toMatchObject({
      kind: "iam-user",
      temporaryCredentials: false,
      principal: "testuser",
    })
    expect(originOf(event).channel).toBe("console")
  })
})
