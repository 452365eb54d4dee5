import { none, type Option, some } from "../codec/fp"
import { member, memberAt } from "../codec/read"
import { pathStep } from "../failure"
import type { CloudTrailRecord } from "../record/record"
import type { MediaConvertEvent } from "./event"
import { JobSettings, JobTemplateSettings, PresetSettings } from "./generated/shapes"
import { mediaConvertNameOf } from "./name"

// Helpers over the settings tree of jobs, job templates and presets. They read records with
// the never-throwing readers of codec/read.ts: any part may be missing, `null`, or redacted to
// "***" (docs/quirks.md#redaction), and big responses are left out of records altogether
// (docs/quirks.md#null-responses), so every answer is an Option or a possibly empty array.

/**
 * Where settings were found in a record: the request (`requestParameters`) or the response
 * (`responseElements`). The response holds the settings as MediaConvert validated them, with
 * defaults filled in; the request holds what the caller sent.
 *
 * @example
 * import type { SettingsSource } from "mediaconvert-cloudtrail"
 * const from: SettingsSource = "request"
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export type SettingsSource = "request" | "response"

/**
 * The settings a record carries, typed by what they configure: a job (`JobSettings`), a job
 * template (`JobTemplateSettings`) or a preset (`PresetSettings`), with where they were found.
 * `path` is the JSON path of the settings in the record.
 *
 * @example
 * import type { FoundSettings } from "mediaconvert-cloudtrail"
 * const outputGroupsIn = (found: FoundSettings) => (found.kind === "preset" ? 0 : (found.settings.outputGroups?.length ?? 0))
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export type FoundSettings =
  | {
      readonly kind: "job"
      readonly source: SettingsSource
      readonly path: string
      readonly settings: JobSettings
    }
  | {
      readonly kind: "job-template"
      readonly source: SettingsSource
      readonly path: string
      readonly settings: JobTemplateSettings
    }
  | {
      readonly kind: "preset"
      readonly source: SettingsSource
      readonly path: string
      readonly settings: PresetSettings
    }

/** Per operation: what its settings configure, and the member of the response that holds them. */
const settingsOperations: Readonly<Record<string, readonly [FoundSettings["kind"], string]>> = {
  CreateJob: ["job", "job"],
  CreateJobTemplate: ["job-template", "jobTemplate"],
  UpdateJobTemplate: ["job-template", "jobTemplate"],
  CreatePreset: ["preset", "preset"],
  UpdatePreset: ["preset", "preset"],
}

const codecs = { job: JobSettings, "job-template": JobTemplateSettings, preset: PresetSettings } as const

/** Whether a value is the settings of a kind; false (never an exception) for anything odd. */
const isSettings = (kind: FoundSettings["kind"], value: unknown): boolean => {
  try {
    return typeof value === "object" && value !== null && codecs[kind].is(value)
  } catch {
    return false
  }
}

/**
 * The settings of a CreateJob, CreateJobTemplate, UpdateJobTemplate, CreatePreset or
 * UpdatePreset record, typed to what they configure. By default the request's settings, or
 * the response's when the request has none (a request too large to log, or redacted); pass
 * `"request"` or `"response"` to read only one side. `None` for any other operation, and when
 * the settings are missing, `null` or redacted. Never throws.
 *
 * @example
 * import { decodeMediaConvertEvent, settingsOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventSource: "mediaconvert.amazonaws.com", eventName: "CreateJob", userIdentity: { type: "Root" }, requestParameters: { role: "arn:aws:iam::111122223333:role/MediaConvertRole", settings: { inputs: [{ fileInput: "s3://example-input/clip.mov" }] } }, responseElements: null })
 * if (result._tag === "Right") {
 *   const found = settingsOf(result.right)
 *   if (found._tag === "Some" && found.value.kind === "job") console.log(found.value.settings.inputs?.length) // 1
 * }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const settingsOf = (
  event: MediaConvertEvent | CloudTrailRecord,
  from: SettingsSource | "either" = "either",
): Option<FoundSettings> => {
  const eventName = mediaConvertNameOf(event)
  const operation = eventName === undefined ? undefined : settingsOperations[eventName]
  if (operation === undefined || !Object.hasOwn(settingsOperations, eventName as string)) return none
  const [kind, responseMember] = operation
  if (from !== "response") {
    const settings = memberAt(event, "requestParameters", "settings")
    if (isSettings(kind, settings))
      return some({
        kind,
        source: "request",
        path: "$.requestParameters.settings",
        settings,
      } as FoundSettings)
  }
  if (from !== "request") {
    const settings = memberAt(event, "responseElements", responseMember, "settings")
    if (isSettings(kind, settings))
      return some({
        kind,
        source: "response",
        path: `$.responseElements.${responseMember}.settings`,
        settings,
      } as FoundSettings)
  }
  return none
}

/**
 * What a job reads a file for:
 * - `file`: the main input (`inputs[].fileInput`);
 * - `supplemental-imp`: a supplemental IMF package (`inputs[].supplementalImps[]`);
 * - `image-inserter`: a still image overlaid on the video (`imageInserterInput`, on an input or an output);
 * - `caption-source`: a sidecar caption file (`captionSelectors.*.sourceSettings.fileSourceSettings.sourceFile`);
 * - `external-audio`: an audio file beside the input (`audioSelectors.*.externalAudioFileInput`, also in dynamic selectors);
 * - `motion-image`: a motion graphic overlay (`motionImageInserter.input`, `motionImageInserters[].input`);
 * - `color-lut`: a 3D LUT file (`colorConversion3DLUTSettings[].fileInput`);
 * - `video-overlay`: a video overlaid on the input (`videoOverlays[].input.fileInput`);
 * - `multi-view`: the second view of a multi-view input (`multiViewSettings[].input.fileInput`);
 * - `dolby-vision-metadata`: a Dolby Vision metadata XML file (`dolbyVisionMetadataXml`);
 * - `video-generator-image`: the image a generated input shows (`videoGenerator.imageInput`);
 * - `caption-font`: a TrueType font for burned-in or DVB-SUB captions (`fontFileRegular`, `fontFileBold`, …);
 * - `probe`: a file given to Probe (`inputFiles[].fileUrl`).
 *
 * @example
 * import type { InputKind } from "mediaconvert-cloudtrail"
 * const kind: InputKind = "caption-source"
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export type InputKind =
  | "file"
  | "supplemental-imp"
  | "image-inserter"
  | "caption-source"
  | "external-audio"
  | "motion-image"
  | "color-lut"
  | "video-overlay"
  | "multi-view"
  | "dolby-vision-metadata"
  | "video-generator-image"
  | "caption-font"
  | "probe"

/**
 * A place a record says a job reads from or writes to: its kind, its URL (an `s3://`,
 * `https://` or `http://` location, as given) and the JSON path of the member that holds it.
 *
 * @example
 * import type { FileLocation } from "mediaconvert-cloudtrail"
 * const where: FileLocation<"file"> = { kind: "file", url: "s3://example-input/clip.mov", path: "$.requestParameters.settings.inputs[0].fileInput" }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export interface FileLocation<K extends string = string> {
  readonly kind: K
  readonly url: string
  readonly path: string
}

/** The deepest settings tree in the model nests 8 structures; anything far deeper is not settings. */
const maxDepth = 64

/** The kind of input a string member names, from its key and the keys above it (model member names). */
const inputKindOf = (key: string, ancestors: ReadonlyArray<string>): InputKind | undefined => {
  const parent = ancestors[ancestors.length - 1]
  switch (key) {
    case "fileInput":
      if (ancestors.includes("colorConversion3DLUTSettings")) return "color-lut"
      if (ancestors.includes("videoOverlays")) return "video-overlay"
      if (ancestors.includes("multiViewSettings")) return "multi-view"
      return "file"
    case "supplementalImps":
      return "supplemental-imp"
    case "imageInserterInput":
      return "image-inserter"
    case "sourceFile":
      return "caption-source"
    case "externalAudioFileInput":
      return "external-audio"
    case "input":
      return parent === "motionImageInserter" || parent === "motionImageInserters"
        ? "motion-image"
        : undefined
    case "dolbyVisionMetadataXml":
      return "dolby-vision-metadata"
    case "imageInput":
      return parent === "videoGenerator" ? "video-generator-image" : undefined
    case "fontFileRegular":
    case "fontFileBold":
    case "fontFileItalic":
    case "fontFileBoldItalic":
      return "caption-font"
    default:
      return undefined
  }
}

/**
 * Walks a settings tree and collects the strings of members that name files, in document
 * order. `ancestors` are the member names above the current value (array items add none).
 * `seen` visits each object once, so a hand-built value that shares or loops back on its own
 * parts costs no more than its size (parsed JSON never does either).
 */
const collectInputs = (
  value: unknown,
  path: string,
  ancestors: ReadonlyArray<string>,
  found: FileLocation<InputKind>[],
  depth: number,
  seen: WeakSet<object> = new WeakSet(),
): void => {
  if (depth > maxDepth || typeof value !== "object" || value === null || seen.has(value)) return
  seen.add(value)
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectInputs(item, `${path}[${i}]`, ancestors, found, depth + 1, seen)
    })
    return
  }
  for (const key of Object.keys(value)) {
    const child = member(value, key)
    const childPath = pathStep(path, key)
    const kind = inputKindOf(key, ancestors)
    if (kind !== undefined && typeof child === "string" && child !== "") {
      found.push({ kind, url: child, path: childPath })
    } else if (kind === "supplemental-imp" && Array.isArray(child)) {
      child.forEach((item, i) => {
        if (typeof item === "string" && item !== "")
          found.push({ kind, url: item, path: `${childPath}[${i}]` })
      })
    } else {
      collectInputs(child, childPath, [...ancestors, key], found, depth + 1, seen)
    }
  }
}

/**
 * Every file a record says a job reads: main inputs, supplemental IMF packages, image
 * inserter images, sidecar caption files, external audio files, motion graphics, 3D LUTs,
 * video overlays, multi-view inputs, Dolby Vision metadata, generator images and caption fonts, found
 * anywhere in the settings of {@link settingsOf} (so job templates and presets too); for a
 * Probe record, the files it probes. An empty array when there are none or they are not in the
 * record (missing, redacted). Never throws.
 *
 * @example
 * import { decodeMediaConvertEvent, inputsOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventSource: "mediaconvert.amazonaws.com", eventName: "CreateJob", userIdentity: { type: "Root" }, requestParameters: { role: "arn:aws:iam::111122223333:role/MediaConvertRole", settings: { inputs: [{ fileInput: "s3://example-input/clip.mov" }] } }, responseElements: null })
 * if (result._tag === "Right") console.log(inputsOf(result.right)) // [{ kind: "file", url: "s3://example-input/clip.mov", path: "$.requestParameters.settings.inputs[0].fileInput" }]
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const inputsOf = (
  event: MediaConvertEvent | CloudTrailRecord,
  from: SettingsSource | "either" = "either",
): ReadonlyArray<FileLocation<InputKind>> => {
  const found: FileLocation<InputKind>[] = []
  try {
    if (mediaConvertNameOf(event) === "Probe") {
      const files = memberAt(event, "requestParameters", "inputFiles")
      if (Array.isArray(files))
        files.forEach((file, i) => {
          const url = member(file, "fileUrl")
          if (typeof url === "string" && url !== "")
            found.push({ kind: "probe", url, path: `$.requestParameters.inputFiles[${i}].fileUrl` })
        })
      return found
    }
    const settings = settingsOf(event, from)
    if (settings._tag === "Some") collectInputs(settings.value.settings, settings.value.path, [], found, 0)
  } catch {
    // An exotic value (a proxy whose reads throw) yields what was found before it.
  }
  return found
}

/**
 * Where a job writes: one output group's destination by its group type (`file`, `hls`,
 * `dash-iso`, `cmaf`, `ms-smooth`), or the log of a Kantar watermark (`kantar-log`) or the
 * metadata of a Nielsen non-linear watermark (`nielsen-metadata`).
 *
 * @example
 * import type { DestinationKind } from "mediaconvert-cloudtrail"
 * const kind: DestinationKind = "hls"
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export type DestinationKind =
  | "file"
  | "hls"
  | "dash-iso"
  | "cmaf"
  | "ms-smooth"
  | "kantar-log"
  | "nielsen-metadata"

const groupSettingsKinds: ReadonlyArray<readonly [string, DestinationKind]> = [
  ["fileGroupSettings", "file"],
  ["hlsGroupSettings", "hls"],
  ["dashIsoGroupSettings", "dash-iso"],
  ["cmafGroupSettings", "cmaf"],
  ["msSmoothGroupSettings", "ms-smooth"],
]

/**
 * Every place a record says a job writes: each output group's destination, whatever the
 * group's type (file, HLS, DASH ISO, CMAF, Microsoft Smooth), in output-group order, then the
 * Kantar and Nielsen watermark destinations when set. Read from the settings of
 * {@link settingsOf} (job or job template). An empty array when there are none or they are not
 * in the record (missing, redacted). Never throws.
 *
 * @example
 * import { decodeMediaConvertEvent, destinationsOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventSource: "mediaconvert.amazonaws.com", eventName: "CreateJob", userIdentity: { type: "Root" }, requestParameters: { role: "arn:aws:iam::111122223333:role/MediaConvertRole", settings: { outputGroups: [{ outputGroupSettings: { type: "HLS_GROUP_SETTINGS", hlsGroupSettings: { destination: "s3://example-output/hls/" } } }] } }, responseElements: null })
 * if (result._tag === "Right") console.log(destinationsOf(result.right).map((d) => d.url)) // ["s3://example-output/hls/"]
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const destinationsOf = (
  event: MediaConvertEvent | CloudTrailRecord,
  from: SettingsSource | "either" = "either",
): ReadonlyArray<FileLocation<DestinationKind>> => {
  const found: FileLocation<DestinationKind>[] = []
  try {
    const settings = settingsOf(event, from)
    if (settings._tag === "None" || settings.value.kind === "preset") return found
    const { path, settings: tree } = settings.value
    const groups = member(tree, "outputGroups")
    if (Array.isArray(groups))
      groups.forEach((group, i) => {
        const groupSettings = member(group, "outputGroupSettings")
        for (const [key, kind] of groupSettingsKinds) {
          const url = memberAt(groupSettings, key, "destination")
          if (typeof url === "string" && url !== "")
            found.push({
              kind,
              url,
              path: `${path}.outputGroups[${i}].outputGroupSettings.${key}.destination`,
            })
        }
      })
    const kantar = memberAt(tree, "kantarWatermark", "logDestination")
    if (typeof kantar === "string" && kantar !== "")
      found.push({ kind: "kantar-log", url: kantar, path: `${path}.kantarWatermark.logDestination` })
    const nielsen = memberAt(tree, "nielsenNonLinearWatermark", "metadataDestination")
    if (typeof nielsen === "string" && nielsen !== "")
      found.push({
        kind: "nielsen-metadata",
        url: nielsen,
        path: `${path}.nielsenNonLinearWatermark.metadataDestination`,
      })
  } catch {
    // An exotic value (a proxy whose reads throw) yields what was found before it.
  }
  return found
}

/**
 * The IAM role a CreateJob passes to MediaConvert (the request's `role`, or the job's in the
 * response when the request does not have it). `None` for other operations and when the
 * record does not say. Never throws.
 *
 * @example
 * import { decodeMediaConvertEvent, roleOf } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.09", eventTime: "2024-04-04T17:45:26Z", awsRegion: "us-west-2", eventSource: "mediaconvert.amazonaws.com", eventName: "CreateJob", userIdentity: { type: "Root" }, requestParameters: { role: "arn:aws:iam::111122223333:role/MediaConvertRole", settings: {} }, responseElements: null })
 * if (result._tag === "Right") console.log(roleOf(result.right)) // { _tag: "Some", value: "arn:aws:iam::111122223333:role/MediaConvertRole" }
 * @category MediaConvert helpers
 * @since 0.1.0
 */
export const roleOf = (event: MediaConvertEvent | CloudTrailRecord): Option<string> => {
  if (mediaConvertNameOf(event) !== "CreateJob") return none
  for (const role of [
    memberAt(event, "requestParameters", "role"),
    memberAt(event, "responseElements", "job", "role"),
  ])
    if (typeof role === "string" && role !== "") return some(role)
  return none
}
