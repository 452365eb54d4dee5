import { readdirSync, statSync } from "node:fs"
import { join } from "node:path"

/**
 * The files under a folder, at any depth, whose names end with `suffix`; folders named in
 * `skip` are not entered.
 */
export const filesUnder = (dir: string, suffix: string, skip: ReadonlyArray<string> = []): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return skip.includes(name) ? [] : filesUnder(path, suffix, skip)
    return name.endsWith(suffix) ? [path] : []
  })
