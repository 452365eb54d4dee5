/** A JSON value, as the property tests build and change them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** A copy of `value` with the value at a path of indices (each taken modulo the width there) replaced. */
export const replaceAt = (value: Json, path: ReadonlyArray<number>, replacement: Json): Json => {
  if (path.length === 0 || value === null || typeof value !== "object") return replacement
  const [step = 0, ...rest] = path
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement
    return value.map((item, j) => (j === step % value.length ? replaceAt(item, rest, replacement) : item))
  }
  const keys = Object.keys(value)
  if (keys.length === 0) return replacement
  const key = keys[step % keys.length] as string
  return { ...value, [key]: replaceAt(value[key] as Json, rest, replacement) }
}
