// Reads the JSON paths of failure reports back, to check that they point into the input.

/** Splits `$.a.b[0]["x y"]` into `["a", "b", 0, "x y"]`; undefined when it is not such a path. */
export const parsePath = (path: string): Array<string | number> | undefined => {
  if (!path.startsWith("$")) return undefined
  const steps: Array<string | number> = []
  let i = 1
  while (i < path.length) {
    const rest = path.slice(i)
    const member = /^\.([A-Za-z_$][A-Za-z0-9_$-]*)/.exec(rest)
    const index = /^\[(\d+)\]/.exec(rest)
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest)
    if (member) steps.push(member[1] as string)
    else if (index) steps.push(Number(index[1]))
    else if (quoted) steps.push(JSON.parse(quoted[1] as string) as string)
    else return undefined
    i += (member ?? index ?? quoted)?.[0].length ?? 1
  }
  return steps
}

/** Whether `path` leads to a value in `input` (`present`), or only to its parent (`parent`). */
export const locate = (input: unknown, path: string): "present" | "parent" | "absent" => {
  const steps = parsePath(path)
  if (steps === undefined) return "absent"
  let current: unknown = input
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k] as string | number
    if (current === null || typeof current !== "object") return "absent"
    const has = Object.hasOwn(current, typeof step === "number" ? String(step) : step)
    if (!has) return k === steps.length - 1 ? "parent" : "absent"
    current = (current as Record<string, unknown>)[step]
  }
  return "present"
}
