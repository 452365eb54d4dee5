import { none, type Option, some } from "../codec/fp"
import type { CloudTrailRecord } from "../record/record"
import type { MediaConvertEvent } from "./event"
import { destinationsOf, inputsOf } from "./jobs"

// S3's own forms of an object's address: s3://bucket/key, and over HTTPS the virtual-hosted
// (bucket.s3.region.amazonaws.com) and path styles (s3.region.amazonaws.com/bucket).
const s3Url = /^s3:\/\/([^/?#]+)/i
const virtualHosted = /^https?:\/\/([^/?#]+?)\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?(?:[/?#]|$)/i
const pathStyle = /^https?:\/\/s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?\/([^/?#]+)/i

/**
 * The S3 bucket a location names: `s3://bucket/key`, or an HTTPS address of S3 in the
 * virtual-hosted (`https://bucket.s3.us-east-1.amazonaws.com/key`) or path style
 * (`https://s3.us-east-1.amazonaws.com/bucket/key`). `None` for any other address (an HTTP
 * server an input is read from) and for anything that is not a string. Never throws.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-bucket-intro.html
 * @example
 * import { bucketOf } from "mediaconvert-cloudtrail"
 * console.log(bucketOf("s3://example-output/hls/index")) // { _tag: "Some", value: "example-output" }
 * @category MediaConvert helpers
 * @since 0.2.0
 */
export const bucketOf = (url: unknown): Option<string> => {
  if (typeof url !== "string") return none
  const found = s3Url.exec(url) ?? virtualHosted.exec(url) ?? pathStyle.exec(url)
  const bucket = found?.[1]
  return bucket !== undefined && bucket !== "" ? some(bucket) : none
}

/**
 * The S3 buckets a job call reads from and writes to, each once, in the order the settings name
 * them: `reads` from {@link inputsOf} (main inputs, captions, audio, overlays…), `writes` from
 * {@link destinationsOf} (output groups, watermark logs). Empty arrays when the record names none
 * (another operation, settings not logged). Never throws.
 *
 * @example
 * import { bucketsOf, decodeMediaConvertEvent } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventSource: "mediaconvert.amazonaws.com", eventName: "CreateJob", userIdentity: { type: "Root" }, requestParameters: { role: "arn:aws:iam::111122223333:role/MediaConvertRole", settings: { inputs: [{ fileInput: "s3://example-input/clip.mov" }], outputGroups: [{ outputGroupSettings: { type: "FILE_GROUP_SETTINGS", fileGroupSettings: { destination: "s3://example-output/mp4/" } } }] } }, responseElements: null })
 * if (result._tag === "Right") console.log(bucketsOf(result.right)) // { reads: ["example-input"], writes: ["example-output"] }
 * @category MediaConvert helpers
 * @since 0.2.0
 */
export const bucketsOf = (
  event: MediaConvertEvent | CloudTrailRecord,
): { readonly reads: ReadonlyArray<string>; readonly writes: ReadonlyArray<string> } => {
  const distinct = (urls: ReadonlyArray<{ readonly url: string }>): string[] => [
    ...new Set(
      urls.flatMap((location) => {
        const bucket = bucketOf(location.url)
        return bucket._tag === "Some" ? [bucket.value] : []
      }),
    ),
  ]
  return { reads: distinct(inputsOf(event)), writes: distinct(destinationsOf(event)) }
}
