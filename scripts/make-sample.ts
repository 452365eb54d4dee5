// npm run sample: writes samples/trail/, a small made-up trail (two days) of MediaConvert activity laid
// out as CloudTrail lays out a bucket (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/
// <account>_CloudTrail_<region>_<YYYYMMDD>T<HHmm>Z_<16 characters>.json.gz, plus one digest
// file). Deterministic: a seeded generator, fixed clock, gzip without a timestamp, so running
// it again gives the same bytes. Every value is invented; account 111122223333 is AWS's
// documentation account.
import { createHash } from "node:crypto"
import { rmSync } from "node:fs"
import { join } from "node:path"
import { apiCall, tlsDetails } from "./synthetic/envelope"
import { gzip, writeBelow } from "./synthetic/files"
import { assumedRole, awsService, iamUser, root as rootUser } from "./synthetic/identities"
import {
  ACCOUNT as account,
  DEFAULT_ROLE,
  isoSeconds as iso,
  jobId,
  logFileKey,
  logFileName,
  mediaConvertArn,
  uuid as uuid4,
} from "./synthetic/ids"
import { submittedJob } from "./synthetic/job"
import { chars, hex, int, pick, prng, weighted } from "./synthetic/random"

const root = join(import.meta.dirname ?? ".", "..", "samples", "trail")
const trailName = "management-events"
const bucket = "example-cloudtrail-logs-111122223333"

/** The same seed, the same sample. */
const random = prng(20240401)
const uuid = () => uuid4(random, "89ab")

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

interface Actor {
  readonly name: string
  readonly identity: (region: string) => { [key: string]: unknown }
  readonly sourceIPAddress: string
  readonly userAgent: string
  readonly console: boolean
  readonly operations: ReadonlyArray<readonly [string, number]>
}

const base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
const keyId = (prefix: string) => `${prefix}${chars(random, base32, 16)}`

const actors: ReadonlyArray<Actor> = [
  {
    name: "console admin",
    identity: () =>
      assumedRole({
        roleId: "AROAEXAMPLEADMINROLE01",
        session: "example-admin",
        role: "admin",
        accessKeyId: keyId("ASIA"),
        issuerId: `AROA${chars(random, base32, 17)}`,
        creationDate: "2024-04-01T08:02:11Z",
        mfa: true,
      }),
    sourceIPAddress: "203.0.113.100",
    userAgent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    console: true,
    operations: [
      ["CreateJob", 4],
      ["GetJob", 4],
      ["ListJobs", 4],
      ["CancelJob", 1],
      ["ListQueues", 2],
      ["CreateQueue", 0.4],
      ["DeleteQueue", 0.3],
      ["TagResource", 0.5],
    ],
  },
  {
    name: "pipeline lambda",
    identity: () =>
      assumedRole({
        roleId: "AROAEXAMPLEPIPELINE001",
        session: "transcode-submitter",
        role: "MediaPipelineRole",
        accessKeyId: keyId("ASIA"),
        issuerId: `AROA${chars(random, base32, 17)}`,
        path: "service-role/",
        creationDate: "2024-04-01T00:00:03Z",
        mfa: false,
      }),
    sourceIPAddress: "198.51.100.42",
    userAgent:
      "aws-sdk-js/3.556.0 ua/2.0 os/linux#5.10.214 lang/js md/nodejs#20.12.0 api/mediaconvert#3.556.0 exec-env/AWS_Lambda_nodejs20.x",
    console: false,
    operations: [
      ["CreateJob", 10],
      ["GetJob", 12],
    ],
  },
  {
    name: "ci deployer",
    identity: () =>
      iamUser({
        principalId: "AIDAEXAMPLECIDEPLOYER1",
        userName: "ci-deployer",
        accessKeyId: "AKIAEXAMPLECIDEPLOY1",
      }),
    sourceIPAddress: "192.0.2.17",
    userAgent: "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/mediaconvert",
    console: false,
    operations: [
      ["ListPresets", 2],
      ["CreateQueue", 0.6],
      ["TagResource", 1],
      ["ListQueues", 1],
      ["DeleteQueue", 0.3],
    ],
  },
  {
    name: "identity center user",
    identity: () => ({
      type: "IdentityCenterUser",
      accountId: account,
      onBehalfOf: {
        userId: "94482488-3041-7026-18f3-be45837cd0e4",
        identityStoreArn: `arn:aws:identitystore::${account}:identitystore/d-9067642ac7`,
      },
      credentialId: "EXAMPLEcredentialIdOfTheIdentityCenterSession0001",
    }),
    sourceIPAddress: "198.51.100.23",
    userAgent:
      "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/mediaconvert.list-jobs",
    console: false,
    operations: [
      ["ListJobs", 3],
      ["GetJob", 2],
    ],
  },
  {
    name: "root",
    identity: () => rootUser({ accessKeyId: keyId("ASIA"), creationDate: "2024-04-02T10:14:40Z", mfa: true }),
    sourceIPAddress: "203.0.113.7",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
    console: true,
    operations: [
      ["ListQueues", 1],
      ["ListJobs", 1],
    ],
  },
  {
    name: "aws service",
    identity: () => awsService("events.amazonaws.com"),
    sourceIPAddress: "events.amazonaws.com",
    userAgent: "events.amazonaws.com",
    console: false,
    operations: [["CreateJob", 3]],
  },
]

const actorWeights: ReadonlyArray<readonly [Actor, number]> = actors.map((actor, i) => [
  actor,
  [5, 9, 3, 2, 0.5, 1.5][i] ?? 1,
])

const regions = [
  ["us-west-2", 5],
  ["us-east-1", 1],
] as const

interface Job {
  readonly id: string
  readonly region: string
}
const jobs: Job[] = []
const queues: Map<string, string[]> = new Map([
  ["us-west-2", ["Default", "Priority"]],
  ["us-east-1", ["Default"]],
])

const role = (region: string) =>
  region === "us-west-2" ? DEFAULT_ROLE : `arn:aws:iam::${account}:role/MediaConvertRoleEast`
const queueArn = (region: string, name: string) => mediaConvertArn(`queues/${name}`, region)

const settings = (title: string, hls: boolean): { [key: string]: Json } => ({
  timecodeConfig: { source: "ZEROBASED" },
  inputs: [
    {
      fileInput: `s3://example-media-ingest/incoming/${title}.mov`,
      audioSelectors: { "Audio Selector 1": { defaultSelection: "DEFAULT" } },
      videoSelector: {},
      timecodeSource: "ZEROBASED",
    },
  ],
  outputGroups: [
    hls
      ? {
          name: "Apple HLS",
          outputGroupSettings: {
            type: "HLS_GROUP_SETTINGS",
            hlsGroupSettings: {
              segmentLength: 6,
              minSegmentLength: 0,
              destination: `s3://example-media-out/hls/${title}/`,
            },
          },
          outputs: [720, 1080].map((height) => ({
            nameModifier: `_${height}p`,
            containerSettings: { container: "M3U8" },
            videoDescription: {
              height,
              width: (height * 16) / 9,
              codecSettings: {
                codec: "H_264",
                h264Settings: {
                  rateControlMode: "QVBR",
                  maxBitrate: height * 5000,
                  sceneChangeDetect: "TRANSITION_DETECTION",
                },
              },
            },
            audioDescriptions: [
              {
                codecSettings: {
                  codec: "AAC",
                  aacSettings: { bitrate: 96000, codingMode: "CODING_MODE_2_0", sampleRate: 48000 },
                },
              },
            ],
          })),
        }
      : {
          name: "File Group",
          outputGroupSettings: {
            type: "FILE_GROUP_SETTINGS",
            fileGroupSettings: { destination: `s3://example-media-out/mp4/${title}` },
          },
          outputs: [
            {
              containerSettings: { container: "MP4", mp4Settings: {} },
              videoDescription: {
                codecSettings: {
                  codec: "H_264",
                  h264Settings: { rateControlMode: "QVBR", maxBitrate: 5000000 },
                },
              },
              audioDescriptions: [
                {
                  codecSettings: {
                    codec: "AAC",
                    aacSettings: { bitrate: 96000, codingMode: "CODING_MODE_2_0", sampleRate: 48000 },
                  },
                },
              ],
            },
          ],
        },
  ],
})

const titles = [
  "trailer-2024",
  "keynote-day1",
  "keynote-day2",
  "product-demo",
  "interview-01",
  "interview-02",
  "promo-30s",
]

/** Request, response and error of one call. */
const call = (
  operation: string,
  actor: Actor,
  region: string,
  ms: number,
): {
  request: Json
  response: unknown
  errorCode?: string
  errorMessage?: string
  readOnly: boolean
  name: string
} => {
  switch (operation) {
    case "CreateJob": {
      const id = jobId(random, ms - int(random, 400))
      const queueName = pick(random, queues.get(region) ?? ["Default"])
      const jobSettings = settings(pick(random, titles), random() < 0.6)
      const token = `${ms - 20000 - int(random, 5000)}-${chars(random, "abcdefghijklmnopqrstuvwxyz", 7)}`
      const request = {
        settings: jobSettings,
        role: role(region),
        queue: queueArn(region, queueName),
        clientRequestToken: token,
        statusUpdateInterval: "SECONDS_60",
        accelerationSettings: { mode: "DISABLED" },
        billingTagsSource: "JOB",
        priority: 0,
        userMetadata: { submittedBy: actor.name },
      }
      if (actor.name === "aws service" && random() < 0.25)
        return {
          request,
          response: null,
          errorCode: "BadRequestException",
          errorMessage: "Unable to access the input file.",
          readOnly: false,
          name: operation,
        }
      jobs.push({ id, region })
      const seconds = Math.floor(ms / 1000)
      return {
        request,
        response: {
          job: submittedJob({
            arn: mediaConvertArn(`jobs/${id}`, region),
            id,
            createdAt: seconds,
            queue: queueArn(region, queueName),
            role: role(region),
            settings: jobSettings,
            billingTagsSource: "JOB",
            clientRequestToken: token,
            userMetadata: { submittedBy: actor.name },
          }),
        },
        readOnly: false,
        name: operation,
      }
    }
    case "GetJob":
    case "CancelJob": {
      const known = jobs.filter((job) => job.region === region)
      if (known.length === 0) return call("ListJobs", actor, region, ms)
      const job = pick(random, known.slice(-8))
      if (operation === "CancelJob") jobs.splice(jobs.indexOf(job), 1)
      return { request: { id: job.id }, response: null, readOnly: operation === "GetJob", name: operation }
    }
    case "ListJobs":
      return {
        request: { maxResults: 20, order: "DESCENDING" },
        response: null,
        readOnly: true,
        name: operation,
      }
    case "ListQueues":
      return {
        request: { listBy: "NAME", order: "ASCENDING" },
        response: null,
        readOnly: true,
        name: operation,
      }
    case "ListPresets":
      // The CI user has no permission for presets: denied, without an errorMessage, as seen in real logs.
      return { request: null, response: null, errorCode: "AccessDenied", readOnly: true, name: operation }
    case "CreateQueue": {
      const name = `batch-${chars(random, "abcdefghijklmnopqrstuvwxyz", 5)}`
      queues.get(region)?.push(name)
      const seconds = Math.floor(ms / 1000)
      return {
        request: { name, description: "", tags: { team: "media" } },
        response: {
          queue: {
            arn: queueArn(region, name),
            createdAt: seconds,
            lastUpdated: seconds,
            type: "CUSTOM",
            status: "ACTIVE",
            description: "",
            name,
            submittedJobsCount: 0,
            progressingJobsCount: 0,
          },
        },
        readOnly: false,
        name: operation,
      }
    }
    case "DeleteQueue": {
      const list = queues.get(region) ?? []
      const custom = list.filter((name) => name.startsWith("batch-"))
      if (custom.length === 0) return call("ListQueues", actor, region, ms)
      const name = pick(random, custom)
      list.splice(list.indexOf(name), 1)
      return { request: { name }, response: null, readOnly: false, name: operation }
    }
    case "TagResource": {
      // Logged with a capital-T "Tags" (docs/quirks.md).
      const name = pick(random, queues.get(region) ?? ["Default"])
      return {
        request: { arn: queueArn(region, name), Tags: { CostCenter: pick(random, ["CC-1024", "CC-2048"]) } },
        response: null,
        readOnly: false,
        name: operation,
      }
    }
    default:
      return { request: null, response: null, readOnly: true, name: operation }
  }
}

const mediaConvertRecord = (ms: number): { region: string; record: { [key: string]: unknown } } => {
  const actor = weighted(random, actorWeights)
  const region = weighted(random, regions)
  const result = call(weighted(random, actor.operations), actor, region, ms)
  const record = apiCall({
    eventVersion: "1.09",
    userIdentity: actor.identity(region),
    eventTime: iso(ms),
    eventName: result.name,
    awsRegion: region,
    sourceIPAddress: actor.sourceIPAddress,
    userAgent: actor.userAgent,
    errorCode: result.errorCode,
    errorMessage: result.errorMessage,
    requestParameters: result.request,
    responseElements: result.response,
    requestID: uuid(),
    eventID: uuid(),
    readOnly: result.readOnly,
    tlsDetails: actor.name === "aws service" ? undefined : tlsDetails(region),
    sessionCredentialFromConsole: actor.console ? "true" : undefined,
  })
  return { region, record }
}

/** A few records of other services, as any real trail has. */
const otherRecord = (ms: number): { region: string; record: { [key: string]: unknown } } => {
  const actor = actors[1] as Actor
  const sts = random() < 0.5
  return {
    region: "us-west-2",
    record: apiCall({
      eventVersion: "1.08",
      userIdentity: actor.identity("us-west-2"),
      eventTime: iso(ms),
      eventSource: sts ? "sts.amazonaws.com" : "s3.amazonaws.com",
      eventName: sts ? "GetCallerIdentity" : "ListBuckets",
      awsRegion: "us-west-2",
      sourceIPAddress: actor.sourceIPAddress,
      userAgent: actor.userAgent,
      requestParameters: null,
      responseElements: null,
      requestID: uuid(),
      eventID: uuid(),
      readOnly: true,
    }),
  }
}

// Two days of activity, busier in working hours (small enough to ship in the npm package).
const start = Date.UTC(2024, 3, 1, 6, 0, 0)
const end = Date.UTC(2024, 3, 3, 0, 0, 0)
const records: { ms: number; region: string; record: { [key: string]: unknown } }[] = []
for (let ms = start; ms < end; ) {
  const hour = new Date(ms).getUTCHours()
  const busy = hour >= 8 && hour < 19
  // Whole milliseconds: job ids start with the 13-digit submit time.
  ms += Math.round((busy ? 8 : 45) * 60_000 * (0.2 + random() * 1.6))
  if (ms >= end) break
  const made = random() < 0.08 ? otherRecord(ms) : mediaConvertRecord(ms)
  records.push({ ms, ...made })
}

// Delivery: one file per region per two-hour window, delivered a few minutes after it ends.
const files = new Map<string, { region: string; delivered: number; records: unknown[] }>()
for (const { ms, region, record } of records) {
  const window = Math.floor(ms / 7_200_000) * 7_200_000
  const key = `${region}/${window}`
  let file = files.get(key)
  if (file === undefined) {
    file = { region, delivered: window + 7_200_000 + (3 + int(random, 9)) * 60_000, records: [] }
    files.set(key, file)
  }
  file.records.push(record)
}

rmSync(root, { recursive: true, force: true })
const digestEntries: { [key: string]: Json }[] = []
let total = 0
let bytes = 0
const compact = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z")
for (const file of files.values()) {
  const date = new Date(file.delivered)
  const day = date.toISOString().slice(0, 10).split("-")
  const stamp = compact(date).slice(0, 13)
  const unique = chars(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16)
  const key = logFileKey(file.region, day.join("/"), logFileName(file.region, `${stamp}Z`, unique))
  // Records within a file are not ordered in real logs; a light shuffle keeps that honest.
  const shuffled = [...file.records]
  for (let i = shuffled.length - 1; i > 0; i--) {
    if (random() < 0.3) {
      const j = int(random, i + 1)
      ;[shuffled[i], shuffled[j]] = [shuffled[j] as unknown, shuffled[i] as unknown]
    }
  }
  const gz = gzip(JSON.stringify({ Records: shuffled }), 9)
  writeBelow(root, key, gz)
  total += shuffled.length
  bytes += gz.length
  if (file.region === "us-west-2" && key.includes("/2024/04/02/"))
    digestEntries.push({
      s3Bucket: bucket,
      s3Object: key,
      hashValue: createHash("sha256").update(gz).digest("hex"),
      hashAlgorithm: "SHA-256",
      newestEventTime: iso(file.delivered - 5 * 60_000),
      oldestEventTime: iso(file.delivered - 125 * 60_000),
    })
}

// One digest file, for the day of 2 April in us-west-2.
const digestKey = join(
  "AWSLogs",
  account,
  "CloudTrail-Digest",
  "us-west-2",
  "2024",
  "04",
  "03",
  `${account}_CloudTrail-Digest_us-west-2_${trailName}_us-west-2_20240403T000000Z.json.gz`,
)
const digest = {
  awsAccountId: account,
  digestStartTime: "2024-04-02T00:00:00Z",
  digestEndTime: "2024-04-03T00:00:00Z",
  digestS3Bucket: bucket,
  digestS3Object: digestKey,
  digestPublicKeyFingerprint: hex(random, 32),
  digestSignatureAlgorithm: "SHA256withRSA",
  newestEventTime: "2024-04-02T23:55:00Z",
  oldestEventTime: "2024-04-02T00:05:00Z",
  previousDigestS3Bucket: bucket,
  previousDigestS3Object: digestKey.replace("/03/", "/02/").replace("20240403", "20240402"),
  previousDigestHashValue: hex(random, 64),
  previousDigestHashAlgorithm: "SHA-256",
  previousDigestSignature: hex(random, 512),
  logFiles: digestEntries,
}
writeBelow(root, digestKey, gzip(JSON.stringify(digest), 9))

console.log(
  `samples/trail: ${total} records in ${files.size} files (${(bytes / 1024).toFixed(0)} KiB), one digest file`,
)
