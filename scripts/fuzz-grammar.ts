// Inputs for `npm run fuzz` built from a grammar of what the splitter and the lanes cut: log
// files, JSON Lines and concatenated documents whose records carry deep nesting, long strings,
// escapes (lone surrogates, \u0000, quotes and brackets inside strings), keys the selection
// looks for in odd places, and the same text damaged (cut, bytes flipped, invalid UTF-8) or
// gzipped and damaged (a flipped byte in the body or the trailer, cut short, garbage or zeros
// after the stream, two members). Each input is one integer seed and a few choices, so a
// failure prints what rebuilds it.

/** A small seeded generator (mulberry32): the same seed builds the same input. */
export const randomFrom = (seed: number) => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const below = (n: number): number => Math.floor(next() * n)
  const pick = <T>(items: ReadonlyArray<T>): T => items[below(items.length)] as T
  return { next, below, pick }
}
type Random = ReturnType<typeof randomFrom>

const SOURCES = [
  "mediaconvert.amazonaws.com",
  "s3.amazonaws.com",
  "mediaconvert.amazonaws.co",
  "iam.amazonaws.com",
]

/** String contents the grammar draws from: escapes, lookalike keys, brackets, every UTF-8 width. */
const FRAGMENTS = [
  "plain",
  '\\"',
  "\\\\",
  "\\u0000",
  "\\ud800",
  "\\udc00x",
  "\\ud83d\\ude00",
  "\\n\\t\\r",
  "\\/",
  "é€😀",
  "\u2028\u2029",
  '],[{\\"eventVersion\\":\\"1.08\\"}, ]}{',
  '\\"eventSource\\":\\"mediaconvert.amazonaws.com\\"',
  "{[",
  "]}",
  "\\u005c",
  "\u202e\u009b",
]

/** A JSON string literal: fragments, sometimes one repeated into a long string. */
const stringOf = (random: Random): string => {
  if (random.below(20) === 0) return `"${random.pick(FRAGMENTS).repeat(1 + random.below(20_000))}"`
  let text = ""
  for (let n = random.below(5); n >= 0; n--) text += random.pick(FRAGMENTS)
  return `"${text}"`
}

/** A JSON value: scalars, small containers, and now and then nesting thousands of levels deep. */
const jsonValueOf = (random: Random, depth: number): string => {
  const roll = depth > 4 ? random.below(4) : random.below(30) === 0 ? 8 : random.below(8)
  switch (roll) {
    case 0:
      return stringOf(random)
    case 1:
      return random.pick(["0", "-0", "1e400", "-1.5e-400", "123456789012345678901234567890", "3.14"])
    case 2:
      return random.pick(["true", "false", "null"])
    case 3:
      return `"${random.pick(SOURCES)}"`
    case 4:
    case 5: {
      const items: string[] = []
      for (let n = random.below(4); n > 0; n--) items.push(jsonValueOf(random, depth + 1))
      return `[${items.join(random.pick([",", ", ", ",\n"]))}]`
    }
    case 6:
    case 7: {
      const members: string[] = []
      for (let n = random.below(4); n > 0; n--)
        members.push(
          `${random.pick(['"eventSource"', '"eventVersion"', '"k"', stringOf(random)])}:${jsonValueOf(random, depth + 1)}`,
        )
      return `{${members.join(",")}}`
    }
    default: {
      const levels = random.pick([10, 1_000, 5_000, 20_000])
      const [open, close] = random.pick([
        ["[", "]"],
        ['{"a":', "}"],
        ['[{"eventVersion":"1.08","x":', "}]"],
      ] as const)
      return `${open.repeat(levels)}${jsonValueOf(random, depth + 1)}${close.repeat(levels)}`
    }
  }
}

/** One record's text: the CloudTrail members in a random order, with extra members from the grammar. */
const recordOf = (random: Random, id: number): string => {
  const members = [
    '"eventVersion":"1.08"',
    `"eventTime":"2024-05-0${1 + random.below(9)}T00:00:00Z"`,
    `"eventSource":"${random.pick(SOURCES)}"`,
    `"eventName":"${random.pick(["CreateJob", "GetJob", "ListJobs", "PutObject"])}"`,
    '"awsRegion":"us-east-1"',
    `"eventID":"e-${id}"`,
    '"eventType":"AwsApiCall"',
    '"userIdentity":{"type":"IAMUser","accountId":"111122223333"}',
  ]
  for (let n = random.below(4); n > 0; n--) members.push(`${stringOf(random)}:${jsonValueOf(random, 0)}`)
  if (random.below(3) === 0) members.push(`"requestParameters":${jsonValueOf(random, 0)}`)
  for (let i = members.length - 1; i > 0 && random.below(3) === 0; i--) {
    const j = random.below(i + 1)
    ;[members[i], members[j]] = [members[j] as string, members[i] as string]
  }
  return `{${members.join(random.pick([",", ", ", ",\n  "]))}}`
}

/** The shapes of text a reader is given. */
export type Shape = "log-file" | "json-lines" | "concatenated" | "list"

/** Text of records laid out as a log file, JSON Lines, concatenated log files or a bare list. */
export const textOf = (random: Random): { text: string; shape: Shape } => {
  const records: string[] = []
  for (let n = random.below(6); n >= 0; n--) records.push(recordOf(random, n))
  const shape = random.pick<Shape>(["log-file", "log-file", "json-lines", "concatenated", "list"])
  const bom = random.below(10) === 0 ? "\ufeff" : ""
  switch (shape) {
    case "log-file":
      return { text: `${bom}{"Records":[${records.join(random.pick([",", ",\n", " , "]))}]}`, shape }
    case "json-lines":
      // One line per record: the line breaks between members become spaces.
      return { text: `${bom}${records.map((record) => record.replaceAll("\n", " ")).join("\n")}\n`, shape }
    case "concatenated":
      return { text: `${bom}{"Records":[${records.join(",")}]}\n{"Records":[${records[0]}]}`, shape }
    case "list":
      return { text: `${bom}[${records.join(",")}]`, shape }
  }
}

/** Text damaged: cut, a byte flipped, a bracket or quote taken out, or invalid UTF-8 put in. */
export const damaged = (random: Random, bytes: Uint8Array): Uint8Array => {
  const at = random.below(bytes.length + 1)
  switch (random.below(5)) {
    case 0:
      return bytes.subarray(0, at)
    case 1: {
      const copy = bytes.slice()
      if (at < copy.length) copy[at] = (copy[at] as number) ^ (1 << random.below(8))
      return copy
    }
    case 2: {
      const copy = Array.from(bytes)
      const index = copy.findIndex((byte, i) => i >= at && (byte === 0x5d || byte === 0x7d || byte === 0x22))
      if (index >= 0) copy.splice(index, 1)
      return Uint8Array.from(copy)
    }
    case 3: {
      const bad = random.pick([[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]])
      return Uint8Array.from([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)])
    }
    default:
      return Uint8Array.from([...bytes.subarray(0, at), 0, ...bytes.subarray(at)])
  }
}

/** Gzip data damaged as files are: a flipped byte in the body or the trailer, cut short, bytes after it, two members. */
export const damagedGzip = (random: Random, gzip: Uint8Array, again: Uint8Array): Uint8Array => {
  switch (random.below(7)) {
    case 0: {
      const copy = gzip.slice()
      const at = 10 + random.below(Math.max(1, copy.length - 18))
      copy[at] = (copy[at] as number) ^ (1 << random.below(8))
      return copy
    }
    case 1: {
      const copy = gzip.slice()
      const at = copy.length - 1 - random.below(8)
      copy[at] = (copy[at] as number) ^ (1 << random.below(8))
      return copy
    }
    case 2:
      return gzip.subarray(0, random.below(gzip.length))
    case 3:
      return Uint8Array.from([
        ...gzip,
        ...Array.from({ length: 1 + random.below(40) }, () => random.below(256)),
      ])
    case 4:
      return Uint8Array.from([...gzip, ...new Uint8Array(1 + random.below(1024))])
    case 5:
      return Uint8Array.from([...gzip, ...again])
    default:
      return gzip
  }
}
