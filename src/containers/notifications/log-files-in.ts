import { member } from "../../codec/read"
import { describeValue, failureAt, jsonPath } from "../../failure"
import { bytesOf, index, parseJson, type Segments, textOfBytes } from "../input"
import type { FailureFound } from "../results"
import type {
  LogFileFound,
  LogFiles,
  LogFilesOptions,
  NotificationKind,
  ObjectSkipped,
  ObjectSkipReason,
} from "./log-files"
import { bucketProblem, DEFAULT_MAX_OBJECTS, keyProblem, notAllowed, sizeOf } from "./object-checks"
import { decodeObjectKey, kindOfKey } from "./object-key"

/** The text SNS delivers when CloudTrail is first given a topic. */
const VALIDATION_MESSAGE = "CloudTrail validation message."
const EXPECTED = "a notification naming log files (S3, SQS, SNS, EventBridge or CloudTrail's own)"
/** Messages inside messages (SQS holding SNS holding S3's) are a few deep; a hostile input may be more. */
const MAX_DEPTH = 8

const isObject = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !Array.isArray(value)
const stringAt = (value: unknown, ...keys: ReadonlyArray<string>): string | undefined => {
  let current = value
  for (const key of keys) current = member(current, key)
  return typeof current === "string" ? current : undefined
}

/** Collects what a walk finds, in order. */
class Found {
  readonly files: LogFileFound[] = []
  readonly skipped: ObjectSkipped[] = []
  readonly failures: FailureFound[] = []
  /** The objects each message named so far (by messageId; "" outside SQS), for repeats and the cap. */
  private readonly named = new Map<string, Set<string>>()
  constructor(private readonly options: LogFilesOptions) {}

  fail(at: Segments, expected: string, found: string): void {
    const path = jsonPath(at)
    this.failures.push({ _tag: "failure", failure: failureAt(at, expected, found), path })
  }

  skip(
    reason: ObjectSkipReason,
    detail: string,
    at: Segments,
    messageId: string | undefined,
    bucket?: string,
    key?: string,
  ): void {
    this.skipped.push({ _tag: "skipped", reason, detail, bucket, key, messageId, path: jsonPath(at) })
  }

  /** An object named by a notification: kept when it is a log file, else skipped with the reason. */
  object(
    bucket: unknown,
    key: string | undefined,
    size: unknown,
    notification: NotificationKind,
    at: Segments,
    messageId: string | undefined,
  ): void {
    if (typeof bucket !== "string" || bucket === "") {
      this.fail(at, "a bucket name", describeValue(bucket))
      return
    }
    if (key === undefined || key === "") {
      this.fail(at, "an object key", describeValue(key))
      return
    }
    const badBucket = bucketProblem(bucket)
    if (badBucket !== undefined) {
      this.fail(at, `a bucket name: ${badBucket}`, describeValue(bucket))
      return
    }
    const badKey = keyProblem(key)
    if (badKey !== undefined) {
      this.fail(at, `an object key: ${badKey}`, describeValue(key))
      return
    }
    const checkedSize = sizeOf(size)
    if ("problem" in checkedSize) {
      this.fail(at, checkedSize.problem, describeValue(size))
      return
    }
    const refused = notAllowed(bucket, key, this.options)
    if (refused !== undefined) {
      this.skip("not-allowed", `s3://${bucket}/${key}: ${refused}`, at, messageId, bucket, key)
      return
    }
    const kind = kindOfKey(key)
    if (kind === "digest-file") {
      this.skip(
        "digest-file",
        `s3://${bucket}/${key} is a digest file: hashes, not records`,
        at,
        messageId,
        bucket,
        key,
      )
      return
    }
    const accepted = this.options.isLogFile === undefined ? kind === "log-file" : this.options.isLogFile(key)
    if (!accepted) {
      this.skip(
        "not-a-log-file",
        `s3://${bucket}/${key} is not named as a CloudTrail log file`,
        at,
        messageId,
        bucket,
        key,
      )
      return
    }
    const named = this.named.get(messageId ?? "") ?? new Set<string>()
    this.named.set(messageId ?? "", named)
    const name = `${bucket}/${key}`
    if (named.has(name)) {
      this.skip(
        "repeated",
        `s3://${bucket}/${key} was named before in this message: read once`,
        at,
        messageId,
        bucket,
        key,
      )
      return
    }
    named.add(name)
    const most = this.options.maxObjects ?? DEFAULT_MAX_OBJECTS
    if (named.size > most) {
      // Said once, at the first object past the cap; the message is a failure.
      if (named.size === most + 1)
        this.fail(
          at,
          `at most ${most} objects in one message (maxObjects)`,
          `object ${most + 1} of this message`,
        )
      return
    }
    const bytes = checkedSize.size
    this.files.push({
      _tag: "log-file",
      bucket,
      key,
      size: bytes,
      notification,
      messageId,
      path: jsonPath(at),
    })
  }

  /** A key URL-encoded as S3 encodes it in notifications; a malformed one is a failure. */
  encodedKey(raw: unknown, at: Segments): string | undefined {
    if (typeof raw !== "string") {
      this.fail(at, "an object key", describeValue(raw))
      return undefined
    }
    const decoded = decodeObjectKey(raw)
    if (decoded._tag === "Right") return decoded.right
    this.fail(at, "an object key URL-encoded as S3 encodes it", decoded.left)
    return undefined
  }
}

/** One record of an S3 event notification (`Records[i]` with `eventSource` `aws:s3`). */
const s3RecordInto = (record: unknown, at: Segments, found: Found, messageId: string | undefined): void => {
  const eventName = stringAt(record, "eventName")
  const bucket = stringAt(record, "s3", "bucket", "name")
  if (eventName !== undefined && !eventName.startsWith("ObjectCreated:")) {
    found.skip("not-object-created", `S3 event ${eventName}`, at, messageId, bucket)
    return
  }
  const object = member(member(record, "s3"), "object")
  const key = found.encodedKey(member(object, "key"), [...at, "s3", "object", "key"])
  if (key === undefined) return
  found.object(bucket, key, member(object, "size"), "s3-event", at, messageId)
}

/** An EventBridge event: S3's `Object Created` names a file; S3's other events are skipped. */
const eventBridgeInto = (value: object, at: Segments, found: Found, messageId: string | undefined): void => {
  const detailType = stringAt(value, "detail-type")
  const detail = member(value, "detail")
  if (stringAt(value, "source") !== "aws.s3") {
    found.fail(at, "an S3 Object Created event", `an EventBridge event of ${describeValue(detailType)}`)
    return
  }
  const bucket = stringAt(detail, "bucket", "name")
  if (detailType !== "Object Created") {
    found.skip("not-object-created", `S3 event ${detailType ?? "of no type"}`, at, messageId, bucket)
    return
  }
  const object = member(detail, "object")
  const key = found.encodedKey(member(object, "key"), [...at, "detail", "object", "key"])
  if (key === undefined) return
  found.object(bucket, key, member(object, "size"), "eventbridge", at, messageId)
}

/** The `Records` of an SQS, SNS or S3 event: each record is recognised by its own keys. */
const recordsInto = (
  records: ReadonlyArray<unknown>,
  at: Segments,
  found: Found,
  depth: number,
  messageId: string | undefined,
): void => {
  for (let i = 0; i < records.length; i++) {
    const record = records[i]
    const where = index([...at, "Records"], i)
    if (member(record, "body") !== undefined && member(record, "messageId") !== undefined) {
      // An SQS message: its body is the notification (S3's, SNS's envelope, or EventBridge's).
      const id = stringAt(record, "messageId")
      walk(member(record, "body"), [...where, "body"], found, depth + 1, id)
    } else if (member(record, "Sns") !== undefined) {
      walk(
        member(member(record, "Sns"), "Message"),
        [...where, "Sns", "Message"],
        found,
        depth + 1,
        messageId,
      )
    } else if (member(record, "s3") !== undefined) s3RecordInto(record, where, found, messageId)
    else
      found.fail(where, "an S3 event notification, an SQS message or an SNS message", describeValue(record))
  }
}

/** Text: JSON of a notification, or CloudTrail's SNS validation message. */
const textInto = (text: string, at: Segments, found: Found, depth: number, messageId: string | undefined) => {
  if (text.trim() === VALIDATION_MESSAGE) {
    found.skip(
      "validation-message",
      "the message CloudTrail sends when an SNS topic is configured",
      at,
      messageId,
    )
    return
  }
  const parsed = parseJson(text, at)
  if (parsed._tag === "Left") {
    const path = jsonPath(at)
    found.failures.push({ _tag: "failure", failure: parsed.left, path })
  } else walk(parsed.right, at, found, depth + 1, messageId)
}

const walk = (
  value: unknown,
  at: Segments,
  found: Found,
  depth: number,
  messageId: string | undefined,
): void => {
  if (depth > MAX_DEPTH) {
    found.fail(at, `a notification nested at most ${MAX_DEPTH} deep`, "one nested deeper")
    return
  }
  if (typeof value === "string") {
    textInto(value, at, found, depth, messageId)
    return
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], index(at, i), found, depth + 1, messageId)
    return
  }
  if (!isObject(value)) {
    found.fail(at, EXPECTED, describeValue(value))
    return
  }
  const records = member(value, "Records")
  if (Array.isArray(records)) {
    recordsInto(records, at, found, depth, messageId)
    return
  }
  // SNS's envelope, as SQS receives it without raw message delivery.
  if (stringAt(value, "Type") === "Notification" && member(value, "Message") !== undefined) {
    walk(member(value, "Message"), [...at, "Message"], found, depth + 1, messageId)
    return
  }
  if (member(value, "detail-type") !== undefined) {
    eventBridgeInto(value, at, found, messageId)
    return
  }
  // CloudTrail's own SNS notification: the keys are as they are, not URL-encoded.
  const keys = member(value, "s3ObjectKey")
  if (keys !== undefined) {
    const bucket = member(value, "s3Bucket")
    if (!Array.isArray(keys)) found.fail([...at, "s3ObjectKey"], "a list of object keys", describeValue(keys))
    else
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]
        const where = index([...at, "s3ObjectKey"], i)
        if (typeof key === "string") found.object(bucket, key, undefined, "cloudtrail-sns", where, messageId)
        else found.fail(where, "an object key", describeValue(key))
      }
    return
  }
  if (stringAt(value, "Event") === "s3:TestEvent") {
    found.skip(
      "test-event",
      "the test event S3 sends when notifications are configured",
      at,
      messageId,
      stringAt(value, "Bucket"),
    )
    return
  }
  // A Step Functions distributed map's batch: `Items` from the listing, the bucket in `BatchInput`.
  const items = member(value, "Items")
  if (Array.isArray(items)) {
    const input = member(value, "BatchInput")
    const bucket = member(input, "bucket") ?? member(input, "Bucket")
    for (let i = 0; i < items.length; i++)
      reference(items[i], index([...at, "Items"], i), found, messageId, bucket)
    return
  }
  if (member(value, "key") !== undefined || member(value, "Key") !== undefined) {
    reference(value, at, found, messageId, undefined)
    return
  }
  found.fail(at, EXPECTED, describeValue(value))
}

/** `{ bucket, key }` (or S3's spelling, `{ Bucket, Key }`): a key as it is, from a listing. */
const reference = (
  value: unknown,
  at: Segments,
  found: Found,
  messageId: string | undefined,
  defaultBucket: unknown,
): void => {
  const key = member(value, "key") ?? member(value, "Key")
  const bucket = member(value, "bucket") ?? member(value, "Bucket") ?? defaultBucket
  if (typeof key !== "string") {
    found.fail([...at, "key"], "an object key", describeValue(key))
    return
  }
  found.object(bucket, key, member(value, "size") ?? member(value, "Size"), "object-reference", at, messageId)
}

/** Internal (not re-exported): the log files named by `value`, with paths from `at`. */
export const logFilesAt = (
  value: unknown,
  at: Segments,
  options: LogFilesOptions,
  messageId?: string,
): LogFiles => {
  const found = new Found(options)
  try {
    walk(value, at, found, 0, messageId)
  } catch (error) {
    found.fail(
      at,
      EXPECTED,
      `a value that threw when read (${error instanceof Error ? error.name : "error"})`,
    )
  }
  return { files: found.files, skipped: found.skipped, failures: found.failures }
}

/**
 * The CloudTrail log objects named by a notification, each as `{ bucket, key }` with the
 * JSON path of the entry that named it. Recognises S3 event notifications (as S3 invokes a
 * function, in SQS messages, through SNS, raw or in SNS's envelope), EventBridge `Object
 * Created` events (direct or in SQS messages), CloudTrail's own SNS notification
 * (`s3Bucket`, `s3ObjectKey[]`), and `{ bucket, key }` references such as a Step Functions
 * distributed map passes from an S3 listing (one, a list, or a batch `{ Items, BatchInput }`).
 * Bytes or JSON text are read as JSON first.
 *
 * Keys come decoded: S3 URL-encodes them in its notifications (`+` for a space, `%2B` for a
 * `+`); CloudTrail's own and listings' are taken as they are. Digest files, objects not named
 * as log files, S3 events other than a new object, S3's test event and CloudTrail's SNS
 * validation message are left out with the reason; anything that is not a notification is a
 * failure with its path. Pure (no Node built-ins) and it never throws, whatever the input.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/configure-sns-notifications-for-cloudtrail.html
 * @example
 * import { logFilesIn } from "mediaconvert-cloudtrail"
 * const notification = {
 *   Records: [{ eventSource: "aws:s3", eventName: "ObjectCreated:Put", s3: { bucket: { name: "trail" },
 *     object: { key: "AWSLogs/111122223333/CloudTrail/us-west-2/2024/04/04/111122223333_CloudTrail_us-west-2_20240404T1745Z_AbCdEfGh12345678.json.gz" } } }],
 * }
 * for (const file of logFilesIn(notification).files) console.log(file.bucket, file.key, file.path)
 * @category Containers
 * @since 0.2.0
 */
export const logFilesIn = (input: unknown, options: LogFilesOptions = {}): LogFiles => {
  const bytes = bytesOf(input)
  if (bytes === undefined) return logFilesAt(input, [], options)
  const text = textOfBytes(bytes, [], {})
  if (text._tag === "Right") return logFilesAt(text.right, [], options)
  return { files: [], skipped: [], failures: [{ _tag: "failure", failure: text.left, path: "$" }] }
}
