import { corpusRecords } from "./corpus"
import { fixture, fixtureNames } from "./fixtures"

/** The project's own record fixtures and, where present, the shared corpus: seeds for mutation. */
export const records = (): unknown[] => {
  const folders = ["seed", "identity", "operations"]
  const own = folders.flatMap((folder) => {
    try {
      return fixtureNames(folder).map((name) => fixture(`${folder}/${name}`))
    } catch {
      return [] // a folder that does not exist yet
    }
  })
  return [...own, ...corpusRecords().map((record) => record.value)]
}
