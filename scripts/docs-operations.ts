// Writes the operation reference of the documentation site: docs/operations/<Operation>.md for
// each of MediaConvert's 34 operations, and docs/operations/index.md. Everything on a page is
// read from the library itself: the fields and their types from the generated codecs (walked with
// src/codec/walk.ts), the method, path, read-only marking and class from
// `mediaConvertOperations`, the example record from test/fixtures/operations/<Operation>.success.json
// (which the test suite decodes). Only the one-paragraph description of each call is written here.
//
// Usage: tsx scripts/docs-operations.ts [--check]   (npm run docs runs it; codegen:check runs --check)
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { Mixed } from "io-ts"
import { decodeMediaConvertEvent, mediaConvertOperations } from "../src"
import { REDACTIONS } from "../src/codec/checks"
import type { StructCodec } from "../src/codec/struct"
import { nodeOf } from "../src/codec/walk"
import * as operations from "../src/mediaconvert/generated/operations"
import { readModelDocs } from "./aws-model-docs"
import { writeOrCheck } from "./generated-files"
import { descriptions, type OperationName, whereToLook } from "./operation-descriptions"

type AnyStruct = StructCodec<Record<string, Mixed>, Record<string, Mixed>>

const root = join(import.meta.dirname, "..")
const fixturesDir = join(root, "test", "fixtures", "operations")

/** Structures not expanded on operation pages: the settings trees (175 structures and more). */
const settingsTrees = new Set(["JobSettings", "JobTemplateSettings", "PresetSettings"])

const codecOf = (name: string): AnyStruct => {
  const codec = (operations as Record<string, unknown>)[name]
  if (codec === undefined) throw new Error(`no codec ${name}`)
  return codec as AnyStruct
}

/**
 * A link to an API page of the published site. These pages are read on GitHub as well as on the
 * site, so they hold plain Markdown links, never `{@link}`: on GitHub they open the published
 * site, and the site's build (scripts/typedoc-site.mjs) turns them into links to its own pages,
 * with a warning (an error in `npm run docs`) for a page it does not have.
 */
const homepage = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { homepage: string })
  .homepage
const apiLink = (name: string, page: string): string => `[${name}](${homepage.replace(/\/?$/, "/")}${page})`
/** The page of a type: structures are interfaces, enumerations type aliases (typedoc's folders). */
const shapeLink = (name: string, kind: "struct" | "enum"): string =>
  apiLink(name, `${kind === "struct" ? "interfaces" : "types"}/shapes.${name}.html`)

/** A heading's anchor as typedoc writes it (lower case, spaces to dashes). */
const anchor = (heading: string): string => heading.toLowerCase().replace(/[^a-z0-9]+/g, "-")

const escapeCell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ")

/** The type of a codec as a user reads it, with structures linked; pushes structures to expand. */
const typeText = (codec: Mixed, expand: (struct: AnyStruct) => void): string => {
  const node = nodeOf(codec)
  switch (node.kind) {
    case "struct": {
      const name = node.name
      if (settingsTrees.has(name)) return shapeLink(name, "struct")
      expand(codec as AnyStruct)
      return `[${name}](#${anchor(name)})`
    }
    case "tagged":
      return `one of ${node.name}`
    case "list":
      return `array of ${typeText(node.item, expand)}`
    case "map":
      return `map of string to ${typeText(node.value, expand)}`
    case "redactable":
      return `${typeText(node.inner, expand)}, or ${REDACTIONS.map((r) => `\`"${r}"\``).join(", ")} when redacted`
    case "nullable":
      return `${typeText(node.inner, expand)} or \`null\``
    case "either":
      return node.alternatives.map((alternative) => typeText(alternative, expand)).join(" or ")
    case "enum": {
      if (node.values.length === 0) return "string"
      const values = node.values.map((v) => `\`${v}\``)
      const listed =
        values.length <= 8
          ? values.join(", ")
          : `${values.slice(0, 6).join(", ")} and ${values.length - 6} more`
      return `string, enum ${shapeLink(node.name, "enum")} (${listed}; other values are kept)`
    }
    case "literal":
      return node.values.map((v) => `\`${JSON.stringify(v)}\``).join(" or ")
    case "leaf":
      switch (node.leaf) {
        case "timestamp":
          return `${apiLink("Timestamp", "types/index.Timestamp.html")} (epoch seconds, or as logged)`
        case "stringMap":
          return "map of string to string"
        case "json":
          return "any JSON value"
        case "object":
          return "JSON object"
        case "booleanText":
          return 'boolean, or the text `"true"` / `"false"`'
        case "redaction":
          return REDACTIONS.map((r) => `\`"${r}"\``).join(" or ")
        default:
          return node.leaf
      }
  }
}

/** Path members of an operation, by their CloudTrail (lower-camel) names. */
const pathMembers = (path: string): Set<string> =>
  new Set([...path.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] ?? "").replace(/^./, (c) => c.toLowerCase())))

/** AWS's descriptions of the model's structures and members. */
const { memberDocs } = readModelDocs()
/** AWS's description of a member, by its name in records (the model's is in PascalCase). */
const memberDoc = (struct: AnyStruct, name: string): string =>
  memberDocs.get(`${struct.name}.${name.charAt(0).toUpperCase()}${name.slice(1)}`) ?? ""

/** A table of a structure's members: name, type, and what it is (AWS's words, then ours). */
const memberTable = (struct: AnyStruct, expand: (s: AnyStruct) => void, fromPath: Set<string>): string[] => {
  const rows: string[][] = []
  const add = (name: string, codec: Mixed, required: boolean) => {
    const notes = [
      required ? "always present" : "",
      fromPath.has(name) ? "from the URL path" : "",
      name === "Tags" ? "the spelling CloudTrail has been seen to use ([quirk](../quirks.md#tags))" : "",
    ]
      .filter(Boolean)
      .join("; ")
    const description = [memberDoc(struct, name), notes === "" ? "" : `*(${notes})*`]
      .filter(Boolean)
      .join(" ")
    rows.push([`\`${name}\``, escapeCell(typeText(codec, expand)), escapeCell(description)])
  }
  for (const [name, codec] of Object.entries(struct.required)) add(name, codec, true)
  for (const [name, codec] of Object.entries(struct.optional)) add(name, codec, false)
  if (rows.length === 0) return ["No members: an empty object, when CloudTrail logs one at all."]
  // A description column only where some member has one.
  const described = rows.some((row) => row[2] !== "")
  return [
    described ? "| field | type | what it is |" : "| field | type |",
    described ? "|---|---|---|" : "|---|---|",
    ...rows.map((row) => `| ${(described ? row : row.slice(0, 2)).join(" | ")} |`),
  ]
}

/** The structures met while writing a page's tables, to be expanded below them, each once. */
const expansion = (alreadyShown: ReadonlyArray<AnyStruct>) => {
  const seen = new Set<AnyStruct>(alreadyShown)
  const queue: AnyStruct[] = []
  const expand = (s: AnyStruct) => {
    if (!seen.has(s)) {
      seen.add(s)
      queue.push(s)
    }
  }
  /** One section per structure, breadth first; a section's own members may add more. */
  const sections = (): string[] => {
    const out: string[] = []
    for (let i = 0; i < queue.length; i++) {
      const struct = queue[i] as AnyStruct
      out.push(`### ${struct.name}`, "", ...memberTable(struct, expand, new Set()), "")
    }
    return out
  }
  return { expand, sections }
}

const readOnlyText = (name: OperationName): string => {
  const { readOnly, method } = mediaConvertOperations[name]
  if (!readOnly) return 'no: CloudTrail logs `"readOnly": false`'
  return method === "GET"
    ? 'yes: CloudTrail logs `"readOnly": true` and `"responseElements": null`'
    : 'yes (a POST that changes nothing): expected `"readOnly": true` and `"responseElements": null`'
}

const fixture = (name: OperationName): unknown => {
  const text = readFileSync(join(fixturesDir, `${name}.success.json`), "utf8")
  const value: unknown = JSON.parse(text)
  const decoded = decodeMediaConvertEvent(value)
  if (decoded._tag !== "Right" || decoded.right.eventName !== name)
    throw new Error(`${name}.success.json does not decode as a ${name} record`)
  return value
}

/** The library's helpers that read a record's fields, linked where a text names them. */
const helpers = [
  "destinationsOf",
  "inputsOf",
  "roleOf",
  "queueOf",
  "jobTemplateOf",
  "presetOf",
  "jobIdFrom",
  "tagsOf",
]
const helperLinks = (text: string): string =>
  text.replace(
    new RegExp(`\`(${helpers.join("|")})\\(event\\)\``, "g"),
    (_whole, helper: string) => `${apiLink(`\`${helper}(event)\``, `functions/index.${helper}.html`)}`,
  )

/** "Where to look": the fields people look for in this operation's records, and their helpers. */
const lookSection = (name: OperationName): string[] => {
  const notes = whereToLook[name]
  if (notes === undefined) return []
  return ["## Where to look", "", ...notes.map((note) => `- ${helperLinks(note)}`), ""]
}

const page = (name: OperationName): string => {
  const { method, path, operationClass } = mediaConvertOperations[name]
  const request = codecOf(`${name}Request`)
  const response = codecOf(`${name}Response`)
  const { expand, sections } = expansion([request, response])
  const requestTable = memberTable(request, expand, pathMembers(path))
  const responseTable = memberTable(response, expand, new Set())
  const structures = sections()
  const firstMember = Object.keys(request.optional)[0] ?? Object.keys(request.required)[0]
  const access = firstMember === undefined ? "requestParameters" : `requestParameters?.${firstMember}`
  const responseNote = mediaConvertOperations[name].readOnly
    ? "CloudTrail does not log what a read-only call returned: `responseElements` is `null`. The type below is what the codec accepts if a record carries one anyway."
    : Object.keys(response.optional).length + Object.keys(response.required).length === 0
      ? "The call returns no body, so `responseElements` is `null`."
      : "What the call returned, as CloudTrail logged it; `null` when it was left out."
  return [
    "---",
    `title: ${name}`,
    "---",
    `# ${name}`,
    "",
    descriptions[name],
    "",
    `- HTTP: \`${method} ${path}\``,
    `- Read-only: ${readOnlyText(name)}`,
    `- Class (\`operationClassOf\`): \`${operationClass}\``,
    `- Decoded as: ${apiLink(`${name}Event`, `interfaces/index.${name}Event.html`)}, \`eventName: "${name}"\``,
    "",
    ...lookSection(name),
    "```ts",
    'import { decodeMediaConvertEvent } from "mediaconvert-cloudtrail"',
    "",
    "declare const record: unknown",
    "const decoded = decodeMediaConvertEvent(record)",
    `if (decoded._tag === "Right" && decoded.right.eventName === "${name}") {`,
    `  const value = decoded.right.${access}`,
    "}",
    "```",
    "",
    `## requestParameters: ${request.name}`,
    "",
    "What the caller sent. Members bound to the URL path appear under their lower-camel-case names.",
    "",
    ...requestTable,
    "",
    `## responseElements: ${response.name}`,
    "",
    responseNote,
    "",
    ...responseTable,
    "",
    ...(structures.length > 0
      ? [
          "## Structures",
          "",
          "The structures these fields refer to, as far as the settings trees.",
          "",
          ...structures,
        ]
      : []),
    "## Example record",
    "",
    `A complete \`${name}\` record (addresses, accounts and ids are examples):`,
    "",
    "```json",
    JSON.stringify(fixture(name), null, 2),
    "```",
    "",
    "[All operations](index.md)",
    "",
  ].join("\n")
}

const names = Object.keys(mediaConvertOperations).sort() as OperationName[]

const index = (): string =>
  [
    "---",
    "title: Operations",
    "children:",
    ...names.map((name) => `  - ./${name}.md`),
    "---",
    "# MediaConvert operations",
    "",
    `MediaConvert has ${names.length} API operations; CloudTrail records every call to each of them as a management event with \`eventSource: "mediaconvert.amazonaws.com"\`. Each page below lists the fields of \`requestParameters\` and \`responseElements\` with their types, and shows a complete record.`,
    "",
    "| operation | HTTP | read-only | class | what it does |",
    "|---|---|---|---|---|",
    ...names.map((name) => {
      const { method, path, readOnly, operationClass } = mediaConvertOperations[name]
      const first = (descriptions[name].split(/(?<=\.) /)[0] ?? "").replace(/\|/g, "\\|")
      return `| [${name}](${name}.md) | \`${method} ${path.replace("/2017-08-29", "")}\` | ${readOnly ? "yes" : "no"} | \`${operationClass}\` | ${first} |`
    }),
    "",
    "Paths start with `/2017-08-29`. Read-only calls are logged with `responseElements: null`.",
    "",
  ].join("\n")

writeOrCheck({
  name: "docs-operations",
  root,
  outputs: new Map([
    ["docs/operations/index.md", index()],
    ...names.map((name) => [`docs/operations/${name}.md`, page(name)] as const),
  ]),
  ownedDir: "docs/operations",
  summary: `${names.length + 1} pages`,
})
