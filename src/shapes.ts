// The public surface of "mediaconvert-cloudtrail/shapes": every structure of the MediaConvert
// API (220), every enumeration (482) and the request and response of every operation (68),
// generated from the AWS model. Re-exports only; no
// Node built-ins, like the main entry. Kept apart from "." because most users never name them.
export * from "./mediaconvert/generated/operations"
export * from "./mediaconvert/generated/shapes"
