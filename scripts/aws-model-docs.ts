// AWS's descriptions of MediaConvert's structures and of their members, read from the TypeScript
// declarations of @aws-sdk/client-mediaconvert (its doc comments carry the model's documentation).
// scripts/codegen.ts writes them on the generated types, scripts/docs-operations.ts on the
// operation pages.
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const SDK = "@aws-sdk/client-mediaconvert"

/** A description's first sentence, as plain text, at most 240 characters. */
export const firstSentence = (doc: string): string => {
  const text = doc
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("@"))
    .join(" ")
    .replace(/<[^>]+>/g, "")
    .replace(/\*\//g, "* /")
    .replace(/\s+/g, " ")
    .trim()
  // "Required." or "Optional." alone says nothing of the member: the next sentence goes with it.
  const lead = /^(Required|Optional)\. /.exec(text)?.[0].length ?? 0
  const end = text.slice(lead).search(/\.(\s|$)/)
  const sentence = end >= 0 ? text.slice(0, lead + end + 1) : text
  return sentence.length > 240 ? `${sentence.slice(0, 237)}…` : sentence
}

export interface ModelDocs {
  /** The first sentence of each structure's description, by the model's name of the structure. */
  readonly structDocs: ReadonlyMap<string, string>
  /** The first sentence of each member's description, by `Structure.Member` (model names). */
  readonly memberDocs: ReadonlyMap<string, string>
  /** Each member's TypeScript type as the SDK declares it, by `Structure.Member`. */
  readonly memberTypes: ReadonlyMap<string, string>
}

/** Reads the SDK's declarations once. */
export const readModelDocs = (): ModelDocs => {
  const declarations = readFileSync(require.resolve(`${SDK}/dist-types/models/models_0.d.ts`), "utf8")
  const structDocs = new Map<string, string>()
  const memberDocs = new Map<string, string>()
  const memberTypes = new Map<string, string>()
  for (const match of declarations.matchAll(
    /\/\*\*([\s\S]*?)\*\/\s*export interface (\w+) \{([\s\S]*?)\n\}/g,
  )) {
    const [, doc = "", name = "", body = ""] = match
    structDocs.set(name, firstSentence(doc))
    for (const member of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(\w+)\??: ([^;]+);/g)) {
      const [, memberDoc = "", memberName = "", type = ""] = member
      memberDocs.set(`${name}.${memberName}`, firstSentence(memberDoc))
      memberTypes.set(`${name}.${memberName}`, type.trim())
    }
  }
  return { structDocs, memberDocs, memberTypes }
}
