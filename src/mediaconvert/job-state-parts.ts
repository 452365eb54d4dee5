import * as t from "io-ts"
import { either, list, openEnum } from "../codec/primitives"
import { struct } from "../codec/struct"

// The members of MediaConvert's job-state events below `detail`, as the MediaConvert user
// guide's EventBridge chapter shows them. Every object is a struct: members AWS adds later are
// kept, and encoding gives the input back. Where AWS's own samples disagree, both forms are
// typed; see docs/quirks.md#job-state-events.

const number = t.number
const string = t.string

/**
 * One audio track MediaConvert found in an input (`INPUT_INFORMATION`).
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/ev_status_input_information.html
 * @example
 * import type { InputAudioDetails } from "mediaconvert-cloudtrail"
 * const track: InputAudioDetails = { channels: 2, codec: "AAC", language: "UND", sampleRate: 44100, streamId: 2 }
 * @category Job-state events
 * @since 0.2.0
 */
export const InputAudioDetails = /* @__PURE__ */ struct(
  "InputAudioDetails",
  {},
  { channels: number, codec: string, language: string, sampleRate: number, streamId: number },
)
/** @category Job-state events @since 0.2.0 */
export interface InputAudioDetails extends t.TypeOf<typeof InputAudioDetails> {}

/**
 * One video track MediaConvert found in an input (`INPUT_INFORMATION`).
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/ev_status_input_information.html
 * @example
 * import type { InputVideoDetails } from "mediaconvert-cloudtrail"
 * const track: InputVideoDetails = { codec: "H_264", frameRate: 24, height: 1080, width: 1920 }
 * @category Job-state events
 * @since 0.2.0
 */
export const InputVideoDetails = /* @__PURE__ */ struct(
  "InputVideoDetails",
  {},
  {
    bitDepth: number,
    codec: string,
    colorFormat: string,
    fourCC: string,
    frameRate: number,
    height: number,
    interlaceMode: string,
    sar: string,
    standard: string,
    streamId: number,
    width: number,
  },
)
/** @category Job-state events @since 0.2.0 */
export interface InputVideoDetails extends t.TypeOf<typeof InputVideoDetails> {}

/**
 * What MediaConvert read about one input of a job: its place, URI and tracks.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/ev_status_input_information.html
 * @example
 * import type { InputDetails } from "mediaconvert-cloudtrail"
 * const input: InputDetails = { id: 1, uri: "s3://amzn-s3-demo-bucket/file/file.mp4", video: [{ width: 1920 }] }
 * @category Job-state events
 * @since 0.2.0
 */
export const InputDetails = /* @__PURE__ */ struct(
  "InputDetails",
  {},
  { id: number, uri: string, audio: list(InputAudioDetails), video: list(InputVideoDetails) },
)
/** @category Job-state events @since 0.2.0 */
export interface InputDetails extends t.TypeOf<typeof InputDetails> {}

/**
 * How far one phase of a job has come (`STATUS_UPDATE`).
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/ev_status_status_update.html
 * @example
 * import type { PhaseProgress } from "mediaconvert-cloudtrail"
 * const probing: PhaseProgress = { status: "COMPLETE", percentComplete: 100 }
 * @category Job-state events
 * @since 0.2.0
 */
export const PhaseProgress = /* @__PURE__ */ struct(
  "PhaseProgress",
  {},
  { status: string, percentComplete: number },
)
/** @category Job-state events @since 0.2.0 */
export interface PhaseProgress extends t.TypeOf<typeof PhaseProgress> {}

/**
 * A job's progress in a `STATUS_UPDATE` event: its current phase (`PROBING`, `TRANSCODING`,
 * `UPLOADING`), the percentage of the job and of each phase, and the retries so far.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/ev_status_status_update.html
 * @example
 * import type { JobProgress } from "mediaconvert-cloudtrail"
 * const progress: JobProgress = { currentPhase: "TRANSCODING", jobPercentComplete: 7, phaseProgress: { PROBING: { status: "COMPLETE", percentComplete: 100 } } }
 * @category Job-state events
 * @since 0.2.0
 */
export const JobProgress = /* @__PURE__ */ struct(
  "JobProgress",
  {},
  {
    phaseProgress: struct(
      "PhaseProgressByPhase",
      {},
      { PROBING: PhaseProgress, TRANSCODING: PhaseProgress, UPLOADING: PhaseProgress },
    ),
    jobPercentComplete: number,
    currentPhase: openEnum("JobPhase", ["PROBING", "TRANSCODING", "UPLOADING"]),
    retryCount: number,
  },
)
/** @category Job-state events @since 0.2.0 */
export interface JobProgress extends t.TypeOf<typeof JobProgress> {}

/**
 * What MediaConvert measured of one video output (`COMPLETE`). AWS's pages spell the QVBR
 * statistics two ways (`qvbrAvgQuality`… on the file group's page, `averageQVBRScore`… on the
 * other groups' pages); both are typed, and whichever arrives is kept.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/file-group.html
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/apple-hls-group.html
 * @example
 * import type { VideoDetails } from "mediaconvert-cloudtrail"
 * const video: VideoDetails = { widthInPx: 1280, heightInPx: 720, averageQVBRScore: 7.38 }
 * @category Job-state events
 * @since 0.2.0
 */
export const VideoDetails = /* @__PURE__ */ struct(
  "VideoDetails",
  {},
  {
    widthInPx: number,
    heightInPx: number,
    averageBitrate: number,
    qvbrAvgQuality: number,
    qvbrMinQuality: number,
    qvbrMaxQuality: number,
    qvbrMinQualityLocation: number,
    qvbrMaxQualityLocation: number,
    averageQVBRScore: number,
    minimumQVBRScore: number,
    maximumQVBRScore: number,
    minimumQVBRScoreLocationInMs: number,
    maximumQVBRScoreLocationInMs: number,
  },
)
/** @category Job-state events @since 0.2.0 */
export interface VideoDetails extends t.TypeOf<typeof VideoDetails> {}

/**
 * One output a completed job wrote: its files, duration and video measurements.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/ev_status_complete.html
 * @example
 * import type { OutputDetails } from "mediaconvert-cloudtrail"
 * const output: OutputDetails = { outputFilePaths: ["s3://amzn-s3-demo-bucket/file/file.mp4"], durationInMs: 180041 }
 * @category Job-state events
 * @since 0.2.0
 */
export const OutputDetails = /* @__PURE__ */ struct(
  "OutputDetails",
  {},
  {
    outputFilePaths: list(string),
    durationInMs: number,
    blackVideoDurationInMs: number,
    videoDetails: VideoDetails,
  },
)
/** @category Job-state events @since 0.2.0 */
export interface OutputDetails extends t.TypeOf<typeof OutputDetails> {}

/**
 * One output group of a completed job: its type (`FILE_GROUP`, `HLS_GROUP`, `DASH_ISO_GROUP`,
 * `CMAF_GROUP`, `MS_SMOOTH_GROUP`), its outputs, and the playlists or manifests it wrote.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/ev_status_complete.html
 * @example
 * import type { OutputGroupDetails } from "mediaconvert-cloudtrail"
 * const group: OutputGroupDetails = { type: "HLS_GROUP", playlistFilePaths: ["s3://amzn-s3-demo-bucket/hls/main.m3u8"], outputDetails: [] }
 * @category Job-state events
 * @since 0.2.0
 */
export const OutputGroupDetails = /* @__PURE__ */ struct(
  "OutputGroupDetails",
  {},
  {
    type: openEnum("OutputGroupType", [
      "FILE_GROUP",
      "HLS_GROUP",
      "DASH_ISO_GROUP",
      "CMAF_GROUP",
      "MS_SMOOTH_GROUP",
    ]),
    outputDetails: list(OutputDetails),
    playlistFilePaths: list(string),
  },
)
/** @category Job-state events @since 0.2.0 */
export interface OutputGroupDetails extends t.TypeOf<typeof OutputGroupDetails> {}

/**
 * A warning code as the events carry it: a number in `warnings` (`{"code": 230001}`), a string
 * of digits in `warningCode` (`"000000"`, as the NEW_WARNING page writes it).
 *
 * @example
 * import type { WarningCode } from "mediaconvert-cloudtrail"
 * const codes: WarningCode[] = [230001, "000000"]
 * @category Job-state events
 * @since 0.2.0
 */
export type WarningCode = number | string

/**
 * The codec of a {@link WarningCode}: a number or a string.
 *
 * @example
 * import { WarningCodeCodec } from "mediaconvert-cloudtrail"
 * WarningCodeCodec.is("000000") // true
 * @category Job-state events
 * @since 0.2.0
 */
export const WarningCodeCodec = /* @__PURE__ */ either(number, string)

/**
 * A warning MediaConvert counted for a job (`warnings` of `COMPLETE` and `ERROR`): its code
 * and how many times it was raised.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/warning_codes.html
 * @example
 * import type { JobWarningCount } from "mediaconvert-cloudtrail"
 * const warning: JobWarningCount = { code: 230001, count: 1 }
 * @category Job-state events
 * @since 0.2.0
 */
export const JobWarningCount = /* @__PURE__ */ struct(
  "JobWarningCount",
  {},
  { code: WarningCodeCodec, count: number },
)
/** @category Job-state events @since 0.2.0 */
export interface JobWarningCount extends t.TypeOf<typeof JobWarningCount> {}

/**
 * A stretch of black video MediaConvert detected, in milliseconds from the start.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/apple-hls-group.html
 * @example
 * import type { BlackSegment } from "mediaconvert-cloudtrail"
 * const segment: BlackSegment = { start: 0, end: 10 }
 * @category Job-state events
 * @since 0.2.0
 */
export const BlackSegment = /* @__PURE__ */ struct("BlackSegment", {}, { start: number, end: number })
/** @category Job-state events @since 0.2.0 */
export interface BlackSegment extends t.TypeOf<typeof BlackSegment> {}
