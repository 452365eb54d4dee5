// A deterministic, realistic mix of MediaConvert CloudTrail records for the benchmark:
// CreateJob about a tenth of the records and about half of the bytes, the rest the everyday
// reads, queue and tag calls, with several kinds of identity and a few failed calls.
import { apiCall, tlsDetails } from "../scripts/synthetic/envelope"
import { assumedRole, awsService, iamUser, root } from "../scripts/synthetic/identities"
import { DEFAULT_ROLE, isoSeconds, jobId, mediaConvertArn, uuid } from "../scripts/synthetic/ids"
import { submittedJob } from "../scripts/synthetic/job"
import { hex, pick, prng, type Random } from "../scripts/synthetic/random"

const REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1"]

const identities = (random: Random): Record<string, unknown> => {
  const choice = random()
  if (choice < 0.6) {
    const session = pick(random, ["transcode-worker", "pipeline", "example-admin", "i-0abc123def456"])
    const role = pick(random, ["TranscodeLambdaRole", "MediaPipelineRole", "admin"])
    // The session's role id and its issuer's are drawn apart (so they differ).
    return assumedRole({
      roleId: `AROAEXAMPLE${hex(random, 9).toUpperCase()}`,
      session,
      role,
      accessKeyId: `ASIA${hex(random, 16).toUpperCase()}`,
      issuerId: `AROAEXAMPLE${hex(random, 9).toUpperCase()}`,
      webIdFederationData: true,
      creationDate: "2025-03-14T09:20:00Z",
      mfa: false,
    })
  }
  if (choice < 0.85) {
    const userName = pick(random, ["alice", "bob", "media-ci"])
    return iamUser({
      principalId: `AIDA${hex(random, 16).toUpperCase()}`,
      userName,
      accessKeyId: `AKIA${hex(random, 16).toUpperCase()}`,
    })
  }
  if (choice < 0.95) return awsService("events.amazonaws.com")
  return root()
}

const output = (random: Random, height: number) => ({
  containerSettings: {
    container: "M3U8",
    m3u8Settings: {
      audioFramesPerPes: 4,
      pcrControl: "PCR_EVERY_PES_PACKET",
      pmtPid: 480,
      privateMetadataPid: 503,
      programNumber: 1,
      patInterval: 0,
      pmtInterval: 0,
      videoPid: 481,
      audioPids: [482, 483, 484],
    },
  },
  videoDescription: {
    width: Math.round((height * 16) / 9),
    height,
    scalingBehavior: "DEFAULT",
    timecodeInsertion: "DISABLED",
    antiAlias: "ENABLED",
    sharpness: 50,
    afdSignaling: "NONE",
    dropFrameTimecode: "ENABLED",
    respondToAfd: "NONE",
    colorMetadata: "INSERT",
    codecSettings: {
      codec: "H_264",
      h264Settings: {
        interlaceMode: "PROGRESSIVE",
        numberReferenceFrames: 3,
        syntax: "DEFAULT",
        softness: 0,
        gopClosedCadence: 1,
        gopSize: 90,
        slices: 1,
        gopBReference: "DISABLED",
        maxBitrate: Math.round(height * 5000 + random() * 1000),
        slowPal: "DISABLED",
        spatialAdaptiveQuantization: "ENABLED",
        temporalAdaptiveQuantization: "ENABLED",
        flickerAdaptiveQuantization: "DISABLED",
        entropyEncoding: "CABAC",
        framerateControl: "INITIALIZE_FROM_SOURCE",
        rateControlMode: "QVBR",
        qvbrSettings: { qvbrQualityLevel: 7 },
        codecProfile: "MAIN",
        telecine: "NONE",
        minIInterval: 0,
        adaptiveQuantization: "HIGH",
        codecLevel: "AUTO",
        fieldEncoding: "PAFF",
        sceneChangeDetect: "TRANSITION_DETECTION",
        qualityTuningLevel: "SINGLE_PASS",
        framerateConversionAlgorithm: "DUPLICATE_DROP",
        unregisteredSeiTimecode: "DISABLED",
        gopSizeUnits: "FRAMES",
        parControl: "INITIALIZE_FROM_SOURCE",
        numberBFramesBetweenReferenceFrames: 2,
        repeatPps: "DISABLED",
      },
    },
  },
  audioDescriptions: [
    {
      audioTypeControl: "FOLLOW_INPUT",
      audioSourceName: "Audio Selector 1",
      codecSettings: {
        codec: "AAC",
        aacSettings: {
          audioDescriptionBroadcasterMix: "NORMAL",
          bitrate: 96000,
          rateControlMode: "CBR",
          codecProfile: "LC",
          codingMode: "CODING_MODE_2_0",
          rawFormat: "NONE",
          sampleRate: 48000,
          specification: "MPEG4",
        },
      },
      languageCodeControl: "FOLLOW_INPUT",
    },
  ],
  outputSettings: { hlsSettings: { audioGroupId: "program_audio", iFrameOnlyManifest: "EXCLUDE" } },
  nameModifier: `_${height}p`,
})

const settings = (random: Random, job: string) => ({
  timecodeConfig: { source: "ZEROBASED" },
  outputGroups: [
    {
      name: "Apple HLS",
      outputs: [1080, 720, 540, 360].map((h) => output(random, h)),
      outputGroupSettings: {
        type: "HLS_GROUP_SETTINGS",
        hlsGroupSettings: {
          manifestDurationFormat: "INTEGER",
          segmentLength: 6,
          timedMetadataId3Period: 10,
          captionLanguageSetting: "OMIT",
          destination: `s3://example-output-bucket/hls/${job}/`,
          timedMetadataId3Frame: "PRIV",
          codecSpecification: "RFC_4281",
          outputSelection: "MANIFESTS_AND_SEGMENTS",
          programDateTimePeriod: 600,
          minSegmentLength: 0,
          directoryStructure: "SINGLE_DIRECTORY",
          programDateTime: "EXCLUDE",
          segmentControl: "SEGMENTED_FILES",
          manifestCompression: "NONE",
          clientCache: "ENABLED",
          streamInfResolution: "INCLUDE",
        },
      },
    },
  ],
  adAvailOffset: 0,
  inputs: [
    {
      audioSelectors: { "Audio Selector 1": { offset: 0, defaultSelection: "DEFAULT", programSelection: 1 } },
      videoSelector: { colorSpace: "FOLLOW", rotate: "DEGREE_0", alphaBehavior: "DISCARD" },
      filterEnable: "AUTO",
      psiControl: "USE_PSI",
      filterStrength: 0,
      deblockFilter: "DISABLED",
      denoiseFilter: "DISABLED",
      inputScanType: "AUTO",
      timecodeSource: "ZEROBASED",
      fileInput: `s3://example-input-bucket/sources/${job}.mov`,
    },
  ],
})

const envelope = (random: Random, time: number, eventName: string, readOnly: boolean) => {
  const region = pick(random, REGIONS)
  return apiCall({
    eventVersion: pick(random, ["1.08", "1.09", "1.10", "1.11"]),
    userIdentity: identities(random),
    eventTime: isoSeconds(time),
    eventName,
    awsRegion: region,
    sourceIPAddress: `198.51.100.${Math.floor(random() * 254) + 1}`,
    userAgent: pick(random, [
      "aws-sdk-js/3.540.0 ua/2.0 os/linux#5.10 lang/js md/nodejs#20.11.1 api/mediaconvert#3.540.0 exec-env/AWS_Lambda_nodejs20.x",
      "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 command/mediaconvert.list-jobs",
      "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.12.2 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.69",
    ]),
    requestParameters: null,
    responseElements: null,
    requestID: uuid(random),
    eventID: uuid(random),
    readOnly,
    tlsDetails: tlsDetails(region),
  })
}

/** Builds `count` records from `seed`. */
export const makeRecords = (count: number, seed = 20261125): unknown[] => {
  const random = prng(seed)
  const records: unknown[] = []
  let time = Date.UTC(2026, 10, 1)
  for (let i = 0; i < count; i++) {
    time += Math.floor(random() * 20_000)
    const kind = random()
    if (kind < 0.1) {
      const record = envelope(random, time, "CreateJob", false)
      const region = record.awsRegion as string
      const id = jobId(random, time - 300)
      const jobSettings = settings(random, id)
      const queue = mediaConvertArn("queues/Default", region)
      const userMetadata = { project: "bench" }
      record.requestParameters = {
        settings: jobSettings,
        role: DEFAULT_ROLE,
        queue,
        accelerationSettings: { mode: "DISABLED" },
        statusUpdateInterval: "SECONDS_60",
        priority: 0,
        userMetadata,
      }
      record.responseElements = {
        job: submittedJob({
          arn: mediaConvertArn(`jobs/${id}`, region),
          id,
          createdAt: Math.floor(time / 1000),
          queue,
          role: DEFAULT_ROLE,
          settings: jobSettings,
          userMetadata,
        }),
      }
      records.push(record)
    } else if (kind < 0.55) {
      const record = envelope(random, time, "GetJob", true)
      record.requestParameters = { id: jobId(random, time - 60_000) }
      records.push(record)
    } else if (kind < 0.8) {
      const record = envelope(
        random,
        time,
        pick(random, ["ListJobs", "ListQueues", "ListPresets", "ListJobTemplates"]),
        true,
      )
      record.requestParameters = { maxResults: 20, order: "DESCENDING" }
      records.push(record)
    } else if (kind < 0.88) {
      const record = envelope(random, time, "DescribeEndpoints", true)
      record.requestParameters = { maxResults: 20, mode: "DEFAULT" }
      records.push(record)
    } else if (kind < 0.93) {
      const record = envelope(random, time, "TagResource", false)
      record.requestParameters = {
        arn: mediaConvertArn("queues/Default", "us-east-1"),
        tags: { team: "media", env: "prod" },
      }
      records.push(record)
    } else if (kind < 0.97) {
      const record = envelope(random, time, "CancelJob", false)
      record.requestParameters = { id: jobId(random, time - 90_000) }
      records.push(record)
    } else {
      const record = envelope(random, time, "ListPresets", true)
      record.errorCode = "AccessDenied"
      records.push(record)
    }
  }
  return records
}

/** A copy of the records with about a tenth of them corrupted at a random depth. */
export const corrupt = (records: ReadonlyArray<unknown>, seed = 7): unknown[] => {
  const random = prng(seed)
  return records.map((record) => {
    if (random() >= 0.1) return record
    const copy = structuredClone(record) as Record<string, Record<string, unknown>>
    const choice = random()
    if (choice < 0.25) copy.eventTime = 17 as never
    else if (choice < 0.5) (copy.userIdentity as Record<string, unknown>).type = 3
    else if (choice < 0.75) copy.tlsDetails = "TLSv1.3" as never
    else copy.readOnly = "false" as never
    return copy
  })
}
