import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { expect } from "vitest"
import { decodeMediaConvertEvent, formatFailure, type MediaConvertEvent } from "../../src"

/** The project's own fixtures: JSON records kept as files under test/fixtures. */
export const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url))

/** Reads a fixture by its path below test/fixtures, parsed. */
export const fixture = (path: string): unknown => JSON.parse(readFileSync(join(fixturesDir, path), "utf8"))

/** The names of the JSON fixtures in a folder below test/fixtures. */
export const fixtureNames = (folder: string): ReadonlyArray<string> =>
  readdirSync(join(fixturesDir, folder))
    .filter((name) => name.endsWith(".json"))
    .sort()

/**
 * The operation fixture `test/fixtures/operations/<name>.json`, changed by `change` on a copy,
 * decoded as a MediaConvert event; the test fails with the decoder's report if it does not decode.
 */
export const operationEvent = (
  name: string,
  change: (input: Record<string, unknown>) => void = () => {},
): MediaConvertEvent => {
  const input = structuredClone(fixture(`operations/${name}.json`)) as Record<string, unknown>
  change(input)
  const result = decodeMediaConvertEvent(input)
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return result.right
}
