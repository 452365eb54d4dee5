import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** The project's own fixtures: JSON records kept as files under test/fixtures. */
export const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url))

/** Reads a fixture by its path below test/fixtures, parsed. */
export const fixture = (path: string): unknown => JSON.parse(readFileSync(join(fixturesDir, path), "utf8"))

/** The names of the JSON fixtures in a folder below test/fixtures. */
export const fixtureNames = (folder: string): ReadonlyArray<string> =>
  readdirSync(join(fixturesDir, folder))
    .filter((name) => name.endsWith(".json"))
    .sort()
