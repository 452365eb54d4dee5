// The compiled checks (src/generated/validators.ts, written by scripts/compile-validators.ts)
// register here for the codecs they stand for, so that a codec's `is`, and the detailed
// validation that builds a failure report, run the straight-line check on every subtree that
// has one. Internal: not part of the public surface.

const checks = new WeakMap<object, (u: unknown) => boolean>()
let enabled = true

/** Makes `check` the way `codec` answers `is`. It must answer exactly as the codec would. */
export const useCompiledChecks = (pairs: ReadonlyArray<readonly [object, (u: unknown) => boolean]>): void => {
  for (const [codec, check] of pairs) checks.set(codec, check)
}

/** The compiled check registered for a codec, if any. */
export const compiledCheckOf = (codec: object): ((u: unknown) => boolean) | undefined =>
  enabled ? checks.get(codec) : undefined

/** Runs `f` with the compiled checks set aside: the codecs interpret themselves (for tests). */
export const withoutCompiledChecks = <A>(f: () => A): A => {
  enabled = false
  try {
    return f()
  } finally {
    enabled = true
  }
}
