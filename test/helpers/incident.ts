// A day of a trail with an incident in it, written at test time as CloudTrail writes it
// (gzipped {"Records": [...]} files under AWSLogs/<account>/CloudTrail/<region>/yyyy/mm/dd/, and a
// digest folder). The story (docs/investigate.md walks through it):
// - the IAM user media-ci, whose long-term key normally calls from the CI runner (192.0.2.17),
//   calls from 203.0.113.66 on 2024-04-09 between 02:01 and 02:55 UTC (the evening of the 8th in
//   New York): it creates jobs that read the masters and write to a bucket the account does not
//   own (exfil-drop-4471), in us-east-1 and eu-west-1; its CreateJob with the admin role is
//   denied (iam:PassRole); it deletes the queue "priority" in us-east-1, and is denied in eu-west-1;
//   around it, STS and IAM records of the same key;
// - the pipeline (a role session from Lambda) submits to "priority" before, and fails after;
// - alice, a person at the console with MFA, cancels the first rogue job.
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"

export const ACCOUNT = "111122223333"
export const INCIDENT = {
  user: "media-ci",
  key: "AKIAEXAMPLEMEDIACI01",
  address: "203.0.113.66",
  usualAddress: "192.0.2.17",
  foreignBucket: "exfil-drop-4471",
  deletedQueue: "priority",
  jobEast: "1712628600000-x1x1x1",
  jobEu: "1712629200000-y2y2y2",
  pipelineJob: "1712584800000-aaaaaa",
  passRoleMessage: `User: arn:aws:iam::${ACCOUNT}:user/media-ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${ACCOUNT}:role/admin`,
  denyMessage: `User: arn:aws:iam::${ACCOUNT}:user/media-ci is not authorized to perform: mediaconvert:DeleteQueue on resource: arn:aws:mediaconvert:eu-west-1:${ACCOUNT}:queues/priority with an explicit deny in a service control policy`,
  notFoundMessage: "The queue you specified does not exist: priority",
} as const

type Json = Record<string, unknown>

const mediaCi: Json = {
  type: "IAMUser",
  principalId: "AIDAEXAMPLEMEDIACI01",
  arn: `arn:aws:iam::${ACCOUNT}:user/media-ci`,
  accountId: ACCOUNT,
  accessKeyId: INCIDENT.key,
  userName: "media-ci",
}

const roleSession = (role: string, session: string, key: string, mfa: boolean, created: string): Json => ({
  type: "AssumedRole",
  principalId: `AROAEXAMPLE${role
    .toUpperCase()
    .replace(/[^A-Z]/g, "")
    .slice(0, 9)}:${session}`,
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`,
  accountId: ACCOUNT,
  accessKeyId: key,
  sessionContext: {
    sessionIssuer: {
      type: "Role",
      principalId: `AROAEXAMPLE${role
        .toUpperCase()
        .replace(/[^A-Z]/g, "")
        .slice(0, 9)}`,
      arn: `arn:aws:iam::${ACCOUNT}:role/${role}`,
      accountId: ACCOUNT,
      userName: role,
    },
    attributes: { creationDate: created, mfaAuthenticated: mfa ? "true" : "false" },
  },
})

const pipeline = roleSession(
  "MediaPipelineRole",
  "transcode-submitter",
  "ASIAEXAMPLEPIPELINE1",
  false,
  "2024-04-08T13:55:00Z",
)
const aliceBefore = roleSession("admin", "alice", "ASIAEXAMPLEALICE0001", true, "2024-04-08T14:50:00Z")
const alice = roleSession("admin", "alice", "ASIAEXAMPLEALICE0002", true, "2024-04-09T12:50:00Z")

const PIPELINE_AGENT =
  "aws-sdk-js/3.540.0 ua/2.0 os/linux lang/js md/nodejs#20.12.0 api/mediaconvert#3.540.0 exec-env/AWS_Lambda_nodejs20.x"
const CLI_AGENT = "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0 exe/x86_64.debian.12 command/mediaconvert"
const CI_AGENT = "aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.1 api/mediaconvert#1.53.0"
const BROWSER =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/123.0 Safari/537.36"

let sequence = 0

const call = (
  source: string,
  name: string,
  time: string,
  region: string,
  who: Json,
  from: string,
  agent: string,
  request: unknown,
  response: unknown,
  error?: { code: string; message: string },
  extra: Json = {},
): Json => {
  sequence++
  const n = String(sequence).padStart(4, "0")
  return {
    eventVersion: "1.09",
    userIdentity: who,
    eventTime: time,
    eventSource: `${source}.amazonaws.com`,
    eventName: name,
    awsRegion: region,
    sourceIPAddress: from,
    userAgent: agent,
    ...(error !== undefined ? { errorCode: error.code, errorMessage: error.message } : {}),
    requestParameters: request,
    responseElements: response,
    requestID: `5f1d2c3b-${n}-4e6f-8a7b-00000000${n}`,
    eventID: `a1b2c3d4-${n}-4a7b-8c9d-00000000${n}`,
    readOnly: name.startsWith("Get") || name.startsWith("List"),
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: "Management",
    ...extra,
  }
}

const mc = (
  name: string,
  time: string,
  region: string,
  who: Json,
  from: string,
  agent: string,
  request: unknown,
  response: unknown,
  error?: { code: string; message: string },
  extra: Json = {},
): Json => call("mediaconvert", name, time, region, who, from, agent, request, response, error, extra)

const settings = (input: string, destinations: ReadonlyArray<string>): Json => ({
  inputs: [{ fileInput: input }],
  outputGroups: destinations.map((destination, i) =>
    i === 0
      ? {
          outputGroupSettings: { type: "FILE_GROUP_SETTINGS", fileGroupSettings: { destination } },
          outputs: [{ containerSettings: { container: "MP4" } }],
        }
      : {
          outputGroupSettings: { type: "HLS_GROUP_SETTINGS", hlsGroupSettings: { destination } },
          outputs: [{ containerSettings: { container: "M3U8" } }],
        },
  ),
})

const createJob = (
  time: string,
  region: string,
  who: Json,
  from: string,
  agent: string,
  job: { id?: string; role: string; queue: string; input: string; destinations: ReadonlyArray<string> },
  error?: { code: string; message: string },
): Json => {
  const role = `arn:aws:iam::${ACCOUNT}:role/${job.role}`
  const jobSettings = settings(job.input, job.destinations)
  const request = { role, queue: job.queue, settings: jobSettings }
  const response =
    job.id === undefined
      ? null
      : {
          job: {
            id: job.id,
            arn: `arn:aws:mediaconvert:${region}:${ACCOUNT}:jobs/${job.id}`,
            createdAt: Math.floor(Date.parse(time) / 1000),
            status: "SUBMITTED",
            role,
            queue: `arn:aws:mediaconvert:${region}:${ACCOUNT}:queues/${job.queue}`,
            settings: jobSettings,
          },
        }
  return mc("CreateJob", time, region, who, from, agent, request, response, error)
}

/** Every record of the day, in no particular order (files hold them by region and hour). */
export const incidentRecords = (): Json[] => {
  sequence = 0
  const east = "us-east-1"
  const eu = "eu-west-1"
  const at = INCIDENT.address
  return [
    // The day before: the pipeline, alice and the CI runner as usual.
    createJob("2024-04-08T14:00:00Z", east, pipeline, "198.51.100.42", PIPELINE_AGENT, {
      id: INCIDENT.pipelineJob,
      role: "MediaConvertRole",
      queue: INCIDENT.deletedQueue,
      input: "s3://example-media-masters/ep-101.mov",
      destinations: ["s3://example-media-out/mp4/ep-101/", "s3://example-media-out/hls/ep-101/"],
    }),
    mc(
      "GetJob",
      "2024-04-08T14:05:00Z",
      east,
      pipeline,
      "198.51.100.42",
      PIPELINE_AGENT,
      { id: INCIDENT.pipelineJob },
      null,
    ),
    mc(
      "CreateJobTemplate",
      "2024-04-08T15:00:00Z",
      east,
      aliceBefore,
      "198.51.100.10",
      BROWSER,
      { name: "hls-ladder", queue: INCIDENT.deletedQueue, settings: { outputGroups: [] } },
      null,
      undefined,
      { sessionCredentialFromConsole: "true" },
    ),
    mc(
      "ListJobs",
      "2024-04-08T16:30:00Z",
      east,
      mediaCi,
      INCIDENT.usualAddress,
      CI_AGENT,
      { maxResults: 20 },
      null,
    ),
    // The incident: media-ci's key from an address it never used.
    call("sts", "GetCallerIdentity", "2024-04-09T02:01:00Z", east, mediaCi, at, CLI_AGENT, null, null),
    mc("ListQueues", "2024-04-09T02:05:00Z", east, mediaCi, at, CLI_AGENT, { maxResults: 20 }, null),
    createJob("2024-04-09T02:10:00Z", east, mediaCi, at, CLI_AGENT, {
      id: INCIDENT.jobEast,
      role: "MediaConvertRole",
      queue: "Default",
      input: "s3://example-media-masters/feature-2024.mov",
      destinations: [`s3://${INCIDENT.foreignBucket}/feature/`, `s3://${INCIDENT.foreignBucket}/hls/`],
    }),
    createJob(
      "2024-04-09T02:12:00Z",
      east,
      mediaCi,
      at,
      CLI_AGENT,
      {
        role: "admin",
        queue: "Default",
        input: "s3://example-media-masters/feature-2024.mov",
        destinations: [`s3://${INCIDENT.foreignBucket}/admin/`],
      },
      { code: "AccessDenied", message: INCIDENT.passRoleMessage },
    ),
    createJob("2024-04-09T02:20:00Z", eu, mediaCi, at, CLI_AGENT, {
      id: INCIDENT.jobEu,
      role: "MediaConvertRole",
      queue: "Default",
      input: "s3://example-media-masters-eu/series-s02e01.mov",
      destinations: [`s3://${INCIDENT.foreignBucket}/eu/`],
    }),
    mc(
      "DeleteQueue",
      "2024-04-09T02:40:00Z",
      east,
      mediaCi,
      at,
      CLI_AGENT,
      { name: INCIDENT.deletedQueue },
      null,
    ),
    mc(
      "DeleteQueue",
      "2024-04-09T02:41:00Z",
      eu,
      mediaCi,
      at,
      CLI_AGENT,
      { name: INCIDENT.deletedQueue },
      null,
      { code: "AccessDeniedException", message: INCIDENT.denyMessage },
    ),
    mc("GetJob", "2024-04-09T02:50:00Z", east, mediaCi, at, CLI_AGENT, { id: INCIDENT.jobEast }, null),
    call(
      "iam",
      "ListAccessKeys",
      "2024-04-09T02:55:00Z",
      east,
      mediaCi,
      at,
      CLI_AGENT,
      { userName: "media-ci" },
      null,
    ),
    // What the deleted queue broke, and the response.
    createJob(
      "2024-04-09T09:00:00Z",
      east,
      pipeline,
      "198.51.100.42",
      PIPELINE_AGENT,
      {
        role: "MediaConvertRole",
        queue: INCIDENT.deletedQueue,
        input: "s3://example-media-masters/ep-102.mov",
        destinations: ["s3://example-media-out/mp4/ep-102/"],
      },
      { code: "NotFoundException", message: INCIDENT.notFoundMessage },
    ),
    mc(
      "CancelJob",
      "2024-04-09T13:00:00Z",
      east,
      alice,
      "198.51.100.10",
      BROWSER,
      { id: INCIDENT.jobEast },
      null,
      undefined,
      { sessionCredentialFromConsole: "true" },
    ),
  ]
}

/** Writes the day as a trail folder under `root` (one gzipped file per region and hour, and a digest) and returns its path. */
export const writeIncidentTrail = (root: string): string => {
  const trail = join(root, "AWSLogs", ACCOUNT)
  const files = new Map<string, Json[]>()
  for (const record of incidentRecords()) {
    const time = String(record.eventTime)
    const region = String(record.awsRegion)
    const [date = "", clock = ""] = time.split("T")
    const [year, month, day] = date.split("-")
    const hour = clock.slice(0, 2)
    const name = `${ACCOUNT}_CloudTrail_${region}_${date.replaceAll("-", "")}T${hour}05Z_${region.replaceAll("-", "")}${hour}.json.gz`
    const path = join(trail, "CloudTrail", region, year ?? "", month ?? "", day ?? "", name)
    files.set(path, [...(files.get(path) ?? []), record])
  }
  for (const [path, records] of files) {
    mkdirSync(join(path, ".."), { recursive: true })
    writeFileSync(path, gzipSync(JSON.stringify({ Records: records })))
  }
  const digest = join(trail, "CloudTrail-Digest", "us-east-1", "2024", "04", "09")
  mkdirSync(digest, { recursive: true })
  writeFileSync(
    join(digest, `${ACCOUNT}_CloudTrail-Digest_us-east-1_incident_us-east-1_20240409T030000Z.json.gz`),
    gzipSync(
      JSON.stringify({ awsAccountId: ACCOUNT, digestStartTime: "2024-04-09T02:00:00Z", logFiles: [] }),
    ),
  )
  return root
}

const stateEvent = (
  id: string,
  jobId: string,
  region: string,
  time: string,
  status: string,
  detail: Json = {},
): Json => ({
  version: "0",
  id,
  "detail-type": "MediaConvert Job State Change",
  source: "aws.mediaconvert",
  account: ACCOUNT,
  time,
  region,
  resources: [`arn:aws:mediaconvert:${region}:${ACCOUNT}:jobs/${jobId}`],
  detail: {
    timestamp: Date.parse(time),
    accountId: ACCOUNT,
    queue: `arn:aws:mediaconvert:${region}:${ACCOUNT}:queues/Default`,
    jobId,
    status,
    userMetadata: {},
    ...detail,
  },
})

/** A job that failed and whose CreateJob is not in the trail (it was submitted the day before). */
export const ORPHAN_JOB = "1712540000000-zzzzzz"

/**
 * MediaConvert's job-state events of the day, as an EventBridge rule archived them to S3 through
 * Firehose (JSON Lines, gzipped), with one event delivered twice. Written to `<root>/job-states/`.
 */
export const writeIncidentStates = (root: string): string => {
  const east = "us-east-1"
  const eu = "eu-west-1"
  const completeEu = stateEvent(
    "0b7c0001-0000-4000-8000-000000000004",
    INCIDENT.jobEu,
    eu,
    "2024-04-09T02:35:00Z",
    "COMPLETE",
    {
      outputGroupDetails: [
        {
          outputDetails: [
            {
              outputFilePaths: [`s3://${INCIDENT.foreignBucket}/eu/series-s02e01.mp4`],
              durationInMs: 2_640_000,
            },
          ],
          type: "FILE_GROUP",
        },
      ],
    },
  )
  const events = [
    stateEvent(
      "0b7c0001-0000-4000-8000-000000000001",
      INCIDENT.pipelineJob,
      east,
      "2024-04-08T14:20:00Z",
      "COMPLETE",
      {
        outputGroupDetails: [
          {
            outputDetails: [
              { outputFilePaths: ["s3://example-media-out/mp4/ep-101/ep-101.mp4"], durationInMs: 1_320_000 },
            ],
            type: "FILE_GROUP",
          },
        ],
      },
    ),
    stateEvent(
      "0b7c0001-0000-4000-8000-000000000002",
      INCIDENT.jobEast,
      east,
      "2024-04-09T02:11:00Z",
      "PROGRESSING",
    ),
    stateEvent(
      "0b7c0001-0000-4000-8000-000000000003",
      INCIDENT.jobEu,
      eu,
      "2024-04-09T02:21:00Z",
      "PROGRESSING",
    ),
    completeEu,
    completeEu,
    stateEvent("0b7c0001-0000-4000-8000-000000000005", ORPHAN_JOB, east, "2024-04-09T04:00:00Z", "ERROR", {
      errorCode: 1040,
      errorMessage: "Example error message",
    }),
    stateEvent(
      "0b7c0001-0000-4000-8000-000000000006",
      INCIDENT.jobEast,
      east,
      "2024-04-09T13:00:05Z",
      "CANCELED",
    ),
  ]
  const folder = join(root, "job-states")
  mkdirSync(folder, { recursive: true })
  writeFileSync(
    join(folder, "mediaconvert-job-states-2024-04-09.jsonl.gz"),
    gzipSync(`${events.map((event) => JSON.stringify(event)).join("\n")}\n`),
  )
  return folder
}
