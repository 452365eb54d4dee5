// The files the command line writes (--failures) are checked before anything is read: never one
// of the inputs (through a symbolic link or another name included), never an existing file unless
// --force says so (issue 23, item 8). A refusal is a usage error: exit 2, nothing touched.
import { closeSync, fstatSync, lstatSync, openSync, type Stats, statSync } from "node:fs"

/** A usage error found after the options were parsed: the command prints it with its hint, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

const identity = (stats: Stats): string => `${stats.dev}:${stats.ino}`

const statOrUndefined = (path: string, follow: boolean): Stats | undefined => {
  try {
    return follow ? statSync(path) : lstatSync(path)
  } catch {
    return undefined
  }
}

/** The files (device and inode) of the inputs, so another name for one of them is still known. */
const inputIdentities = (inputs: ReadonlyArray<string>): Set<string> => {
  const ids = new Set<string>()
  for (const input of inputs) {
    const stats = statOrUndefined(input, true)
    if (stats !== undefined) ids.add(identity(stats))
  }
  return ids
}

/**
 * Opens `path` to write, after checking it: a usage error when it is one of `inputs` (even with
 * `force`), or when it exists (a file, or a symbolic link, to a file or to nothing) and `force`
 * is not given. Devices and pipes (`/dev/stderr`, a FIFO) are written to as they are. Without
 * `force` the file is created exclusively, so one made meanwhile is not overwritten either.
 * Returns the open file descriptor.
 */
export const openOutputFile = (
  option: string,
  path: string,
  inputs: ReadonlyArray<string>,
  force: boolean,
): number => {
  const link = statOrUndefined(path, false)
  const target = statOrUndefined(path, true)
  if (target !== undefined && inputIdentities(inputs).has(identity(target)))
    throw new UsageError(`${option} ${path} is one of the inputs: it would be overwritten before it is read`)
  const plain = target === undefined || target.isFile() || target.isDirectory()
  if (link !== undefined && plain && !force)
    throw new UsageError(
      link.isSymbolicLink()
        ? `${option} ${path} is a symbolic link to ${target === undefined ? "a missing file" : "an existing file"}: give --force to write there`
        : `${option} ${path} exists: give --force to overwrite it`,
    )
  let fd: number
  try {
    fd = openSync(path, link === undefined ? "wx" : "w")
  } catch (error) {
    throw new UsageError(
      `cannot write ${option} ${path}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  // Checked again on what was opened: a link made between the check and the open.
  if (inputIdentities(inputs).has(identity(fstatSync(fd)))) {
    closeSync(fd)
    throw new UsageError(`${option} ${path} is one of the inputs: it would be overwritten before it is read`)
  }
  return fd
}

/**
 * A usage error when standard output is one of the inputs (`events x.json >> x.json` would read
 * its own output for ever; after `> x.json` the shell has already emptied it): said, not read.
 */
export const refuseOutputOnInput = (inputs: ReadonlyArray<string>): void => {
  let stdout: Stats
  try {
    stdout = fstatSync(1)
  } catch {
    return
  }
  if (stdout.isFile() && inputIdentities(inputs).has(identity(stdout)))
    throw new UsageError("standard output is one of the inputs: write it to another file")
}
