// What the commands show of a record, read with the library's own helpers.
import { member } from "../codec/read"
import { type Identity, identityOf } from "../identity/identity-of"
import { jobIdFrom } from "../mediaconvert/job-id"
import { roleOf } from "../mediaconvert/jobs"
import { queueOf } from "../mediaconvert/references"
import { originOf } from "../origin/origin-of"
import type { CloudTrailRecord } from "../record/record"
import { eventInstant } from "./times"

export interface Facts {
  readonly time: string
  /** eventTime in milliseconds since the epoch (UTC when the record gives no zone); NaN when it is no time. */
  readonly instant: number
  readonly service: string | undefined
  readonly operation: string
  readonly identity: string
  readonly identityKind: string
  readonly account: string | undefined
  readonly channel: string
  readonly sourceIPAddress: string | undefined
  readonly region: string | undefined
  readonly errorCode: string | undefined
  readonly errorMessage: string | undefined
  readonly userAgent: string | undefined
  readonly jobId: string | undefined
  readonly who: Identity
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

export const factsOf = (record: CloudTrailRecord): Facts => {
  const identity = identityOf(record)
  const origin = originOf(record)
  const job = jobIdFrom(record)
  return {
    time: record.eventTime,
    instant: eventInstant(record.eventTime),
    service: text(member(record, "eventSource")),
    operation: text(member(record, "eventName")) ?? "(none)",
    identity: identity.label,
    identityKind: identity.kind,
    account: identity.accountId ?? text(member(record, "recipientAccountId")),
    channel: origin.channel,
    sourceIPAddress: origin.sourceIPAddress,
    region: origin.awsRegion,
    errorCode: text(member(record, "errorCode")),
    errorMessage: text(member(record, "errorMessage")),
    userAgent: origin.userAgent,
    jobId: job._tag === "Some" ? job.value : undefined,
    who: identity,
  }
}

/** The role and queue of a CreateJob, from the request or the job in the response (the library's roleOf and queueOf). */
export const roleAndQueueOf = (record: CloudTrailRecord): { role?: string; queue?: string } => {
  const role = roleOf(record)
  const queue = queueOf(record)
  return {
    ...(role._tag === "Some" ? { role: role.value } : {}),
    ...(queue._tag === "Some" ? { queue: queue.value.given } : {}),
  }
}

/** The last segment of an ARN's resource (`…:role/service-role/X` → `X`, `…:queues/Default` → `Default`). */
export const shortName = (arnOrName: string): string => arnOrName.slice(arnOrName.lastIndexOf("/") + 1)

/** Counts, most first, then by name. */
export const ranked = (counts: ReadonlyMap<string, number>): [string, number][] =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

export const bump = (counts: Map<string, number>, key: string, by = 1): void => {
  counts.set(key, (counts.get(key) ?? 0) + by)
}
