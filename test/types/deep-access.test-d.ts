// Deep access into job, template and preset settings needs `?.` alone: only encryption and
// key-provider settings may be the redaction string (docs/quirks.md#redaction), so every
// other member on the way is its plain type. Enumerations are open at run time but typed like
// `eventName`: a misspelt value is a compile error.
import { describe, expectTypeOf, it } from "vitest"
import { isRedacted, type MediaConvertEvent, type Redacted } from "../../src"
import type { HlsEncryptionSettings, OutputGroupType } from "../../src/shapes"

declare const event: MediaConvertEvent

describe("deep access into settings", () => {
  it("reaches an HLS segment length of a CreateJob request and response with ?. alone", () => {
    if (event.eventName === "CreateJob") {
      const request =
        event.requestParameters?.settings?.outputGroups?.[0]?.outputGroupSettings?.hlsGroupSettings
          ?.segmentLength
      expectTypeOf(request).toEqualTypeOf<number | undefined>()
      const response =
        event.responseElements?.job?.settings?.outputGroups?.[0]?.outputGroupSettings?.hlsGroupSettings
          ?.segmentLength
      expectTypeOf(response).toEqualTypeOf<number | undefined>()
      const bitrate =
        event.requestParameters?.settings?.outputGroups?.[0]?.outputs?.[0]?.videoDescription?.codecSettings
          ?.h264Settings?.bitrate
      expectTypeOf(bitrate).toEqualTypeOf<number | undefined>()
      const input = event.requestParameters?.settings?.inputs?.[0]?.fileInput
      expectTypeOf(input).toEqualTypeOf<string | undefined>()
    }
  })

  it("reaches template and preset settings the same way", () => {
    if (event.eventName === "CreateJobTemplate") {
      const length =
        event.requestParameters?.settings?.outputGroups?.[0]?.outputGroupSettings?.dashIsoGroupSettings
          ?.segmentLength
      expectTypeOf(length).toEqualTypeOf<number | undefined>()
      const fromResponse = event.responseElements?.jobTemplate?.settings?.outputGroups?.[0]?.name
      expectTypeOf(fromResponse).toEqualTypeOf<string | undefined>()
    }
    if (event.eventName === "CreatePreset") {
      const width = event.requestParameters?.settings?.videoDescription?.width
      expectTypeOf(width).toEqualTypeOf<number | undefined>()
      const bitrate =
        event.responseElements?.preset?.settings?.audioDescriptions?.[0]?.codecSettings?.aacSettings?.bitrate
      expectTypeOf(bitrate).toEqualTypeOf<number | undefined>()
    }
  })

  it("keeps the redaction string on encryption settings, told apart with isRedacted", () => {
    if (event.eventName === "CreateJob") {
      const encryption =
        event.requestParameters?.settings?.outputGroups?.[0]?.outputGroupSettings?.hlsGroupSettings
          ?.encryption
      expectTypeOf(encryption).toEqualTypeOf<HlsEncryptionSettings | Redacted | undefined>()
      if (encryption !== undefined && !isRedacted(encryption)) {
        expectTypeOf(encryption).toEqualTypeOf<HlsEncryptionSettings>()
        expectTypeOf(encryption.constantInitializationVector).toEqualTypeOf<string | undefined>()
      }
    }
  })
})

describe("open enumerations", () => {
  it("compare with the values they list, and reject a misspelt one at compile time", () => {
    if (event.eventName === "CreateJob") {
      const type = event.requestParameters?.settings?.outputGroups?.[0]?.outputGroupSettings?.type
      expectTypeOf(type).toEqualTypeOf<OutputGroupType | undefined>()
      const known: boolean = type === "HLS_GROUP_SETTINGS"
      // @ts-expect-error: "HLS_GROUP_SETTING" (missing S) is not a value of OutputGroupType
      const misspelt: boolean = type === "HLS_GROUP_SETTING"
      void known
      void misspelt
    }
  })

  it("still read as strings, whatever value AWS adds later", () => {
    const text = (value: OutputGroupType): string => value
    expectTypeOf(text).returns.toEqualTypeOf<string>()
  })
})
