// The child side of child.ts: node --import tsx run-case.ts <module> <export> <args as JSON>.
// Prints one line, the result mark and { value | thrown, maxRssMiB }, and exits 0 when the case
// returned or threw (a throw is an outcome the test judges); a crash prints nothing.
import { pathToFileURL } from "node:url"
import { RESULT_MARK } from "./child"

const [modulePath, name, argsText] = process.argv.slice(2)
const peakMiB = () => process.resourceUsage().maxRSS / 1024

const report = (outcome: { value?: unknown; thrown?: string }) => {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify({ ...outcome, maxRssMiB: peakMiB() })}\n`)
}

try {
  if (modulePath === undefined || name === undefined)
    throw new Error("usage: run-case.ts <module> <export> [args]")
  const module = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>
  const run = module[name]
  if (typeof run !== "function") throw new Error(`${modulePath} exports no function ${name}`)
  report({ value: await run(JSON.parse(argsText ?? "null")) })
} catch (error) {
  report({ thrown: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
}
