import { none, type Option, some } from "../codec/fp"
import { type StringMap, StringMapCodec } from "../codec/primitives"
import { memberAt } from "../codec/read"
import type { CloudTrailRecord } from "../record/record"
import type { MediaConvertEvent } from "./event"
import { mediaConvertNameOf } from "./name"

/**
 * A reference to a queue, preset or job template as a record gives it (`given`: a bare name
 * or a full ARN) and the name it comes down to (`name`: the part after `queues/`, `presets/`
 * or `jobTemplates/`, or the bare name itself).
 *
 * @example
 * import type { ResourceReference } from "mediaconvert-cloudtrail"
 * const queue: ResourceReference = { given: "arn:aws:mediaconvert:us-west-2:111122223333:queues/Default", name: "Default" }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export interface ResourceReference {
  readonly given: string
  readonly name: string
}

type Collection = "queues" | "presets" | "jobTemplates"

/**
 * Callers pass queues, presets and templates by name or by ARN, so both are accepted and
 * brought down to the name ([the quirks: references](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#references)). An ARN of another collection (a job
 * ARN given to a tagging call) is not a reference to this one.
 */
const referenceTo = (collection: Collection, given: unknown): ResourceReference | undefined => {
  if (typeof given !== "string" || given === "") return undefined
  const marker = `${collection}/`
  const at = given.lastIndexOf(marker)
  if (at >= 0 && (at === 0 || given[at - 1] === ":" || given[at - 1] === "/")) {
    const name = given.slice(at + marker.length)
    return name === "" ? undefined : { given, name }
  }
  if (given.startsWith("arn:") || given.includes("/")) return undefined
  return { given, name: given }
}

const taggingOperations: ReadonlySet<string> = new Set([
  "TagResource",
  "UntagResource",
  "ListTagsForResource",
])

/**
 * Where each operation names a resource of a collection: paths of members, tried in order.
 * Path members are also read in PascalCase ([the quirks: path-members](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#path-members)).
 */
const placesOf = (collection: Collection, singular: string, eventName: string): string[][] => {
  const resourceOperations = new Set([
    `Create${singular}`,
    `Update${singular}`,
    `Delete${singular}`,
    `Get${singular}`,
  ])
  const places: string[][] = []
  if (resourceOperations.has(eventName)) {
    const response = collection === "queues" ? "queue" : collection === "presets" ? "preset" : "jobTemplate"
    places.push(
      ["requestParameters", "name"],
      ["requestParameters", "Name"],
      ["responseElements", response, "name"],
      ["responseElements", response, "arn"],
    )
  }
  if (taggingOperations.has(eventName))
    places.push(["requestParameters", "arn"], ["requestParameters", "Arn"])
  return places
}

const referenceOf = (
  record: unknown,
  collection: Collection,
  singular: string,
  extra: (eventName: string) => string[][],
): Option<ResourceReference> => {
  const eventName = mediaConvertNameOf(record)
  if (eventName === undefined) return none
  for (const path of [...placesOf(collection, singular, eventName), ...extra(eventName)]) {
    const found = referenceTo(collection, memberAt(record, ...path))
    if (found !== undefined) return some(found)
  }
  return none
}

/**
 * The queue a record is about: the queue a job or job template is sent to (CreateJob, Create
 * and UpdateJobTemplate), the queue filtered on (ListJobs, SearchJobs), the queue created,
 * changed, deleted or read (CreateQueue, UpdateQueue, DeleteQueue, GetQueue), or a queue ARN
 * given to a tagging call. `None` when there is none. Never throws.
 *
 * @example
 * import { decodeMediaConvertEvent, queueOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.05", eventTime: "2018-07-10T15:36:29Z", awsRegion: "eu-west-1", eventSource: "mediaconvert.amazonaws.com", eventName: "DeleteQueue", userIdentity: { type: "IAMUser" }, requestParameters: { name: "QueueName" }, responseElements: null })
 * if (result._tag === "Right") console.log(queueOf(result.right)) // { _tag: "Some", value: { given: "QueueName", name: "QueueName" } }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const queueOf = (event: MediaConvertEvent | CloudTrailRecord): Option<ResourceReference> =>
  referenceOf(event, "queues", "Queue", (eventName) => {
    switch (eventName) {
      case "CreateJob":
        return [
          ["requestParameters", "queue"],
          ["responseElements", "job", "queue"],
        ]
      case "CreateJobTemplate":
      case "UpdateJobTemplate":
        return [
          ["requestParameters", "queue"],
          ["responseElements", "jobTemplate", "queue"],
        ]
      case "ListJobs":
      case "SearchJobs":
        return [["requestParameters", "queue"]]
      default:
        return []
    }
  })

/**
 * The preset a record is about: the preset created, changed, deleted or read (CreatePreset,
 * UpdatePreset, DeletePreset, GetPreset), or a preset ARN given to a tagging call. (The
 * presets a job's outputs use are in its settings, one per output.) `None` when there is
 * none. Never throws.
 *
 * @example
 * import { decodeMediaConvertEvent, presetOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventSource: "mediaconvert.amazonaws.com", eventName: "TagResource", userIdentity: { type: "Root" }, requestParameters: { arn: "arn:aws:mediaconvert:us-west-2:111122223333:presets/web-1080p", tags: { team: "media" } }, responseElements: null })
 * if (result._tag === "Right") console.log(presetOf(result.right)) // { _tag: "Some", value: { given: "arn:aws:mediaconvert:us-west-2:111122223333:presets/web-1080p", name: "web-1080p" } }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const presetOf = (event: MediaConvertEvent | CloudTrailRecord): Option<ResourceReference> =>
  referenceOf(event, "presets", "Preset", () => [])

/**
 * The job template a record is about: the template a job is built from (CreateJob), the
 * template created, changed, deleted or read (CreateJobTemplate, UpdateJobTemplate,
 * DeleteJobTemplate, GetJobTemplate), or a template ARN given to a tagging call. `None` when
 * there is none. Never throws.
 *
 * @example
 * import { decodeMediaConvertEvent, jobTemplateOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventSource: "mediaconvert.amazonaws.com", eventName: "CreateJob", userIdentity: { type: "Root" }, requestParameters: { role: "arn:aws:iam::111122223333:role/MediaConvertRole", jobTemplate: "hls-ladder", settings: {} }, responseElements: null })
 * if (result._tag === "Right") console.log(jobTemplateOf(result.right)) // { _tag: "Some", value: { given: "hls-ladder", name: "hls-ladder" } }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const jobTemplateOf = (event: MediaConvertEvent | CloudTrailRecord): Option<ResourceReference> =>
  referenceOf(event, "jobTemplates", "JobTemplate", (eventName) =>
    eventName === "CreateJob"
      ? [
          ["requestParameters", "jobTemplate"],
          ["responseElements", "job", "jobTemplate"],
        ]
      : [],
  )

const isStringMap = (value: unknown): value is StringMap => {
  try {
    return StringMapCodec.is(value)
  } catch {
    return false
  }
}

/**
 * The tags a record sets: the request's tag map, under `tags` or under `Tags` (CloudTrail
 * logs TagResource with `Tags`; when both are there, `tags` wins), for the operations that
 * take tags (CreateJob, CreateJobTemplate, CreatePreset, CreateQueue, TagResource); for
 * ListTagsForResource, the tags of the response when it was logged. `None` when there is no
 * tag map. Never throws.
 *
 * @example
 * import { decodeMediaConvertEvent, tagsOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.05", eventTime: "2018-07-10T15:36:29Z", awsRegion: "eu-west-1", eventSource: "mediaconvert.amazonaws.com", eventName: "TagResource", userIdentity: { type: "IAMUser" }, requestParameters: { arn: "arn:aws:mediaconvert:eu-west-1:111122223333:queues/ExampleQueue", Tags: { CostCenter: "Example-Tag" } }, responseElements: null })
 * if (result._tag === "Right") console.log(tagsOf(result.right)) // { _tag: "Some", value: { CostCenter: "Example-Tag" } }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const tagsOf = (event: MediaConvertEvent | CloudTrailRecord): Option<StringMap> => {
  const eventName = mediaConvertNameOf(event)
  if (eventName === undefined) return none
  // docs/quirks.md#tags: "Tags" for TagResource, "tags" elsewhere; "tags" wins when both are there.
  const candidates =
    eventName === "ListTagsForResource"
      ? [memberAt(event, "responseElements", "resourceTags", "tags")]
      : [memberAt(event, "requestParameters", "tags"), memberAt(event, "requestParameters", "Tags")]
  for (const tags of candidates) if (isStringMap(tags)) return some(tags)
  return none
}
