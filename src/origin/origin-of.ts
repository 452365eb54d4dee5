import { booleanOf } from "../codec/primitives"
import { member, memberAt, stringMember } from "../codec/read"
import type { ApiCallRecord } from "../record/record"

/**
 * How a request reached AWS: from the web console, from another AWS service, from inside
 * AWS (`AWS Internal`), from a program (SDK, CLI, scripts), or `unknown` when the record
 * carries no signal at all (Insights records). The rules, in the order they apply, are in
 * [Identity and origin](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/identity.html#the-channel).
 *
 * @example
 * import type { Channel } from "mediaconvert-cloudtrail"
 * const channel: Channel = "console"
 * @category Who and from where
 * @since 0.1.0
 */
export type Channel = "console" | "aws-service" | "aws-internal" | "programmatic" | "unknown"

/**
 * Where a request came from. Which members are the caller's claims and which AWS sets is in
 * [Identity and origin](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/identity.html#claims-and-evidence).
 *
 * @example
 * import type { Origin } from "mediaconvert-cloudtrail"
 * const origin: Origin = { channel: "programmatic", sourceIPAddress: "203.0.113.7", sourceIsIpAddress: true }
 * @category Who and from where
 * @since 0.1.0
 */
export interface Origin {
  readonly channel: Channel
  /** `sourceIPAddress` as given: an address, a service host name or `AWS Internal`. */
  readonly sourceIPAddress?: string
  /** Whether `sourceIPAddress` is an IPv4 or IPv6 address (and not a service name). */
  readonly sourceIsIpAddress: boolean
  /** `awsRegion` as given; absent where the record has none (trimmed records), as in the envelope. */
  readonly awsRegion?: string
  /** `userAgent` as given: the caller sets it, so it is a claim, not evidence. */
  readonly userAgent?: string
  /** The AWS service that made the call for the principal (`userIdentity.invokedBy`). */
  readonly invokedBy?: string
  /** The VPC endpoint the request went through. */
  readonly vpcEndpointId?: string
  readonly vpcEndpointAccountId?: string
  /** The endpoint host the client asked for (`tlsDetails.clientProvidedHostHeader`). */
  readonly endpointHost?: string
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const hexGroup = /^[0-9A-Fa-f]{1,4}$/

const isIpv6 = (value: string): boolean => {
  const halves = value.split("::")
  if (halves.length > 2) return false
  const groups = halves.flatMap((half) => (half === "" ? [] : half.split(":")))
  let count = 0
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as string
    if (i === groups.length - 1 && ipv4.test(group)) count += 2
    else if (hexGroup.test(group)) count += 1
    else return false
  }
  return halves.length === 2 ? count < 8 : count === 8
}

/**
 * Whether a string is an IPv4 or IPv6 address. CloudTrail puts service names and
 * `AWS Internal` in `sourceIPAddress` too, and AWS's own examples hold invalid addresses
 * such as `203.0.113.0.186`; none of those count.
 *
 * @example
 * import { isIpAddress } from "mediaconvert-cloudtrail"
 * isIpAddress("203.0.113.100") // true
 * isIpAddress("2001:db8::1") // true
 * isIpAddress("cloudfront.amazonaws.com") // false
 * @category Who and from where
 * @since 0.1.0
 */
export const isIpAddress = (value: string): boolean =>
  typeof value === "string" && (ipv4.test(value) || (value.includes(":") && isIpv6(value)))

const consoleHosts = new Set(["signin.amazonaws.com", "console.amazonaws.com"])
const serviceHost = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/
const isInternal = (value: string | undefined): boolean => value?.startsWith("AWS Internal") === true

const channelOf = (
  sourceIPAddress: string | undefined,
  userAgent: string | undefined,
  invokedBy: string | undefined,
  fromConsole: boolean,
  identityType: unknown,
): Channel => {
  // A service acting for the principal (forward access sessions, service roles) — unless the
  // "service" is the sign-in host, which old console events name there (docs/quirks.md#console).
  if (invokedBy !== undefined && !consoleHosts.has(invokedBy)) {
    return isInternal(invokedBy) ? "aws-internal" : "aws-service"
  }
  if (
    fromConsole ||
    (invokedBy !== undefined && consoleHosts.has(invokedBy)) ||
    (userAgent !== undefined && (consoleHosts.has(userAgent) || userAgent.startsWith("Mozilla/"))) ||
    (sourceIPAddress !== undefined && consoleHosts.has(sourceIPAddress))
  ) {
    return "console"
  }
  if (isInternal(sourceIPAddress) || isInternal(userAgent)) return "aws-internal"
  if (
    identityType === "AWSService" ||
    (sourceIPAddress !== undefined && serviceHost.test(sourceIPAddress)) ||
    (userAgent !== undefined && serviceHost.test(userAgent))
  ) {
    return "aws-service"
  }
  if (userAgent !== undefined || sourceIPAddress !== undefined) return "programmatic"
  return "unknown"
}

/**
 * The members of a record {@link originOf} reads: every record has them (all optional but `eventTime`).
 *
 * @example
 * import type { OriginFields } from "mediaconvert-cloudtrail"
 * const fields: OriginFields = { eventTime: "2024-04-04T17:45:26Z", sourceIPAddress: "203.0.113.7" }
 * @category Who and from where
 * @since 0.2.0
 */
export type OriginFields = Pick<
  ApiCallRecord,
  | "eventTime"
  | "sourceIPAddress"
  | "userAgent"
  | "awsRegion"
  | "userIdentity"
  | "sessionCredentialFromConsole"
  | "vpcEndpointId"
  | "vpcEndpointAccountId"
  | "tlsDetails"
>

/**
 * Answers where a request came from: the source address, region and user agent as given,
 * and the channel they point to. Reads only; never throws, whatever it is given.
 *
 * A service named in `invokedBy` decides first (`aws-internal` when it is `AWS Internal`); the
 * sign-in host there is the console, not a service. Then the console:
 * `sessionCredentialFromConsole` is `"true"` (or `true`), or the user agent is a browser's or
 * the sign-in host. Then `AWS Internal` as source or agent, then a service host as source or
 * agent (or an `AWSService` identity), then `programmatic` when there is an agent or a source.
 * The user agent is the caller's claim, not evidence; see [Identity and origin](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/identity.html).
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @example
 * import { decodeRecord, originOf } from "mediaconvert-cloudtrail"
 * const result = decodeRecord({ eventVersion: "1.08", eventTime: "2023-08-26T20:47:19Z", awsRegion: "us-east-1", eventType: "AwsApiCall", eventSource: "mediaconvert.amazonaws.com", eventName: "ListPresets", userIdentity: { type: "IAMUser" }, sourceIPAddress: "84.32.71.28", userAgent: "aws-sdk-go-v2/1.3.2" })
 * if (result._tag === "Right") console.log(originOf(result.right).channel) // "programmatic"
 * @category Who and from where
 * @since 0.1.0
 */
export const originOf = (record: OriginFields): Origin => {
  const sourceIPAddress = stringMember(record, "sourceIPAddress")
  const userAgent = stringMember(record, "userAgent")
  const awsRegion = stringMember(record, "awsRegion")
  const identity = member(record, "userIdentity")
  const invokedBy = stringMember(identity, "invokedBy")
  // "true" from CloudTrail, true from tools that re-serialise records (docs/quirks.md#booleans).
  const fromConsole = booleanOf(member(record, "sessionCredentialFromConsole")) === true
  const vpcEndpointId = stringMember(record, "vpcEndpointId")
  const vpcEndpointAccountId = stringMember(record, "vpcEndpointAccountId")
  const host = memberAt(record, "tlsDetails", "clientProvidedHostHeader")
  // Built member by member, in the order the type lists them (spreading conditional objects
  // cost several times as much, once a record).
  // sourceIsIpAddress, which the type requires, is set below in its turn.
  const origin = {
    channel: channelOf(sourceIPAddress, userAgent, invokedBy, fromConsole, member(identity, "type")),
  } as { -readonly [K in keyof Origin]: Origin[K] }
  if (sourceIPAddress !== undefined) origin.sourceIPAddress = sourceIPAddress
  origin.sourceIsIpAddress = sourceIPAddress !== undefined && isIpAddress(sourceIPAddress)
  if (awsRegion !== undefined) origin.awsRegion = awsRegion
  if (userAgent !== undefined) origin.userAgent = userAgent
  if (invokedBy !== undefined) origin.invokedBy = invokedBy
  if (vpcEndpointId !== undefined) origin.vpcEndpointId = vpcEndpointId
  if (vpcEndpointAccountId !== undefined) origin.vpcEndpointAccountId = vpcEndpointAccountId
  if (typeof host === "string") origin.endpointHost = host
  return origin
}
