// Compiles the codecs of CloudTrailRecord and MediaConvertEvent into straight-line checking
// functions, one generated module per root (src/record/generated/validators.ts and
// src/mediaconvert/generated/validators.ts): one function per object shape, no closures, no
// allocation, no `eval` at run time (edge runtimes forbid it). The decoders run these first and
// fall back to the codecs' detailed validation only to build the report of a record that failed.
//
// What a codec is made of comes from the one walker in src/codec/walk.ts (its `kind`), and every
// leaf rule is a function of src/codec/checks.ts that the generated code imports rather than
// restates: a rule changed there changes the codecs and the compiled checks together. The
// generated modules import no codec: they pair with the codecs by name, when a decoder first
// needs them (src/codec/compiled.ts), so renaming or removing a codec never breaks this script.
//
// Usage: tsx scripts/compile-validators.ts [--check]   (npm run codegen runs it; --check only compares)
import { dirname, join } from "node:path"
import type { Mixed } from "io-ts"
import { type CodecNode, forEachCodec, nodeOf } from "../src/codec/walk"
import { MediaConvertEvent } from "../src/mediaconvert/event"
import { CloudTrailRecord } from "../src/record/record"
import { writeOrCheck } from "./generated-files"

/** The leaf checks the generated code may call, all from src/codec/checks.ts. */
const leafChecks = [
  "isBooleanText",
  "isJson",
  "isObject",
  "isRedaction",
  "isStringMap",
  "isTimestamp",
  "isOptionalString",
  "isOptionalNumber",
  "isOptionalBoolean",
]

const safeName = (name: string): string => name.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40)

/** The JSON type a member's check is, when it is no more than a `typeof`. */
const typeofOf = (codec: Mixed): string | undefined => {
  const node = nodeOf(codec)
  if (node.kind === "enum") return "string"
  if (node.kind === "leaf" && (node.leaf === "string" || node.leaf === "number" || node.leaf === "boolean"))
    return node.leaf
  return undefined
}

/** The functions a generated module exports, by codec: a later root calls them instead of copying them. */
type Compiled = Map<Mixed, string>

/**
 * The text of one generated module: every check reachable from `root`. Codecs that `earlier`
 * (the functions of a module generated before, imported as `earlierAs`) already checks are
 * called there, not compiled again: the identity and the envelope's parts are in both roots.
 */
const compileRoot = (
  root: Mixed,
  rootName: string,
  codecCount: { n: number },
  functions: Compiled,
  earlier?: { readonly compiled: Compiled; readonly as: string; readonly path: string },
): string => {
  const bodies: string[] = []
  /** Struct and union checks by codec name; a name two codecs share is left out. */
  const byName = new Map<string, string | null>()

  /** The name of the function that checks `codec`, compiling it on first use. */
  const functionFor = (codec: Mixed): string => {
    const known = functions.get(codec)
    if (known !== undefined) return known
    const shared = earlier?.compiled.get(codec)
    if (shared !== undefined) return `${earlier?.as}.${shared}`
    const node = nodeOf(codec)
    const name = `is${(earlier?.compiled.size ?? 0) + functions.size}_${safeName(codec.name)}`
    functions.set(codec, name)
    if (node.kind === "struct" || node.kind === "tagged") {
      byName.set(node.name, byName.has(node.name) ? null : name)
    }
    const index = bodies.length
    bodies.push("")
    bodies[index] = `export ${compile(node, name)}`
    return name
  }

  /** A boolean expression that checks the value in the variable `v`. */
  const check = (codec: Mixed, v: string): string => {
    const node = nodeOf(codec)
    switch (node.kind) {
      case "leaf":
        switch (node.leaf) {
          case "string":
          case "number":
          case "boolean":
            return `typeof ${v} === "${node.leaf}"`
          case "null":
            return `${v} === null`
          case "undefined":
            return `${v} === undefined`
          case "json":
            return `isJson(${v})`
          case "object":
            return `isObject(${v})`
          case "timestamp":
            return `isTimestamp(${v})`
          case "stringMap":
            return `isStringMap(${v})`
          case "booleanText":
            return `isBooleanText(${v})`
          case "redaction":
            return `isRedaction(${v})`
        }
        break
      case "enum":
        return `typeof ${v} === "string"`
      case "literal":
        return `(${node.values.map((value) => `${v} === ${JSON.stringify(value)}`).join(" || ")})`
      case "nullable":
        return `(${v} === null || ${check(node.inner, v)})`
      case "redactable":
        return `(isRedaction(${v}) || ${check(node.inner, v)})`
      case "either":
        return `(${node.alternatives.map((alternative) => check(alternative, v)).join(" || ")})`
      default:
        return `${functionFor(codec)}(${v})`
    }
    throw new Error(`no check for ${codec.name}`)
  }

  const compile = (node: CodecNode, name: string): string => {
    const lines: string[] = []
    switch (node.kind) {
      case "struct": {
        lines.push(`function ${name}(u: any): boolean {`)
        lines.push("  if (!isObject(u)) return false")
        lines.push("  let v: any")
        for (const [key, member] of Object.entries(node.required)) {
          lines.push(`  v = u[${JSON.stringify(key)}]`)
          lines.push(`  if (!(${check(member, "v")})) return false`)
        }
        for (const [key, member] of Object.entries(node.optional)) {
          const type = typeofOf(member)
          if (type !== undefined) {
            // Text, numbers and booleans, the commonest members: one short call each.
            lines.push(
              `  if (!isOptional${type[0]?.toUpperCase()}${type.slice(1)}(u[${JSON.stringify(key)}])) return false`,
            )
            continue
          }
          lines.push(`  v = u[${JSON.stringify(key)}]`)
          lines.push(`  if (v !== undefined && !(${check(member, "v")})) return false`)
        }
        lines.push("  return true", "}")
        break
      }
      case "tagged": {
        const { tag, variants, other, missing } = node
        lines.push(`function ${name}(u: any): boolean {`)
        lines.push("  if (!isObject(u)) return false")
        lines.push(`  const tag = u[${JSON.stringify(tag)}]`)
        lines.push(`  if (typeof tag === "string") {`)
        lines.push("    switch (tag) {")
        for (const [value, variant] of variants) {
          lines.push(`      case ${JSON.stringify(value)}:`, `        return ${functionFor(variant)}(u)`)
        }
        lines.push("      default:", `        return ${functionFor(other)}(u)`, "    }", "  }")
        lines.push(
          missing === undefined
            ? "  return false"
            : `  return (tag === undefined || tag === null) && ${functionFor(missing)}(u)`,
        )
        lines.push("}")
        break
      }
      case "list":
        lines.push(`function ${name}(u: any): boolean {`)
        lines.push("  if (!Array.isArray(u)) return false")
        lines.push("  for (let i = 0; i < u.length; i++) {", "    const v = u[i]")
        lines.push(`    if (!(${check(node.item, "v")})) return false`, "  }", "  return true", "}")
        break
      case "map":
        lines.push(`function ${name}(u: any): boolean {`)
        lines.push("  if (!isObject(u)) return false")
        lines.push("  for (const k in u) {", "    if (!Object.hasOwn(u, k)) continue", "    const v = u[k]")
        lines.push(`    if (!(${check(node.value, "v")})) return false`, "  }", "  return true", "}")
        break
      default:
        throw new Error(`${name}: only structs, unions, lists and maps get a function of their own`)
    }
    return lines.join("\n")
  }

  const rootFunction = functionFor(root)
  codecCount.n += functions.size
  // The table by name also names the checks of the earlier module for the codecs under this
  // root that it already checks, so that registering this root alone pairs every codec under it.
  if (earlier !== undefined)
    forEachCodec(root, (codec, node) => {
      const fn = earlier.compiled.get(codec)
      if (fn !== undefined && (node.kind === "struct" || node.kind === "tagged") && !byName.has(node.name))
        byName.set(node.name, `${earlier.as}.${fn}`)
    })
  const named = [...byName].filter((entry): entry is [string, string] => entry[1] !== null)
  named.sort(([a], [b]) => a.localeCompare(b))
  return [
    "// Generated by scripts/compile-validators.ts from the library's codecs. Do not edit by hand:",
    "// run `npm run codegen`. Each function answers exactly what the matching codec's `is` answers;",
    "// the leaf rules are src/codec/checks.ts's own functions.",
    "// biome-ignore-all lint: generated code",
    "",
    `import { ${leafChecks.join(", ")} } from "../../codec/checks"`,
    ...(earlier === undefined ? [] : [`import * as ${earlier.as} from "${earlier.path}"`]),
    "",
    ...bodies.flatMap((body) => [body, ""]),
    `/** Whether a value is a valid ${rootName}: the same answer as \`${rootName}.is\`, computed faster. @internal */`,
    `export const is${rootName}: (u: unknown) => boolean = ${rootFunction}`,
    "",
    "/** The checks of the structs and unions under the root, by codec name (src/codec/compiled.ts). @internal */",
    "export const checksByName: Readonly<Record<string, (u: unknown) => boolean>> = {",
    ...named.map(([codecName, fn]) => `  ${JSON.stringify(codecName)}: ${fn},`),
    "}",
    "",
  ].join("\n")
}

const count = { n: 0 }
const recordFunctions: Compiled = new Map()
const recordModule = compileRoot(CloudTrailRecord, "CloudTrailRecord", count, recordFunctions)
const mediaConvertModule = compileRoot(MediaConvertEvent, "MediaConvertEvent", count, new Map(), {
  compiled: recordFunctions,
  as: "record",
  path: "../../record/generated/validators",
})
const outputs = new Map([
  ["src/record/generated/validators.ts", recordModule],
  ["src/mediaconvert/generated/validators.ts", mediaConvertModule],
])

writeOrCheck({
  name: "compile-validators",
  root: join(dirname(new URL(import.meta.url).pathname), ".."),
  outputs,
  summary: `${count.n} functions`,
})
