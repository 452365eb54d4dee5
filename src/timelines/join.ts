import { member, memberAt } from "../codec/read"
import { MEDIACONVERT_EVENT_SOURCE } from "../mediaconvert/event"
import { jobIdFrom } from "../mediaconvert/job-id"
import { JOB_STATE_CHANGE, type JobStateChange } from "../mediaconvert/job-state"
import {
  byStateOrder,
  type CallRecord,
  callTime,
  type Gathered,
  type GatheredCall,
  type GatheredState,
  rankOf,
  rejectionOf,
  stateTime,
  submissionOf,
  timelineOf,
} from "./finish"
import type {
  JobSubmission,
  JobTimeline,
  JobTimelineInput,
  JobTimelines,
  RejectedSubmission,
} from "./timeline"
import { isFinalJobStatus } from "./timeline"

/**
 * How a {@link JobTimelineJoin} decides that a job is over: a job whose last state is final is
 * released once its CreateJob is known, or, failing that, once events `graceMs` later than its
 * final state have been seen (CloudTrail delivers records minutes after MediaConvert sends its
 * events). 20 minutes by default.
 *
 * @example
 * import type { JobTimelineJoinOptions } from "mediaconvert-cloudtrail"
 * const options: JobTimelineJoinOptions = { graceMs: 30 * 60 * 1000 }
 * @category Job timelines
 * @since 0.2.0
 */
export interface JobTimelineJoinOptions {
  readonly graceMs?: number
}

const DEFAULT_GRACE_MS = 20 * 60 * 1000

/** What an input is: a record of a MediaConvert call, a job-state event, or nothing to read. */
const readInput = (item: unknown): { record?: CallRecord; state?: JobStateChange } => {
  const tag = member(item, "_tag")
  if (tag === "record") return readInput(member(item, "record"))
  if (tag === "jobState") return readInput(member(item, "event"))
  if (tag !== undefined) return {}
  if (member(item, "detail-type") === JOB_STATE_CHANGE) return { state: item as JobStateChange }
  if (member(item, "eventSource") === MEDIACONVERT_EVENT_SOURCE) return { record: item as CallRecord }
  return {}
}

/**
 * The incremental form of {@link jobTimelines}, for streams: `add` each result or event as it
 * arrives, read `timelines()` at any time, and call `release()` to take the finished jobs out
 * (with the rejected CreateJob calls seen since the last release), so that memory stays in
 * proportion to the jobs still open. A job's events may arrive in any order and more than
 * once. Events for a job that was already released start a new, partial timeline: pick a
 * `graceMs` longer than your delivery delays. Never throws.
 *
 * @example
 * import { JobTimelineJoin, mediaConvertEventsFrom } from "mediaconvert-cloudtrail"
 * const join = new JobTimelineJoin({ graceMs: 30 * 60 * 1000 })
 * export const handler = async (event: unknown) => {
 *   for (const result of mediaConvertEventsFrom(event).results) join.add(result)
 *   for (const job of join.release().jobs) console.log(job.jobId, job.status, job.durationMs)
 * }
 * @category Job timelines
 * @since 0.2.0
 */
export class JobTimelineJoin {
  readonly #open = new Map<string, Gathered>()
  // Keyed by event id: a second delivery of the same call counts once.
  #rejected = new Map<string, RejectedSubmission>()
  #withoutJobId = new Map<string, JobSubmission>()
  #latest = Number.NEGATIVE_INFINITY
  readonly #graceMs: number

  constructor(options: JobTimelineJoinOptions = {}) {
    const grace = options.graceMs
    this.#graceMs = typeof grace === "number" && grace >= 0 ? grace : DEFAULT_GRACE_MS
  }

  /** How many jobs are held. */
  get open(): number {
    return this.#open.size
  }

  /** Takes one result of the one-step readers, MediaConvert record or job-state event; anything else is ignored. */
  add(item: JobTimelineInput): void {
    try {
      const { record, state } = readInput(item)
      if (state !== undefined) this.#addState(state)
      else if (record !== undefined) this.#addRecord(record)
    } catch {
      // An exotic value (a proxy whose reads throw) adds nothing.
    }
  }

  /** Takes each item of an iterable, in order. */
  addAll(items: Iterable<JobTimelineInput>): void {
    try {
      for (const item of items) this.add(item)
    } catch {
      // An iterable that throws ends here; what it gave before is kept.
    }
  }

  #gathered(jobId: string): Gathered {
    let gathered = this.#open.get(jobId)
    if (gathered === undefined) {
      gathered = { jobId, states: [], calls: [] }
      this.#open.set(jobId, gathered)
    }
    return gathered
  }

  #seen(at: number): void {
    if (at > this.#latest) this.#latest = at
  }

  #addState(event: JobStateChange): void {
    const jobId = memberAt(event, "detail", "jobId")
    if (typeof jobId !== "string") return
    const at = stateTime(event)
    const status = memberAt(event, "detail", "status")
    const id = member(event, "id")
    const key = typeof id === "string" ? id : `${String(status)}@${at}`
    this.#gathered(jobId).states.push({ event, at, key, rank: rankOf(status) })
    this.#seen(at)
  }

  #addRecord(record: CallRecord): void {
    const at = callTime(record)
    const eventId = member(record, "eventID")
    const call: GatheredCall = { record, at, key: typeof eventId === "string" ? eventId : `@${at}` }
    this.#seen(at)
    const jobId = jobIdFrom(record)
    if (member(record, "eventName") === "CreateJob") {
      const errorCode = member(record, "errorCode")
      if (typeof errorCode === "string" && jobId._tag === "None") {
        if (!this.#rejected.has(call.key)) this.#rejected.set(call.key, rejectionOf(call, errorCode))
        return
      }
      if (jobId._tag === "None") {
        if (!this.#withoutJobId.has(call.key)) this.#withoutJobId.set(call.key, submissionOf(call))
        return
      }
      const gathered = this.#gathered(jobId.value)
      const create = gathered.create
      // The earliest record wins, so that a second delivery of the same call changes nothing.
      if (create === undefined || call.at < create.at || (call.at === create.at && call.key < create.key))
        gathered.create = call
      return
    }
    if (jobId._tag === "Some") this.#gathered(jobId.value).calls.push(call)
  }

  /** Whether a job is over: its last state is final, and its CreateJob is known or the grace has passed. */
  #isDone(gathered: Gathered): boolean {
    let last: GatheredState | undefined
    for (const state of gathered.states)
      if (last === undefined || byStateOrder(state, last) >= 0) last = state
    if (last === undefined || !isFinalJobStatus(last.event.detail.status)) return false
    return gathered.create !== undefined || this.#latest - last.at >= this.#graceMs
  }

  /** Every timeline held so far, finished or not, with the rejected calls not yet released. Nothing is released. */
  timelines(): JobTimelines {
    return {
      jobs: ordered([...this.#open.values()].map(timelineOf)),
      rejected: [...this.#rejected.values()].sort(byAt),
      withoutJobId: [...this.#withoutJobId.values()].sort(byAt),
    }
  }

  /** Takes out the finished jobs, and the rejected CreateJob calls seen since the last release. */
  release(): JobTimelines {
    const done: JobTimeline[] = []
    for (const [jobId, gathered] of this.#open)
      if (this.#isDone(gathered)) {
        done.push(timelineOf(gathered))
        this.#open.delete(jobId)
      }
    const released = {
      jobs: ordered(done),
      rejected: [...this.#rejected.values()].sort(byAt),
      withoutJobId: [...this.#withoutJobId.values()].sort(byAt),
    }
    this.#rejected.clear()
    this.#withoutJobId.clear()
    return released
  }
}

const byAt = (a: { at: number; eventId?: string }, b: { at: number; eventId?: string }): number =>
  (Number.isNaN(a.at) ? Number.POSITIVE_INFINITY : a.at) -
    (Number.isNaN(b.at) ? Number.POSITIVE_INFINITY : b.at) ||
  ((a.eventId ?? "") < (b.eventId ?? "") ? -1 : (a.eventId ?? "") > (b.eventId ?? "") ? 1 : 0)

/** When a job was first seen: its submission, else its first state. */
const startOf = (job: JobTimeline): number => {
  const first = job.submitted?.at ?? (job.states[0] === undefined ? Number.NaN : stateTime(job.states[0]))
  return Number.isNaN(first) ? Number.POSITIVE_INFINITY : first
}

const ordered = (jobs: JobTimeline[]): JobTimeline[] => {
  const keyed = jobs.map((job) => ({ job, start: startOf(job) }))
  keyed.sort(
    (a, b) => a.start - b.start || (a.job.jobId < b.job.jobId ? -1 : a.job.jobId > b.job.jobId ? 1 : 0),
  )
  return keyed.map((entry) => entry.job)
}

/**
 * Joins what MediaConvert's two sources say about each job: the CloudTrail records of calls on
 * it (who submitted it, who cancelled it, the other calls) and MediaConvert's job-state events
 * (what became of it). Takes what the one-step readers give (`record` and `jobState` results;
 * others are ignored) or decoded records and events, in any order, from one read or many, and
 * gives one {@link JobTimeline} per job id. Each event id counts once (EventBridge and
 * CloudTrail deliver at least once); shuffling the input never changes the answer. A job whose
 * CreateJob is not among the input has no `submitted`; a rejected CreateJob is reported apart.
 * For streams, {@link JobTimelineJoin} does the same step by step. Never throws.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/mediaconvert_event_list.html
 * @example
 * import { jobTimelines, mediaConvertEventsFrom } from "mediaconvert-cloudtrail"
 * declare const trail: unknown, events: unknown
 * const { jobs, rejected } = jobTimelines([...mediaConvertEventsFrom(trail).results, ...mediaConvertEventsFrom(events).results])
 * for (const job of jobs)
 *   if (job.error) console.log(job.jobId, job.error.code, job.submitted?.identity.principal ?? "(CreateJob not in this window)")
 * console.log(rejected.length)
 * @category Job timelines
 * @since 0.2.0
 */
export const jobTimelines = (items: Iterable<JobTimelineInput>): JobTimelines => {
  const join = new JobTimelineJoin()
  join.addAll(items)
  return join.timelines()
}
