// Object keys as notifications carry them, and what a key names. Internal (not re-exported).
import { type Either, left, right } from "../../codec/fp"

/**
 * A key as S3 writes it into its event notifications (direct, through SQS or SNS) and its
 * EventBridge events: URL-encoded the way an HTML form is, so a space is `+` and a `+` is
 * `%2B`. CloudTrail's own SNS message and an S3 listing carry keys as they are.
 */
export const decodeObjectKey = (encoded: string): Either<string, string> => {
  try {
    return right(decodeURIComponent(encoded.replace(/\+/g, " ")))
  } catch {
    return left(`a key with a malformed %-escape: ${JSON.stringify(encoded.slice(0, 120))}`)
  }
}

/** What an object's key says it is. */
export type KeyKind = "log-file" | "digest-file" | "other"

// <account>_CloudTrail_<region>_<YYYYMMDD>T<HHmm>Z_<16 alphanumerics>.json.gz, and the same
// with CloudTrail-Insight for Insights files. The underscore before the random part is missing
// in an example on AWS's page; real files have it, both are accepted.
const logFileName = /^\d{12}_CloudTrail(?:-Insight)?_[a-z0-9-]+_\d{8}T\d{4}Z_?[A-Za-z0-9]+\.json(?:\.gz)?$/
const digestName = /_CloudTrail-Digest_/

/** Recognises a trail's log files and digest files by name; anything else is `other`. */
export const kindOfKey = (key: string): KeyKind => {
  const name = key.slice(key.lastIndexOf("/") + 1)
  if (digestName.test(name) || /(?:^|\/)CloudTrail-Digest\//.test(key)) return "digest-file"
  return logFileName.test(name) ? "log-file" : "other"
}
