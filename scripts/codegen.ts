// Generates io-ts codecs for every MediaConvert operation, structure and enumeration from the
// AWS model that ships in @aws-sdk/client-mediaconvert (its static schema tuples, plus the
// TypeScript declarations, which alone say which enumeration a string member uses), into
// src/mediaconvert/generated/. Nothing there is edited by hand.
//
// Usage: tsx scripts/codegen.ts            writes the files (npm run codegen)
//        tsx scripts/codegen.ts --check    fails when the committed files differ (npm run codegen:check)
//
// Rules (see docs/quirks.md): every member is optional; encryption and key-provider structures,
// and every member of theirs, also accept the redaction string (#redaction); timestamps are kept
// as given (#timestamps); path-bound members are also accepted in PascalCase (#path-members) and
// `Tags` beside `tags` (#tags).
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { writeOrCheck } from "./generated-files"

const require = createRequire(import.meta.url)
const SDK = "@aws-sdk/client-mediaconvert"
const sdkVersion = (require(`${SDK}/package.json`) as { version: string }).version
const model = require(SDK) as Record<string, unknown>
const root = join(dirname(fileURLToPath(import.meta.url)), "..")

type Traits = Record<string, unknown> | number | undefined
type SchemaRef = number | (() => unknown) | unknown[]
type StructTuple = [3, string, string, unknown, string[], Array<SchemaRef | [SchemaRef, Traits]>, number?]
type OperationTuple = [
  9,
  string,
  string,
  { http: [string, string, number] },
  () => StructTuple,
  () => StructTuple,
]

// ---------------------------------------------------------------------------------------------
// Reading the model

const operations = new Map<string, OperationTuple>()
const structures = new Map<string, StructTuple>()
const enums = new Map<string, string[]>()
for (const [name, value] of Object.entries(model)) {
  if (name.endsWith("$") && Array.isArray(value)) {
    if (value[0] === 9) operations.set(value[2] as string, value as OperationTuple)
    else if (value[0] === 3) structures.set(value[2] as string, value as StructTuple)
  } else if (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every((v) => typeof v === "string")
  ) {
    enums.set(name, Object.values(value as Record<string, string>))
  }
}

/** Docs and enumeration names per structure member, read from the SDK's declarations. */
const declarations = readFileSync(require.resolve(`${SDK}/dist-types/models/models_0.d.ts`), "utf8")
const structDocs = new Map<string, string>()
const memberDocs = new Map<string, string>()
const memberEnums = new Map<string, string>()
const firstSentence = (doc: string): string => {
  const text = doc
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("@"))
    .join(" ")
    .replace(/<[^>]+>/g, "")
    .replace(/\*\//g, "* /")
    .replace(/\s+/g, " ")
    .trim()
  const end = text.search(/\.(\s|$)/)
  const sentence = end >= 0 ? text.slice(0, end + 1) : text
  return sentence.length > 240 ? `${sentence.slice(0, 237)}…` : sentence
}
for (const match of declarations.matchAll(
  /\/\*\*([\s\S]*?)\*\/\s*export interface (\w+) \{([\s\S]*?)\n\}/g,
)) {
  const [, doc = "", name = "", body = ""] = match
  structDocs.set(name, firstSentence(doc))
  for (const member of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(\w+)\??: ([^;]+);/g)) {
    const [, memberDoc = "", memberName = "", type = ""] = member
    memberDocs.set(`${name}.${memberName}`, firstSentence(memberDoc))
    const enumName =
      /^(\w+)(\[\])? \| undefined$/.exec(type.trim())?.[1] ?? /^(\w+)(\[\])?$/.exec(type.trim())?.[1]
    if (enumName !== undefined && enums.has(enumName)) memberEnums.set(`${name}.${memberName}`, enumName)
  }
}

const lowerCamel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1)

interface Member {
  readonly name: string // model member name (PascalCase)
  readonly wire: string // JSON key
  readonly codec: string // codec expression
  readonly type: string // TypeScript type
  readonly label: boolean // bound to the URI path
  readonly query: boolean
  readonly doc: string
}

const structureUses = new Set<string>()

/** The codec expression and the type of a member schema. `owner.member` finds its enumeration. */
const codecOf = (schema: SchemaRef, owner: string, member: string): [string, string] => {
  if (typeof schema === "function") return codecOf(schema() as SchemaRef, owner, member)
  if (Array.isArray(schema) && typeof schema[1] !== "string") {
    // A member schema with traits: [schema, traits].
    return codecOf(schema[0] as SchemaRef, owner, member)
  }
  if (Array.isArray(schema)) {
    const [kind, , name] = schema as [number, string, string]
    if (kind === 3) {
      structureUses.add(name)
      return holdsSecrets(name) ? redactableOf([name, name]) : [name, name]
    }
    if (kind === 1) return listOf(codecOf(schema[4] as SchemaRef, owner, member))
    if (kind === 2) return mapOf(codecOf(schema[5] as SchemaRef, owner, member))
    throw new Error(`unknown schema tuple ${JSON.stringify(schema).slice(0, 80)}`)
  }
  if (schema & 64) return listOf(codecOf(schema & ~64, owner, member))
  if (schema & 128) return mapOf(codecOf(schema & ~128, owner, member))
  switch (schema) {
    case 0: {
      const enumName = memberEnums.get(`${owner}.${member}`)
      return enumName !== undefined ? [`enums.${enumName}`, `enums.${enumName}`] : ["t.string", "string"]
    }
    case 1:
      return ["t.number", "number"]
    case 2:
      return ["t.boolean", "boolean"]
    case 4:
    case 5:
    case 6:
    case 7:
      return ["TimestampCodec", "Timestamp"]
    case 15:
      return ["Json", "JsonValue"]
    case 21:
      return ["t.string", "string"]
    default:
      throw new Error(`unknown schema ${schema} at ${owner}.${member}`)
  }
}
/**
 * CloudTrail writes "***" in place of what it hides (docs/quirks.md#redaction). The evidence is
 * an encryption structure (`dashIsoGroupSettings.encryption`) logged as "***"; the rule drawn
 * from it: structures that carry keys, key servers or encryption settings (their names say
 * Encryption, Decryption or KeyProvider) may be redacted wherever they appear, and so may each
 * of their members. Every other member is its plain type, so deep access needs only `?.`.
 */
const holdsSecrets = (structure: string): boolean => /Encryption|Decryption|KeyProvider/.test(structure)

const redactableOf = ([codec, type]: [string, string]): [string, string] =>
  codec.includes("redactable(") ? [codec, type] : [`${pure}redactable(${codec})`, `${type} | Redacted`]

/** A member of a structure that holds secrets: anything but text may be redacted too. */
const inSecretOwner = (owner: string, [codec, type]: [string, string]): [string, string] =>
  holdsSecrets(owner) && codec !== "t.string" && !codec.startsWith("enums.")
    ? redactableOf([codec, type])
    : [codec, type]

/**
 * Marks a codec's construction free of side effects, so that a bundler drops the codecs a user
 * does not reach (esbuild and Rollup read the annotation).
 */
const pure = "/* @__PURE__ */ "

const listOf = ([codec, type]: [string, string]): [string, string] => [
  `${pure}list(${codec})`,
  `ReadonlyArray<${type}>`,
]
const mapOf = ([codec, type]: [string, string]): [string, string] =>
  codec === "t.string"
    ? ["StringMapCodec", "StringMap"]
    : [`${pure}mapOf(${codec})`, `{ readonly [key: string]: ${type} }`]

const membersOf = (tuple: StructTuple): Member[] => {
  const [, , name, , names, schemas] = tuple
  return names.map((memberName, i) => {
    const entry = schemas[i] as SchemaRef | [SchemaRef, Traits]
    const [schema, traits] =
      Array.isArray(entry) &&
      (typeof entry[0] === "number" || typeof entry[0] === "function") &&
      entry.length === 2
        ? (entry as [SchemaRef, Traits])
        : [entry as SchemaRef, undefined]
    const traitObject = typeof traits === "object" && traits !== null ? traits : {}
    const wire =
      (traitObject.jsonName as string | undefined) ??
      (traitObject.httpQuery as string | undefined) ??
      lowerCamel(memberName)
    const [codec, type] = inSecretOwner(name, codecOf(schema, name, memberName))
    return {
      name: memberName,
      wire,
      codec,
      type,
      label: typeof traits === "number" && (traits & 1) === 1,
      query: traitObject.httpQuery !== undefined,
      doc: memberDocs.get(`${name}.${memberName}`) ?? "",
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Which structures are operation wrappers, and which data structures they reach

const wrappers = new Set<string>()
for (const [, op] of operations) {
  wrappers.add(op[4]()[2])
  wrappers.add(op[5]()[2])
}
const dataStructures = [...structures.keys()].filter((name) => !wrappers.has(name)).sort()
const members = new Map(dataStructures.map((name) => [name, membersOf(structures.get(name) as StructTuple)]))

// Order structures so each is defined after the structures it uses.
const ordered: string[] = []
const state = new Map<string, "visiting" | "done">()
const visit = (name: string): void => {
  if (state.get(name) === "done") return
  if (state.get(name) === "visiting") throw new Error(`recursive structure ${name}: not supported`)
  state.set(name, "visiting")
  for (const member of members.get(name) ?? []) {
    for (const used of member.codec.matchAll(/\b([A-Z]\w*)\b/g))
      if (members.has(used[1] as string)) visit(used[1] as string)
  }
  state.set(name, "done")
  ordered.push(name)
}
for (const name of dataStructures) visit(name)

// ---------------------------------------------------------------------------------------------
// Writing

const header = `// Generated by scripts/codegen.ts from ${SDK} ${sdkVersion}. Do not edit by hand:
// change the generator and run \`npm run codegen\`.
`
const comment = (lines: ReadonlyArray<string>, indent = ""): string =>
  [
    `${indent}/**`,
    ...lines.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)),
    `${indent} */`,
  ].join("\n")
const key = (name: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name))
const memberLines = (list: ReadonlyArray<Member>): string =>
  list.map((m) => `    ${key(m.wire)}: ${m.codec},`).join("\n")
const typeLines = (list: ReadonlyArray<Member>): string =>
  list.map((m) => `${m.doc ? `${comment([m.doc], "  ")}\n` : ""}  ${key(m.wire)}?: ${m.type}`).join("\n")
/** A codec with its type spelled out, so declaration files stay small. */
const declare = (name: string, list: ReadonlyArray<Member>, doc: string, codec: string): string =>
  `${doc}
export const ${name}: StructCodec<Members, Members, ${name}> = ${codec}
/** The type of {@link ${name}}. @since 0.1.0 */
export interface ${name} {
${typeLines(list)}
}`

const files = new Map<string, string>()
const imports_shapes = `import * as t from "io-ts"
import { Json, type JsonValue } from "../../codec/json"
import {
  list,
  mapOf,
  type Redacted,
  redactable,
  type StringMap,
  StringMapCodec,
  type Timestamp,
  TimestampCodec,
} from "../../codec/primitives"
import type { Members } from "../../codec/members"
import { type StructCodec, struct } from "../../codec/struct"`

// enums.ts
{
  const names = [...enums.keys()].sort()
  const body = names.map((name) => {
    const values = enums.get(name) as string[]
    return `${comment([
      `The values of \`${name}\` this version knows; any other string is accepted too (an open enumeration).`,
      "",
      "@example",
      `import { ${name} } from "mediaconvert-cloudtrail/shapes"`,
      `${name}.is(${JSON.stringify(values[0] ?? "")}) // true`,
      "@category Enumerations",
      "@since 0.1.0",
    ])}
export const ${name} = ${pure}openEnum(${JSON.stringify(name)}, ${JSON.stringify(values)})
/** The type of {@link ${name}}. @since 0.1.0 */
export type ${name} = OpenEnum<${values.map((v) => JSON.stringify(v)).join(" | ")}>`
  })
  files.set(
    "enums.ts",
    `${header}import { type OpenEnum, openEnum } from "../../codec/primitives"

${body.join("\n\n")}
`,
  )
}

// shapes.ts
{
  const body = ordered.map((name) => {
    const doc = structDocs.get(name) || `The ${name} structure of the MediaConvert API.`
    const list = members.get(name) ?? []
    return declare(
      name,
      list,
      comment([
        doc,
        "",
        "@see https://docs.aws.amazon.com/mediaconvert/latest/apireference/",
        "@example",
        `import { ${name} } from "mediaconvert-cloudtrail/shapes"`,
        `${name}.is({}) // true: every member is optional`,
        "@category Structures",
        "@since 0.1.0",
      ]),
      `${pure}struct(${JSON.stringify(name)}, {}, {\n${memberLines(list)}\n})`,
    )
  })
  files.set(
    "shapes.ts",
    `${header}${imports_shapes}
import * as enums from "./enums"

export * from "./enums"

${body.join("\n\n")}
`,
  )
}

// operations.ts and the operation table
/**
 * POSTs that CloudTrail is expected to mark read-only although their method says "write":
 * they change no resource (the reference marks them "true*", not confirmed by a real record).
 */
const readOnlyReasons = new Map([
  [
    "DescribeEndpoints",
    "Read-only although a POST: it only returns the account's endpoint URL (deprecated).",
  ],
  ["Probe", "Read-only although a POST: it inspects input files and stores nothing."],
  [
    "StartJobsQuery",
    "Read-only although a POST: it starts a query over existing jobs and changes none of them.",
  ],
])
const readOnlyOperations = new Set([
  "DescribeEndpoints", // a POST that only reads (deprecated endpoint discovery)
  "GetJob",
  "GetJobsQueryResults",
  "GetJobTemplate",
  "GetPolicy",
  "GetPreset",
  "GetQueue",
  "ListJobs",
  "ListJobTemplates",
  "ListPresets",
  "ListQueues",
  "ListTagsForResource",
  "ListVersions",
  "Probe", // a POST that inspects input files and changes nothing
  "SearchJobs",
  "StartJobsQuery", // a POST that starts a read-only query over jobs
])
const classOf = (name: string): string =>
  /^Create|^Associate|^Put|^Tag/.test(name)
    ? "create"
    : /^(Get|List|Describe|Search|Probe|StartJobsQuery)/.test(name)
      ? "read"
      : /^Update/.test(name)
        ? "update"
        : /^(Delete|Disassociate|Untag)/.test(name)
          ? "delete"
          : "other"

const operationNames = [...operations.keys()].sort()
{
  const body: string[] = []
  for (const name of operationNames) {
    const op = operations.get(name) as OperationTuple
    const input = membersOf(op[4]())
    const output = membersOf(op[5]())
    const extra: Member[] = []
    for (const m of input) {
      // docs/quirks.md#path-members: CloudTrail may spell a path member in PascalCase.
      if (m.label) extra.push({ ...m, wire: m.name, doc: `\`${m.wire}\` as some records spell it.` })
      // docs/quirks.md#tags: TagResource logs its tag map as \`Tags\`.
      if (m.wire === "tags")
        extra.push({ ...m, wire: "Tags", doc: "`tags` as CloudTrail logs it for TagResource." })
    }
    const [method, path] = op[3].http
    body.push(
      declare(
        `${name}Request`,
        [...input, ...extra],
        comment([
          `\`requestParameters\` of \`${name}\` (\`${method} ${path.replace("/2017-08-29", "")}\`): the request as CloudTrail logs it.`,
          "",
          "@see https://docs.aws.amazon.com/mediaconvert/latest/apireference/",
          "@example",
          `import { ${name}Request } from "mediaconvert-cloudtrail/shapes"`,
          `${name}Request.is({}) // true: every member is optional`,
          "@category Operations",
          "@since 0.1.0",
        ]),
        `${pure}struct(${JSON.stringify(`${name}Request`)}, {}, {\n${memberLines([...input, ...extra])}\n})`,
      ),
      declare(
        `${name}Response`,
        output,
        comment([
          `\`responseElements\` of \`${name}\`${output.length === 0 ? ": the API returns an empty body, so CloudTrail logs `null`" : ""}${readOnlyOperations.has(name) ? " (CloudTrail logs `null` for read-only calls; the members are the API's response)" : ""}.`,
          "",
          "@example",
          `import { ${name}Response } from "mediaconvert-cloudtrail/shapes"`,
          `${name}Response.is({}) // true: every member is optional`,
          "@category Operations",
          "@since 0.1.0",
        ]),
        `${pure}struct(${JSON.stringify(`${name}Response`)}, {}, {\n${memberLines(output)}\n})`,
      ),
    )
  }
  files.set(
    "operations.ts",
    `${header}${imports_shapes}
import * as enums from "./enums"
import {
${[...structureUses]
  .filter((n) => members.has(n))
  .sort()
  .map((n) => `  ${n},`)
  .join("\n")}
} from "./shapes"

${body.join("\n\n")}
`,
  )

  const rows = operationNames.map((name) => {
    const [method, path] = (operations.get(name) as OperationTuple)[3].http
    const why = readOnlyReasons.get(name)
    return `${why === undefined ? "" : `  // ${why}\n`}  ${name}: { method: ${JSON.stringify(method)}, path: ${JSON.stringify(path)}, readOnly: ${readOnlyOperations.has(name)}, operationClass: ${JSON.stringify(classOf(name))} },`
  })
  files.set(
    "operation-table.ts",
    `${header}
/**
 * Each MediaConvert operation's HTTP method and path, whether CloudTrail marks it read-only, and its class.
 * \`readOnly\` follows CloudTrail's marking: true for GET operations and for the three POSTs commented below.
 */
export const operationTable = {
${rows.join("\n")}
} as const
`,
  )
}

// events.ts
{
  const body = operationNames.map(
    (name) => `${comment([
      `A \`${name}\` record: \`requestParameters\` is {@link ${name}Request}, \`responseElements\` {@link ${name}Response} (or \`null\`).`,
      "",
      "@example",
      `import { ${name}Event } from "mediaconvert-cloudtrail"`,
      `console.log(${name}Event.name) // "${name}Event"`,
      "@category MediaConvert events",
      "@since 0.1.0",
    ])}
export const ${name}Event: StructCodec<Members, Members, ${name}Event> = ${pure}mediaConvertEvent(
  ${JSON.stringify(name)},
  operations.${name}Request,
  operations.${name}Response,
)
/** The type of {@link ${name}Event}. @category MediaConvert events @since 0.1.0 */
export interface ${name}Event
  extends MediaConvertEventOf<${JSON.stringify(name)}, operations.${name}Request, operations.${name}Response> {}`,
  )
  files.set(
    "events.ts",
    `${header}import type { Members } from "../../codec/members"
import type { StructCodec } from "../../codec/struct"
import { type MediaConvertEventOf, mediaConvertEvent } from "../event-codec"
import * as operations from "./operations"

// The request and response types, for the main entry (type aliases, so that no bundled
// declaration file offers them as values); their codecs are in "mediaconvert-cloudtrail/shapes".
${operationNames
  .flatMap((name) => [`${name}Request`, `${name}Response`])
  .map(
    (type) =>
      `${comment([
        `The type of \`${type.endsWith("Request") ? "requestParameters" : "responseElements"}\` of \`${type.replace(/(Request|Response)$/, "")}\` records; its codec is {@link "mediaconvert-cloudtrail/shapes"!${type}} in \`mediaconvert-cloudtrail/shapes\`.`,
        "",
        "@example",
        `import type { ${type} } from "mediaconvert-cloudtrail"`,
        `const members = (value: ${type}) => Object.keys(value)`,
        "@category Operations",
        "@since 0.1.0",
      ])}\nexport type ${type} = operations.${type}`,
  )
  .join("\n")}

${body.join("\n\n")}

/**
 * The codec of each operation's records, by operation name.
 *
 * @example
 * import { eventCodecs } from "mediaconvert-cloudtrail"
 * console.log(Object.keys(eventCodecs).length) // 34
 * @category MediaConvert events
 * @since 0.1.0
 */
export const eventCodecs = {
${operationNames.map((name) => `  ${name}: ${name}Event,`).join("\n")}
}

/**
 * Any MediaConvert record of an operation this version types.
 *
 * @example
 * import type { KnownMediaConvertEvent } from "mediaconvert-cloudtrail"
 * const nameOf = (event: KnownMediaConvertEvent): string => event.eventName
 * @category MediaConvert events
 * @since 0.1.0
 */
export type KnownMediaConvertEvent =
${operationNames.map((name) => `  | ${name}Event`).join("\n")}
`,
  )
}

/**
 * Formats TypeScript as the repository's biome configuration does: `check` also sorts imports
 * (for files biome checks), `format` only lays the code out.
 */
const formatWithBiome = (text: string, path: string, command: "check" | "format" = "check"): string =>
  execFileSync(
    join(root, "node_modules", ".bin", "biome"),
    command === "check"
      ? ["check", "--write", `--stdin-file-path=${path}`]
      : ["format", `--stdin-file-path=${path}`],
    {
      cwd: root,
      input: text,
      encoding: "utf8",
    },
  )
let typeTest = ""

// README table. Its links are absolute, to the repository's files, so that they work where the
// README is read on npm too.
const repositoryFiles = (() => {
  const { repository } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    repository: { url: string }
  }
  return `${repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main`
})()
const readmeTable = [
  "| operation | HTTP | read-only | class |",
  "|---|---|---|---|",
  ...operationNames.map((name) => {
    const [method, path] = (operations.get(name) as OperationTuple)[3].http
    return `| [\`${name}\`](${repositoryFiles}/docs/operations/${name}.md) | \`${method} ${path.replace("/2017-08-29", "")}\` | ${readOnlyOperations.has(name) ? (readOnlyReasons.has(name) ? "yes (a POST that changes nothing)" : "yes") : "no"} | ${classOf(name)} |`
  }),
].join("\n")
const readmePath = join(root, "README.md")
const readme = readFileSync(readmePath, "utf8")
const newReadme = readme.replace(
  /<!-- operations:start -->[\s\S]*<!-- operations:end -->/,
  `<!-- operations:start -->\n<!-- Generated by scripts/codegen.ts from ${SDK} ${sdkVersion}. -->\n${readmeTable}\n<!-- operations:end -->`,
)

// The type-level test of narrowing, one block per operation (test/mediaconvert/event.test-d.ts)
{
  const names = operationNames.flatMap((name) => [`${name}Event`, `${name}Request`, `${name}Response`])
  const blocks = operationNames.map(
    (name) => `  it("gives ${name} its own request and response types", () => {
    if (event.eventName === ${JSON.stringify(name)}) {
      expectTypeOf(event).toEqualTypeOf<${name}Event>()
      expectTypeOf(event.requestParameters).toEqualTypeOf<${name}Request | null | undefined>()
      expectTypeOf(event.responseElements).toEqualTypeOf<${name}Response | null | undefined>()
    }
  })`,
  )
  const text = `${header.replace("`npm run codegen`", "`npm run codegen` (checked by `npm run codegen:check`)")}import { describe, expectTypeOf, it } from "vitest"
import type {
${[...names, "MediaConvertEvent", "Unlisted", "UnlistedMediaConvertEvent"]
  .sort()
  .map((n) => `  ${n},`)
  .join("\n")}
} from "../../src"

declare const event: MediaConvertEvent

describe("narrowing a MediaConvertEvent on eventName", () => {
${blocks.join("\n\n")}

  it("leaves only the fallback for a name no operation has", () => {
    switch (event.eventName) {
${operationNames.map((name) => `      case ${JSON.stringify(name)}:`).join("\n")}
        break
      default:
        expectTypeOf(event).toEqualTypeOf<UnlistedMediaConvertEvent>()
        expectTypeOf(event.eventName).toEqualTypeOf<Unlisted>()
    }
  })
})
`
  typeTest = formatWithBiome(text, "test/mediaconvert/event.test-d.ts")
}

// ---------------------------------------------------------------------------------------------
// Write or check

/** Everything generated, by path relative to the repository. */
const outputs = new Map<string, string>([
  ...[...files].map(
    ([file, text]) =>
      // biome.json leaves the generated folder out of its checks, so format under a path it
      // does check: the files come out exactly as biome would write them.
      [
        `src/mediaconvert/generated/${file}`,
        formatWithBiome(text, `src/mediaconvert/${file}`, "format"),
      ] as const,
  ),
  ["test/mediaconvert/event.test-d.ts", typeTest],
  ["README.md", newReadme],
])

writeOrCheck({
  name: "codegen",
  root,
  outputs,
  ownedDir: "src/mediaconvert/generated",
  othersInDir: ["validators.ts"], // scripts/compile-validators.ts
  summary: `${operationNames.length} operations, ${ordered.length} structures, ${enums.size} enumerations`,
})
