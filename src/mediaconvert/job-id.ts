import { none, type Option, some } from "../codec/fp"
import { member, memberAt, stringMember } from "../codec/read"
import type { CloudTrailRecord } from "../record/record"
import { parseMediaConvertArn } from "./arn"
import { MEDIACONVERT_EVENT_SOURCE, type MediaConvertEvent } from "./event"

const jobIdOfArn = (arn: unknown): string | undefined => {
  const parsed = parseMediaConvertArn(arn)
  return parsed._tag === "Some" && parsed.value.resourceType === "job" ? parsed.value.name : undefined
}

const nonEmpty = (value: string | undefined): value is string => value !== undefined && value !== ""

/** Operations whose path member `id` is a job id. Not GetJobsQueryResults: see [the quirks: jobs-query-ids](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#jobs-query-ids). */
const jobIdOperations: ReadonlySet<string> = new Set(["GetJob", "CancelJob"])

/**
 * The id of the job a MediaConvert record is about, found by trying, in order: the job in
 * `responseElements` (its `id`, then its ARN), the `id` path member of GetJob and CancelJob
 * (never of the jobs-query operations, whose ids are not job ids), `jobId` of
 * CreateResourceShare, a job ARN in `arn`/`Arn` (tagging calls), and a job ARN in `resources`.
 * `None` when there is none, for example a CreateJob that failed or whose response was too
 * large to log. Never throws.
 *
 * @example
 * import { decodeRecord, jobIdFrom } from "mediaconvert-cloudtrail"
 * const result = decodeRecord({ eventVersion: "1.09", eventTime: "2024-04-04T17:50:00Z", awsRegion: "us-west-2", eventType: "AwsApiCall", eventSource: "mediaconvert.amazonaws.com", eventName: "CancelJob", userIdentity: { type: "Root" }, requestParameters: { id: "1712252725875-defhgi" }, responseElements: null })
 * if (result._tag === "Right") console.log(jobIdFrom(result.right)) // { _tag: "Some", value: "1712252725875-defhgi" }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const jobIdFrom = (record: CloudTrailRecord | MediaConvertEvent): Option<string> => {
  if (member(record, "eventSource") === MEDIACONVERT_EVENT_SOURCE) {
    const job = memberAt(record, "responseElements", "job")
    const fromResponse = stringMember(job, "id") ?? jobIdOfArn(member(job, "arn"))
    if (nonEmpty(fromResponse)) return some(fromResponse)
    const eventName = member(record, "eventName")
    const request = member(record, "requestParameters")
    if (typeof eventName === "string" && jobIdOperations.has(eventName)) {
      const id = stringMember(request, "id") ?? stringMember(request, "Id")
      if (nonEmpty(id)) return some(id)
    }
    if (eventName === "CreateResourceShare") {
      const id = stringMember(request, "jobId")
      if (nonEmpty(id)) return some(id)
    }
    const fromArn = jobIdOfArn(member(request, "arn")) ?? jobIdOfArn(member(request, "Arn"))
    if (nonEmpty(fromArn)) return some(fromArn)
  }
  const resources = member(record, "resources")
  if (Array.isArray(resources)) {
    try {
      for (const resource of resources) {
        const id = jobIdOfArn(member(resource, "ARN"))
        if (nonEmpty(id)) return some(id)
      }
    } catch {
      // An exotic array (a proxy whose reads throw) has no job id to give.
    }
  }
  return none
}
