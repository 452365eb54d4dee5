// The public surface of "mediaconvert-cloudtrail/shapes": every structure of the MediaConvert
// API (220) and every enumeration (482), generated from the AWS model. Re-exports only; no
// Node built-ins, like the main entry. Kept apart from "." because most users never name them.
export * from "./mediaconvert/generated/shapes"
