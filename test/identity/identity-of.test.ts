import { describe, expect, it } from "vitest"
import { decodeRecord, formatFailure, type Identity, identityOf } from "../../src"
import { fixture } from "../helpers/fixtures"

const whoIn = (name: string): Identity => {
  const result = decodeRecord(fixture(`identity/${name}.json`))
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return identityOf(result.right)
}

/** Who made a trimmed call whose only identity is `userIdentity`, decoded first. */
const whoWith = (userIdentity: unknown): Identity => {
  const result = decodeRecord({
    eventTime: "2024-04-04T17:45:26Z",
    eventSource: "s3.amazonaws.com",
    eventName: "GetObject",
    userIdentity,
  })
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return identityOf(result.right)
}

describe("identityOf", () => {
  it("answers root credentials used from a console session, with the alias and MFA", () => {
    expect(whoIn("Root")).toMatchObject({
      kind: "root",
      principal: "root",
      userName: "example-org",
      accountId: "111122223333",
      temporaryCredentials: true,
      credentialHint: "temporary",
      mfa: true,
      label: "root example-org",
    })
  })

  it("answers an IAM user's long-term credentials, named from the ARN path's last segment", () => {
    expect(whoIn("IAMUser")).toMatchObject({
      kind: "iam-user",
      principal: "alice",
      temporaryCredentials: false,
      credentialHint: "long-term",
      label: "iam-user alice",
    })
  })

  it("answers a role session with its issuing role, session name and source identity", () => {
    const who = whoIn("AssumedRole")
    expect(who).toMatchObject({
      kind: "assumed-role",
      principal: "transcode-worker",
      sessionName: "transcode-worker",
      role: {
        name: "TranscodeLambdaRole",
        arn: "arn:aws:iam::111122223333:role/service-role/TranscodeLambdaRole",
      },
      sourceIdentity: "alice@example.com",
      temporaryCredentials: true,
      mfa: false,
    })
    expect(who.invokedBy).toBeUndefined()
  })

  it("answers a role acting as itself", () => {
    expect(whoIn("Role")).toMatchObject({
      kind: "role",
      principal: "PipelineRole",
      temporaryCredentials: true,
    })
  })

  it("answers a federated user's temporary credentials", () => {
    expect(whoIn("FederatedUser")).toMatchObject({
      kind: "federated-user",
      principal: "contractor-bob",
      temporaryCredentials: true,
    })
  })

  it("answers a directory user by the name it reports", () => {
    expect(whoIn("Directory")).toMatchObject({ kind: "directory", principal: "carol@example.com" })
  })

  it("answers another account", () => {
    expect(whoIn("AWSAccount")).toMatchObject({ kind: "aws-account", accountId: "444455556666" })
  })

  it("answers an AWS service by the service that acted", () => {
    expect(whoIn("AWSService")).toMatchObject({
      kind: "aws-service",
      invokedBy: "events.amazonaws.com",
      principal: "events.amazonaws.com",
      temporaryCredentials: false,
      label: "aws-service events.amazonaws.com",
    })
  })

  it("answers an IAM Identity Center user with the user it acted for", () => {
    expect(whoIn("IdentityCenterUser")).toMatchObject({
      kind: "identity-center-user",
      onBehalfOf: {
        userId: "94482488-3041-7026-18f3-be45837cd0e4",
        identityStoreArn: "arn:aws:identitystore::111122223333:identitystore/d-9067642ac7",
      },
      temporaryCredentials: true,
      label: "identity-center-user 94482488-3041-7026-18f3-be45837cd0e4",
    })
  })

  it("answers the Unknown type as unknown", () => {
    expect(whoIn("Unknown")).toMatchObject({ kind: "unknown", type: "Unknown" })
  })

  it("answers SAML and web-identity callers with their identity provider", () => {
    expect(whoIn("SAMLUser")).toMatchObject({
      kind: "saml-user",
      identityProvider: "SAMPLE_NAME_QUALIFIER",
      principal: "dave",
    })
    expect(whoIn("WebIdentityUser")).toMatchObject({
      kind: "web-identity-user",
      identityProvider: "accounts.google.com",
      principal: "user-id",
    })
  })

  it("answers an identity without a type but with an invoking service as that service", () => {
    expect(whoIn("Untyped")).toMatchObject({
      kind: "aws-service",
      type: undefined,
      invokedBy: "AWS Internal",
    })
  })

  it.each([
    ["no type", { invokedBy: "cloudtrail.amazonaws.com" }, "aws-service"],
    ["a null type", { type: null, invokedBy: "cloudtrail.amazonaws.com" }, "aws-service"],
    ["no type, the sign-in host", { invokedBy: "signin.amazonaws.com" }, "unknown"],
    [
      "no type, an ARN",
      { invokedBy: "cloudtrail.amazonaws.com", arn: "arn:aws:iam::111122223333:user/a" },
      "unknown",
    ],
    ["no type and nothing else", {}, "unknown"],
    ["a null type and a null invokedBy", { type: null, invokedBy: null }, "unknown"],
  ])("reads an identity with %s as IdentityKind %s documents", (_, userIdentity, kind) => {
    const who = whoWith(userIdentity)
    expect(who.kind).toBe(kind)
    expect(who.type).toBeUndefined()
  })

  it("reads mfaAuthenticated written as text or as a boolean alike", () => {
    for (const [mfaAuthenticated, mfa] of [
      ["true", true],
      [true, true],
      ["false", false],
      [false, false],
      ["...", undefined],
    ] as const) {
      const userIdentity = { type: "AssumedRole", sessionContext: { attributes: { mfaAuthenticated } } }
      expect(whoWith(userIdentity).mfa, String(mfaAuthenticated)).toBe(mfa)
    }
  })

  it("answers a type it does not list as unknown, keeping the type", () => {
    expect(whoIn("Unlisted")).toMatchObject({
      kind: "unknown",
      type: "AWSAgentIdentity",
      principal: "agent-7",
    })
  })

  it("never throws, whatever it is given", () => {
    const inputs: unknown[] = [
      null,
      undefined,
      1,
      "x",
      [],
      {},
      { userIdentity: null },
      { userIdentity: { type: 3 } },
    ]
    for (const input of inputs) {
      // @ts-expect-error: deliberately not a record
      expect(identityOf(input).kind).toBe("unknown")
    }
  })
})
