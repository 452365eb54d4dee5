import * as t from "io-ts"
import { JsonObjectCodec } from "../codec/json"
import { list, openEnum, redactable, StringMapCodec, TimestampCodec } from "../codec/primitives"
import { struct } from "../codec/struct"

// Hand-written shapes for the four operations of the AWS example page. Member names are the
// API's JSON names (lower camel case). Every member is optional: CloudTrail logs what it
// chooses, and fields appeared over the years (see docs/quirks.md#fields-over-time).

/** @internal */
export const AccelerationSettings = struct(
  "AccelerationSettings",
  {},
  { mode: openEnum("AccelerationMode", ["DISABLED", "ENABLED", "PREFERRED"]) },
)

/** @internal */
export const HopDestination = struct(
  "HopDestination",
  {},
  { priority: t.number, queue: t.string, waitMinutes: t.number },
)

/** @internal */
export const StatusUpdateInterval = openEnum("StatusUpdateInterval", [
  "SECONDS_10",
  "SECONDS_12",
  "SECONDS_15",
  "SECONDS_20",
  "SECONDS_30",
  "SECONDS_60",
  "SECONDS_120",
  "SECONDS_180",
  "SECONDS_240",
  "SECONDS_300",
  "SECONDS_360",
  "SECONDS_420",
  "SECONDS_480",
  "SECONDS_540",
  "SECONDS_600",
])

/** @internal */
export const BillingTagsSource = openEnum("BillingTagsSource", ["QUEUE", "PRESET", "JOB_TEMPLATE", "JOB"])

/** @internal */
export const SimulateReservedQueue = openEnum("SimulateReservedQueue", ["DISABLED", "ENABLED"])

/** Job settings stay an open JSON object here; the generated codecs type them to the leaf. */
const Settings = redactable(JsonObjectCodec)

/** @internal */
export const ElementalInferenceSettings = redactable(JsonObjectCodec)

/** @internal */
export const Job = struct(
  "Job",
  {},
  {
    accelerationSettings: AccelerationSettings,
    accelerationStatus: openEnum("AccelerationStatus", [
      "NOT_APPLICABLE",
      "IN_PROGRESS",
      "ACCELERATED",
      "NOT_ACCELERATED",
    ]),
    arn: t.string,
    billingTagsSource: BillingTagsSource,
    clientRequestToken: t.string,
    createdAt: TimestampCodec,
    currentPhase: openEnum("JobPhase", ["PROBING", "TRANSCODING", "UPLOADING"]),
    elementalInferenceConfiguration: redactable(JsonObjectCodec),
    elementalInferenceSettings: ElementalInferenceSettings,
    errorCode: t.number,
    errorMessage: t.string,
    hopDestinations: list(HopDestination),
    id: t.string,
    jobEngineVersionRequested: t.string,
    jobEngineVersionUsed: t.string,
    jobPercentComplete: t.number,
    jobTemplate: t.string,
    lastShareDetails: t.string,
    messages: struct("JobMessages", {}, { info: list(t.string), warning: list(t.string) }),
    outputGroupDetails: list(JsonObjectCodec),
    priority: t.number,
    queue: t.string,
    queueTransitions: list(
      struct(
        "QueueTransition",
        {},
        { destinationQueue: t.string, sourceQueue: t.string, timestamp: TimestampCodec },
      ),
    ),
    retryCount: t.number,
    role: t.string,
    settings: Settings,
    shareStatus: openEnum("ShareStatus", ["NOT_SHARED", "INITIATED", "SHARED"]),
    simulateReservedQueue: SimulateReservedQueue,
    status: openEnum("JobStatus", ["SUBMITTED", "PROGRESSING", "COMPLETE", "CANCELED", "ERROR"]),
    statusUpdateInterval: StatusUpdateInterval,
    timing: struct(
      "Timing",
      {},
      { finishTime: TimestampCodec, startTime: TimestampCodec, submitTime: TimestampCodec },
    ),
    userMetadata: StringMapCodec,
    warnings: list(struct("WarningGroup", {}, { code: t.number, count: t.number })),
  },
)

const Commitment = openEnum("Commitment", ["ONE_YEAR"])
const RenewalType = openEnum("RenewalType", ["AUTO_RENEW", "EXPIRE"])

/** @internal */
export const ReservationPlanSettings = struct(
  "ReservationPlanSettings",
  {},
  { commitment: Commitment, renewalType: RenewalType, reservedSlots: t.number },
)

/** @internal */
export const PricingPlan = openEnum("PricingPlan", ["ON_DEMAND", "RESERVED"])
/** @internal */
export const QueueStatus = openEnum("QueueStatus", ["ACTIVE", "PAUSED"])

/** @internal */
export const Queue = struct(
  "Queue",
  {},
  {
    arn: t.string,
    concurrentJobs: t.number,
    createdAt: TimestampCodec,
    description: t.string,
    lastUpdated: TimestampCodec,
    maximumConcurrentFeeds: t.number,
    name: t.string,
    pricingPlan: PricingPlan,
    progressingJobsCount: t.number,
    reservationPlan: struct(
      "ReservationPlan",
      {},
      {
        commitment: Commitment,
        expiresAt: TimestampCodec,
        purchasedAt: TimestampCodec,
        renewalType: RenewalType,
        reservedSlots: t.number,
        status: openEnum("ReservationPlanStatus", ["ACTIVE", "EXPIRED"]),
      },
    ),
    serviceOverrides: list(
      struct(
        "ServiceOverride",
        {},
        { message: t.string, name: t.string, overrideValue: t.string, value: t.string },
      ),
    ),
    status: QueueStatus,
    submittedJobsCount: t.number,
    type: openEnum("Type", ["CUSTOM", "SYSTEM"]),
  },
)
