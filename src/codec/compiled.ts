// Compiled checks (src/record/generated/validators.ts and src/mediaconvert/generated/validators.ts,
// written by scripts/compile-validators.ts) stand in for a codec's `is`: straight-line code
// that answers exactly as the codec would. Each generated module exports, besides its root
// check, a table of checks by codec name; nothing registers at load time. A decoder hands its
// table over on first use (`useCompiledChecks`), which walks the root codec and pairs each
// struct or union with the check of the same name, so the detailed validation of a failing
// record runs the fast check on every subtree. A name the table lacks (a codec renamed since
// the last `npm run codegen`) is simply interpreted. Internal: not part of the public surface.
import type * as t from "io-ts"
import { forEachCodec } from "./walk"

/** A compiled check: the same answer as some codec's `is`. */
export type Check = (u: unknown) => boolean

const checks = new WeakMap<object, Check>()
const registered = new WeakSet<object>()
let enabled = true

/**
 * Pairs the structs and unions reachable from `root` with the checks of the same name, once
 * per root. Never throws: a codec that cannot be walked keeps its interpreted `is`.
 */
export const useCompiledChecks = (root: t.Mixed, byName: Readonly<Record<string, Check>>): void => {
  if (registered.has(root)) return
  registered.add(root)
  try {
    forEachCodec(root, (codec, node) => {
      if (node.kind !== "struct" && node.kind !== "tagged") return
      if (!Object.hasOwn(byName, node.name)) return
      const check = byName[node.name]
      // A codec under two roots (the identity) keeps the first check: both answer the same.
      if (typeof check === "function" && !checks.has(codec)) checks.set(codec, check)
    })
  } catch {
    // A codec this walker does not know: the rest stays interpreted, which answers the same.
  }
}

/** The compiled check registered for a codec, if any. */
export const compiledCheckOf = (codec: object): Check | undefined => (enabled ? checks.get(codec) : undefined)

/** Runs `f` with the compiled checks set aside: the codecs interpret themselves (for tests). */
export const withoutCompiledChecks = <A>(f: () => A): A => {
  enabled = false
  try {
    return f()
  } finally {
    enabled = true
  }
}
