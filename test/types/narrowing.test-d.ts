import { describe, expectTypeOf, it } from "vitest"
import type {
  ApiCallRecord,
  AssumedRoleIdentity,
  CloudTrailRecord,
  CreateJobRequest,
  CreateJobResponse,
  CreateQueueRequest,
  CreateQueueResponse,
  DeleteQueueRequest,
  IdentityCenterUserIdentity,
  InsightDetails,
  InsightRecord,
  MediaConvertEvent,
  OnBehalfOf,
  OpenEnum,
  OtherRecord,
  RootIdentity,
  SAMLUserIdentity,
  SessionContext,
  TagResourceRequest,
  Unlisted,
  UnlistedIdentity,
  UnlistedMediaConvertEvent,
  UntypedIdentity,
  UserIdentity,
} from "../../src"

declare const identity: UserIdentity
declare const record: CloudTrailRecord
declare const event: MediaConvertEvent

describe("narrowing userIdentity on type", () => {
  it("gives exactly the named variant and its members", () => {
    if (identity.type === "Root") expectTypeOf(identity).toEqualTypeOf<RootIdentity>()
    if (identity.type === "AssumedRole") {
      expectTypeOf(identity).toEqualTypeOf<AssumedRoleIdentity>()
      expectTypeOf(identity.sessionContext).toEqualTypeOf<SessionContext | null | undefined>()
    }
    if (identity.type === "IdentityCenterUser") {
      expectTypeOf(identity).toEqualTypeOf<IdentityCenterUserIdentity>()
      expectTypeOf(identity.onBehalfOf).toEqualTypeOf<OnBehalfOf | null | undefined>()
    }
    if (identity.type === "SAMLUser") {
      expectTypeOf(identity).toEqualTypeOf<SAMLUserIdentity>()
      expectTypeOf(identity.identityProvider).toEqualTypeOf<string | null | undefined>()
    }
  })

  it("keeps members a variant does not have off it", () => {
    if (identity.type === "Root") expectTypeOf(identity).not.toHaveProperty("onBehalfOf")
    if (identity.type === "IAMUser") expectTypeOf(identity).not.toHaveProperty("identityProvider")
  })

  it("reaches the fallbacks for a missing type and in default", () => {
    if (identity.type === undefined || identity.type === null)
      expectTypeOf(identity).toEqualTypeOf<UntypedIdentity>()
    switch (identity.type) {
      case "Root":
      case "IAMUser":
      case "AssumedRole":
      case "Role":
      case "FederatedUser":
      case "Directory":
      case "AWSAccount":
      case "AWSService":
      case "IdentityCenterUser":
      case "Unknown":
      case "SAMLUser":
      case "WebIdentityUser":
      case undefined:
      case null:
        break
      default:
        expectTypeOf(identity).toEqualTypeOf<UnlistedIdentity>()
        expectTypeOf(identity.type).toEqualTypeOf<Unlisted>()
        expectTypeOf(identity.type).toMatchTypeOf<string>()
    }
  })

  it("types mfaAuthenticated as the strings AWS writes, or the boolean other tools write", () => {
    if (identity.type === "AssumedRole") {
      expectTypeOf(identity.sessionContext?.attributes?.mfaAuthenticated).toEqualTypeOf<
        boolean | OpenEnum<"true" | "false"> | null | undefined
      >()
    }
  })
})

describe("narrowing a record on eventType", () => {
  it("gives the API call, Insights and fallback kinds", () => {
    if (record.eventType === "AwsApiCall") {
      expectTypeOf(record).toEqualTypeOf<ApiCallRecord>()
      expectTypeOf(record.userIdentity).toEqualTypeOf<UserIdentity | null | undefined>()
      expectTypeOf(record.eventName).toEqualTypeOf<string>()
    }
    if (record.eventType === "AwsCloudTrailInsight") {
      expectTypeOf(record).toEqualTypeOf<InsightRecord>()
      expectTypeOf(record.insightDetails).toEqualTypeOf<InsightDetails>()
      expectTypeOf(record).not.toHaveProperty("userIdentity")
    }
    if (record.eventType === undefined) expectTypeOf(record).toEqualTypeOf<OtherRecord>()
  })
})

describe("narrowing a MediaConvert event on eventName", () => {
  it("gives each operation's request and response types", () => {
    if (event.eventName === "CreateJob") {
      expectTypeOf(event.requestParameters).toEqualTypeOf<CreateJobRequest | null | undefined>()
      expectTypeOf(event.responseElements).toEqualTypeOf<CreateJobResponse | null | undefined>()
    }
    if (event.eventName === "CreateQueue") {
      expectTypeOf(event.requestParameters).toEqualTypeOf<CreateQueueRequest | null | undefined>()
      expectTypeOf(event.responseElements).toEqualTypeOf<CreateQueueResponse | null | undefined>()
    }
    if (event.eventName === "DeleteQueue") {
      expectTypeOf(event.requestParameters).toEqualTypeOf<DeleteQueueRequest | null | undefined>()
    }
    if (event.eventName === "TagResource") {
      expectTypeOf(event.requestParameters).toEqualTypeOf<TagResourceRequest | null | undefined>()
      expectTypeOf(event.requestParameters?.Tags).toEqualTypeOf<
        { readonly [key: string]: string } | undefined
      >()
    }
  })

  it("lets a failed call's null response type-check", () => {
    if (event.eventName === "CreateJob" && event.errorCode !== undefined) {
      const response: typeof event.responseElements = null
      expectTypeOf(response).toEqualTypeOf<null>()
    }
  })

  it("keeps an unknown operation as the fallback, whose name is Unlisted", () => {
    expectTypeOf<
      Extract<MediaConvertEvent, { eventName: Unlisted }>
    >().toEqualTypeOf<UnlistedMediaConvertEvent>()
  })
})
