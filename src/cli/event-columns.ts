// The columns of `events`: what an investigation asks of one call.
import { member } from "../codec/read"
import { destinationsOf, inputsOf } from "../mediaconvert/jobs"
import { resourceOf } from "../mediaconvert/resource"
import type { CloudTrailRecord } from "../record/record"
import type { Column, ColumnSet } from "./columns"
import { type Facts, roleAndQueueOf } from "./facts"

export interface EventRow {
  readonly record: CloudTrailRecord
  readonly facts: Facts
}

const or = (value: string | undefined): string | null => value ?? null

const text = (value: unknown): string | null => (typeof value === "string" ? value : null)

/** A MediaConvert resource as `queue priority`; for other services, the ARNs of `resources`. */
const resourceText = ({ record, facts }: EventRow): string | null => {
  const found = resourceOf(record)
  if (found._tag === "Some") return `${found.value.type} ${found.value.name}`
  const resources = member(record, "resources")
  if (Array.isArray(resources)) {
    const arns = resources.flatMap((resource) => {
      const arn = member(resource, "ARN")
      return typeof arn === "string" ? [arn] : []
    })
    if (arns.length > 0) return arns.join(" ")
  }
  return or(facts.jobId)
}

/** Who, with the account unless the label already names it. */
const whoText = (facts: Facts): string =>
  facts.account !== undefined && !facts.identity.includes(facts.account)
    ? `${facts.identity} (${facts.account})`
    : facts.identity

const columns: ReadonlyArray<Column<EventRow>> = [
  { id: "time", header: "Time", about: "eventTime as logged", value: (row) => row.facts.time, keep: true },
  {
    id: "service",
    header: "Service",
    about: "eventSource without .amazonaws.com",
    value: (row) => or(row.facts.service?.replace(/\.amazonaws\.com$/, "")),
  },
  { id: "operation", header: "Operation", about: "eventName", value: (row) => row.facts.operation },
  {
    id: "serviceCall",
    header: "Service, operation, region",
    about: "the service, the operation and its region in one column (the --all-services table's)",
    value: ({ facts }) =>
      [facts.service?.replace(/\.amazonaws\.com$/, ""), facts.operation, facts.region]
        .filter((part) => part !== undefined)
        .join(" "),
  },
  {
    id: "call",
    header: "Operation, region",
    about: "the operation and its region in one column (the default table's)",
    value: ({ facts }) =>
      facts.region !== undefined ? `${facts.operation} ${facts.region}` : facts.operation,
  },
  { id: "region", header: "Region", about: "awsRegion", value: (row) => or(row.facts.region) },
  {
    id: "resource",
    header: "Resource",
    about:
      "what the call acted on: job, queue, preset, jobTemplate, certificate (or the record's resource ARNs)",
    value: resourceText,
  },
  {
    id: "jobId",
    header: "Job",
    about: "the job id the call is about",
    value: (row) => or(row.facts.jobId),
    keep: true,
  },
  {
    id: "error",
    header: "Error",
    about: "errorCode and errorMessage",
    value: ({ facts }) =>
      facts.errorCode === undefined
        ? null
        : facts.errorMessage !== undefined
          ? `${facts.errorCode}: ${facts.errorMessage}`
          : facts.errorCode,
  },
  { id: "errorCode", header: "Error code", about: "errorCode", value: (row) => or(row.facts.errorCode) },
  {
    id: "errorMessage",
    header: "Error message",
    about: "errorMessage",
    value: (row) => or(row.facts.errorMessage),
  },
  {
    id: "origin",
    header: "Origin",
    about: "the channel and the source address",
    value: ({ facts }) =>
      facts.sourceIPAddress !== undefined ? `${facts.channel} ${facts.sourceIPAddress}` : facts.channel,
  },
  {
    id: "channel",
    header: "Channel",
    about: "console, programmatic, aws-service, aws-internal or unknown",
    value: (row) => row.facts.channel,
  },
  {
    id: "sourceIPAddress",
    header: "Source",
    about: "sourceIPAddress",
    value: (row) => or(row.facts.sourceIPAddress),
  },
  {
    id: "identity",
    header: "Identity",
    about: "who (the table adds their account)",
    value: (row) => row.facts.identity,
    cell: (row) => whoText(row.facts),
  },
  {
    id: "identityKind",
    header: "Kind",
    about: "the kind of principal (iam-user, assumed-role…)",
    value: (row) => row.facts.identityKind,
  },
  {
    id: "account",
    header: "Account",
    about: "the principal's account",
    value: (row) => or(row.facts.account),
  },
  { id: "arn", header: "ARN", about: "the principal's ARN", value: (row) => or(row.facts.who.arn) },
  {
    id: "accessKey",
    header: "Access key",
    about: "userIdentity.accessKeyId",
    value: (row) => or(row.facts.who.accessKeyId),
  },
  {
    id: "credentials",
    header: "Credentials",
    about: "long-term or temporary, as the key's prefix says",
    value: (row) => row.facts.who.credentialHint,
  },
  {
    id: "mfa",
    header: "MFA",
    about: "whether the session was authenticated with MFA (empty: not said)",
    value: (row) => row.facts.who.mfa ?? null,
  },
  {
    id: "userAgent",
    header: "User agent",
    about: "userAgent (the caller's claim)",
    value: (row) => or(row.facts.userAgent),
  },
  {
    id: "inputs",
    header: "Inputs",
    about: "the files a job call reads",
    value: (row) => inputsOf(row.record).map((input) => input.url),
  },
  {
    id: "destinations",
    header: "Destinations",
    about: "where a job call writes",
    value: (row) => destinationsOf(row.record).map((destination) => destination.url),
  },
  {
    id: "role",
    header: "Role",
    about: "the IAM role a CreateJob passes",
    value: (row) => or(roleAndQueueOf(row.record).role),
  },
  {
    id: "eventId",
    header: "Event id",
    about: "eventID",
    value: (row) => text(member(row.record, "eventID")),
  },
  {
    id: "requestId",
    header: "Request id",
    about: "requestID",
    value: (row) => text(member(row.record, "requestID")),
  },
]

export const eventColumns: ColumnSet<EventRow> = {
  all: columns,
  // Seven facts in six columns, so the table fits 120 columns without breaking a time or a job id.
  table: ["time", "call", "resource", "error", "origin", "identity"],
  wide: ["accessKey", "userAgent", "inputs", "destinations"],
  script: [
    "time",
    "operation",
    "region",
    "resource",
    "errorCode",
    "errorMessage",
    "jobId",
    "channel",
    "sourceIPAddress",
    "identity",
    "identityKind",
    "account",
  ],
}

/** With --all-services, the table says which service each call went to. */
export const allServicesColumns: ColumnSet<EventRow> = {
  ...eventColumns,
  table: ["time", "serviceCall", ...eventColumns.table.slice(2)],
  script: ["time", "service", ...eventColumns.script.slice(1)],
}
