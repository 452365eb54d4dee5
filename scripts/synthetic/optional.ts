// The members a builder writes only when given: spread `optional(key, value)` where the member
// goes, so the keys keep CloudTrail's order and an absent member stays absent (not undefined).

/** `{ [key]: value }`, or nothing when `value` is undefined. */
export const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  value === undefined ? {} : ({ [key]: value } as { [P in K]: V })
