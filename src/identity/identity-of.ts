import { booleanOf } from "../codec/primitives"
import { member, memberAt, stringMember } from "../codec/read"
import type { UserIdentity } from "../record/user-identity"
import { principalNamesOf } from "./arn-names"

/**
 * What kind of principal made a request, one per `userIdentity.type` AWS documents.
 * An identity without `type` (absent or `null`, as on service events) that names the service
 * acting (`invokedBy`) and no principal ARN is `aws-service`; any other identity without
 * `type` (the sign-in host as `invokedBy` is the console, not a service), or with a type this
 * version does not list, is `unknown`. The whole table is in
 * [Identity and origin](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/identity.html#the-kind-of-principal).
 *
 * @example
 * import type { IdentityKind } from "mediaconvert-cloudtrail"
 * const kind: IdentityKind = "assumed-role"
 * @category Who and from where
 * @since 0.1.0
 */
export type IdentityKind =
  | "root"
  | "iam-user"
  | "assumed-role"
  | "role"
  | "federated-user"
  | "directory"
  | "aws-account"
  | "aws-service"
  | "identity-center-user"
  | "saml-user"
  | "web-identity-user"
  | "unknown"

/**
 * Who made a request, read from `userIdentity`: the answer to the four questions of the AWS
 * page (root or IAM user credentials? on behalf of an Identity Center user? temporary
 * credentials of a role or federated user? another AWS service?). How each member is read is in
 * [Identity and origin](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/identity.html).
 *
 * @example
 * import type { Identity } from "mediaconvert-cloudtrail"
 * const who: Identity = { kind: "root", type: "Root", temporaryCredentials: false, credentialHint: "unknown", label: "root 111122223333" }
 * @category Who and from where
 * @since 0.1.0
 */
export interface Identity {
  readonly kind: IdentityKind
  /** `userIdentity.type` as given (undefined when absent or `null`). */
  readonly type: string | undefined
  /** The account that owns the principal. */
  readonly accountId?: string
  /** The principal's ARN as given. */
  readonly arn?: string
  /**
   * The principal's name taken from its ARN (the IAM user name, the role session name, the
   * federated user name, `root`); where there is no ARN, the best name the identity has.
   * The ARN wins over `userName`, which AWS examples sometimes spell differently (see [the quirks: names](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#names)).
   */
  readonly principal?: string
  /** `userName` as reported. */
  readonly userName?: string
  /** The role named by the ARN; for role sessions, also the session issuer's name and ARN. */
  readonly role?: { readonly name?: string; readonly arn?: string }
  /** For role sessions: the session name. */
  readonly sessionName?: string
  /** The access key used, as given. */
  readonly accessKeyId?: string
  /**
   * Whether the request was signed with temporary credentials: always for role, federated,
   * SAML, web-identity and Identity Center sessions; for root and IAM users when the identity
   * shows a session (console sign-in) or an `ASIA` key.
   */
  readonly temporaryCredentials: boolean
  /** What the access key's prefix suggests (`AKIA` long-term, `ASIA` temporary); only a hint. */
  readonly credentialHint: "long-term" | "temporary" | "unknown"
  /**
   * Whether the session was authenticated with MFA, when the record says: `true` for `"true"`
   * or `true`, `false` for `"false"` or `false` ([the quirks: booleans](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#booleans)); absent for any
   * other value and when the record has none.
   */
  readonly mfa?: boolean
  /** The AWS service that made the request on the principal's behalf. */
  readonly invokedBy?: string
  /** For Identity Center users: who the call was made for. */
  readonly onBehalfOf?: { readonly userId?: string; readonly identityStoreArn?: string }
  /** For SAML and web-identity users: the identity provider. */
  readonly identityProvider?: string
  /** The source identity set on a role session. */
  readonly sourceIdentity?: string
  /** One readable line, such as `assumed-role admin/example-admin`. */
  readonly label: string
}

const kinds: Readonly<Record<string, IdentityKind>> = {
  Root: "root",
  IAMUser: "iam-user",
  AssumedRole: "assumed-role",
  Role: "role",
  FederatedUser: "federated-user",
  Directory: "directory",
  AWSAccount: "aws-account",
  AWSService: "aws-service",
  IdentityCenterUser: "identity-center-user",
  Unknown: "unknown",
  SAMLUser: "saml-user",
  WebIdentityUser: "web-identity-user",
}

const sessionKinds: ReadonlySet<IdentityKind> = new Set([
  "assumed-role",
  "role",
  "federated-user",
  "saml-user",
  "web-identity-user",
  "identity-center-user",
])

/** Hosts that stand for the web console when they appear as `invokedBy`. */
const consoleHosts: ReadonlySet<string> = new Set(["signin.amazonaws.com", "console.amazonaws.com"])

const hintOf = (accessKeyId: string | undefined): Identity["credentialHint"] =>
  accessKeyId?.startsWith("ASIA") ? "temporary" : accessKeyId?.startsWith("AKIA") ? "long-term" : "unknown"

const kindOf = (type: string | undefined, identity: unknown): IdentityKind => {
  if (type !== undefined) return Object.hasOwn(kinds, type) ? (kinds[type] as IdentityKind) : "unknown"
  // Service events carry `{ accountId, invokedBy }` without a type: a service acted. The
  // sign-in host is the console, not a service (docs/quirks.md#console).
  const invokedBy = stringMember(identity, "invokedBy")
  return invokedBy !== undefined &&
    !consoleHosts.has(invokedBy) &&
    stringMember(identity, "arn") === undefined
    ? "aws-service"
    : "unknown"
}

const labelOf = (kind: IdentityKind, who: Omit<Identity, "label">): string => {
  switch (kind) {
    case "root":
      return `root ${who.userName ?? who.accountId ?? ""}`.trim()
    case "assumed-role":
    case "role":
      return `${kind} ${[who.role?.name, who.sessionName].filter((x) => x !== undefined).join("/") || (who.principal ?? "?")}`
    case "aws-service":
      return `aws-service ${who.invokedBy ?? who.principal ?? "?"}`
    case "identity-center-user":
      return `identity-center-user ${who.onBehalfOf?.userId ?? who.principal ?? "?"}`
    case "unknown":
      return who.type !== undefined && who.type !== "Unknown"
        ? `unknown (${who.type}) ${who.principal ?? ""}`.trim()
        : `unknown ${who.principal ?? ""}`.trim()
    default:
      return `${kind} ${who.principal ?? "?"}`
  }
}

/**
 * The members of a record {@link identityOf} reads: every record has them (`userIdentity` may
 * be absent, as on Insights records).
 *
 * @example
 * import type { IdentityFields } from "mediaconvert-cloudtrail"
 * const fields: IdentityFields = { eventTime: "2024-04-04T17:45:26Z", userIdentity: { type: "Root" } }
 * @category Who and from where
 * @since 0.2.0
 */
export interface IdentityFields {
  readonly eventTime: string
  readonly userIdentity?: UserIdentity | null
}

/**
 * Answers who made the request of a record: its kind, account, principal name (from the
 * ARN), the issuing role of a session, whether temporary credentials were used, MFA, and
 * the service that acted for the principal. Takes any record (a `CloudTrailRecord`, a
 * `MediaConvertEvent`, anything with a `userIdentity`). Reads only; never throws, whatever it
 * is given. [Identity and origin](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/identity.html) explains every rule.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 * @example
 * import { decodeRecord, identityOf } from "mediaconvert-cloudtrail"
 * const result = decodeRecord({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventType: "AwsApiCall", eventSource: "mediaconvert.amazonaws.com", eventName: "CreateJob", userIdentity: { type: "AssumedRole", arn: "arn:aws:sts::111122223333:assumed-role/admin/example-admin", accountId: "111122223333" } })
 * if (result._tag === "Right") {
 *   const who = identityOf(result.right)
 *   console.log(who.kind, who.role?.name, who.principal, who.temporaryCredentials) // assumed-role admin example-admin true
 * }
 * @category Who and from where
 * @since 0.1.0
 */
export const identityOf = (record: IdentityFields): Identity => {
  const identity = member(record, "userIdentity")
  const rawType = member(identity, "type")
  const type = typeof rawType === "string" ? rawType : undefined
  const kind = kindOf(type, identity)
  const arn = stringMember(identity, "arn")
  const names = arn !== undefined ? principalNamesOf(arn) : undefined
  const userName = stringMember(identity, "userName")
  const accessKeyId = stringMember(identity, "accessKeyId")
  const accountId = stringMember(identity, "accountId")
  const invokedBy = stringMember(identity, "invokedBy")
  const sessionContext = member(identity, "sessionContext")
  const issuer = member(sessionContext, "sessionIssuer")
  const issuerName = stringMember(issuer, "userName")
  const issuerArn = stringMember(issuer, "arn")
  const issuerNames = issuerArn !== undefined ? principalNamesOf(issuerArn) : undefined
  // "true" from CloudTrail, true from tools that re-serialise records (docs/quirks.md#booleans).
  const mfa = booleanOf(memberAt(sessionContext, "attributes", "mfaAuthenticated"))
  const onBehalfOf = member(identity, "onBehalfOf")
  const onBehalfOfUser = stringMember(onBehalfOf, "userId")
  const identityStoreArn = stringMember(onBehalfOf, "identityStoreArn")
  const credentialHint = hintOf(accessKeyId)
  const isSession =
    sessionKinds.has(kind) ||
    ((kind === "root" || kind === "iam-user") &&
      (sessionContext !== undefined || credentialHint === "temporary"))

  const roleName = names?.roleName ?? (kind === "assumed-role" || kind === "role" ? issuerName : undefined)
  const roleArn = kind === "assumed-role" || kind === "role" ? issuerArn : undefined
  const principal =
    names?.name ??
    (kind === "root" ? "root" : undefined) ??
    userName ??
    (kind === "aws-service" ? invokedBy : undefined) ??
    onBehalfOfUser ??
    stringMember(identity, "principalId")
  const sourceIdentity = stringMember(sessionContext, "sourceIdentity")
  const identityProvider = stringMember(identity, "identityProvider")

  // Built member by member, in the order the type lists them: spreading conditional objects
  // cost the command line's summary a tenth of its time.
  // temporaryCredentials and credentialHint, which the type requires, are set below in their turn.
  const who = { kind, type } as Writable<Omit<Identity, "label">>
  if (accountId !== undefined) who.accountId = accountId
  if (arn !== undefined) who.arn = arn
  if (principal !== undefined) who.principal = principal
  if (userName !== undefined) who.userName = userName
  if (roleName !== undefined || roleArn !== undefined) {
    const role: Writable<NonNullable<Identity["role"]>> = {}
    const name = roleName ?? (issuerNames?.name || undefined)
    if (name !== undefined) role.name = name
    if (roleArn !== undefined) role.arn = roleArn
    who.role = role
  }
  if (names?.sessionName !== undefined) who.sessionName = names.sessionName
  if (accessKeyId !== undefined) who.accessKeyId = accessKeyId
  who.temporaryCredentials = isSession
  who.credentialHint = credentialHint
  if (mfa !== undefined) who.mfa = mfa
  if (invokedBy !== undefined) who.invokedBy = invokedBy
  if (onBehalfOfUser !== undefined || identityStoreArn !== undefined) {
    const on: Writable<NonNullable<Identity["onBehalfOf"]>> = {}
    if (onBehalfOfUser !== undefined) on.userId = onBehalfOfUser
    if (identityStoreArn !== undefined) on.identityStoreArn = identityStoreArn
    who.onBehalfOf = on
  }
  if (identityProvider !== undefined) who.identityProvider = identityProvider
  if (sourceIdentity !== undefined) who.sourceIdentity = sourceIdentity
  const label = labelOf(kind, who)
  ;(who as Writable<Identity>).label = label
  return who as Identity
}

type Writable<T> = { -readonly [K in keyof T]: T[K] }
