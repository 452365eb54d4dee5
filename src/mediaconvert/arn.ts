import { none, type Option, some } from "../codec/fp"

/**
 * The kinds of MediaConvert resource an ARN can name.
 *
 * @example
 * import type { MediaConvertResourceType } from "mediaconvert-cloudtrail"
 * const kind: MediaConvertResourceType = "queue"
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export type MediaConvertResourceType = "job" | "queue" | "preset" | "jobTemplate" | "certificate"

/**
 * The parts of a MediaConvert ARN,
 * `arn:<partition>:mediaconvert:<region>:<account>:<collection>/<name>`.
 * For a job `name` is the job id; for a certificate association it is the ACM certificate ARN.
 *
 * @example
 * import type { MediaConvertArn } from "mediaconvert-cloudtrail"
 * const queue: MediaConvertArn = { partition: "aws", region: "us-west-2", accountId: "111122223333", resourceType: "queue", name: "Default" }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export interface MediaConvertArn {
  readonly partition: string
  readonly region: string
  readonly accountId: string
  readonly resourceType: MediaConvertResourceType
  readonly name: string
}

const collections: ReadonlyArray<readonly [string, MediaConvertResourceType]> = [
  ["jobs", "job"],
  ["queues", "queue"],
  ["presets", "preset"],
  ["jobTemplates", "jobTemplate"],
  ["certificates", "certificate"],
]

const collectionOf = (type: MediaConvertResourceType): string =>
  collections.find(([, kind]) => kind === type)?.[0] ?? "jobs"

/**
 * Reads a MediaConvert ARN (job, queue, preset, job template or certificate association).
 * Anything else, including ARNs of other services and non-strings, gives `None`.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselementalmediaconvert.html
 * @example
 * import { parseMediaConvertArn } from "mediaconvert-cloudtrail"
 * const arn = parseMediaConvertArn("arn:aws:mediaconvert:us-west-2:111122223333:jobs/1712252725875-defhgi")
 * if (arn._tag === "Some") console.log(arn.value.resourceType, arn.value.name) // job 1712252725875-defhgi
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const parseMediaConvertArn = (arn: unknown): Option<MediaConvertArn> => {
  if (typeof arn !== "string") return none
  const parts = arn.split(":")
  if (parts.length < 6 || parts[0] !== "arn" || parts[2] !== "mediaconvert") return none
  const [, partition = "", , region = "", accountId = ""] = parts
  const resource = parts.slice(5).join(":")
  const slash = resource.indexOf("/")
  if (slash <= 0 || partition === "") return none
  const collection = resource.slice(0, slash)
  const name = resource.slice(slash + 1)
  const kind = collections.find(([c]) => c === collection)?.[1]
  if (kind === undefined || name === "") return none
  return some({ partition, region, accountId, resourceType: kind, name })
}

/**
 * Writes a MediaConvert ARN from its parts; the inverse of {@link parseMediaConvertArn}.
 *
 * @example
 * import { formatMediaConvertArn } from "mediaconvert-cloudtrail"
 * formatMediaConvertArn({ partition: "aws", region: "eu-west-1", accountId: "111122223333", resourceType: "queue", name: "QueueName" })
 * // "arn:aws:mediaconvert:eu-west-1:111122223333:queues/QueueName"
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const formatMediaConvertArn = (arn: MediaConvertArn): string =>
  `arn:${arn.partition}:mediaconvert:${arn.region}:${arn.accountId}:${collectionOf(arn.resourceType)}/${arn.name}`
