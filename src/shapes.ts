/**
 * The codecs and types of every structure (220), every enumeration (482) and the request and
 * response of every operation (68) of the MediaConvert API, generated from the AWS model. Most
 * users never name them: a decoded record already has these types. Import them to check a part
 * of a record on its own, or to name a settings type in code of your own. The
 * [operation pages](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/Operations.html) show which fields each call logs.
 *
 * @module mediaconvert-cloudtrail/shapes
 */

// Re-exports only; no Node built-ins, like the main entry. Kept apart from "." because most
// users never name them.
export * from "./mediaconvert/generated/operations"
export * from "./mediaconvert/generated/shapes"
