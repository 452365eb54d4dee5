// What a notification may name before anything is read: a bucket name S3 would accept, a key
// without control characters, a size S3 could hold; then the caller's allow-lists of buckets
// and key prefixes, and a cap on the objects of one message (a repeated key counted once).
// A notification is data from whoever could write to the queue or topic: a bucket named
// `../../../etc`, a NUL in a key or a size of 1e18 is nonsense to report, not to pass on to
// an ObjectReader that may join them into a path.
import type { LogFilesOptions } from "./log-files"

/**
 * The default cap on the objects one message names (one notification outside SQS): 1,000.
 * CloudTrail, S3 and EventBridge name one object per notification; a Step Functions batch
 * names as many as its ItemBatcher gives.
 *
 * @example
 * import { DEFAULT_MAX_OBJECTS } from "mediaconvert-cloudtrail"
 * console.log(DEFAULT_MAX_OBJECTS) // 1000
 * @category Containers
 * @since 0.2.0
 */
export const DEFAULT_MAX_OBJECTS = 1000

/**
 * The largest object S3 stores, in bytes (50 TB since December 2025; 5 TB before): a
 * notification's `size` above it is not an object's.
 */
const MAX_OBJECT_SIZE = 50 * 1000 ** 4

/**
 * A bucket name as S3 allows (3 to 63 characters of lowercase letters, digits, dots and
 * hyphens, starting and ending with a letter or digit), with the uppercase letters and
 * underscores of buckets made in us-east-1 before 2018, up to 255 characters.
 */
const BUCKET = /^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/

/** Why `bucket` is not a bucket name, or undefined when it is one. */
export const bucketProblem = (bucket: string): string | undefined => {
  if (!BUCKET.test(bucket))
    return "letters, digits, dots, hyphens and underscores, 3 to 255, starting and ending with a letter or digit"
  if (bucket.includes("..")) return "no two dots in a row"
  return undefined
}

/** Why `key` is not a key to read, or undefined when it is one. */
export const keyProblem = (key: string): string | undefined => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(key)) return "no control characters (NUL, line breaks, escapes)"
  if (LONE_SURROGATE.test(key)) return "well-formed Unicode (no lone surrogates)"
  if (utf8Length(key) > 1024) return "at most 1024 bytes of UTF-8, as S3 allows"
  return undefined
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The length of well-formed text in UTF-8 bytes. */
const utf8Length = (text: string): number => {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** The size a notification gives, checked: undefined when absent, a number, or a problem. */
export const sizeOf = (size: unknown): { size: number | undefined } | { problem: string } => {
  if (size === undefined || size === null) return { size: undefined }
  if (typeof size !== "number" || !Number.isInteger(size) || size < 0 || size > MAX_OBJECT_SIZE)
    return { problem: "an object size in bytes, a whole number from 0 to 50 TB" }
  return { size }
}

/** Why the caller's allow-lists leave the object out, or undefined when they take it. */
export const notAllowed = (bucket: string, key: string, options: LogFilesOptions): string | undefined => {
  if (options.buckets !== undefined && !options.buckets.includes(bucket))
    return `bucket ${bucket} is not one of the buckets allowed (${options.buckets.join(", ") || "none"})`
  if (options.keyPrefixes !== undefined && !options.keyPrefixes.some((prefix) => key.startsWith(prefix)))
    return `the key does not start with an allowed prefix (${options.keyPrefixes.join(", ") || "none"})`
  return undefined
}
