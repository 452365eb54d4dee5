import { describe, expect, it } from "vitest"
import {
  type CloudTrailRecord,
  decodeRecord,
  formatFailure,
  isIpAddress,
  type Origin,
  originOf,
} from "../../src"
import { fixture } from "../helpers/fixtures"

const recordIn = (name: string): CloudTrailRecord => {
  const result = decodeRecord(fixture(name))
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return result.right
}
const originWith = (changes: Record<string, unknown>): Origin => {
  const base = fixture("identity/IAMUser.json") as Record<string, unknown>
  const result = decodeRecord({ ...base, ...changes })
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return originOf(result.right)
}

describe("originOf", () => {
  it("reports a CLI call as programmatic with its address, region, agent and endpoint", () => {
    expect(originOf(recordIn("identity/IAMUser.json"))).toStrictEqual({
      channel: "programmatic",
      sourceIPAddress: "198.51.100.23",
      sourceIsIpAddress: true,
      awsRegion: "us-east-1",
      userAgent:
        "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/mediaconvert.list-jobs",
      endpointHost: "mediaconvert.us-east-1.amazonaws.com",
    })
  })

  it("reports a console session flagged by sessionCredentialFromConsole as console", () => {
    expect(originOf(recordIn("identity/Root.json")).channel).toBe("console")
    expect(originWith({ sessionCredentialFromConsole: "true", userAgent: "aws-internal/3" }).channel).toBe(
      "console",
    )
  })

  it("reports the sign-in host as invoker or agent as console, not as a service", () => {
    expect(originWith({ userAgent: "signin.amazonaws.com" }).channel).toBe("console")
    const viaSignIn = fixture("seed/DeleteQueue.json") as Record<string, unknown>
    expect(originWith({ ...viaSignIn, userAgent: "console.amazonaws.com" }).channel).toBe("console")
  })

  it("reports the sign-in host as source address as console, not as a service", () => {
    expect(originWith({ sourceIPAddress: "signin.amazonaws.com", userAgent: "aws-internal/3" }).channel).toBe(
      "console",
    )
  })

  it("reports a service host as source or agent, or an AWSService identity, as aws-service", () => {
    const origin = originOf(recordIn("identity/AWSService.json"))
    expect(origin).toMatchObject({ channel: "aws-service", sourceIsIpAddress: false })
    expect(
      originWith({
        sourceIPAddress: "cloudformation.amazonaws.com",
        userAgent: "cloudformation.amazonaws.com",
      }).channel,
    ).toBe("aws-service")
  })

  it("reports a service invoking for a role session as aws-service", () => {
    const assumed = fixture("identity/AssumedRole.json") as { userIdentity: Record<string, unknown> }
    const origin = originWith({
      ...assumed,
      userIdentity: { ...assumed.userIdentity, invokedBy: "ecs.amazonaws.com" },
    })
    expect(origin).toMatchObject({ channel: "aws-service", invokedBy: "ecs.amazonaws.com" })
  })

  it("reports AWS Internal as aws-internal", () => {
    expect(originOf(recordIn("identity/Untyped.json")).channel).toBe("aws-internal")
    expect(originWith({ sourceIPAddress: "AWS Internal", userAgent: "AWS Internal/3" }).channel).toBe(
      "aws-internal",
    )
  })

  it("reports the VPC endpoint a call went through", () => {
    expect(originWith({ vpcEndpointId: "vpce-0abc", vpcEndpointAccountId: "111122223333" })).toMatchObject({
      vpcEndpointId: "vpce-0abc",
      vpcEndpointAccountId: "111122223333",
    })
  })

  it("reports nothing to go on as unknown", () => {
    // @ts-expect-error: deliberately not a record
    expect(originOf({}).channel).toBe("unknown")
    // @ts-expect-error: deliberately not a record
    expect(originOf(null)).toStrictEqual({ channel: "unknown", sourceIsIpAddress: false })
  })
})

describe("isIpAddress", () => {
  it("accepts IPv4 and IPv6 addresses", () => {
    for (const address of [
      "203.0.113.100",
      "0.0.0.0",
      "2001:db8::1",
      "::1",
      "::ffff:192.0.2.1",
      "fe80:0:0:0:0:0:0:1",
    ]) {
      expect(isIpAddress(address), address).toBe(true)
    }
  })

  it("rejects service names, AWS Internal and malformed addresses", () => {
    for (const value of [
      "cloudfront.amazonaws.com",
      "AWS Internal",
      "203.0.113.0.186",
      "256.1.1.1",
      "1::2::3",
      ":",
      "",
      "1:2:3",
      "1:2:3:4:5:6:7:8:9",
      "12345::",
    ]) {
      expect(isIpAddress(value), value).toBe(false)
    }
  })
})
