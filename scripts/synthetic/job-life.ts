// Generated job histories: for each job, the CloudTrail records of the calls on it (CreateJob,
// GetJob, CancelJob by another principal) and MediaConvert's job-state events, as a rule would
// deliver them, with what each job's timeline must say. Used by the join's tests
// (test/timelines/) and its benchmark (bench/timelines.ts). Seeded: the same seed, the same data.
import { apiCall, tlsDetails } from "./envelope"
import { assumedRole, iamUser } from "./identities"
import { ACCOUNT, DEFAULT_ROLE, isoSeconds, jobId, mediaConvertArn, REGION, uuid } from "./ids"
import { submittedJob } from "./job"
import { int, type Random, weighted } from "./random"

type Json = { [key: string]: unknown }

/** What each job's timeline must say, from how it was generated. */
export interface ExpectedJob {
  readonly jobId: string
  readonly status: string
  readonly submittedBy?: string
  readonly errorCode?: number
  readonly cancelledBy?: string
  readonly states: number
  readonly calls: number
  readonly durationMs?: number
  readonly outputs: number
}

/** The generated records and events, and what their join must give. */
export interface Histories {
  readonly records: Json[]
  readonly events: Json[]
  readonly expected: ExpectedJob[]
  /** Event ids of the rejected CreateJob calls. */
  readonly rejected: string[]
}

const submitters = [
  iamUser({
    principalId: "AIDAEXAMPLEDEPLOYER",
    userName: "ci-deployer",
    accessKeyId: "AKIAEXAMPLEDEPLOYER1",
  }),
  assumedRole({
    roleId: "AROAEXAMPLEMEDIAROLE01",
    session: "pipeline",
    role: "media-pipeline",
    accessKeyId: "ASIAEXAMPLEPIPELINE01",
    creationDate: "2024-04-04T17:30:19Z",
  }),
]
const submitterNames = ["ci-deployer", "pipeline"]
const operator = assumedRole({
  roleId: "AROAEXAMPLEOPERATOR01",
  session: "on-call",
  role: "media-operator",
  accessKeyId: "ASIAEXAMPLEOPERATOR1",
  creationDate: "2024-04-04T17:00:00Z",
})

const queue = mediaConvertArn("queues/Default")

const call = (
  random: Random,
  eventName: string,
  identity: unknown,
  ms: number,
  request: unknown,
  response: unknown,
  errorCode?: string,
): Json =>
  apiCall({
    eventVersion: "1.09",
    userIdentity: identity,
    eventTime: isoSeconds(ms),
    eventName,
    awsRegion: REGION,
    sourceIPAddress: "203.0.113.15",
    userAgent: "aws-sdk-js/3.540.0 api/mediaconvert#3.540.0",
    errorCode,
    errorMessage:
      errorCode === undefined ? undefined : "User is not authorized to perform: mediaconvert:CreateJob",
    requestParameters: request,
    responseElements: response,
    requestID: uuid(random),
    eventID: uuid(random, "b"),
    readOnly: eventName.startsWith("Get"),
    tlsDetails: tlsDetails(REGION),
  })

const settings = (id: string) => ({
  inputs: [{ fileInput: `s3://example-media-input/masters/${id}.mov` }],
  outputGroups: [
    {
      name: "Apple HLS",
      outputGroupSettings: {
        type: "HLS_GROUP_SETTINGS",
        hlsGroupSettings: {
          destination: `s3://example-media-output/hls/${id}/`,
          segmentLength: 6,
          minSegmentLength: 0,
        },
      },
      outputs: [{ preset: "System-Avc_16x9_1080p_29_97fps_8500kbps", nameModifier: "_1080p" }],
    },
  ],
})

const state = (random: Random, id: string, ms: number, status: string, more: Json = {}): Json => ({
  version: "0",
  id: uuid(random, "c"),
  "detail-type": "MediaConvert Job State Change",
  source: "aws.mediaconvert",
  account: ACCOUNT,
  time: isoSeconds(ms),
  region: REGION,
  resources: [mediaConvertArn(`jobs/${id}`)],
  detail: { timestamp: ms, accountId: ACCOUNT, queue, jobId: id, status, userMetadata: {}, ...more },
})

/**
 * `count` job histories starting at `start` (epoch ms), a second apart. Each job is submitted,
 * then progresses with a status update a minute, and ends COMPLETE, ERROR or CANCELED (the
 * cancel by an operator, not the submitter); some get a warning or a GetJob. With
 * `withoutCreate`, that share of the jobs has no CreateJob record (it fell outside the window);
 * `rejected` more CreateJob calls are refused with AccessDenied.
 */
export const jobHistories = (
  random: Random,
  count: number,
  options: { readonly start?: number; readonly withoutCreate?: number; readonly rejected?: number } = {},
): Histories => {
  const start = options.start ?? Date.UTC(2024, 3, 4, 18, 0, 0)
  const records: Json[] = []
  const events: Json[] = []
  const expected: ExpectedJob[] = []
  const rejected: string[] = []
  for (let i = 0; i < count; i++) {
    const submittedAt = start + i * 1000
    const id = jobId(random, submittedAt + 123)
    const who = int(random, submitters.length)
    const outcome = weighted(random, [
      ["COMPLETE", 8],
      ["ERROR", 1],
      ["CANCELED", 1],
    ] as const)
    const updates = 3 + int(random, 5)
    const hasCreate = random() >= (options.withoutCreate ?? 0)
    let calls = 0
    if (hasCreate) {
      const job = submittedJob({
        arn: mediaConvertArn(`jobs/${id}`),
        id,
        createdAt: Math.floor(submittedAt / 1000),
        queue,
        role: DEFAULT_ROLE,
        settings: settings(id),
        userMetadata: {},
      })
      records.push(
        call(
          random,
          "CreateJob",
          submitters[who],
          submittedAt,
          { role: DEFAULT_ROLE, queue, settings: settings(id) },
          { job },
        ),
      )
    }
    let ms = submittedAt + 1500
    events.push(state(random, id, ms, "PROGRESSING"))
    ms += 1200
    events.push(
      state(random, id, ms, "INPUT_INFORMATION", {
        inputDetails: [
          {
            id: 1,
            uri: `s3://example-media-input/masters/${id}.mov`,
            video: [{ width: 1920, height: 1080, frameRate: 24 }],
          },
        ],
      }),
    )
    for (let u = 0; u < updates; u++) {
      ms += 60_000
      events.push(
        state(random, id, ms, "STATUS_UPDATE", {
          framesDecoded: 1440 * (u + 1),
          jobProgress: {
            jobPercentComplete: Math.min(99, 20 * (u + 1)),
            currentPhase: "TRANSCODING",
            retryCount: 0,
          },
        }),
      )
    }
    let states = 2 + updates
    if (random() < 0.1) {
      events.push(
        state(random, id, ms + 1, "NEW_WARNING", {
          warningCode: "230005",
          warningMessage: "Example warning",
        }),
      )
      states++
    }
    if (random() < 0.3) {
      records.push(call(random, "GetJob", submitters[who], ms + 5, { id }, null))
      calls++
    }
    ms += 30_000
    let cancelledBy: string | undefined
    let errorCode: number | undefined
    let outputs = 0
    if (outcome === "CANCELED") {
      records.push(call(random, "CancelJob", operator, ms - 2000, { id }, null))
      calls++
      cancelledBy = "on-call"
      events.push(state(random, id, ms, "CANCELED"))
    } else if (outcome === "ERROR") {
      errorCode = 1040 + int(random, 20)
      events.push(state(random, id, ms, "ERROR", { errorCode, errorMessage: "Example error message" }))
    } else {
      outputs = 2
      events.push(
        state(random, id, ms, "COMPLETE", {
          outputGroupDetails: [
            {
              outputDetails: [
                {
                  outputFilePaths: [`s3://example-media-output/hls/${id}/main_1080p.m3u8`],
                  durationInMs: 180041,
                  videoDetails: { widthInPx: 1920, heightInPx: 1080 },
                },
              ],
              type: "HLS_GROUP",
              playlistFilePaths: [`s3://example-media-output/hls/${id}/main.m3u8`],
            },
          ],
          warnings: [],
        }),
      )
    }
    states++
    const createdMs = Math.floor(submittedAt / 1000) * 1000
    expected.push({
      jobId: id,
      status: outcome,
      ...(hasCreate ? { submittedBy: submitterNames[who] as string, durationMs: ms - createdMs } : {}),
      ...(errorCode === undefined ? {} : { errorCode }),
      ...(cancelledBy === undefined ? {} : { cancelledBy }),
      states,
      calls,
      outputs,
    })
  }
  for (let r = 0; r < (options.rejected ?? 0); r++) {
    const record = call(
      random,
      "CreateJob",
      submitters[1],
      start + r * 777,
      { role: DEFAULT_ROLE, settings: {} },
      null,
      "AccessDenied",
    )
    records.push(record)
    rejected.push(record.eventID as string)
  }
  return { records, events, expected, rejected }
}
