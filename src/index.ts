// The public surface of "mediaconvert-cloudtrail": re-exports only. Nothing here, or in
// anything it imports, may use a Node built-in: this entry runs in browsers and edge runtimes.

export * from "./codec/json"
export * from "./codec/primitives"
export * from "./codec/struct"
export * from "./codec/tagged"
export * from "./codec/unlisted"
export * from "./decode"
export * from "./failure"
export * from "./identity/identity-of"
export * from "./identity/user-identity"
export * from "./mediaconvert/arn"
export * from "./mediaconvert/event"
export * from "./mediaconvert/job-id"
export * from "./mediaconvert/operations"
export * from "./origin/origin-of"
export * from "./record/parts"
export * from "./record/record"
