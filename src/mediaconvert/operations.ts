import * as t from "io-ts"
import { JsonObjectCodec } from "../codec/json"
import { list, redactable, StringMapCodec } from "../codec/primitives"
import { struct } from "../codec/struct"
import {
  AccelerationSettings,
  BillingTagsSource,
  ElementalInferenceSettings,
  HopDestination,
  Job,
  PricingPlan,
  Queue,
  QueueStatus,
  ReservationPlanSettings,
  SimulateReservedQueue,
  StatusUpdateInterval,
} from "./shapes"

/**
 * `requestParameters` of `CreateJob`: the job as submitted (settings as an open JSON object).
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html
 * @example
 * import { CreateJobRequest } from "mediaconvert-cloudtrail"
 * CreateJobRequest.is({ role: "arn:aws:iam::111122223333:role/MediaConvert", settings: {}, priority: 0 }) // true
 * @since 0.1.0
 */
export const CreateJobRequest = struct(
  "CreateJobRequest",
  {},
  {
    accelerationSettings: AccelerationSettings,
    billingTagsSource: BillingTagsSource,
    clientRequestToken: t.string,
    elementalInferenceSettings: ElementalInferenceSettings,
    hopDestinations: list(HopDestination),
    jobEngineVersion: t.string,
    jobTemplate: t.string,
    priority: t.number,
    queue: t.string,
    role: t.string,
    settings: redactable(JsonObjectCodec),
    simulateReservedQueue: SimulateReservedQueue,
    statusUpdateInterval: StatusUpdateInterval,
    tags: StringMapCodec,
    userMetadata: StringMapCodec,
  },
)
/** @since 0.1.0 */
export interface CreateJobRequest extends t.TypeOf<typeof CreateJobRequest> {}

/**
 * `responseElements` of `CreateJob`: the job MediaConvert accepted, with its id.
 *
 * @example
 * import { CreateJobResponse } from "mediaconvert-cloudtrail"
 * CreateJobResponse.is({ job: { id: "1712252725875-defhgi", status: "SUBMITTED" } }) // true
 * @since 0.1.0
 */
export const CreateJobResponse = struct("CreateJobResponse", {}, { job: Job })
/** @since 0.1.0 */
export interface CreateJobResponse extends t.TypeOf<typeof CreateJobResponse> {}

/**
 * `requestParameters` of `CreateQueue`.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/queues.html
 * @example
 * import { CreateQueueRequest } from "mediaconvert-cloudtrail"
 * CreateQueueRequest.is({ name: "QueueName", description: "", tags: {} }) // true
 * @since 0.1.0
 */
export const CreateQueueRequest = struct(
  "CreateQueueRequest",
  {},
  {
    concurrentJobs: t.number,
    description: t.string,
    maximumConcurrentFeeds: t.number,
    name: t.string,
    pricingPlan: PricingPlan,
    reservationPlanSettings: ReservationPlanSettings,
    status: QueueStatus,
    tags: StringMapCodec,
  },
)
/** @since 0.1.0 */
export interface CreateQueueRequest extends t.TypeOf<typeof CreateQueueRequest> {}

/**
 * `responseElements` of `CreateQueue`: the queue, with its ARN.
 *
 * @example
 * import { CreateQueueResponse } from "mediaconvert-cloudtrail"
 * CreateQueueResponse.is({ queue: { name: "QueueName", status: "ACTIVE" } }) // true
 * @since 0.1.0
 */
export const CreateQueueResponse = struct("CreateQueueResponse", {}, { queue: Queue })
/** @since 0.1.0 */
export interface CreateQueueResponse extends t.TypeOf<typeof CreateQueueResponse> {}

/**
 * `requestParameters` of `DeleteQueue`: the queue name from the path. The PascalCase
 * spelling `Name` is accepted as well (see docs/quirks.md#path-members).
 *
 * @example
 * import { DeleteQueueRequest } from "mediaconvert-cloudtrail"
 * DeleteQueueRequest.is({ name: "QueueName" }) // true
 * @since 0.1.0
 */
export const DeleteQueueRequest = struct("DeleteQueueRequest", {}, { name: t.string, Name: t.string })
/** @since 0.1.0 */
export interface DeleteQueueRequest extends t.TypeOf<typeof DeleteQueueRequest> {}

/**
 * `responseElements` of `DeleteQueue`: the API returns an empty body, so CloudTrail logs `null`.
 *
 * @example
 * import { DeleteQueueResponse } from "mediaconvert-cloudtrail"
 * DeleteQueueResponse.is({}) // true
 * @since 0.1.0
 */
export const DeleteQueueResponse = struct("DeleteQueueResponse", {}, {})
/** @since 0.1.0 */
export interface DeleteQueueResponse extends t.TypeOf<typeof DeleteQueueResponse> {}

/**
 * `requestParameters` of `TagResource`. CloudTrail logs the tag map as `Tags` (capital T)
 * where the API says `tags`; both are accepted, and `tagsOf` reads either
 * (see docs/quirks.md#tags).
 *
 * @example
 * import { TagResourceRequest } from "mediaconvert-cloudtrail"
 * TagResourceRequest.is({ arn: "arn:aws:mediaconvert:eu-west-1:111122223333:queues/ExampleQueue", Tags: { CostCenter: "Example-Tag" } }) // true
 * @since 0.1.0
 */
export const TagResourceRequest = struct(
  "TagResourceRequest",
  {},
  { arn: t.string, Arn: t.string, tags: StringMapCodec, Tags: StringMapCodec },
)
/** @since 0.1.0 */
export interface TagResourceRequest extends t.TypeOf<typeof TagResourceRequest> {}

/**
 * `responseElements` of `TagResource`: empty in the API, `null` in CloudTrail.
 *
 * @example
 * import { TagResourceResponse } from "mediaconvert-cloudtrail"
 * TagResourceResponse.is({}) // true
 * @since 0.1.0
 */
export const TagResourceResponse = struct("TagResourceResponse", {}, {})
/** @since 0.1.0 */
export interface TagResourceResponse extends t.TypeOf<typeof TagResourceResponse> {}

/** @internal the payload pair of each operation this module types. */
export const operationPayloads = {
  CreateJob: { request: CreateJobRequest, response: CreateJobResponse },
  CreateQueue: { request: CreateQueueRequest, response: CreateQueueResponse },
  DeleteQueue: { request: DeleteQueueRequest, response: DeleteQueueResponse },
  TagResource: { request: TagResourceRequest, response: TagResourceResponse },
} as const
