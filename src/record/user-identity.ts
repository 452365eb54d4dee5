import * as t from "io-ts"
import { absentOrNull } from "../codec/primitives"
import { struct } from "../codec/struct"
import { type TaggedUnionCodec, taggedUnion } from "../codec/tagged"
import { UnlistedString } from "../codec/unlisted"
import { InScopeOf, OnBehalfOf, SessionContext } from "./session-context"

/**
 * Members any identity may carry (AWS's own examples mix them freely), each also `null` as
 * other tools write an absent one ([the quirks: nulls](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#nulls)).
 */
const shared = absentOrNull({
  /** The principal's unique id: `"AIDA…"` for an IAM user; for a role session, the role's id and the session's name (`"AROA…:alice"`). */
  principalId: t.string,
  /** The principal's ARN: an IAM user's (`…:user/alice`), or a role session's (`arn:aws:sts::111122223333:assumed-role/admin/alice`). */
  arn: t.string,
  /** The account that owns the principal. It differs from `recipientAccountId` when another account made the call. */
  accountId: t.string,
  /** The access key used: `"AKIA…"` is an IAM user's long-term key, `"ASIA…"` temporary credentials (a session). */
  accessKeyId: t.string,
  /** The principal's name: an IAM user's name, or `"root"`, …; role sessions have none here (see `sessionContext.sessionIssuer.userName`). */
  userName: t.string,
  /** Present when the call was made with temporary credentials: who issued them, when, and whether with MFA. See {@link SessionContext}. */
  sessionContext: SessionContext,
  /** The AWS service that made the call for the principal, such as `"cloudformation.amazonaws.com"`, or `"AWS Internal"`. */
  invokedBy: t.string,
  /** The resource in whose scope the credentials were issued (a Lambda function, an ECS task, …). */
  inScopeOf: InScopeOf,
})
const federated = {
  ...shared,
  ...absentOrNull({
    /** The identity provider that vouched for the user. */
    identityProvider: t.string,
  }),
}
const identityCenter = {
  ...shared,
  ...absentOrNull({
    /** The IAM Identity Center user the call was made for. */
    onBehalfOf: OnBehalfOf,
    /** The id of the IAM Identity Center credential used. */
    credentialId: t.string,
  }),
}

const variant = <const K extends string, O extends t.Props>(type: K, optional: O) =>
  struct(
    `${type}Identity`,
    {
      /** The kind of principal, as CloudTrail names it; {@link identityOf} reads it as `kind`. */
      type: t.literal(type),
    },
    optional,
  )

/**
 * The root user of the account.
 *
 * @example
 * import { RootIdentity } from "mediaconvert-cloudtrail"
 * RootIdentity.is({ type: "Root" })
 * @category Identities
 * @since 0.1.0
 */
export const RootIdentity = variant("Root", shared)
/** @category Identities @since 0.1.0 */
export interface RootIdentity extends t.TypeOf<typeof RootIdentity> {}
/**
 * An IAM user's long-term credentials (or a console session of one).
 *
 * @example
 * import { IAMUserIdentity } from "mediaconvert-cloudtrail"
 * IAMUserIdentity.is({ type: "IAMUser", userName: "alice" })
 * @category Identities
 * @since 0.1.0
 */
export const IAMUserIdentity = variant("IAMUser", shared)
/** @category Identities @since 0.1.0 */
export interface IAMUserIdentity extends t.TypeOf<typeof IAMUserIdentity> {}
/**
 * Temporary credentials of a role session (AssumeRole, EC2, Lambda, SSO permission sets).
 *
 * @example
 * import { AssumedRoleIdentity } from "mediaconvert-cloudtrail"
 * AssumedRoleIdentity.is({ type: "AssumedRole", arn: "arn:aws:sts::111122223333:assumed-role/admin/me" })
 * @category Identities
 * @since 0.1.0
 */
export const AssumedRoleIdentity = variant("AssumedRole", shared)
/** @category Identities @since 0.1.0 */
export interface AssumedRoleIdentity extends t.TypeOf<typeof AssumedRoleIdentity> {}
/**
 * A role acting as itself (rare).
 *
 * @example
 * import { RoleIdentity } from "mediaconvert-cloudtrail"
 * RoleIdentity.is({ type: "Role" })
 * @category Identities
 * @since 0.1.0
 */
export const RoleIdentity = variant("Role", shared)
/** @category Identities @since 0.1.0 */
export interface RoleIdentity extends t.TypeOf<typeof RoleIdentity> {}
/**
 * Temporary credentials from `GetFederationToken`.
 *
 * @example
 * import { FederatedUserIdentity } from "mediaconvert-cloudtrail"
 * FederatedUserIdentity.is({ type: "FederatedUser" })
 * @category Identities
 * @since 0.1.0
 */
export const FederatedUserIdentity = variant("FederatedUser", shared)
/** @category Identities @since 0.1.0 */
export interface FederatedUserIdentity extends t.TypeOf<typeof FederatedUserIdentity> {}
/**
 * A directory service user (WorkDocs, Quick Suite).
 *
 * @example
 * import { DirectoryIdentity } from "mediaconvert-cloudtrail"
 * DirectoryIdentity.is({ type: "Directory" })
 * @category Identities
 * @since 0.1.0
 */
export const DirectoryIdentity = variant("Directory", shared)
/** @category Identities @since 0.1.0 */
export interface DirectoryIdentity extends t.TypeOf<typeof DirectoryIdentity> {}
/**
 * Another account, as the owner of a resource sees cross-account use.
 *
 * @example
 * import { AWSAccountIdentity } from "mediaconvert-cloudtrail"
 * AWSAccountIdentity.is({ type: "AWSAccount", accountId: "444455556666" })
 * @category Identities
 * @since 0.1.0
 */
export const AWSAccountIdentity = variant("AWSAccount", shared)
/** @category Identities @since 0.1.0 */
export interface AWSAccountIdentity extends t.TypeOf<typeof AWSAccountIdentity> {}
/**
 * An AWS service principal.
 *
 * @example
 * import { AWSServiceIdentity } from "mediaconvert-cloudtrail"
 * AWSServiceIdentity.is({ type: "AWSService", invokedBy: "cloudfront.amazonaws.com" })
 * @category Identities
 * @since 0.1.0
 */
export const AWSServiceIdentity = variant("AWSService", shared)
/** @category Identities @since 0.1.0 */
export interface AWSServiceIdentity extends t.TypeOf<typeof AWSServiceIdentity> {}
/**
 * A call made on behalf of an IAM Identity Center user.
 *
 * @example
 * import { IdentityCenterUserIdentity } from "mediaconvert-cloudtrail"
 * IdentityCenterUserIdentity.is({ type: "IdentityCenterUser", credentialId: "c" })
 * @category Identities
 * @since 0.1.0
 */
export const IdentityCenterUserIdentity = variant("IdentityCenterUser", identityCenter)
/** @category Identities @since 0.1.0 */
export interface IdentityCenterUserIdentity extends t.TypeOf<typeof IdentityCenterUserIdentity> {}
/**
 * CloudTrail could not tell the type.
 *
 * @example
 * import { UnknownIdentity } from "mediaconvert-cloudtrail"
 * UnknownIdentity.is({ type: "Unknown" })
 * @category Identities
 * @since 0.1.0
 */
export const UnknownIdentity = variant("Unknown", shared)
/** @category Identities @since 0.1.0 */
export interface UnknownIdentity extends t.TypeOf<typeof UnknownIdentity> {}
/**
 * The caller of `AssumeRoleWithSAML`.
 *
 * @example
 * import { SAMLUserIdentity } from "mediaconvert-cloudtrail"
 * SAMLUserIdentity.is({ type: "SAMLUser", identityProvider: "idp" })
 * @category Identities
 * @since 0.1.0
 */
export const SAMLUserIdentity = variant("SAMLUser", federated)
/** @category Identities @since 0.1.0 */
export interface SAMLUserIdentity extends t.TypeOf<typeof SAMLUserIdentity> {}
/**
 * The caller of `AssumeRoleWithWebIdentity`.
 *
 * @example
 * import { WebIdentityUserIdentity } from "mediaconvert-cloudtrail"
 * WebIdentityUserIdentity.is({ type: "WebIdentityUser", identityProvider: "accounts.google.com" })
 * @category Identities
 * @since 0.1.0
 */
export const WebIdentityUserIdentity = variant("WebIdentityUser", federated)
/** @category Identities @since 0.1.0 */
export interface WebIdentityUserIdentity extends t.TypeOf<typeof WebIdentityUserIdentity> {}

/**
 * An identity whose `type` this version does not list: a type AWS added later, or a
 * placeholder in hand-made data (`"..."`). All of its members are kept; the usual ones are typed.
 *
 * @example
 * import { UnlistedIdentity } from "mediaconvert-cloudtrail"
 * UnlistedIdentity.is({ type: "SomeFutureType", accountId: "111122223333" }) // true
 * @category Identities
 * @since 0.1.0
 */
export const UnlistedIdentity = struct(
  "UnlistedIdentity",
  { type: UnlistedString },
  { ...identityCenter, ...federated },
)
/** @category Identities @since 0.1.0 */
export interface UnlistedIdentity extends t.TypeOf<typeof UnlistedIdentity> {}

/**
 * An identity without `type` (or with `type: null`), as on some AWS service events
 * (`{ accountId, invokedBy }`). {@link identityOf} reads one with `invokedBy` as an AWS service.
 *
 * @example
 * import { UntypedIdentity } from "mediaconvert-cloudtrail"
 * UntypedIdentity.is({ accountId: "111122223333", invokedBy: "AWS Internal" }) // true
 * @category Identities
 * @since 0.1.0
 */
export const UntypedIdentity = struct(
  "UntypedIdentity",
  {},
  { type: t.null, ...identityCenter, ...federated },
)
/** @category Identities @since 0.1.0 */
export interface UntypedIdentity extends t.TypeOf<typeof UntypedIdentity> {}

/**
 * The `userIdentity` element: who made the request, as a union on `type` with a variant for
 * each of the twelve types AWS documents, one for a type it does not list and one for an
 * identity without `type`. Every member but `type` is optional and may be `null`.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 * @example
 * import { UserIdentity } from "mediaconvert-cloudtrail"
 * const result = UserIdentity.decode({ type: "AssumedRole", sessionContext: { attributes: { mfaAuthenticated: "true" } } })
 * if (result._tag === "Right" && result.right.type === "AssumedRole") {
 *   console.log(result.right.sessionContext?.attributes?.mfaAuthenticated) // "true"
 * }
 * @category Identities
 * @since 0.1.0
 */
export const UserIdentity: TaggedUnionCodec<UserIdentity> = taggedUnion(
  "UserIdentity",
  "type",
  {
    Root: RootIdentity,
    IAMUser: IAMUserIdentity,
    AssumedRole: AssumedRoleIdentity,
    Role: RoleIdentity,
    FederatedUser: FederatedUserIdentity,
    Directory: DirectoryIdentity,
    AWSAccount: AWSAccountIdentity,
    AWSService: AWSServiceIdentity,
    IdentityCenterUser: IdentityCenterUserIdentity,
    Unknown: UnknownIdentity,
    SAMLUser: SAMLUserIdentity,
    WebIdentityUser: WebIdentityUserIdentity,
  },
  UnlistedIdentity,
  UntypedIdentity,
)
/** @category Identities @since 0.1.0 */
export type UserIdentity =
  | RootIdentity
  | IAMUserIdentity
  | AssumedRoleIdentity
  | RoleIdentity
  | FederatedUserIdentity
  | DirectoryIdentity
  | AWSAccountIdentity
  | AWSServiceIdentity
  | IdentityCenterUserIdentity
  | UnknownIdentity
  | SAMLUserIdentity
  | WebIdentityUserIdentity
  | UnlistedIdentity
  | UntypedIdentity
