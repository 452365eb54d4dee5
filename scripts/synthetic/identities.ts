// userIdentity blocks of the kinds the synthetic records use, in the key order CloudTrail writes
// them. The builders draw nothing at random: a caller that wants random ids draws them in the
// object it passes, whose properties JavaScript evaluates in the order they are written.
import { ACCOUNT } from "./ids"
import { optional } from "./optional"

type Block = { [key: string]: unknown }

/** What the identities of a principal in an account have in common. */
interface Credentials {
  readonly accessKeyId?: string | undefined
  /** When the session's credentials were made; without it, no sessionContext. */
  readonly creationDate?: string | undefined
  readonly mfa?: boolean | undefined
  readonly account?: string | undefined
}

/** The `attributes` of a session: when its credentials were made and whether MFA was used. */
const attributes = (creationDate: string, mfa = false) => ({ creationDate, mfaAuthenticated: String(mfa) })

/** type, principalId, arn, accountId and accessKeyId: the head of every principal's block. */
const principal = (type: string, principalId: string, arn: (account: string) => string, who: Credentials) => {
  const account = who.account ?? ACCOUNT
  return {
    type,
    principalId,
    arn: arn(account),
    accountId: account,
    ...optional("accessKeyId", who.accessKeyId),
  }
}

/** A sessionContext of attributes alone (a user or the root user, signed in). */
const signedIn = (who: Credentials) =>
  optional(
    "sessionContext",
    who.creationDate === undefined ? undefined : { attributes: attributes(who.creationDate, who.mfa) },
  )

/** A role session: `principalId` is "<role id>:<session>", the issuer the role itself. */
export const assumedRole = (
  who: Credentials & {
    readonly roleId: string
    readonly session: string
    readonly role: string
    /** The issuer's principalId when it differs from `roleId`. */
    readonly issuerId?: string | undefined
    /** The role's path, e.g. "service-role/". */
    readonly path?: string | undefined
    readonly webIdFederationData?: boolean | undefined
  },
): Block => {
  const account = who.account ?? ACCOUNT
  return {
    ...principal(
      "AssumedRole",
      `${who.roleId}:${who.session}`,
      () => `arn:aws:sts::${account}:assumed-role/${who.role}/${who.session}`,
      who,
    ),
    ...optional(
      "sessionContext",
      who.creationDate === undefined
        ? undefined
        : {
            sessionIssuer: {
              type: "Role",
              principalId: who.issuerId ?? who.roleId,
              arn: `arn:aws:iam::${account}:role/${who.path ?? ""}${who.role}`,
              accountId: account,
              userName: who.role,
            },
            ...(who.webIdFederationData ? { webIdFederationData: {} } : {}),
            attributes: attributes(who.creationDate, who.mfa),
          },
    ),
  }
}

/** An IAM user; with `creationDate`, signed in (a console session). */
export const iamUser = (
  who: Credentials & { readonly principalId: string; readonly userName: string },
): Block => ({
  ...principal("IAMUser", who.principalId, (account) => `arn:aws:iam::${account}:user/${who.userName}`, who),
  userName: who.userName,
  ...signedIn(who),
})

/** The account's root user; with `creationDate`, signed in. */
export const root = (who: Credentials = {}): Block => ({
  ...principal("Root", who.account ?? ACCOUNT, (account) => `arn:aws:iam::${account}:root`, who),
  ...signedIn(who),
})

/** An AWS service calling on the account's behalf (EventBridge, Step Functions…). */
export const awsService = (invokedBy: string): Block => ({ type: "AWSService", invokedBy })
