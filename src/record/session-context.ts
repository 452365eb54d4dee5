// The structures inside an identity's session context (the issuer, web identity federation,
// the session's attributes, on-behalf-of and in-scope-of), apart from the identity variants
// that carry them (user-identity.ts).
import * as t from "io-ts"
import { absentOrNull, either, openEnum, StringMapCodec } from "../codec/primitives"
import { type NoMembers, type StructCodec, type StructOf, struct } from "../codec/struct"

/** The members of {@link SessionIssuer}. */
const sessionIssuerMembers = absentOrNull({
  /** What issued the credentials: `"Role"` for a role session (most sessions), `"IAMUser"` for `GetFederationToken`, `"Root"`. */
  type: openEnum("SessionIssuerType", ["Role", "IAMUser", "Root"]),
  /** The issuer's unique id, such as `"AROA…"` for a role. */
  principalId: t.string,
  /** The issuer's ARN: for a role session, the role's, such as `"arn:aws:iam::111122223333:role/admin"`. */
  arn: t.string,
  /** The account that owns the issuer. */
  accountId: t.string,
  /** The issuer's name: the role's name for a role session (`"admin"`). */
  userName: t.string,
})

/**
 * The principal that issued a session's temporary credentials: a role, an IAM user (for
 * `GetFederationToken`) or the root user.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 * @example
 * import { SessionIssuer } from "mediaconvert-cloudtrail"
 * SessionIssuer.is({ type: "Role", userName: "admin", arn: "arn:aws:iam::111122223333:role/admin" }) // true
 * @category Identities
 * @since 0.1.0
 */
export const SessionIssuer: StructCodec<NoMembers, typeof sessionIssuerMembers, SessionIssuer> = struct(
  "SessionIssuer",
  {},
  sessionIssuerMembers,
)
/** @category Identities @since 0.1.0 */
export interface SessionIssuer extends StructOf<NoMembers, typeof sessionIssuerMembers> {}

/** The members of {@link WebIdFederationData}. */
const webIdFederationDataMembers = absentOrNull({
  /** The identity provider, such as `"accounts.google.com"` or `"cognito-identity.amazonaws.com"`. */
  federatedProvider: t.string,
  /** What the provider said about the user, as name–value pairs. */
  attributes: StringMapCodec,
})

/**
 * Who vouched for a web-identity session (Amazon Cognito, Google, Login with Amazon, …).
 * Often present as an empty object, which means the same as its absence.
 *
 * @example
 * import { WebIdFederationData } from "mediaconvert-cloudtrail"
 * WebIdFederationData.is({ federatedProvider: "accounts.google.com", attributes: {} }) // true
 * @category Identities
 * @since 0.1.0
 */
export const WebIdFederationData: StructCodec<
  NoMembers,
  typeof webIdFederationDataMembers,
  WebIdFederationData
> = struct("WebIdFederationData", {}, webIdFederationDataMembers)
/** @category Identities @since 0.1.0 */
export interface WebIdFederationData extends StructOf<NoMembers, typeof webIdFederationDataMembers> {}

/** The members of {@link SessionAttributes}. */
const sessionAttributesMembers = absentOrNull({
  /** When the session's credentials were issued, in UTC: `"2024-04-09T13:58:02Z"`. */
  creationDate: t.string,
  /** Whether the principal that obtained the credentials signed in with MFA: `"true"` or `"false"`. */
  mfaAuthenticated: either(t.boolean, openEnum("MfaAuthenticated", ["true", "false"])),
})

/**
 * When a session's credentials were issued and whether MFA was used. CloudTrail writes
 * `mfaAuthenticated` as the string `"true"` or `"false"`; records that passed through other
 * tools carry a JSON boolean, accepted too ([the quirks: booleans](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#booleans)). Hand-made data has
 * placeholders such as `"..."`, which are kept; {@link identityOf} reads only the real values.
 *
 * @example
 * import { SessionAttributes } from "mediaconvert-cloudtrail"
 * SessionAttributes.is({ creationDate: "2024-04-04T17:30:19Z", mfaAuthenticated: "false" }) // true
 * SessionAttributes.is({ mfaAuthenticated: false }) // true
 * SessionAttributes.is({ mfaAuthenticated: 0 }) // false
 * @category Identities
 * @since 0.1.0
 */
export const SessionAttributes: StructCodec<NoMembers, typeof sessionAttributesMembers, SessionAttributes> =
  struct("SessionAttributes", {}, sessionAttributesMembers)
/** @category Identities @since 0.1.0 */
export interface SessionAttributes extends StructOf<NoMembers, typeof sessionAttributesMembers> {}

/** The members of {@link SessionContext}. */
const sessionContextMembers = absentOrNull({
  /** Who issued the credentials: for a role session, the role (its name, ARN and account). Absent for an IAM user's or the root user's own console session. */
  sessionIssuer: SessionIssuer,
  /** For credentials from a web identity (Cognito, Google, …), the provider; often an empty object. */
  webIdFederationData: WebIdFederationData,
  /** When the credentials were issued, and whether MFA was used to get them. */
  attributes: SessionAttributes,
  /** The source identity the first caller set when assuming a role (a user name, typically), carried through role chaining: who is behind a chain of sessions. */
  sourceIdentity: t.string,
  /** For the credentials of an EC2 instance's role, how they were delivered: `"1.0"` by IMDSv1, `"2.0"` by IMDSv2. */
  ec2RoleDelivery: t.string,
  /** For the credentials of an EC2 instance's role, the VPC the instance runs in. */
  ec2IssuedInVPC: t.string,
  /** `"true"` when the session was opened with `AssumeRoot` (a privileged task on a member account). */
  assumedRoot: t.string,
})

/**
 * The session behind a call made with temporary credentials: who issued the credentials,
 * when, and whether MFA was used to get them. Its absence means long-term credentials (an IAM
 * user's `AKIA` access key, typically a program's) or no session at all.
 *
 * What it looks like tells the kind of session apart:
 *
 * - A role session (a person who assumed a role, a Lambda function, an EC2 instance, a
 *   permission set of IAM Identity Center) has a `sessionIssuer` of `type: "Role"` naming the
 *   role: `{ sessionIssuer: { type: "Role", userName: "admin", arn: "arn:aws:iam::111122223333:role/admin" },
 *   attributes: { creationDate: "2024-04-09T13:58:02Z", mfaAuthenticated: "false" } }`. The
 *   session's own name is the last part of `userIdentity.arn` (`…:assumed-role/admin/alice`).
 * - An IAM user signed in to the console has `attributes` alone (no `sessionIssuer`), with
 *   `mfaAuthenticated: "true"` when they used MFA.
 * - Credentials of an EC2 instance's role add `ec2RoleDelivery` (`"2.0"`: IMDSv2); a session
 *   opened through a web identity provider adds `webIdFederationData`; `sourceIdentity` names
 *   who started a chain of role sessions, when they set one.
 *
 * {@link identityOf} reads it: the issuing role, whether the credentials are temporary, MFA.
 * [The identity guide](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/identity.html#who-made-the-request)
 * says what each of these proves.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 * @example
 * import { SessionContext } from "mediaconvert-cloudtrail"
 * SessionContext.is({ sessionIssuer: { type: "Role" }, webIdFederationData: {}, ec2RoleDelivery: "2.0" }) // true
 * @category Identities
 * @since 0.1.0
 */
export const SessionContext: StructCodec<NoMembers, typeof sessionContextMembers, SessionContext> = struct(
  "SessionContext",
  {},
  sessionContextMembers,
)
/** @category Identities @since 0.1.0 */
export interface SessionContext extends StructOf<NoMembers, typeof sessionContextMembers> {}

/** The members of {@link OnBehalfOf}. */
const onBehalfOfMembers = absentOrNull({
  /** The IAM Identity Center user's id. */
  userId: t.string,
  /** The ARN of the identity store the user is in. */
  identityStoreArn: t.string,
})

/**
 * The IAM Identity Center user a call was made for.
 *
 * @example
 * import { OnBehalfOf } from "mediaconvert-cloudtrail"
 * OnBehalfOf.is({ userId: "uuid", identityStoreArn: "arn:aws:identitystore::111122223333:identitystore/d-1" }) // true
 * @category Identities
 * @since 0.1.0
 */
export const OnBehalfOf: StructCodec<NoMembers, typeof onBehalfOfMembers, OnBehalfOf> = struct(
  "OnBehalfOf",
  {},
  onBehalfOfMembers,
)
/** @category Identities @since 0.1.0 */
export interface OnBehalfOf extends StructOf<NoMembers, typeof onBehalfOfMembers> {}

/** The members of {@link InScopeOf}. */
const inScopeOfMembers = absentOrNull({
  /** The ARN of the resource that the credentials were issued in the scope of. */
  sourceArn: t.string,
  /** The account that owns that resource. */
  sourceAccount: t.string,
  /** The type of that resource, such as `"AWS::Lambda::Function"`. */
  issuerType: t.string,
  /** What the credentials were issued to, such as the function's ARN. */
  credentialsIssuedTo: t.string,
  /** The version of what the credentials were issued to, when it has versions. */
  credentialsIssuedToVersion: t.string,
})

/**
 * The resource in whose scope credentials were issued (a Lambda function, an ECS task, …).
 *
 * @example
 * import { InScopeOf } from "mediaconvert-cloudtrail"
 * InScopeOf.is({ issuerType: "AWS::Lambda::Function", credentialsIssuedTo: "arn:aws:lambda:us-east-1:111122223333:function:f" }) // true
 * @category Identities
 * @since 0.1.0
 */
export const InScopeOf: StructCodec<NoMembers, typeof inScopeOfMembers, InScopeOf> = struct(
  "InScopeOf",
  {},
  inScopeOfMembers,
)
/** @category Identities @since 0.1.0 */
export interface InScopeOf extends StructOf<NoMembers, typeof inScopeOfMembers> {}
