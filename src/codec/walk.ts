// What a codec is made of, read from the `kind` every codec of this library carries (and the
// `_tag` of io-ts's own primitive codecs): the one switch that every tool walking the codecs
// goes through: the validator compiler, the operation pages, the benchmark's ajv and zod
// schemas, the test arbitraries and the lazy registration of compiled checks. Internal.
import type * as t from "io-ts"
import type { Members } from "./members"

/** A leaf: a value checked by one rule of src/codec/checks.ts, or by its JSON type. */
export type Leaf =
  | "string"
  | "number"
  | "boolean"
  | "null"
  | "undefined"
  | "json"
  | "object"
  | "timestamp"
  | "stringMap"
  | "booleanText"
  | "redaction"

/** One level of a codec. */
export type CodecNode =
  | {
      readonly kind: "struct"
      readonly name: string
      readonly required: Members
      readonly optional: Members
    }
  | {
      readonly kind: "tagged"
      readonly name: string
      readonly tag: string
      readonly variants: ReadonlyMap<string, t.Mixed>
      readonly other: t.Mixed
      readonly missing: t.Mixed | undefined
    }
  | { readonly kind: "list"; readonly item: t.Mixed }
  | { readonly kind: "map"; readonly value: t.Mixed }
  | { readonly kind: "nullable" | "redactable"; readonly inner: t.Mixed }
  | { readonly kind: "either"; readonly alternatives: ReadonlyArray<t.Mixed> }
  | { readonly kind: "literal"; readonly values: ReadonlyArray<string | number | boolean> }
  /** Any string, with the values this version knows (`unlisted` names none). */
  | { readonly kind: "enum"; readonly name: string; readonly values: ReadonlyArray<string> }
  | { readonly kind: "leaf"; readonly leaf: Leaf }

/** The parts a codec may carry; which ones it has depends on its kind. */
interface Described {
  readonly kind?: unknown
  readonly _tag?: unknown
  readonly name: string
  readonly required?: Members
  readonly optional?: Members
  readonly tag?: string
  readonly variants?: ReadonlyMap<string, t.Mixed>
  readonly other?: t.Mixed
  readonly missing?: t.Mixed
  readonly item?: t.Mixed
  readonly value?: unknown
  readonly inner?: t.Mixed
  readonly alternatives?: ReadonlyArray<t.Mixed>
  readonly values?: ReadonlyArray<string>
  readonly keys?: Record<string, unknown>
}

const need = <A>(part: A | undefined, codec: Described): A => {
  if (part === undefined) throw new Error(`codec ${codec.name} lacks a part its kind needs`)
  return part
}

/** What `codec` is made of, one level deep. Throws for a codec of no known kind. */
export const nodeOf = (codec: t.Mixed): CodecNode => {
  const c = codec as unknown as Described
  const kind = c.kind ?? c._tag
  switch (kind) {
    case "struct":
      return { kind, name: c.name, required: need(c.required, c), optional: need(c.optional, c) }
    case "tagged":
      return {
        kind,
        name: c.name,
        tag: need(c.tag, c),
        variants: need(c.variants, c),
        other: need(c.other, c),
        missing: c.missing,
      }
    case "list":
      return { kind, item: need(c.item, c) }
    case "map":
      return { kind, value: need(c.value as t.Mixed | undefined, c) }
    case "nullable":
    case "redactable":
      return { kind, inner: need(c.inner, c) }
    case "either":
      return { kind, alternatives: need(c.alternatives, c) }
    case "openEnum":
      return { kind: "enum", name: c.name.replace(/ \(string\)$/, ""), values: need(c.values, c) }
    case "unlisted":
      return { kind: "enum", name: c.name, values: [] }
    case "LiteralType":
      return { kind: "literal", values: [c.value as string | number | boolean] }
    case "KeyofType":
      return { kind: "literal", values: Object.keys(need(c.keys, c)) }
    case "StringType":
      return { kind: "leaf", leaf: "string" }
    case "NumberType":
      return { kind: "leaf", leaf: "number" }
    case "BooleanType":
      return { kind: "leaf", leaf: "boolean" }
    case "NullType":
      return { kind: "leaf", leaf: "null" }
    case "UndefinedType":
      return { kind: "leaf", leaf: "undefined" }
    case "json":
    case "object":
    case "timestamp":
    case "stringMap":
    case "booleanText":
    case "redaction":
      return { kind: "leaf", leaf: kind }
    default:
      throw new Error(`codec ${c.name} has no kind this walker knows (${String(kind)})`)
  }
}

/** The codecs a node holds directly. */
export const childrenOf = (node: CodecNode): ReadonlyArray<t.Mixed> => {
  switch (node.kind) {
    case "struct":
      return [...Object.values(node.required), ...Object.values(node.optional)]
    case "tagged":
      return [...node.variants.values(), node.other, ...(node.missing === undefined ? [] : [node.missing])]
    case "list":
      return [node.item]
    case "map":
      return [node.value]
    case "nullable":
    case "redactable":
      return [node.inner]
    case "either":
      return node.alternatives
    default:
      return []
  }
}

/** Visits every codec reachable from `root` once, parents before children. */
export const forEachCodec = (root: t.Mixed, visit: (codec: t.Mixed, node: CodecNode) => void): void => {
  const seen = new Set<t.Mixed>()
  const stack = [root]
  while (stack.length > 0) {
    const codec = stack.pop() as t.Mixed
    if (seen.has(codec)) continue
    seen.add(codec)
    const node = nodeOf(codec)
    visit(codec, node)
    const children = childrenOf(node)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as t.Mixed)
  }
}
