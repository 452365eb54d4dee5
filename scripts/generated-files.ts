// Writes generated files, or with --check compares them with the committed ones and fails when
// they differ: the one mechanism behind scripts/codegen.ts, scripts/compile-validators.ts and
// scripts/docs-operations.ts (`npm run codegen` runs the three, `npm run codegen:check` checks them).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"

export interface GeneratedFiles {
  /** The generator's name, at the start of what it prints. */
  readonly name: string
  /** The repository's root; paths are relative to it. */
  readonly root: string
  /** Every generated file's text, by path. */
  readonly outputs: ReadonlyMap<string, string>
  /** A folder holding only generated files: emptied before writing, and any other file in it is stale. */
  readonly ownedDir?: string
  /** Files in `ownedDir` that another generator writes (run after this one by `npm run codegen`). */
  readonly othersInDir?: ReadonlyArray<string>
  /** What was generated, in a few words, for the messages. */
  readonly summary: string
}

/** How two versions of a file differ, in one line. */
const diffSummary = (before: string, after: string): string => {
  const a = before.split("\n")
  const b = after.split("\n")
  let first = -1
  let changed = 0
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      changed++
      if (first < 0) first = i
    }
  }
  return `${changed} line(s) differ, first at line ${first + 1} (${a.length} committed, ${b.length} generated lines)`
}

/** Writes the files, or with `check` lists those that are missing, stale or not generated. */
export const writeOrCheck = (
  { name, root, outputs, ownedDir, othersInDir = [], summary }: GeneratedFiles,
  check = process.argv.includes("--check"),
): void => {
  if (check) {
    const stale: string[] = []
    for (const [path, text] of outputs) {
      const committed = existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : undefined
      if (committed === undefined) stale.push(`${path}: missing`)
      else if (committed !== text) stale.push(`${path}: ${diffSummary(committed, text)}`)
    }
    if (ownedDir !== undefined && existsSync(join(root, ownedDir)))
      for (const file of readdirSync(join(root, ownedDir)))
        if (!outputs.has(`${ownedDir}/${file}`) && !othersInDir.includes(file))
          stale.push(`${ownedDir}/${file}: not generated`)
    if (stale.length > 0) {
      console.error(`${name}:check: out of date (${summary}):\n  ${stale.join("\n  ")}\nRun npm run codegen.`)
      process.exitCode = 1
    } else console.log(`${name}:check: up to date (${summary})`)
    return
  }
  if (ownedDir !== undefined) rmSync(join(root, ownedDir), { recursive: true, force: true })
  for (const [path, text] of outputs) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  console.log(`${name}: wrote ${outputs.size} files (${summary})`)
}
