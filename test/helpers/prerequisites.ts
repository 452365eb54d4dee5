import { existsSync, readdirSync, statSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { describe, expect, it } from "vitest"

/** Whether this run is CI's (CI=true, as CI services and .ci/run set it): there, no test may skip. */
export const inCI = process.env.CI === "true" || process.env.CI === "1"

/**
 * `describe`, for tests that need something a machine may lack. When `missing` is undefined
 * the tests run. Otherwise they cannot, and say why: on a developer's machine they are
 * skipped with the reason on stderr; under CI=true a test named after the reason fails in
 * their place, so that a green CI run means every test ran.
 */
export const describeUnless =
  (missing: string | undefined) =>
  (name: string, tests: () => void): void => {
    if (missing === undefined) describe(name, tests)
    else if (inCI)
      describe(name, () => {
        it(`cannot run: ${missing}`, () => {
          expect.fail(`${missing} (under CI=true a test that cannot run fails instead of skipping)`)
        })
      })
    else {
      console.warn(`SKIPPED "${name}": ${missing}. Under CI=true this fails.`)
      describe.skip(name, tests)
    }
  }

const root = resolve(__dirname, "../..")

/** The build the package tests load: `npm run build` writes it, and `npm test` runs that first. */
export const distDir = join(root, "dist")

const newestUnder = (dir: string): { file: string; time: number } =>
  readdirSync(dir)
    .map((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? newestUnder(path) : { file: path, time: statSync(path).mtimeMs }
    })
    .reduce((a, b) => (b.time > a.time ? b : a), { file: dir, time: 0 })

/**
 * Throws, saying what to run, when a file of dist/ is missing or older than the newest file of
 * src/: the package tests would otherwise fail obscurely, or test yesterday's code. They call
 * it in a beforeAll, so each of their tests fails with this message.
 */
export const requireBuild = (...files: ReadonlyArray<string>): void => {
  const absent = files.filter((file) => !existsSync(join(distDir, file)))
  if (absent.length > 0)
    throw new Error(`dist/ has no ${absent.join(", ")}: run \`npm run build\` first (npm test does)`)
  const newest = newestUnder(join(root, "src"))
  const stale = files.filter((file) => statSync(join(distDir, file)).mtimeMs < newest.time)
  if (stale.length > 0)
    throw new Error(
      `dist/${stale[0]} is older than ${relative(root, newest.file)}: run \`npm run build\` first (npm test does)`,
    )
}
