/**
 * Reads one S3 object as a stream of bytes: the one thing the S3 pipeline needs from S3, so
 * that the core stays free of any SDK. {@link s3ObjectReader} makes one from an
 * `@aws-sdk/client-s3` client; any function of this shape will do (another SDK, a signed
 * `fetch`, files on disk in tests). Its errors, thrown or raised while streaming, mark the
 * object as unreadable.
 *
 * A bucket and key come from a notification, that is from whoever could send one: a reader
 * that maps them onto something else (a path, a URL) must keep them inside it. `logFilesIn`
 * and the handlers already refuse bucket names S3 would not accept and keys with control
 * characters, and take only the buckets and key prefixes allowed (`buckets`, `keyPrefixes`).
 *
 * @example
 * import { createReadStream } from "node:fs"
 * import { relative, resolve, sep } from "node:path"
 * import type { ObjectReader } from "mediaconvert-cloudtrail/s3"
 * // A copy of one trail bucket on disk, read as S3 would be; nothing outside the folder.
 * const root = resolve("/data/amzn-s3-demo-bucket")
 * const fromDisk: ObjectReader = (bucket, key) => {
 *   const path = resolve(root, key)
 *   if (bucket !== "amzn-s3-demo-bucket" || relative(root, path).startsWith(`..${sep}`))
 *     throw new Error(`s3://${bucket}/${key} is not in the copy`)
 *   return createReadStream(path)
 * }
 * @since 0.2.0
 */
export type ObjectReader = (
  bucket: string,
  key: string,
) => AsyncIterable<Uint8Array> | Promise<AsyncIterable<Uint8Array>>
