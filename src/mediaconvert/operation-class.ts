import { operationTable } from "./generated/operation-table"

/**
 * What an operation does to MediaConvert's resources.
 *
 * @example
 * import type { OperationClass } from "mediaconvert-cloudtrail"
 * const kind: OperationClass = "delete"
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export type OperationClass = "create" | "read" | "update" | "delete" | "other"

/**
 * Every MediaConvert operation with its HTTP method and path, whether CloudTrail marks its
 * records read-only, and its {@link OperationClass}; generated from the AWS model.
 *
 * @example
 * import { mediaConvertOperations } from "mediaconvert-cloudtrail"
 * console.log(mediaConvertOperations.CreateJob) // { method: "POST", path: "/2017-08-29/jobs", readOnly: false, operationClass: "create" }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const mediaConvertOperations: {
  readonly [K in keyof typeof operationTable]: {
    readonly method: string
    readonly path: string
    readonly readOnly: boolean
    readonly operationClass: OperationClass
  }
} = operationTable

const entry = (eventName: unknown) =>
  typeof eventName === "string" && Object.hasOwn(operationTable, eventName)
    ? operationTable[eventName as keyof typeof operationTable]
    : undefined

/**
 * Whether CloudTrail marks records of a MediaConvert operation read-only; `undefined` for a
 * name that is not a MediaConvert operation. (`Probe`, `DescribeEndpoints` and
 * `StartJobsQuery` are POSTs that change nothing, so they count as read-only.)
 *
 * @example
 * import { isReadOnly } from "mediaconvert-cloudtrail"
 * isReadOnly("GetJob") // true
 * isReadOnly("CancelJob") // false
 * isReadOnly("RunInstances") // undefined
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const isReadOnly = (eventName: string): boolean | undefined => entry(eventName)?.readOnly

/**
 * The class of a MediaConvert operation (`create`, `read`, `update`, `delete`, `other`);
 * `undefined` for a name that is not a MediaConvert operation.
 *
 * @example
 * import { operationClassOf } from "mediaconvert-cloudtrail"
 * operationClassOf("CreateQueue") // "create"
 * operationClassOf("UntagResource") // "delete"
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const operationClassOf = (eventName: string): OperationClass | undefined =>
  entry(eventName)?.operationClass
