/**
 * Reads one S3 object as a stream of bytes: the one thing the S3 pipeline needs from S3, so
 * that the core stays free of any SDK. {@link s3ObjectReader} makes one from an
 * `@aws-sdk/client-s3` client; any function of this shape will do (another SDK, a signed
 * `fetch`, files on disk in tests). Its errors, thrown or raised while streaming, mark the
 * object as unreadable.
 *
 * @example
 * import { createReadStream } from "node:fs"
 * import { join } from "node:path"
 * import type { ObjectReader } from "mediaconvert-cloudtrail/s3"
 * // A copy of a trail's bucket on disk, read as S3 would be:
 * const fromDisk: ObjectReader = (bucket, key) => createReadStream(join("/data", bucket, key))
 * @since 0.2.0
 */
export type ObjectReader = (
  bucket: string,
  key: string,
) => AsyncIterable<Uint8Array> | Promise<AsyncIterable<Uint8Array>>
