import * as O from "fp-ts/Option"
import { describe, expect, it } from "vitest"
import {
  type CloudTrailRecord,
  decodeMediaConvertEvent,
  decodeRecord,
  destinationsOf,
  formatFailure,
  inputsOf,
  type MediaConvertEvent,
  roleOf,
  settingsOf,
} from "../../src"
import { fixture, operationEvent } from "../helpers/fixtures"

const event = operationEvent
/**
 * A record the decoder would reject (a redaction string where AWS has not been seen to write
 * one), as a pipeline that skips decoding hands it over: the helpers take any value.
 */
const undecoded = (name: string, change: (input: Record<string, unknown>) => void): MediaConvertEvent => {
  const input = structuredClone(fixture(`operations/${name}.json`)) as Record<string, unknown>
  change(input)
  expect(decodeMediaConvertEvent(input)._tag).toBe("Left")
  return input as unknown as MediaConvertEvent
}
const request = (input: Record<string, unknown>) => input.requestParameters as Record<string, unknown>
const role = "arn:aws:iam::111122223333:role/service-role/MediaConvert_Default_Role"

describe("settingsOf", () => {
  it.each([
    ["CreateJob", "job", "$.responseElements.job.settings"],
    ["CreateJobTemplate", "job-template", "$.responseElements.jobTemplate.settings"],
    ["UpdateJobTemplate", "job-template", "$.responseElements.jobTemplate.settings"],
    ["CreatePreset", "preset", "$.responseElements.preset.settings"],
    ["UpdatePreset", "preset", "$.responseElements.preset.settings"],
  ])("gives the settings of %s typed as %s settings, from the request first", (name, kind, responsePath) => {
    const found = settingsOf(event(`${name}.success`))
    expect(O.isSome(found) && found.value).toMatchObject({
      kind,
      source: "request",
      path: "$.requestParameters.settings",
    })
    const fromResponse = settingsOf(event(`${name}.success`), "response")
    expect(O.isSome(fromResponse) && fromResponse.value).toMatchObject({
      kind,
      source: "response",
      path: responsePath,
    })
  })

  it("returns the settings object of the record itself", () => {
    const created = event("CreateJob.success")
    const found = settingsOf(created)
    if (created.eventName !== "CreateJob" || O.isNone(found)) return expect.fail("expected settings")
    expect(found.value.settings).toBe(created.requestParameters?.settings)
  })

  it("falls back to the response when the request's settings are redacted", () => {
    const found = settingsOf(
      undecoded("CreateJob.success", (input) => {
        request(input).settings = "***"
      }),
    )
    expect(O.isSome(found) && found.value.source).toBe("response")
  })

  it("gives none when the only side asked for has no settings", () => {
    expect(settingsOf(event("CreateJob.response-omitted"), "response")).toStrictEqual(O.none)
    expect(settingsOf(event("CreateJob.failure"), "response")).toStrictEqual(O.none)
  })

  it("gives none for operations without settings, and for records of other services", () => {
    expect(settingsOf(event("GetJob.success"))).toStrictEqual(O.none)
    const other = decodeRecord({
      ...(fixture("operations/CreateJob.success.json") as object),
      eventSource: "s3.amazonaws.com",
    })
    if (other._tag === "Left") return expect.fail(formatFailure(other.left))
    expect(settingsOf(other.right)).toStrictEqual(O.none)
  })
})

describe("inputsOf", () => {
  it("finds the main input, sidecar captions and image inserter images of a job, in document order", () => {
    expect(inputsOf(event("CreateJob.success"))).toStrictEqual([
      {
        kind: "file",
        url: "s3://example-media-input/masters/feature-2024-04.mov",
        path: "$.requestParameters.settings.inputs[0].fileInput",
      },
      {
        kind: "caption-source",
        url: "s3://example-media-input/captions/feature-2024-04.scc",
        path: '$.requestParameters.settings.inputs[0].captionSelectors["Captions Selector 1"].sourceSettings.fileSourceSettings.sourceFile',
      },
      {
        kind: "image-inserter",
        url: "s3://example-media-input/overlays/rating-pg13.png",
        path: "$.requestParameters.settings.inputs[0].imageInserter.insertableImages[0].imageInserterInput",
      },
      {
        kind: "image-inserter",
        url: "s3://example-media-input/overlays/watermark.png",
        path: "$.requestParameters.settings.outputGroups[0].outputs[0].videoDescription.videoPreprocessors.imageInserter.insertableImages[0].imageInserterInput",
      },
    ])
  })

  it("finds supplemental IMF packages and external audio files", () => {
    expect(inputsOf(event("CreateJob.dash-iso")).map(({ kind, url }) => [kind, url])).toStrictEqual([
      ["file", "s3://example-media-input/imf/feature-2024-04/CPL_6a1f2b3c.xml"],
      ["supplemental-imp", "s3://example-media-input/imf/feature-2024-04-fr-supplemental/"],
      ["external-audio", "s3://example-media-input/audio/feature-2024-04-described-video.wav"],
    ])
  })

  it("finds 3D LUTs and motion graphics, and HTTPS inputs", () => {
    expect(inputsOf(event("CreateJob.cmaf")).map(({ kind, url }) => [kind, url])).toStrictEqual([
      ["color-lut", "s3://example-media-input/luts/rec2020-to-rec709.cube"],
      ["motion-image", "s3://example-media-input/motion/bug_000.png"],
      ["file", "https://media.example.com/masters/trailer-2024-04.mxf"],
    ])
  })

  it("finds the fonts of burned-in captions in an output", () => {
    const withFont = event("CreateJob.success", (input) => {
      const settings = request(input).settings as {
        outputGroups: Array<{ outputs: Array<Record<string, unknown>> }>
      }
      const [output] = settings.outputGroups[0]?.outputs ?? []
      if (output === undefined) return
      output.captionDescriptions = [
        {
          destinationSettings: {
            destinationType: "BURN_IN",
            burninDestinationSettings: {
              fontFileRegular: "s3://example-media-input/fonts/Inter-Regular.ttf",
            },
          },
        },
      ]
    })
    expect(inputsOf(withFont).filter((input) => input.kind === "caption-font")).toStrictEqual([
      {
        kind: "caption-font",
        url: "s3://example-media-input/fonts/Inter-Regular.ttf",
        path: "$.requestParameters.settings.outputGroups[0].outputs[0].captionDescriptions[0].destinationSettings.burninDestinationSettings.fontFileRegular",
      },
    ])
  })

  it("reads the response when asked, with paths into the response", () => {
    const [first] = inputsOf(event("CreateJob.success"), "response")
    expect(first?.path).toBe("$.responseElements.job.settings.inputs[0].fileInput")
  })

  it("gives the files a Probe record probes", () => {
    expect(inputsOf(event("Probe.success"))).toStrictEqual([
      {
        kind: "probe",
        url: "s3://example-media-input/masters/feature-2024-04.mov",
        path: "$.requestParameters.inputFiles[0].fileUrl",
      },
      {
        kind: "probe",
        url: "https://media.example.com/masters/trailer-2024-04.mxf",
        path: "$.requestParameters.inputFiles[1].fileUrl",
      },
    ])
  })

  it("skips redacted parts and gives an empty array when nothing is there", () => {
    const redacted = undecoded("CreateJob.success", (input) => {
      const settings = request(input).settings as { inputs: Array<Record<string, unknown>> }
      for (const one of settings.inputs) one.decryptionSettings = "***"
      ;(input.responseElements as { job: { settings: unknown } }).job.settings = "***"
    })
    const fromRequest = inputsOf(event("CreateJob.success"), "request")
    expect(fromRequest.length).toBeGreaterThan(0)
    expect(inputsOf(redacted)).toStrictEqual(fromRequest)
    expect(inputsOf(event("CreateJob.failure"))).toStrictEqual([])
    expect(inputsOf(event("DeleteQueue.success"))).toStrictEqual([])
  })

  it("walks a hand-built tree that loops back on itself once, in linear time", () => {
    const settings: Record<string, unknown> = { inputs: [{ fileInput: "s3://example-input/a.mov" }] }
    settings.again = settings
    settings.andAgain = settings
    const looped = {
      eventSource: "mediaconvert.amazonaws.com",
      eventName: "CreateJob",
      requestParameters: { settings },
    } as unknown as CloudTrailRecord
    expect(inputsOf(looped).map((input) => input.url)).toStrictEqual(["s3://example-input/a.mov"])
  })

  it("never throws on a record it cannot read", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("no")
        },
        ownKeys: () => {
          throw new Error("no")
        },
      },
    )
    expect(inputsOf(hostile as CloudTrailRecord)).toStrictEqual([])
    expect(
      inputsOf({
        eventSource: "mediaconvert.amazonaws.com",
        eventName: "Probe",
        requestParameters: { inputFiles: hostile },
      } as unknown as CloudTrailRecord),
    ).toStrictEqual([])
  })
})

describe("destinationsOf", () => {
  it("gives each output group's destination by the group's type", () => {
    expect(destinationsOf(event("CreateJob.success"))).toStrictEqual([
      {
        kind: "file",
        url: "s3://example-media-output/feature-2024-04/mp4/",
        path: "$.requestParameters.settings.outputGroups[0].outputGroupSettings.fileGroupSettings.destination",
      },
      {
        kind: "hls",
        url: "s3://example-media-output/feature-2024-04/hls/index",
        path: "$.requestParameters.settings.outputGroups[1].outputGroupSettings.hlsGroupSettings.destination",
      },
    ])
    expect(destinationsOf(event("CreateJob.dash-iso")).map((d) => d.kind)).toStrictEqual(["dash-iso"])
    expect(destinationsOf(event("CreateJob.cmaf")).map((d) => d.kind)).toStrictEqual(["cmaf"])
    expect(destinationsOf(event("CreateJobTemplate.success")).map((d) => [d.kind, d.url])).toStrictEqual([
      ["ms-smooth", "s3://example-media-output/smooth/"],
    ])
  })

  it("keeps the destination when the group's encryption is redacted", () => {
    expect(destinationsOf(event("CreateJob.redacted-encryption")).map((d) => d.url)).toStrictEqual([
      "s3://example-media-output/trailer-2024-04/cmaf/main",
    ])
  })

  it("gives watermark destinations after the output groups", () => {
    const watermarked = event("CreateJob.dash-iso", (input) => {
      const settings = request(input).settings as Record<string, unknown>
      settings.kantarWatermark = { logDestination: "s3://example-logs/kantar/" }
      settings.nielsenNonLinearWatermark = { metadataDestination: "s3://example-logs/nielsen/" }
    })
    expect(destinationsOf(watermarked).map((d) => d.kind)).toStrictEqual([
      "dash-iso",
      "kantar-log",
      "nielsen-metadata",
    ])
  })

  it("gives an empty array for presets, redacted groups and operations without settings", () => {
    expect(destinationsOf(event("CreatePreset.success"))).toStrictEqual([])
    expect(destinationsOf(event("GetJob.success"))).toStrictEqual([])
    const redacted = undecoded("CreateJob.cmaf", (input) => {
      const settings = request(input).settings as { outputGroups: Array<Record<string, unknown>> }
      for (const group of settings.outputGroups) group.outputGroupSettings = "***"
    })
    expect(destinationsOf(redacted, "request")).toStrictEqual([])
  })
})

describe("roleOf", () => {
  it("gives the role a CreateJob passes, from the request or else the response", () => {
    expect(roleOf(event("CreateJob.success"))).toStrictEqual(O.some(role))
    expect(
      roleOf(
        event("CreateJob.success", (input) => {
          delete request(input).role
        }),
      ),
    ).toStrictEqual(O.some(role))
  })

  it("gives none for other operations and when neither side has it", () => {
    expect(roleOf(event("CreateQueue.success"))).toStrictEqual(O.none)
    expect(
      roleOf(
        event("CreateJob.failure", (input) => {
          input.requestParameters = null
        }),
      ),
    ).toStrictEqual(O.none)
  })
})
