// The columns of `jobs`: one job's life as the trail tells it.
import type { JobTimeline } from "../timelines/timeline"
import type { Column, ColumnSet } from "./columns"
import { shortName } from "./facts"

/** What the records say of one job. */
export interface JobLife {
  created?: {
    time: string
    by: string
    role?: string
    queue?: string
    template?: string
    from: string
    region?: string
    account?: string
    accessKey?: string
    inputs: ReadonlyArray<string>
    destinations: ReadonlyArray<string>
    buckets: ReadonlyArray<string>
  }
  cancelled?: { time: string; by: string }
  looks: number
  first: number
  /** Whether one of its calls passed the filters (all but --bucket). */
  passed: boolean
  /** The library's join of its calls and its job-state events, when any state event was read. */
  timeline?: JobTimeline
}

export interface JobRow {
  readonly id: string
  readonly life: JobLife
}

const or = (value: string | undefined): string | null => value ?? null

const columns: ReadonlyArray<Column<JobRow>> = [
  { id: "job", header: "Job", about: "the job id", value: (row) => row.id, keep: true },
  {
    id: "created",
    header: "Created",
    about: "when CreateJob ran (empty: not in these records)",
    value: (row) => or(row.life.created?.time),
    cell: (row) => row.life.created?.time ?? "(not in these records)",
  },
  {
    id: "createdBy",
    header: "Created by",
    about: "who called CreateJob",
    value: (row) => or(row.life.created?.by),
  },
  {
    id: "role",
    header: "Role",
    about: "the IAM role passed (the table shows its name)",
    value: (row) => or(row.life.created?.role),
    cell: (row) => (row.life.created?.role !== undefined ? shortName(row.life.created.role) : ""),
  },
  {
    id: "queue",
    header: "Queue",
    about: "the queue (the table shows its name)",
    value: (row) => or(row.life.created?.queue),
    cell: (row) => (row.life.created?.queue !== undefined ? shortName(row.life.created.queue) : ""),
  },
  {
    id: "template",
    header: "Template",
    about: "the job template",
    value: (row) => or(row.life.created?.template),
  },
  {
    id: "from",
    header: "From",
    about: "the channel and source address of CreateJob",
    value: (row) => or(row.life.created?.from),
  },
  {
    id: "region",
    header: "Region",
    about: "the region of CreateJob",
    value: (row) => or(row.life.created?.region),
  },
  {
    id: "account",
    header: "Account",
    about: "the creator's account",
    value: (row) => or(row.life.created?.account),
  },
  {
    id: "accessKey",
    header: "Access key",
    about: "the key CreateJob was signed with",
    value: (row) => or(row.life.created?.accessKey),
  },
  {
    id: "inputs",
    header: "Inputs",
    about: "the files the job reads",
    value: (row) => row.life.created?.inputs ?? [],
  },
  {
    id: "destinations",
    header: "Destinations",
    about: "where the job writes",
    value: (row) => row.life.created?.destinations ?? [],
  },
  {
    id: "cancelled",
    header: "Cancelled",
    about: "when CancelJob ran (the table adds by whom)",
    value: (row) => or(row.life.cancelled?.time),
    cell: (row) =>
      row.life.cancelled !== undefined ? `${row.life.cancelled.time} by ${row.life.cancelled.by}` : "no",
  },
  {
    id: "cancelledBy",
    header: "Cancelled by",
    about: "who called CancelJob",
    value: (row) => or(row.life.cancelled?.by),
  },
  {
    id: "status",
    header: "Status",
    about: "the latest job-state event's status (SUBMITTED: only the CreateJob is known)",
    value: (row) => or(row.life.timeline?.status),
  },
  {
    id: "durationMs",
    header: "Duration (ms)",
    about: "from CreateJob to the final state, in milliseconds",
    value: (row) => row.life.timeline?.durationMs ?? null,
  },
  {
    id: "error",
    header: "Error",
    about: "the ERROR event's code and message",
    value: (row) => {
      const error = row.life.timeline?.error
      return error === undefined ? null : { code: error.code, message: error.message ?? null }
    },
    cell: (row) => {
      const error = row.life.timeline?.error
      return error === undefined
        ? ""
        : `${error.code}${error.message !== undefined ? `: ${error.message}` : ""}`
    },
  },
  {
    id: "outputs",
    header: "Outputs",
    about: "the files and playlists the job wrote (from its COMPLETE event)",
    value: (row) => (row.life.timeline?.outputs ?? []).map((output) => output.path),
  },
  {
    id: "otherCalls",
    header: "Other calls",
    about: "how many other calls concern the job",
    value: (row) => row.life.looks,
  },
]

/** With job-state events, the table shows how each job ended instead of its destinations. */
export const jobStateColumns = (): ColumnSet<JobRow> => ({
  ...jobColumns,
  table: ["job", "created", "createdBy", "status", "error", "cancelled"],
  wide: ["durationMs", "destinations", "outputs", ...jobColumns.wide],
})

export const jobColumns: ColumnSet<JobRow> = {
  all: columns,
  // Five columns fit 120 without breaking a time or a job id; --wide, CSV and JSON Lines have the rest.
  table: ["job", "created", "createdBy", "destinations", "cancelled"],
  wide: ["inputs", "role", "queue", "from", "region", "accessKey", "otherCalls"],
  script: columns.map((column) => column.id),
}
