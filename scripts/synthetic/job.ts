// A MediaConvert job as CreateJob's response returns it, just submitted: the same members in the
// same order in the fixtures, the benchmark's corpus and the sample trail.
import { optional } from "./optional"

/** A submitted job; `createdAt` (seconds) is also its submit time. */
export const submittedJob = (job: {
  readonly arn: string
  readonly id: string
  readonly createdAt: number
  readonly queue: string
  readonly role: string
  readonly settings: unknown
  readonly billingTagsSource?: string | undefined
  readonly priority?: number | undefined
  readonly clientRequestToken?: string | undefined
  readonly userMetadata: { [key: string]: string }
}): { [key: string]: unknown } => ({
  arn: job.arn,
  id: job.id,
  createdAt: job.createdAt,
  queue: job.queue,
  role: job.role,
  settings: job.settings,
  status: "SUBMITTED",
  timing: { submitTime: job.createdAt },
  ...optional("billingTagsSource", job.billingTagsSource),
  accelerationSettings: { mode: "DISABLED" },
  statusUpdateInterval: "SECONDS_60",
  priority: job.priority ?? 0,
  accelerationStatus: "NOT_APPLICABLE",
  messages: { info: [], warning: [] },
  ...optional("clientRequestToken", job.clientRequestToken),
  userMetadata: job.userMetadata,
})
