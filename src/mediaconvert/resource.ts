import { none, type Option, some } from "../codec/fp"
import { member, stringMember } from "../codec/read"
import type { CloudTrailRecord } from "../record/record"
import { type MediaConvertResourceType, parseMediaConvertArn } from "./arn"
import type { MediaConvertEvent } from "./event"
import { jobIdFrom } from "./job-id"
import { mediaConvertNameOf } from "./name"
import { jobTemplateOf, presetOf, queueOf, type ResourceReference } from "./references"

/**
 * The MediaConvert resource a call acted on: its type, the name it comes down to (a job id, a
 * queue, preset or template name, a certificate ARN) and the reference as the record gives it.
 *
 * @example
 * import type { MediaConvertResource } from "mediaconvert-cloudtrail"
 * const deleted: MediaConvertResource = { type: "queue", name: "priority", given: "priority" }
 * @category MediaConvert helpers
 * @since 0.2.0
 */
export interface MediaConvertResource {
  readonly type: MediaConvertResourceType
  readonly name: string
  readonly given: string
}

const taggingOperations: ReadonlySet<string> = new Set([
  "TagResource",
  "UntagResource",
  "ListTagsForResource",
])
const jobOperations: ReadonlySet<string> = new Set([
  "CreateJob",
  "GetJob",
  "CancelJob",
  "CreateResourceShare",
])
const certificateOperations: ReadonlySet<string> = new Set([
  "AssociateCertificate",
  "DisassociateCertificate",
])

const collectionOperations: ReadonlyArray<
  readonly [
    ReadonlySet<string>,
    MediaConvertResourceType,
    (event: MediaConvertEvent | CloudTrailRecord) => Option<ResourceReference>,
  ]
> = [
  [new Set(["CreateQueue", "UpdateQueue", "DeleteQueue", "GetQueue"]), "queue", queueOf],
  [new Set(["CreatePreset", "UpdatePreset", "DeletePreset", "GetPreset"]), "preset", presetOf],
  [
    new Set(["CreateJobTemplate", "UpdateJobTemplate", "DeleteJobTemplate", "GetJobTemplate"]),
    "jobTemplate",
    jobTemplateOf,
  ],
]

/**
 * The resource a MediaConvert call acted on: the job of CreateJob (from its response), GetJob,
 * CancelJob and CreateResourceShare; the queue, preset or job template created, changed, deleted
 * or read; the resource whose ARN a tagging call names; the certificate of AssociateCertificate and
 * DisassociateCertificate. `None` for calls on no one resource (lists, policies, endpoints), for a
 * CreateJob that created no job (rejected, or its response not logged), and for records of other
 * services. Never throws.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html
 * @example
 * import { decodeMediaConvertEvent, resourceOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.09", eventTime: "2024-04-09T03:12:44Z", awsRegion: "eu-west-1", eventSource: "mediaconvert.amazonaws.com", eventName: "DeleteQueue", userIdentity: { type: "IAMUser" }, requestParameters: { name: "priority" }, responseElements: null })
 * if (result._tag === "Right") console.log(resourceOf(result.right)) // { _tag: "Some", value: { type: "queue", name: "priority", given: "priority" } }
 * @category MediaConvert helpers
 * @since 0.2.0
 */
export const resourceOf = (event: MediaConvertEvent | CloudTrailRecord): Option<MediaConvertResource> => {
  const eventName = mediaConvertNameOf(event)
  if (eventName === undefined) return none
  const request = member(event, "requestParameters")
  const arn = stringMember(request, "arn") ?? stringMember(request, "Arn")
  if (taggingOperations.has(eventName)) {
    const parsed = parseMediaConvertArn(arn)
    return parsed._tag === "Some" && arn !== undefined
      ? some({ type: parsed.value.resourceType, name: parsed.value.name, given: arn })
      : none
  }
  if (jobOperations.has(eventName)) {
    const id = jobIdFrom(event)
    return id._tag === "Some" ? some({ type: "job", name: id.value, given: id.value }) : none
  }
  if (certificateOperations.has(eventName))
    return arn !== undefined && arn !== "" ? some({ type: "certificate", name: arn, given: arn }) : none
  for (const [operations, type, referenceOf] of collectionOperations)
    if (operations.has(eventName)) {
      const found = referenceOf(event)
      return found._tag === "Some" ? some({ type, name: found.value.name, given: found.value.given }) : none
    }
  return none
}
