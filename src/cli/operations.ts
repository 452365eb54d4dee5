// --operation names checked against MediaConvert's own, so a typo is an error with a suggestion
// rather than a silent empty result.
import { mediaConvertOperations } from "../mediaconvert/operation-class"

const known: ReadonlyArray<string> = Object.keys(mediaConvertOperations)

/** Levenshtein distance, case-insensitive: how many letters to add, drop or change. */
const distance = (a: string, b: string): number => {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      )
    previous = current
  }
  return previous[y.length] ?? 0
}

/** The known operations closest to a name: at most three, within a third of its length (at least 2). */
export const closestOperations = (name: string): string[] => {
  const within = Math.max(2, Math.floor(name.length / 3))
  return known
    .map((op) => [op, distance(name, op)] as const)
    .filter(([, d]) => d <= within)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([op]) => op)
}

/** Why a list of --operation names is not accepted (one line), or undefined when every name is an operation. */
export const unknownOperations = (names: ReadonlyArray<string>): string | undefined => {
  const lower = new Set(known.map((op) => op.toLowerCase()))
  const unknown = names.filter((name) => !lower.has(name.toLowerCase()))
  if (unknown.length === 0) return undefined
  return unknown
    .map((name) => {
      const close = closestOperations(name)
      return `'${name}' is not a MediaConvert operation${close.length > 0 ? ` (did you mean ${close.join(", ")}?)` : ""}`
    })
    .join("; ")
}
