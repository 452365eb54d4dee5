// npm run sample: writes samples/trail/, a small made-up trail (two days) of MediaConvert activity laid
// out as CloudTrail lays out a bucket (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/
// <account>_CloudTrail_<region>_<YYYYMMDD>T<HHmm>Z_<16 characters>.json.gz, plus one digest
// file). Deterministic: a seeded generator, fixed clock, gzip without a timestamp, so running
// it again gives the same bytes. Every value is invented; account 111122223333 is AWS's
// documentation account.
import { createHash } from "node:crypto"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { gzipSync } from "fflate"

const root = join(import.meta.dirname ?? ".", "..", "samples", "trail")
const account = "111122223333"
const trailName = "management-events"
const bucket = "example-cloudtrail-logs-111122223333"

/** A small seeded generator (mulberry32): the same seed, the same sample. */
const generator = (seed: number) => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (below: number): number => Math.floor(next() * below)
  const pick = <T>(items: ReadonlyArray<T>): T => items[int(items.length)] as T
  const chars = (alphabet: string, n: number): string =>
    Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join("")
  const hex = (n: number): string => chars("0123456789abcdef", n)
  const uuid = (): string =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`
  /** Picks by weight: [[value, weight], …]. */
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0)
    let roll = next() * total
    for (const [value, weight] of items) {
      roll -= weight
      if (roll < 0) return value
    }
    return (items[items.length - 1] as readonly [T, number])[0]
  }
  return { next, int, pick, chars, hex, uuid, weighted }
}

const random = generator(20240401)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

interface Actor {
  readonly name: string
  readonly identity: (region: string) => { [key: string]: Json }
  readonly sourceIPAddress: string
  readonly userAgent: string
  readonly console: boolean
  readonly operations: ReadonlyArray<readonly [string, number]>
}

const sessionContext = (
  role: string,
  path: string,
  created: string,
  mfa: boolean,
): { [key: string]: Json } => ({
  sessionIssuer: {
    type: "Role",
    principalId: `AROA${random.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17)}`,
    arn: `arn:aws:iam::${account}:role/${path}${role}`,
    accountId: account,
    userName: role,
  },
  attributes: { creationDate: created, mfaAuthenticated: String(mfa) },
})

const keyId = (prefix: string) => `${prefix}${random.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`

const actors: ReadonlyArray<Actor> = [
  {
    name: "console admin",
    identity: () => ({
      type: "AssumedRole",
      principalId: "AROAEXAMPLEADMINROLE01:example-admin",
      arn: `arn:aws:sts::${account}:assumed-role/admin/example-admin`,
      accountId: account,
      accessKeyId: keyId("ASIA"),
      sessionContext: sessionContext("admin", "", "2024-04-01T08:02:11Z", true),
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
    identity: () => ({
      type: "AssumedRole",
      principalId: "AROAEXAMPLEPIPELINE001:transcode-submitter",
      arn: `arn:aws:sts::${account}:assumed-role/MediaPipelineRole/transcode-submitter`,
      accountId: account,
      accessKeyId: keyId("ASIA"),
      sessionContext: sessionContext("MediaPipelineRole", "service-role/", "2024-04-01T00:00:03Z", false),
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
    identity: () => ({
      type: "IAMUser",
      principalId: "AIDAEXAMPLECIDEPLOYER1",
      arn: `arn:aws:iam::${account}:user/ci-deployer`,
      accountId: account,
      accessKeyId: "AKIAEXAMPLECIDEPLOY1",
      userName: "ci-deployer",
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
    identity: () => ({
      type: "Root",
      principalId: account,
      arn: `arn:aws:iam::${account}:root`,
      accountId: account,
      accessKeyId: keyId("ASIA"),
      sessionContext: { attributes: { creationDate: "2024-04-02T10:14:40Z", mfaAuthenticated: "true" } },
    }),
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
    identity: () => ({ type: "AWSService", invokedBy: "events.amazonaws.com" }),
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

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z")

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
  region === "us-west-2"
    ? `arn:aws:iam::${account}:role/service-role/MediaConvert_Default_Role`
    : `arn:aws:iam::${account}:role/MediaConvertRoleEast`
const queueArn = (region: string, name: string) => `arn:aws:mediaconvert:${region}:${account}:queues/${name}`

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
  response: Json
  errorCode?: string
  errorMessage?: string
  readOnly: boolean
  name: string
} => {
  switch (operation) {
    case "CreateJob": {
      const id = `${ms - random.int(400)}-${random.chars("abcdefghijklmnopqrstuvwxyz0123456789", 6)}`
      const queueName = random.pick(queues.get(region) ?? ["Default"])
      const jobSettings = settings(random.pick(titles), random.next() < 0.6)
      const token = `${ms - 20000 - random.int(5000)}-${random.chars("abcdefghijklmnopqrstuvwxyz", 7)}`
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
      if (actor.name === "aws service" && random.next() < 0.25)
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
          job: {
            arn: `arn:aws:mediaconvert:${region}:${account}:jobs/${id}`,
            id,
            createdAt: seconds,
            queue: queueArn(region, queueName),
            role: role(region),
            settings: jobSettings,
            status: "SUBMITTED",
            timing: { submitTime: seconds },
            billingTagsSource: "JOB",
            accelerationSettings: { mode: "DISABLED" },
            statusUpdateInterval: "SECONDS_60",
            priority: 0,
            accelerationStatus: "NOT_APPLICABLE",
            messages: { info: [], warning: [] },
            clientRequestToken: token,
            userMetadata: { submittedBy: actor.name },
          },
        },
        readOnly: false,
        name: operation,
      }
    }
    case "GetJob":
    case "CancelJob": {
      const known = jobs.filter((job) => job.region === region)
      if (known.length === 0) return call("ListJobs", actor, region, ms)
      const job = random.pick(known.slice(-8))
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
      const name = `batch-${random.chars("abcdefghijklmnopqrstuvwxyz", 5)}`
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
      const name = random.pick(custom)
      list.splice(list.indexOf(name), 1)
      return { request: { name }, response: null, readOnly: false, name: operation }
    }
    case "TagResource": {
      // Logged with a capital-T "Tags" (docs/quirks.md).
      const name = random.pick(queues.get(region) ?? ["Default"])
      return {
        request: { arn: queueArn(region, name), Tags: { CostCenter: random.pick(["CC-1024", "CC-2048"]) } },
        response: null,
        readOnly: false,
        name: operation,
      }
    }
    default:
      return { request: null, response: null, readOnly: true, name: operation }
  }
}

const mediaConvertRecord = (ms: number): { region: string; record: { [key: string]: Json } } => {
  const actor = random.weighted(actorWeights)
  const region = random.weighted(regions)
  const result = call(random.weighted(actor.operations), actor, region, ms)
  const record: { [key: string]: Json } = {
    eventVersion: "1.09",
    userIdentity: actor.identity(region),
    eventTime: iso(ms),
    eventSource: "mediaconvert.amazonaws.com",
    eventName: result.name,
    awsRegion: region,
    sourceIPAddress: actor.sourceIPAddress,
    userAgent: actor.userAgent,
    ...(result.errorCode !== undefined ? { errorCode: result.errorCode } : {}),
    ...(result.errorMessage !== undefined ? { errorMessage: result.errorMessage } : {}),
    requestParameters: result.request,
    responseElements: result.response,
    requestID: random.uuid(),
    eventID: random.uuid(),
    readOnly: result.readOnly,
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: account,
    eventCategory: "Management",
    ...(actor.name === "aws service"
      ? {}
      : {
          tlsDetails: {
            tlsVersion: "TLSv1.3",
            cipherSuite: "TLS_AES_128_GCM_SHA256",
            clientProvidedHostHeader: `mediaconvert.${region}.amazonaws.com`,
          },
        }),
    ...(actor.console ? { sessionCredentialFromConsole: "true" } : {}),
  }
  return { region, record }
}

/** A few records of other services, as any real trail has. */
const otherRecord = (ms: number): { region: string; record: { [key: string]: Json } } => {
  const actor = actors[1] as Actor
  const sts = random.next() < 0.5
  return {
    region: "us-west-2",
    record: {
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
      requestID: random.uuid(),
      eventID: random.uuid(),
      readOnly: true,
      eventType: "AwsApiCall",
      managementEvent: true,
      recipientAccountId: account,
      eventCategory: "Management",
    },
  }
}

// Two days of activity, busier in working hours (small enough to ship in the npm package).
const start = Date.UTC(2024, 3, 1, 6, 0, 0)
const end = Date.UTC(2024, 3, 3, 0, 0, 0)
const records: { ms: number; region: string; record: { [key: string]: Json } }[] = []
for (let ms = start; ms < end; ) {
  const hour = new Date(ms).getUTCHours()
  const busy = hour >= 8 && hour < 19
  // Whole milliseconds: job ids start with the 13-digit submit time.
  ms += Math.round((busy ? 8 : 45) * 60_000 * (0.2 + random.next() * 1.6))
  if (ms >= end) break
  const made = random.next() < 0.08 ? otherRecord(ms) : mediaConvertRecord(ms)
  records.push({ ms, ...made })
}

// Delivery: one file per region per two-hour window, delivered a few minutes after it ends.
const files = new Map<string, { region: string; delivered: number; records: Json[] }>()
for (const { ms, region, record } of records) {
  const window = Math.floor(ms / 7_200_000) * 7_200_000
  const key = `${region}/${window}`
  let file = files.get(key)
  if (file === undefined) {
    file = { region, delivered: window + 7_200_000 + (3 + random.int(9)) * 60_000, records: [] }
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
  const name = `${account}_CloudTrail_${file.region}_${stamp}Z_${random.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16)}.json.gz`
  const key = join("AWSLogs", account, "CloudTrail", file.region, ...day, name)
  // Records within a file are not ordered in real logs; a light shuffle keeps that honest.
  const shuffled = [...file.records]
  for (let i = shuffled.length - 1; i > 0; i--) {
    if (random.next() < 0.3) {
      const j = random.int(i + 1)
      ;[shuffled[i], shuffled[j]] = [shuffled[j] as Json, shuffled[i] as Json]
    }
  }
  const gz = gzipSync(new TextEncoder().encode(JSON.stringify({ Records: shuffled })), { mtime: 0, level: 9 })
  const path = join(root, key)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, gz)
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
  digestPublicKeyFingerprint: random.hex(32),
  digestSignatureAlgorithm: "SHA256withRSA",
  newestEventTime: "2024-04-02T23:55:00Z",
  oldestEventTime: "2024-04-02T00:05:00Z",
  previousDigestS3Bucket: bucket,
  previousDigestS3Object: digestKey.replace("/03/", "/02/").replace("20240403", "20240402"),
  previousDigestHashValue: random.hex(64),
  previousDigestHashAlgorithm: "SHA-256",
  previousDigestSignature: random.hex(512),
  logFiles: digestEntries,
}
const digestPath = join(root, digestKey)
mkdirSync(dirname(digestPath), { recursive: true })
writeFileSync(digestPath, gzipSync(new TextEncoder().encode(JSON.stringify(digest)), { mtime: 0, level: 9 }))

console.log(
  `samples/trail: ${total} records in ${files.size} files (${(bytes / 1024).toFixed(0)} KiB), one digest file`,
)
