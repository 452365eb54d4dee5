// Writing generated files so that writing them again gives the same bytes.
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { gzipSync, strToU8 } from "fflate"

/** Gzip without a timestamp (mtime 0), so the same text gives the same bytes. */
export const gzip = (content: string | Uint8Array, level: 6 | 9 = 6): Uint8Array =>
  gzipSync(typeof content === "string" ? strToU8(content) : content, { mtime: 0, level })

/** JSON as the fixtures keep it: two-space indents and a final newline. */
export const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** Writes `content` at `path` below `root`, making the folders on the way. */
export const writeBelow = (root: string, path: string, content: string | Uint8Array): void => {
  const full = join(root, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, content)
}
