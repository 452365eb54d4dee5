// Compiles the codecs of CloudTrailRecord and MediaConvertEvent into straight-line checking
// functions (src/generated/validators.ts): one function per object shape, no closures, no
// allocation, no `eval` at run time (edge runtimes forbid it). decodeRecord and
// decodeMediaConvertEvent run these first and fall back to the codecs' detailed validation
// only to build the report of a record that failed. The functions must answer exactly as the
// codecs' `is` does; test/generated-validators.test.ts checks that on real and mutated records.
//
// Usage: tsx scripts/compile-validators.ts [--check]   (npm run codegen runs it; --check only compares)
import { dirname, join } from "node:path"
import type { Mixed } from "io-ts"
import { CloudTrailRecord, list, MediaConvertEvent, Resource, StructCodec } from "../src"
import * as userIdentity from "../src/identity/user-identity"
import * as mediaConvertEvent from "../src/mediaconvert/event"
import * as events from "../src/mediaconvert/generated/events"
import * as operations from "../src/mediaconvert/generated/operations"
import * as shapes from "../src/mediaconvert/generated/shapes"
import * as parts from "../src/record/parts"
import * as record from "../src/record/record"
import { redactions, shapeOf, timestampPattern } from "./codec-walk"
import { writeOrCheck } from "./generated-files"

const functions = new Map<Mixed, string>()
const resourceList = list(Resource)
const bodies: string[] = []

const safeName = (name: string): string => name.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40)

/** The name of the function that checks `codec`, compiling it on first use. */
const functionFor = (codec: Mixed): string => {
  const known = functions.get(codec)
  if (known !== undefined) return known
  const name = `is${functions.size}_${safeName(codec.name)}`
  functions.set(codec, name)
  const index = bodies.length
  bodies.push("")
  bodies[index] = compile(codec, name)
  return name
}

/** A boolean expression that checks the value in the variable `v` against `codec`. */
const check = (codec: Mixed, v: string): string => {
  const shape = shapeOf(codec)
  switch (shape.kind) {
    case "string":
    case "number":
    case "boolean":
      return `typeof ${v} === "${shape.kind}"`
    case "null":
      return `${v} === null`
    case "undefined":
      return `${v} === undefined`
    case "literal":
      return `${v} === ${JSON.stringify(shape.value)}`
    case "keyof":
      return `(${shape.values.map((value) => `${v} === ${JSON.stringify(value)}`).join(" || ")})`
    case "any":
      return `isJson(${v})`
    case "object":
      return `isObject(${v})`
    case "timestamp":
      return `isTimestamp(${v})`
    case "stringMap":
      return `isStringMap(${v})`
    case "resources":
      return `(typeof ${v} === "string" || ${functionFor(resourceList)}(${v}))`
    case "redactable":
      return `(typeof ${v} === "string" ? ${redactions.map((r) => `${v} === ${JSON.stringify(r)}`).join(" || ")} : ${check(shape.inner, v)})`
    case "nullable":
      return `(${v} === null || ${check(shape.inner, v)})`
    default:
      return `${functionFor(codec)}(${v})`
  }
}

const compile = (codec: Mixed, name: string): string => {
  const shape = shapeOf(codec)
  const lines: string[] = []
  switch (shape.kind) {
    case "struct": {
      lines.push(`function ${name}(u: any): boolean {`)
      lines.push(`  if (typeof u !== "object" || u === null || Array.isArray(u)) return false`)
      lines.push("  let v: any")
      for (const [key, member] of Object.entries(shape.codec.required)) {
        lines.push(`  v = u[${JSON.stringify(key)}]`)
        lines.push(`  if (!(${check(member, "v")})) return false`)
      }
      for (const [key, member] of Object.entries(shape.codec.optional)) {
        lines.push(`  v = u[${JSON.stringify(key)}]`)
        lines.push(`  if (v !== undefined && !(${check(member, "v")})) return false`)
      }
      lines.push("  return true", "}")
      break
    }
    case "tagged": {
      const { tag, variants, other, missing } = shape.codec
      lines.push(`function ${name}(u: any): boolean {`)
      lines.push(`  if (typeof u !== "object" || u === null || Array.isArray(u)) return false`)
      lines.push(`  const tag = u[${JSON.stringify(tag)}]`)
      lines.push(`  if (typeof tag === "string") {`)
      lines.push("    switch (tag) {")
      for (const [value, variant] of variants) {
        lines.push(`      case ${JSON.stringify(value)}:`, `        return ${functionFor(variant)}(u)`)
      }
      lines.push("      default:", `        return ${functionFor(other)}(u)`, "    }", "  }")
      lines.push(
        missing === undefined ? "  return false" : `  return tag === undefined && ${functionFor(missing)}(u)`,
      )
      lines.push("}")
      break
    }
    case "list":
      lines.push(`function ${name}(u: any): boolean {`)
      lines.push("  if (!Array.isArray(u)) return false")
      lines.push("  for (let i = 0; i < u.length; i++) {", "    const v = u[i]")
      lines.push(`    if (!(${check(shape.item, "v")})) return false`, "  }", "  return true", "}")
      break
    case "map":
      lines.push(`function ${name}(u: any): boolean {`)
      lines.push("  if (!isObject(u)) return false")
      lines.push("  for (const k in u) {", "    if (!Object.hasOwn(u, k)) continue", "    const v = u[k]")
      lines.push(`    if (!(${check(shape.value, "v")})) return false`, "  }", "  return true", "}")
      break
    default:
      lines.push(`function ${name}(v: any): boolean {`, `  return ${check(codec, "v")}`, "}")
  }
  return lines.join("\n")
}

const roots = { CloudTrailRecord, MediaConvertEvent }
const exported = Object.entries(roots).map(([name, codec]) => [name, functionFor(codec)] as const)

// The exported struct codecs get their compiled check registered, so that their own `is`, and
// the detailed validation of a failing record, use it (src/codec/compiled.ts).
const modules = [
  ["shapes", "../mediaconvert/generated/shapes", shapes],
  ["operations", "../mediaconvert/generated/operations", operations],
  ["events", "../mediaconvert/generated/events", events],
  ["mediaConvertEvent", "../mediaconvert/event", mediaConvertEvent],
  ["record", "../record/record", record],
  ["userIdentity", "../identity/user-identity", userIdentity],
  ["parts", "../record/parts", parts],
] as const
const registrations: string[] = []
const registered = new Set<unknown>()
for (const [alias, , namespace] of modules) {
  for (const [exportName, value] of Object.entries(namespace).sort(([a], [b]) => a.localeCompare(b))) {
    if (!(value instanceof StructCodec) || registered.has(value)) continue
    const fn = functions.get(value)
    if (fn === undefined) continue
    registered.add(value)
    registrations.push(`  [${alias}.${exportName}, ${fn}],`)
  }
}

const source = [
  "// Generated by scripts/compile-validators.ts from the library's codecs. Do not edit by hand:",
  "// run `npm run codegen`. Each function answers exactly what the matching codec's `is` answers.",
  "// biome-ignore-all lint: generated code",
  "",
  'import { useCompiledChecks } from "../codec/compiled"',
  ...modules.map(([alias, path]) => `import * as ${alias} from "${path}"`),
  "",
  `const isObject = (u: any): boolean => typeof u === "object" && u !== null && !Array.isArray(u)`,
  "const isJson = (u: any): boolean =>",
  `  u !== undefined && typeof u !== "function" && typeof u !== "symbol" && typeof u !== "bigint"`,
  `const timestampText = /${timestampPattern}/`,
  "const isTimestamp = (u: any): boolean =>",
  `  (typeof u === "number" && Number.isFinite(u)) || (typeof u === "string" && timestampText.test(u))`,
  "const isStringMap = (u: any): boolean => {",
  "  if (!isObject(u)) return false",
  `  for (const k in u) if (Object.hasOwn(u, k) && typeof u[k] !== "string") return false`,
  "  return true",
  "}",
  "",
  ...bodies.flatMap((body) => [body, ""]),
  ...exported.flatMap(([name, fn]) => [
    `/** Whether a value is a valid ${name}: the same answer as \`${name}.is\`, computed faster. @internal */`,
    `export const is${name}Fast: (u: unknown) => boolean = ${fn}`,
    "",
  ]),
  "useCompiledChecks([",
  ...registrations,
  "])",
  "",
].join("\n")

writeOrCheck({
  name: "compile-validators",
  root: join(dirname(new URL(import.meta.url).pathname), ".."),
  outputs: new Map([["src/generated/validators.ts", source]]),
  summary: `${functions.size} functions`,
})
