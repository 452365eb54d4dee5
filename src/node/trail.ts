import type { Dirent, Stats } from "node:fs"
import { readdir, realpath, stat } from "node:fs/promises"
import { join } from "node:path"

/**
 * The files of a folder to read for records, found by {@link listTrailFiles}.
 *
 * @example
 * import type { TrailFiles } from "mediaconvert-cloudtrail/node"
 * const none: TrailFiles = { files: [], digestFolders: [], unreadable: [], skipped: [] }
 * @since 0.1.0
 */
export interface TrailFiles {
  /** Log files, in path order: names ending in `.json`, `.jsonl` or `.ndjson`, gzipped (`.gz`) or not. */
  readonly files: ReadonlyArray<string>
  /** `CloudTrail-Digest` folders, left out: digest files hold hashes, not records. */
  readonly digestFolders: ReadonlyArray<string>
  /** Folders that could not be listed, with the reason. */
  readonly unreadable: ReadonlyArray<{ readonly path: string; readonly message: string }>
  /**
   * What was found but not listed, with the reason: FIFOs, sockets and devices (reading one could
   * block forever), symbolic links to nothing, links that loop back to a folder being listed, and
   * a folder or file already listed under another name (through a link).
   */
  readonly skipped: ReadonlyArray<{ readonly path: string; readonly reason: TrailSkipReason }>
}

/**
 * Why {@link listTrailFiles} left an entry out.
 *
 * @example
 * import type { TrailSkipReason } from "mediaconvert-cloudtrail/node"
 * const reason: TrailSkipReason = "fifo"
 * @since 0.2.0
 */
export type TrailSkipReason = "fifo" | "socket" | "device" | "broken-link" | "link-loop" | "duplicate"

/** What kind of special file a stat describes, or undefined for a file or folder. */
const specialKind = (stats: Stats | Dirent): TrailSkipReason | undefined => {
  if (stats.isFIFO()) return "fifo"
  if (stats.isSocket()) return "socket"
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return "device"
  return undefined
}

const logFile = /\.(?:json|jsonl|ndjson)(?:\.gz)?$/i

/**
 * Lists the log files below a folder, such as a copy of a trail's bucket laid out as S3 holds
 * it: `AWSLogs/<account>/CloudTrail/<region>/<YYYY>/<MM>/<DD>/*.json.gz`, organization trails
 * with `AWSLogs/<o-id>/<account>/…`, Insights files under `CloudTrail-Insight`. Every depth is
 * searched, so any layout works; `CloudTrail-Digest` folders are left out and listed apart.
 * Symbolic links to files and folders are followed, each folder and file listed once (a link
 * that loops back, or names what is already listed, is skipped with the reason); FIFOs, sockets,
 * devices and links to nothing are skipped and said in `skipped`.
 * Never rejects: a folder that cannot be read is listed in `unreadable`.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/get-and-view-cloudtrail-log-files.html
 * @example
 * import { listTrailFiles } from "mediaconvert-cloudtrail/node"
 * const { files, digestFolders, skipped } = await listTrailFiles("samples/trail")
 * console.log(files.length, digestFolders.length, skipped.length)
 * @since 0.1.0
 */
export const listTrailFiles = async (folder: string): Promise<TrailFiles> => {
  const files: string[] = []
  const digestFolders: string[] = []
  const unreadable: { path: string; message: string }[] = []
  const skipped: { path: string; reason: TrailSkipReason }[] = []
  // Real paths of the folders entered and the files listed: each is listed once, whatever the links.
  const folders = new Set<string>()
  const listed = new Set<string>()
  const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))
  const walk = async (dir: string, real: string): Promise<void> => {
    folders.add(real)
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      unreadable.push({ path: dir, message: message(error) })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name === "CloudTrail-Digest") digestFolders.push(path)
        else if (folders.has(join(real, entry.name))) skipped.push({ path, reason: "duplicate" })
        else await walk(path, join(real, entry.name))
      } else if (entry.isFile()) {
        if (!logFile.test(entry.name)) continue
        const realPath = join(real, entry.name)
        if (listed.has(realPath)) skipped.push({ path, reason: "duplicate" })
        else {
          listed.add(realPath)
          files.push(path)
        }
      } else if (entry.isSymbolicLink()) await follow(path, entry.name, real)
      else {
        const kind = specialKind(entry)
        if (kind !== undefined) skipped.push({ path, reason: kind })
      }
    }
  }
  const follow = async (path: string, name: string, here: string): Promise<void> => {
    let target: Stats
    let real: string
    try {
      target = await stat(path)
      real = await realpath(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") skipped.push({ path, reason: "broken-link" })
      else if ((error as NodeJS.ErrnoException).code === "ELOOP") skipped.push({ path, reason: "link-loop" })
      else unreadable.push({ path, message: message(error) })
      return
    }
    if (target.isDirectory()) {
      if (name === "CloudTrail-Digest") digestFolders.push(path)
      else if (here === real || here.startsWith(`${real}/`))
        // The folder being listed or one that holds it: a loop.
        skipped.push({ path, reason: "link-loop" })
      else if ([...folders].some((seen) => seen === real || seen.startsWith(`${real}/`)))
        // A folder listed already, or one holding such: its files would come twice.
        skipped.push({ path, reason: "duplicate" })
      else await walk(path, real)
      return
    }
    const kind = specialKind(target)
    if (kind !== undefined) skipped.push({ path, reason: kind })
    else if (target.isFile() && logFile.test(name)) {
      if (listed.has(real)) skipped.push({ path, reason: "duplicate" })
      else {
        listed.add(real)
        files.push(path)
      }
    }
  }
  let root = folder
  try {
    root = await realpath(folder)
  } catch {
    // Unreadable: walk reports it.
  }
  await walk(folder, root)
  return { files, digestFolders, unreadable, skipped }
}
