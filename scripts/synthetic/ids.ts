// The account, region, ARNs and identifiers the synthetic records share. All invented:
// 111122223333 is the account AWS's own documentation uses.
import { chars, hex, type Random } from "./random"

/** The account every synthetic record belongs to. */
export const ACCOUNT = "111122223333"
/** The region of the fixtures and the sample, where one region is enough. */
export const REGION = "us-west-2"

/** The ARN of a MediaConvert resource (`queues/Default`, `jobs/<id>`, `presets/<name>`…). */
export const mediaConvertArn = (resource: string, region = REGION, account = ACCOUNT): string =>
  `arn:aws:mediaconvert:${region}:${account}:${resource}`

/** The role the MediaConvert console creates and jobs run as by default. */
export const DEFAULT_ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/MediaConvert_Default_Role`

/**
 * A random version 4 UUID (requestID, eventID). Its variant digit is drawn from `variants`;
 * the default, "a" alone, draws nothing (the benchmark's corpus), "89ab" draws one (the sample).
 */
export const uuid = (random: Random, variants = "a"): string =>
  `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${variants.length === 1 ? variants : chars(random, variants, 1)}${hex(random, 3)}-${hex(random, 12)}`

/** The characters after the dash of a MediaConvert job id. */
export const JOB_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"

/** A MediaConvert job id: the submit time in milliseconds, a dash, six random characters. */
export const jobId = (random: Random, ms: number): string => `${ms}-${chars(random, JOB_ID_ALPHABET, 6)}`

/** A time as CloudTrail writes eventTime: ISO 8601 in UTC, whole seconds. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z")

/** The name CloudTrail gives a log file; `stamp` is its delivery time as YYYYMMDDTHHmmZ. */
export const logFileName = (region: string, stamp: string, unique: string, account = ACCOUNT): string =>
  `${account}_CloudTrail_${region}_${stamp}_${unique}.json.gz`

/** Where CloudTrail puts a log file in its bucket; `day` is YYYY/MM/DD. */
export const logFileKey = (region: string, day: string, name: string, account = ACCOUNT): string =>
  `AWSLogs/${account}/CloudTrail/${region}/${day}/${name}`
