import { describe, expect, it } from "vitest"
import {
  booleanOf,
  CloudTrailRecord,
  type DecodeFailure,
  decodeMediaConvertEvent,
  decodeRecord,
  formatFailure,
  identityOf,
  jsonPath,
  MEDIACONVERT_EVENT_SOURCE,
  MediaConvertEvent,
  originOf,
  type PathSegment,
} from "../../src"
import { fixture, fixtureNames } from "../helpers/fixtures"

// The representation variants of docs/quirks.md (Q25: booleans, nulls, free-form members,
// required members): one fixture each under test/fixtures/tolerance, seeded from a record of
// the shared public corpus (see that folder's README.md).

/** Variants the library accepts as given; the helpers read them as CloudTrail's own form. */
const accepted = [
  "read-only-text-true",
  "read-only-text-false",
  "management-event-text-true",
  "management-event-text-false",
  "mfa-authenticated-boolean-true",
  "mfa-authenticated-boolean-false",
  "session-credential-from-console-boolean-true",
  "session-credential-from-console-boolean-false",
  "invoked-by-null",
  "resources-null",
  "session-context-null",
  "user-identity-null",
  "identity-type-null",
  "aws-region-null",
  "error-message-null",
  "additional-event-data-sentence",
  "service-event-details-list",
  "event-version-missing",
  "aws-region-missing",
  "user-identity-missing",
  "minimal-call",
  "event-type-missing-trimmed",
] as const

/** Variants that are garbage rather than another spelling: a failure with its path. */
const malformed = [
  "read-only-python-true",
  "resources-python-repr",
  "event-time-missing",
  "api-call-event-name-missing",
  "mfa-authenticated-number",
  "management-event-yes",
] as const

/** Where the fixture's one variant is, and what it is there: a value, an absence, or exactly these keys. */
interface Variant {
  readonly at: ReadonlyArray<PathSegment>
  readonly value?: unknown
  readonly missing?: true
  readonly keys?: ReadonlyArray<string>
}

interface Expectation {
  /** What `identityOf` answers (a subset of it). */
  readonly identity?: Readonly<Record<string, unknown>>
  /** What `originOf` answers (a subset of it). */
  readonly origin?: Readonly<Record<string, unknown>>
  /** Members of those answers that must be undefined. */
  readonly absent?: { readonly identity?: ReadonlyArray<string>; readonly origin?: ReadonlyArray<string> }
  /** Envelope members and what `booleanOf` must read in them. */
  readonly booleans?: Readonly<Record<string, boolean>>
  /** For a malformed variant: the path of every issue, in order. */
  readonly failurePaths?: ReadonlyArray<string>
}

interface ToleranceFixture {
  readonly about: string
  readonly seededFrom: string
  readonly variant: Variant
  readonly expect: Expectation
  readonly record: Record<string, unknown>
}

/** Read fresh on every call: each test gets its own copy to decode. */
const load = (name: string): ToleranceFixture => fixture(`tolerance/${name}.json`) as ToleranceFixture

/** Read at collection time, so a missing file is reported by the coverage test rather than as a crash. */
const present = new Set(fixtureNames("tolerance"))
const isMediaConvert = (name: string): boolean =>
  present.has(`${name}.json`) && load(name).record.eventSource === MEDIACONVERT_EVENT_SOURCE
const acceptedMediaConvert = accepted.filter(isMediaConvert)
const malformedMediaConvert = malformed.filter(isMediaConvert)

/** The value at a path, and whether its last member exists at all. */
const lookup = (root: unknown, at: ReadonlyArray<PathSegment>): { found: boolean; value: unknown } => {
  let current: unknown = root
  for (const segment of at) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, segment)) {
      return { found: false, value: undefined }
    }
    current = (current as Record<PathSegment, unknown>)[segment]
  }
  return { found: true, value: current }
}

/** Every value under a key of this name, anywhere in a JSON value. */
const valuesOf = (value: unknown, key: string): unknown[] => {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key))
  if (typeof value !== "object" || value === null) return []
  return Object.entries(value).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)])
}

const failureOf = (result: { _tag: "Right" } | { _tag: "Left"; left: DecodeFailure }): DecodeFailure => {
  if (result._tag === "Right") return expect.fail("expected a failure, the record decoded")
  return result.left
}

describe("the tolerance fixtures", () => {
  it("hold one file for every variant in the lists above, and no other", () => {
    const listed = [...accepted, ...malformed].map((name) => `${name}.json`).sort()
    expect(new Set(listed).size).toBe(listed.length)
    expect(fixtureNames("tolerance")).toStrictEqual(listed)
  })

  it("say which corpus record seeded each of them", () => {
    for (const name of [...accepted, ...malformed]) {
      expect(load(name).seededFrom, name).toMatch(/^[a-z0-9-]+\.jsonl line \d+ \([A-Za-z0-9]+\)$/)
    }
  })

  it("each apply their variant at the place they name", () => {
    for (const name of [...accepted, ...malformed]) {
      const { record, variant } = load(name)
      const { found, value } = lookup(record, variant.at)
      if (variant.missing === true) expect(found, name).toBe(false)
      else if (variant.keys !== undefined)
        expect(Object.keys(value as object).sort(), name).toStrictEqual([...variant.keys].sort())
      else {
        expect(found, name).toBe(true)
        expect(value, name).toStrictEqual(variant.value)
      }
    }
  })

  it("use the documentation account and not the corpus's own", () => {
    for (const name of [...accepted, ...malformed]) {
      const { record } = load(name)
      const accounts = [...valuesOf(record, "accountId"), ...valuesOf(record, "recipientAccountId")]
      for (const account of accounts) expect(account, name).toBe("111122223333")
    }
  })

  it("expect helper answers of the accepted variants and failure paths of the malformed ones", () => {
    for (const name of accepted) expect(load(name).expect.failurePaths, name).toBeUndefined()
    for (const name of accepted) expect(load(name).expect.identity, name).toBeDefined()
    for (const name of malformed) expect(load(name).expect.failurePaths?.length, name).toBeGreaterThan(0)
  })

  it("include MediaConvert records among the accepted and the malformed ones", () => {
    expect(acceptedMediaConvert.length).toBeGreaterThanOrEqual(2)
    expect(malformedMediaConvert.length).toBeGreaterThanOrEqual(1)
  })
})

describe("decodeRecord on an accepted variant", () => {
  it.each(accepted)("returns the input itself for %s", (name) => {
    const { record } = load(name)
    const result = decodeRecord(record)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    expect(result.right).toBe(record)
  })

  it.each(accepted)("encodes %s back to the input, unconverted", (name) => {
    const { record } = load(name)
    const before = structuredClone(record)
    const result = decodeRecord(record)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    expect(CloudTrailRecord.encode(result.right)).toStrictEqual(before)
  })

  it.each(accepted)("agrees with the type's own guard for %s", (name) => {
    expect(CloudTrailRecord.is(load(name).record)).toBe(true)
  })
})

describe("decodeMediaConvertEvent on an accepted MediaConvert variant", () => {
  it.each(acceptedMediaConvert)("returns the input itself for %s", (name) => {
    const { record } = load(name)
    const result = decodeMediaConvertEvent(record)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    expect(result.right).toBe(record)
  })

  it.each(acceptedMediaConvert)("encodes %s back to the input, unconverted", (name) => {
    const { record } = load(name)
    const before = structuredClone(record)
    const result = decodeMediaConvertEvent(record)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    expect(MediaConvertEvent.encode(result.right)).toStrictEqual(before)
  })
})

describe("the helpers on an accepted variant", () => {
  const decoded = (name: string) => {
    const result = decodeRecord(load(name).record)
    if (result._tag === "Left") return expect.fail(formatFailure(result.left))
    return result.right
  }

  it.each(accepted)("identityOf answers %s as CloudTrail's own form would", (name) => {
    const { expect: expected } = load(name)
    const who = identityOf(decoded(name))
    expect(who).toMatchObject(expected.identity ?? {})
    for (const key of expected.absent?.identity ?? []) {
      expect(who[key as keyof typeof who], `identityOf(…).${key}`).toBeUndefined()
    }
  })

  it.each(accepted)("originOf answers %s as CloudTrail's own form would", (name) => {
    const { expect: expected } = load(name)
    const origin = originOf(decoded(name))
    expect(origin).toMatchObject(expected.origin ?? {})
    for (const key of expected.absent?.origin ?? []) {
      expect(origin[key as keyof typeof origin], `originOf(…).${key}`).toBeUndefined()
    }
  })

  it("booleanOf reads readOnly and managementEvent written as text like the booleans they stand for", () => {
    const checked = accepted.filter((name) => load(name).expect.booleans !== undefined)
    expect(checked.length).toBeGreaterThanOrEqual(4)
    for (const name of checked) {
      const { record, expect: expected } = load(name)
      for (const [key, value] of Object.entries(expected.booleans ?? {})) {
        expect(booleanOf(record[key]), `${name}: ${key}`).toBe(value)
      }
    }
  })

  it("reads a boolean mfaAuthenticated, whichever value, as the text would be read", () => {
    expect(identityOf(decoded("mfa-authenticated-boolean-true")).mfa).toBe(true)
    expect(identityOf(decoded("mfa-authenticated-boolean-false")).mfa).toBe(false)
  })

  it("lets only a true sessionCredentialFromConsole make the channel the console", () => {
    expect(originOf(decoded("session-credential-from-console-boolean-true")).channel).toBe("console")
    expect(originOf(decoded("session-credential-from-console-boolean-false")).channel).not.toBe("console")
  })
})

describe("decodeRecord on a malformed variant", () => {
  it.each(malformed)("fails %s at the paths the fixture names", (name) => {
    const { record, expect: expected } = load(name)
    const failure = failureOf(decodeRecord(record))
    expect(failure.issues.map((issue) => issue.path)).toStrictEqual(expected.failurePaths)
    expect(failure.truncated).toBe(false)
  })

  it.each(malformed)("gives %s segments that join back into each issue's path", (name) => {
    const failure = failureOf(decodeRecord(load(name).record))
    expect(failure.issues.length).toBeGreaterThan(0)
    for (const issue of failure.issues) expect(jsonPath(issue.segments)).toBe(issue.path)
  })

  it.each(malformed)("agrees with the type's own guard for %s", (name) => {
    expect(CloudTrailRecord.is(load(name).record)).toBe(false)
  })

  it.each(malformedMediaConvert)("fails %s at the same paths through decodeMediaConvertEvent", (name) => {
    const { record, expect: expected } = load(name)
    const failure = failureOf(decodeMediaConvertEvent(record))
    expect(failure.issues.map((issue) => issue.path)).toStrictEqual(expected.failurePaths)
    for (const issue of failure.issues) expect(jsonPath(issue.segments)).toBe(issue.path)
  })
})
