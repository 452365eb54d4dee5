// Safe readers for helpers that accept any value: they never throw, whatever they are given
// (a getter that throws, a proxy, a value of the wrong type), and return undefined instead.

/**
 * The member `key` of `value` when `value` is a non-array object, else undefined. A member
 * written as `null` reads as absent: other tools write `null` for what CloudTrail leaves out
 * ([the quirks: nulls](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#nulls)), and every helper reads both alike.
 */
export const member = (value: unknown, key: string): unknown => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined
  try {
    const found = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
    return found === null ? undefined : found
  } catch {
    return undefined
  }
}

/** The member `key` of `value` when it is a string, else undefined. */
export const stringMember = (value: unknown, key: string): string | undefined => {
  const found = member(value, key)
  return typeof found === "string" ? found : undefined
}

/** Follows a path of members, stopping at the first one that is missing. */
export const memberAt = (value: unknown, ...keys: ReadonlyArray<string>): unknown => {
  let current = value
  for (const key of keys) {
    current = member(current, key)
    if (current === undefined) return undefined
  }
  return current
}
