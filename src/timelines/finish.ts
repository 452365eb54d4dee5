// From what was gathered about one job to its timeline. Internal: join.ts gathers, this builds.
// Everything here reads decoded values with the never-throwing readers, and orders by keys
// taken from the values themselves, so the same events in any order give the same timeline.
import { member, memberAt, stringMember } from "../codec/read"
import { identityOf } from "../identity/identity-of"
import type { MediaConvertEvent } from "../mediaconvert/event"
import type { JobStateChange } from "../mediaconvert/job-state"
import { destinationsOf, roleOf } from "../mediaconvert/jobs"
import { jobTemplateOf, queueOf } from "../mediaconvert/references"
import { originOf } from "../origin/origin-of"
import type { CloudTrailRecord } from "../record/record"
import {
  isFinalJobStatus,
  type JobCall,
  type JobOutput,
  type JobSubmission,
  type JobTimeline,
  type JobTimelineStatus,
  type JobWarning,
  type RejectedSubmission,
} from "./timeline"

/** A CloudTrail record about a job, as gathered. */
export type CallRecord = MediaConvertEvent | CloudTrailRecord

/** A job-state event as gathered: the event, its time and the key that makes it unique. */
export interface GatheredState {
  readonly event: JobStateChange
  readonly at: number
  readonly key: string
  readonly rank: number
}

/** A call as gathered: the record, its time and its key. */
export interface GatheredCall {
  readonly record: CallRecord
  readonly at: number
  readonly key: string
}

/** Everything gathered about one job. */
export interface Gathered {
  readonly jobId: string
  readonly states: GatheredState[]
  readonly calls: GatheredCall[]
  create?: GatheredCall
}

/** Where a state sorts among states of the same time: the order a job usually meets them, final ones last. */
const ranks: Readonly<Record<string, number>> = {
  QUEUE_HOP: 1,
  PROGRESSING: 2,
  INPUT_INFORMATION: 3,
  STATUS_UPDATE: 4,
  NEW_WARNING: 5,
  COMPLETE: 7,
  CANCELED: 7,
  ERROR: 7,
}

/** The rank of a status; an unlisted one sorts between warnings and final states. */
export const rankOf = (status: unknown): number => (typeof status === "string" ? (ranks[status] ?? 6) : 6)

/** A state's time: `detail.timestamp` (milliseconds), else the envelope's `time`; NaN if neither. */
export const stateTime = (event: JobStateChange): number => {
  const timestamp = memberAt(event, "detail", "timestamp")
  if (typeof timestamp === "number" && Number.isFinite(timestamp)) return timestamp
  const time = member(event, "time")
  return typeof time === "string" ? Date.parse(time) : Number.NaN
}

/** A record's time in milliseconds, NaN if it has none. */
export const callTime = (record: CallRecord): number => {
  const time = member(record, "eventTime")
  return typeof time === "string" ? Date.parse(time) : Number.NaN
}

const timeOrder = (a: number, b: number): number =>
  (Number.isNaN(a) ? Number.POSITIVE_INFINITY : a) - (Number.isNaN(b) ? Number.POSITIVE_INFINITY : b) || 0

const keyOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const byTime = (a: GatheredCall, b: GatheredCall): number => timeOrder(a.at, b.at) || keyOrder(a.key, b.key)

/** The order of states: by time (none last), then as a job meets them, then by key. */
export const byStateOrder = (a: GatheredState, b: GatheredState): number =>
  timeOrder(a.at, b.at) || a.rank - b.rank || keyOrder(a.key, b.key)

/** Sorts in place and keeps the first of each key. */
const once = <A extends { key: string }>(items: A[], order: (a: A, b: A) => number): A[] => {
  items.sort(order)
  if (items.length < 2) return items
  const seen = new Set<string>()
  const kept: A[] = []
  for (const item of items) {
    if (seen.has(item.key)) continue
    seen.add(item.key)
    kept.push(item)
  }
  return kept
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

/** Every preset the outputs of a CreateJob name, once each, in order. */
const presetsOf = (record: CallRecord): string[] => {
  const found: string[] = []
  for (const settings of [
    memberAt(record, "requestParameters", "settings"),
    memberAt(record, "responseElements", "job", "settings"),
  ]) {
    const groups = member(settings, "outputGroups")
    if (!Array.isArray(groups)) continue
    for (const group of groups) {
      const outputs = member(group, "outputs")
      if (!Array.isArray(outputs)) continue
      for (const output of outputs) {
        const preset = stringMember(output, "preset")
        if (preset !== undefined && preset !== "" && !found.includes(preset)) found.push(preset)
      }
    }
    if (found.length > 0) break
  }
  return found
}

/** What a CreateJob record says of the submission. */
export const submissionOf = (call: GatheredCall): JobSubmission => {
  const record = call.record
  const queue = queueOf(record)
  const role = roleOf(record)
  const template = jobTemplateOf(record)
  const submission: Mutable<JobSubmission> = {
    at: call.at,
    identity: identityOf(record),
    origin: originOf(record),
    presets: presetsOf(record),
    destinations: destinationsOf(record),
    record,
  }
  const eventId = stringMember(record, "eventID")
  if (eventId !== undefined) submission.eventId = eventId
  if (queue._tag === "Some") submission.queue = queue.value.given
  if (role._tag === "Some") submission.role = role.value
  if (template._tag === "Some") submission.jobTemplate = template.value.given
  return submission
}

/** A CreateJob record with an errorCode. */
export const rejectionOf = (call: GatheredCall, errorCode: string): RejectedSubmission => ({
  at: call.at,
  ...optional("eventId", stringMember(call.record, "eventID")),
  identity: identityOf(call.record),
  origin: originOf(call.record),
  errorCode,
  ...optional("errorMessage", stringMember(call.record, "errorMessage")),
  record: call.record,
})

/** The files and playlists the final state's output groups name, once each. */
const outputsOf = (final: GatheredState | undefined): JobOutput[] => {
  const outputs: JobOutput[] = []
  if (final === undefined) return outputs
  const seen = new Set<string>()
  const add = (kind: JobOutput["kind"], path: unknown, groupType: string | undefined) => {
    if (typeof path !== "string" || seen.has(`${kind} ${path}`)) return
    seen.add(`${kind} ${path}`)
    outputs.push({ kind, path, ...optional("groupType", groupType) })
  }
  {
    const groups = memberAt(final.event, "detail", "outputGroupDetails")
    if (!Array.isArray(groups)) return outputs
    for (const group of groups) {
      const groupType = stringMember(group, "type")
      const details = member(group, "outputDetails")
      if (Array.isArray(details))
        for (const detail of details) {
          const paths = member(detail, "outputFilePaths")
          if (Array.isArray(paths)) for (const path of paths) add("file", path, groupType)
        }
      const playlists = member(group, "playlistFilePaths")
      if (Array.isArray(playlists)) for (const path of playlists) add("playlist", path, groupType)
    }
  }
  return outputs
}

/** NEW_WARNING events, then the counts of the last final state. */
const warningsOf = (states: ReadonlyArray<GatheredState>, final: GatheredState | undefined): JobWarning[] => {
  const warnings: JobWarning[] = []
  for (const { event, at } of states) {
    const detail = event.detail
    if (detail.status !== "NEW_WARNING") continue
    warnings.push({
      code: detail.warningCode,
      ...optional("message", detail.warningMessage),
      ...optional("at", Number.isNaN(at) ? undefined : at),
    })
  }
  const counted = memberAt(final?.event, "detail", "warnings")
  if (Array.isArray(counted))
    for (const warning of counted) {
      const code = member(warning, "code")
      const count = member(warning, "count")
      if (typeof code === "number" || typeof code === "string")
        warnings.push({ code, ...optional("count", typeof count === "number" ? count : undefined) })
    }
  return warnings
}

/** Builds one job's timeline from what was gathered. */
export const timelineOf = (gathered: Gathered): JobTimeline => {
  const states = once(gathered.states, byStateOrder)
  const calls = once(gathered.calls, byTime)
  const submitted = gathered.create === undefined ? undefined : submissionOf(gathered.create)
  const last = states[states.length - 1]
  let final: GatheredState | undefined
  let error: GatheredState | undefined
  for (const state of states) {
    const status = state.event.detail.status
    if (isFinalJobStatus(status)) final = state
    if (status === "ERROR") error = state
  }
  const timeline: Mutable<JobTimeline> = {
    jobId: gathered.jobId,
    states: states.map((state) => state.event),
    finished: last !== undefined && isFinalJobStatus(last.event.detail.status),
    warnings: warningsOf(states, final),
    outputs: outputsOf(final),
    calls: calls.map(callOf),
  }
  // Members that may be absent are set only when present (exactOptionalPropertyTypes), and
  // assigned rather than spread: this runs once per job, a hundred thousand times a night.
  const status = last?.event.detail.status ?? (submitted === undefined ? undefined : "SUBMITTED")
  if (status !== undefined) timeline.status = status
  if (submitted !== undefined) {
    timeline.submitted = submitted
    if (final !== undefined && !Number.isNaN(submitted.at) && !Number.isNaN(final.at))
      timeline.durationMs = final.at - submitted.at
  }
  const errorDetail = error?.event.detail
  if (error !== undefined && errorDetail?.status === "ERROR")
    timeline.error =
      errorDetail.errorMessage === undefined
        ? { code: errorDetail.errorCode, at: error.at }
        : { code: errorDetail.errorCode, message: errorDetail.errorMessage, at: error.at }
  for (const call of calls)
    if (member(call.record, "eventName") === "CancelJob" && member(call.record, "errorCode") === undefined) {
      const eventId = stringMember(call.record, "eventID")
      const identity = identityOf(call.record)
      timeline.cancelled =
        eventId === undefined ? { at: call.at, identity } : { at: call.at, identity, eventId }
      break
    }
  return timeline
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A call on the job, as the timeline lists it. */
const callOf = (call: GatheredCall): JobCall => {
  const found: Mutable<JobCall> = {
    eventName: String(member(call.record, "eventName")),
    at: call.at,
    identity: identityOf(call.record),
    record: call.record,
  }
  const eventId = stringMember(call.record, "eventID")
  if (eventId !== undefined) found.eventId = eventId
  const errorCode = stringMember(call.record, "errorCode")
  if (errorCode !== undefined) found.errorCode = errorCode
  return found
}
