import type { Dirent } from "node:fs"
import { readdir } from "node:fs/promises"
import { join } from "node:path"

/**
 * The files of a folder to read for records, found by {@link listTrailFiles}.
 *
 * @example
 * import type { TrailFiles } from "mediaconvert-cloudtrail/node"
 * const none: TrailFiles = { files: [], digestFolders: [], unreadable: [] }
 * @since 0.1.0
 */
export interface TrailFiles {
  /** Log files, in path order: names ending in `.json`, `.jsonl` or `.ndjson`, gzipped (`.gz`) or not. */
  readonly files: ReadonlyArray<string>
  /** `CloudTrail-Digest` folders, left out: digest files hold hashes, not records. */
  readonly digestFolders: ReadonlyArray<string>
  /** Folders that could not be listed, with the reason. */
  readonly unreadable: ReadonlyArray<{ readonly path: string; readonly message: string }>
}

const logFile = /\.(?:json|jsonl|ndjson)(?:\.gz)?$/i

/**
 * Lists the log files below a folder, such as a copy of a trail's bucket laid out as S3 holds
 * it: `AWSLogs/<account>/CloudTrail/<region>/<YYYY>/<MM>/<DD>/*.json.gz`, organization trails
 * with `AWSLogs/<o-id>/<account>/…`, Insights files under `CloudTrail-Insight`. Every depth is
 * searched, so any layout works; `CloudTrail-Digest` folders are left out and listed apart.
 * Never rejects: a folder that cannot be read is listed in `unreadable`.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/get-and-view-cloudtrail-log-files.html
 * @example
 * import { listTrailFiles } from "mediaconvert-cloudtrail/node"
 * const { files, digestFolders } = await listTrailFiles("samples/trail")
 * console.log(files.length, digestFolders.length)
 * @since 0.1.0
 */
export const listTrailFiles = async (folder: string): Promise<TrailFiles> => {
  const files: string[] = []
  const digestFolders: string[] = []
  const unreadable: { path: string; message: string }[] = []
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      unreadable.push({ path: dir, message: error instanceof Error ? error.message : String(error) })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name === "CloudTrail-Digest") digestFolders.push(path)
        else await walk(path)
      } else if (entry.isFile() && logFile.test(entry.name)) files.push(path)
    }
  }
  await walk(folder)
  return { files, digestFolders, unreadable }
}
