import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** Where CI puts the shared corpus: beside the clone, as `../shared/corpus/public`. */
export const corpusDir = fileURLToPath(new URL("../../../shared/corpus/public", import.meta.url))

/** Whether the shared corpus is present on this machine. */
export const corpusPresent = existsSync(corpusDir)

/** One record of the shared corpus, with the file and line it came from. */
export interface CorpusRecord {
  readonly source: string
  readonly line: number
  readonly text: string
  readonly value: unknown
}

/** Every record of the shared corpus (empty when it is absent). */
export const corpusRecords = (): ReadonlyArray<CorpusRecord> => {
  if (!corpusPresent) return []
  const records: CorpusRecord[] = []
  for (const file of readdirSync(corpusDir)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()) {
    const lines = readFileSync(join(corpusDir, file), "utf8").split("\n")
    lines.forEach((text, index) => {
      if (text.trim() !== "") records.push({ source: file, line: index + 1, text, value: JSON.parse(text) })
    })
  }
  return records
}
