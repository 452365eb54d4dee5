import fc from "fast-check"

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

/** Values real records get wrong or that look like other members' (redaction, a boolean as text…). */
const SUSPECTS: ReadonlyArray<Json> = ["***", "", "AwsApiCall", null, 0, "1712252726", "true", "True", true]

/**
 * One of `seeds` with the value at a random path replaced by any small JSON value or by one of
 * the suspects (and `extra`): the property tests that two readers of the same rules agree use it.
 */
export const replacedIn = (seeds: ReadonlyArray<Json>, extra: ReadonlyArray<Json> = []): fc.Arbitrary<Json> =>
  fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.nat(), { maxLength: 8 }),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, fc.constantFrom(...SUSPECTS, ...extra)),
    )
    .map(([seed, path, replacement]) => replaceAt(seed, path, replacement))

/**
 * Mutations of a record at a random place: a member removed, a value replaced by any JSON
 * value (a type changed), a string cut short, a member added (prototype names included),
 * or a value swapped with another member's.
 */
export const mutation = (record: Json): fc.Arbitrary<Json> =>
  fc
    .tuple(
      fc.array(fc.nat(), { maxLength: 8 }),
      fc.oneof(
        fc.constant({ kind: "remove" as const }),
        fc.record({
          kind: fc.constant("replace" as const),
          value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
        }),
        fc.record({ kind: fc.constant("cut" as const), at: fc.nat(40) }),
        fc.record({
          kind: fc.constant("add" as const),
          key: fc.oneof(
            fc.string(),
            fc.constantFrom("__proto__", "constructor", "prototype", "type", "eventName"),
          ),
          value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
        }),
        fc.record({ kind: fc.constant("swap" as const), other: fc.array(fc.nat(), { maxLength: 8 }) }),
      ),
    )
    .map(([path, change]) => mutate(record, path, change, record))

type Change =
  | { kind: "remove" }
  | { kind: "replace"; value: Json }
  | { kind: "cut"; at: number }
  | { kind: "add"; key: string; value: Json }
  | { kind: "swap"; other: number[] }

const pick = (value: Json, path: ReadonlyArray<number>): Json => {
  let current = value
  for (const step of path) {
    if (current === null || typeof current !== "object") break
    const entries = Array.isArray(current) ? current : Object.values(current)
    if (entries.length === 0) break
    current = entries[step % entries.length] as Json
  }
  return current
}

const mutate = (value: Json, path: ReadonlyArray<number>, change: Change, whole: Json): Json => {
  const atEnd = path.length === 0 || value === null || typeof value !== "object"
  if (atEnd) {
    switch (change.kind) {
      case "replace":
        return change.value
      case "cut":
        return typeof value === "string" ? value.slice(0, change.at) : value
      case "swap":
        return pick(whole, change.other)
      case "add": {
        if (value === null || typeof value !== "object" || Array.isArray(value)) return value
        const copy = { ...value }
        Object.defineProperty(copy, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
        return copy
      }
      default:
        return value
    }
  }
  const [step = 0, ...rest] = path
  if (Array.isArray(value)) {
    if (value.length === 0) return value
    const i = step % value.length
    if (rest.length === 0 && change.kind === "remove") return value.filter((_, j) => j !== i)
    return value.map((item, j) => (j === i ? mutate(item, rest, change, whole) : item))
  }
  const keys = Object.keys(value)
  if (keys.length === 0) return value
  const key = keys[step % keys.length] as string
  const copy: { [key: string]: Json } = {}
  for (const k of keys) {
    if (k === key && rest.length === 0 && change.kind === "remove") continue
    Object.defineProperty(copy, k, {
      value: k === key ? mutate(value[k] as Json, rest, change, whole) : value[k],
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return copy
}
