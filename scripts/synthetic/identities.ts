// userIdentity blocks of the kinds the synthetic records use, in the key order CloudTrail writes
// them. The builders draw nothing at random: a caller that wants random ids draws them in the
// object it passes, whose properties JavaScript evaluates in the order they are written.
import { ACCOUNT } from "./ids"

type Block = { [key: string]: unknown }

/** The `attributes` of a session: when its credentials were made and whether MFA was used. */
const attributes = (creationDate: string, mfa: boolean) => ({
  creationDate,
  mfaAuthenticated: String(mfa),
})

/** A role session: `principalId` is "<role id>:<session>", the issuer the role itself. */
export const assumedRole = (who: {
  readonly roleId: string
  readonly session: string
  readonly role: string
  readonly accessKeyId?: string | undefined
  /** The issuer's principalId when it differs from `roleId`. */
  readonly issuerId?: string | undefined
  /** The role's path, e.g. "service-role/". */
  readonly path?: string | undefined
  /** Without it, no sessionContext. */
  readonly creationDate?: string | undefined
  readonly mfa?: boolean | undefined
  readonly webIdFederationData?: boolean | undefined
  readonly account?: string | undefined
}): Block => {
  const account = who.account ?? ACCOUNT
  return {
    type: "AssumedRole",
    principalId: `${who.roleId}:${who.session}`,
    arn: `arn:aws:sts::${account}:assumed-role/${who.role}/${who.session}`,
    accountId: account,
    ...(who.accessKeyId === undefined ? {} : { accessKeyId: who.accessKeyId }),
    ...(who.creationDate === undefined
      ? {}
      : {
          sessionContext: {
            sessionIssuer: {
              type: "Role",
              principalId: who.issuerId ?? who.roleId,
              arn: `arn:aws:iam::${account}:role/${who.path ?? ""}${who.role}`,
              accountId: account,
              userName: who.role,
            },
            ...(who.webIdFederationData ? { webIdFederationData: {} } : {}),
            attributes: attributes(who.creationDate, who.mfa ?? false),
          },
        }),
  }
}

/** An IAM user; with `creationDate`, signed in (a console session). */
export const iamUser = (who: {
  readonly principalId: string
  readonly userName: string
  readonly accessKeyId?: string | undefined
  readonly creationDate?: string | undefined
  readonly mfa?: boolean | undefined
  readonly account?: string | undefined
}): Block => {
  const account = who.account ?? ACCOUNT
  return {
    type: "IAMUser",
    principalId: who.principalId,
    arn: `arn:aws:iam::${account}:user/${who.userName}`,
    accountId: account,
    ...(who.accessKeyId === undefined ? {} : { accessKeyId: who.accessKeyId }),
    userName: who.userName,
    ...(who.creationDate === undefined
      ? {}
      : { sessionContext: { attributes: attributes(who.creationDate, who.mfa ?? false) } }),
  }
}

/** The account's root user; with `creationDate`, signed in. */
export const root = (
  who: {
    readonly accessKeyId?: string | undefined
    readonly creationDate?: string | undefined
    readonly mfa?: boolean | undefined
    readonly account?: string | undefined
  } = {},
): Block => {
  const account = who.account ?? ACCOUNT
  return {
    type: "Root",
    principalId: account,
    arn: `arn:aws:iam::${account}:root`,
    accountId: account,
    ...(who.accessKeyId === undefined ? {} : { accessKeyId: who.accessKeyId }),
    ...(who.creationDate === undefined
      ? {}
      : { sessionContext: { attributes: attributes(who.creationDate, who.mfa ?? false) } }),
  }
}

/** An AWS service calling on the account's behalf (EventBridge, Step Functions…). */
export const awsService = (invokedBy: string): Block => ({ type: "AWSService", invokedBy })
