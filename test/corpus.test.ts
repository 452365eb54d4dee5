import { expect, it } from "vitest"
import {
  CloudTrailRecord,
  decodeMediaConvertEvent,
  decodeRecord,
  formatFailure,
  MediaConvertEvent,
} from "../src"
import { corpusDir, corpusPresent, corpusRecords } from "./helpers/corpus"
import { describeUnless } from "./helpers/prerequisites"

const records = corpusRecords()

const absent = corpusPresent ? undefined : `the shared corpus is absent (looked in ${corpusDir})`

describeUnless(absent)("the shared corpus", () => {
  it("holds the 219 records it documents", () => {
    expect(records).toHaveLength(219)
  })

  it.each(records.map((r) => [`${r.source}:${r.line}`, r] as const))("decodes %s losslessly", (_, record) => {
    const result = decodeRecord(record.value)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    const encoded = CloudTrailRecord.encode(result.right)
    expect(encoded).toStrictEqual(JSON.parse(record.text))
    expect(JSON.stringify(encoded)).toBe(JSON.stringify(JSON.parse(record.text)))
  })

  const mediaconvert = records.filter(
    (r) => (r.value as { eventSource?: unknown }).eventSource === "mediaconvert.amazonaws.com",
  )

  it("has the eight MediaConvert records it documents", () => {
    expect(mediaconvert).toHaveLength(8)
  })

  it.each(mediaconvert.map((r) => [`${r.source}:${r.line}`, r] as const))(
    "decodes MediaConvert record %s as a MediaConvertEvent, losslessly",
    (_, record) => {
      const result = decodeMediaConvertEvent(record.value)
      if (result._tag === "Left") expect.fail(formatFailure(result.left))
      expect(MediaConvertEvent.encode(result.right)).toStrictEqual(JSON.parse(record.text))
    },
  )
})
