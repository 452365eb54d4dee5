import { execFileSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { dirname, join, normalize, resolve } from "node:path"
import { describe, expect, it } from "vitest"

// The tarball as npm would publish it (`npm pack --dry-run`, after `npm test`'s build): within
// its size budget, and holding no file that no export, no bin and no doc needs. Budgets were
// set when the source maps left the package (issue "Published and read"): raise them knowingly.
// Packed: 600 kB, then 620 kB for the selection's scanner (its WebAssembly module and glue, in
// the ESM and CJS builds: about 7 kB packed), then 660 kB for Standard Schema and the JSON
// Schema writer on every codec (about 10 kB) and the descriptions of the record's members and of
// each operation's record type (issue 26: what an editor shows on hover; about 20 kB), in the ESM
// and CJS declarations and in the unminified code of the record's members; then 730 kB packed
// and 4.4 MB unpacked for issues 22-26 together (717,435 and 4,266,039 bytes on 2026-12-07):
// the job-state events and the join, the reading workers and the small-file path, the checked
// gzip framing, the command line's output layer, filters and columns, and their declarations.
const PACKED_BUDGET = 730 * 1000
const UNPACKED_BUDGET = 4.4 * 1000 * 1000

const root = resolve(__dirname, "../..")

interface PackedFile {
  readonly path: string
  readonly size: number
}

const packed = (): { size: number; unpackedSize: number; files: ReadonlyArray<PackedFile> } => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: root,
    encoding: "utf8",
  })
  return (JSON.parse(out) as Array<{ size: number; unpackedSize: number; files: PackedFile[] }>)[0] as never
}

/** Every file of dist/ reachable from the package's exports and bin, following relative imports. */
const reachable = (): Set<string> => {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports: Record<string, unknown>
    bin: Record<string, string>
  }
  const starts: string[] = []
  const collect = (value: unknown): void => {
    if (typeof value === "string") starts.push(value)
    else if (typeof value === "object" && value !== null)
      for (const inner of Object.values(value)) collect(inner)
  }
  collect(manifest.exports)
  collect(manifest.bin)
  const seen = new Set<string>()
  const queue = starts.map((file) => normalize(file))
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    if (!file.startsWith("dist/")) continue
    const text = readFileSync(join(root, file), "utf8")
    for (const match of text.matchAll(
      /(?:from\s*|import\s*\(\s*|require\(\s*|import\s+)["'](\.\.?\/[^"']+)["']/g,
    )) {
      const target = normalize(join(dirname(file), match[1] as string))
      // A declaration file names the code file; its own counterpart is the declaration.
      queue.push(
        /\.d\.c?ts$/.test(file) ? target.replace(/\.js$/, ".d.ts").replace(/\.cjs$/, ".d.cts") : target,
      )
    }
    // A file started by its name beside the code, not imported: the reading workers' code
    // (read-pool.ts: `join(dirname(here), "read-worker.js")`).
    for (const match of text.matchAll(/["']([\w-]+\.js)["']/g)) {
      const beside = normalize(join(dirname(file), match[1] as string))
      if (existsSync(join(root, beside))) queue.push(beside)
    }
  }
  return seen
}

describe("the published tarball", () => {
  const tarball = packed()

  it(`packs to at most ${PACKED_BUDGET} bytes and unpacks to at most ${UNPACKED_BUDGET}`, () => {
    console.log(
      `tarball: ${tarball.size} bytes packed, ${tarball.unpackedSize} unpacked, ${tarball.files.length} files`,
    )
    expect(tarball.size).toBeLessThanOrEqual(PACKED_BUDGET)
    expect(tarball.unpackedSize).toBeLessThanOrEqual(UNPACKED_BUDGET)
  })

  it("ships no file that no export, bin or doc uses", () => {
    const used = reachable()
    const other = (path: string) =>
      /^(README\.md|CHANGELOG\.md|LICENSE|package\.json)$/.test(path) ||
      path.startsWith("samples/") ||
      /^(node|shapes|codec|s3)\/package\.json$/.test(path)
    const unused = tarball.files.map((file) => file.path).filter((path) => !used.has(path) && !other(path))
    expect(unused).toStrictEqual([])
    // The rule can fail: the bin and the main entry are among the files it follows.
    expect(used.has("dist/cli.js")).toBe(true)
    expect(used.has("dist/index.d.cts")).toBe(true)
    expect(tarball.files.some((file) => file.path.endsWith(".map"))).toBe(false)
  })
})
