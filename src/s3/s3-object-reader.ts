import type { S3Client } from "@aws-sdk/client-s3"
import type { ObjectReader } from "./object-reader"
import { withinStall } from "./stall"

/**
 * How long {@link s3ObjectReader} waits for S3's answer, or for the next bytes of an object,
 * before it gives the object up: 30 seconds. S3 sends the first byte in tens of
 * milliseconds; a connection that hangs longer is not coming back.
 *
 * @example
 * import { DEFAULT_STALL_TIMEOUT_MS } from "mediaconvert-cloudtrail/s3"
 * console.log(DEFAULT_STALL_TIMEOUT_MS) // 30000
 * @since 0.2.0
 */
export const DEFAULT_STALL_TIMEOUT_MS = 30_000

/**
 * How {@link s3ObjectReader} reads.
 *
 * @example
 * import type { S3ReaderOptions } from "mediaconvert-cloudtrail/s3"
 * const options: S3ReaderOptions = { stallTimeoutMs: 10_000 }
 * @since 0.2.0
 */
export interface S3ReaderOptions {
  /**
   * The longest wait, in milliseconds, for S3's answer or for the next bytes of the object;
   * past it the request is aborted and the object is unreadable. Default
   * {@link DEFAULT_STALL_TIMEOUT_MS}.
   */
  readonly stallTimeoutMs?: number
  /**
   * The account that must own the bucket (12 digits), sent as `ExpectedBucketOwner` with
   * every `GetObject`: S3 refuses the read (403) when another account owns the bucket, so a
   * notification naming a bucket of the same name in someone else's account reads nothing.
   * Default: not sent (any owner). Set it to the account of your trail's bucket.
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-owner-condition.html
   * @since 0.2.0
   */
  readonly expectedBucketOwner?: string
}

type Sdk = typeof import("@aws-sdk/client-s3")
let sdk: Promise<Sdk> | undefined
// Loaded on first use: the SDK is an optional peer dependency, and a caller with a reader of
// its own never needs it.
const loadSdk = (): Promise<Sdk> => {
  sdk ??= import("@aws-sdk/client-s3")
  return sdk
}

const destroy = (body: unknown): void => {
  const stream = body as { destroy?: (error?: Error) => void; cancel?: () => Promise<void> }
  try {
    if (typeof stream.destroy === "function") stream.destroy()
    else if (typeof stream.cancel === "function") stream.cancel().catch(() => {})
  } catch {}
}

/** The body's chunks, from a Node stream or a web `ReadableStream`. */
const chunksOf = (body: unknown): AsyncIterator<Uint8Array> => {
  if (body !== null && typeof body === "object" && Symbol.asyncIterator in body)
    return (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]()
  const reader = (body as ReadableStream<Uint8Array>).getReader()
  return {
    next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
    return: async () => {
      await reader.cancel()
      return { done: true, value: undefined }
    },
  }
}

const PIECE_BYTES = 1024 * 1024

async function* objectBytes(
  client: S3Client,
  bucket: string,
  key: string,
  stallTimeoutMs: number,
  expectedBucketOwner: string | undefined,
): AsyncGenerator<Uint8Array, void, undefined> {
  const where = `s3://${bucket}/${key}`
  const { GetObjectCommand } = await loadSdk()
  const controller = new AbortController()
  const response = await withinStall(
    client.send(
      new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ...(expectedBucketOwner === undefined ? {} : { ExpectedBucketOwner: expectedBucketOwner }),
      }),
      { abortSignal: controller.signal },
    ),
    stallTimeoutMs,
    () => controller.abort(),
    `GetObject ${where}`,
  )
  const body = response.Body
  if (body === undefined) throw new Error(`GetObject ${where} answered without a body`)
  const chunks = chunksOf(body)
  const expected = response.ContentLength
  let received = 0
  // Socket-sized pieces (16 to 64 KiB) are gathered into pieces of about 1 MiB, as a file is
  // read: every step after this one (gunzip, decoding, splitting) then runs a tenth as often.
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  try {
    for (;;) {
      const next = await withinStall(chunks.next(), stallTimeoutMs, () => destroy(body), `reading ${where}`)
      if (next.done) break
      received += next.value.length
      pending.push(next.value)
      pendingBytes += next.value.length
      if (pendingBytes >= PIECE_BYTES) {
        yield pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending)
        pending = []
        pendingBytes = 0
      }
    }
    if (pendingBytes > 0) yield pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending)
    // A connection cut short can look like the end of the body: count the bytes.
    if (expected !== undefined && received !== expected)
      throw new Error(`reading ${where}: ${received} of ${expected} bytes arrived`)
  } finally {
    destroy(body)
  }
}

/**
 * An {@link ObjectReader} over an `@aws-sdk/client-s3` v3 client: `GetObject`, streamed as it
 * arrives (memory stays flat whatever the object's size), with a stall timeout on the answer
 * and between chunks, and a check that every byte of `ContentLength` arrived. The SDK's own
 * retries apply to the request; an object that still cannot be read makes the read fail.
 * The SDK is an optional peer dependency, loaded when the first object is read.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html
 * @example
 * import { S3Client } from "@aws-sdk/client-s3"
 * import { streamRecords } from "mediaconvert-cloudtrail/node"
 * import { s3ObjectReader } from "mediaconvert-cloudtrail/s3"
 * const read = s3ObjectReader(new S3Client({}), { stallTimeoutMs: 10_000, expectedBucketOwner: "111122223333" })
 * const key = "AWSLogs/111122223333/CloudTrail/us-west-2/2024/04/04/111122223333_CloudTrail_us-west-2_20240404T1745Z_AbCdEfGh12345678.json.gz"
 * for await (const result of streamRecords(await read("amzn-s3-demo-bucket", key)))
 *   if (result._tag === "record") console.log(result.record.eventTime)
 * @since 0.2.0
 */
export const s3ObjectReader =
  (client: S3Client, options: S3ReaderOptions = {}): ObjectReader =>
  (bucket, key) =>
    objectBytes(
      client,
      bucket,
      key,
      options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS,
      options.expectedBucketOwner,
    )
