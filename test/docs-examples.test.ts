import { readFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import { filesUnder } from "./helpers/files"

// Every public export is documented with an example, and every example compiles against the
// package's public entry points, exactly as a user would write it.

const root = resolve(__dirname, "..")
const srcDir = join(root, "src")
const entries: Readonly<Record<string, string>> = {
  "mediaconvert-cloudtrail": join(srcDir, "index.ts"),
  "mediaconvert-cloudtrail/shapes": join(srcDir, "shapes.ts"),
  "mediaconvert-cloudtrail/node": join(srcDir, "node", "index.ts"),
  "mediaconvert-cloudtrail/codec": join(srcDir, "codec", "index.ts"),
  "mediaconvert-cloudtrail/s3": join(srcDir, "s3", "index.ts"),
}

interface Example {
  readonly where: string
  readonly code: string
}

/** The text of each `@example` tag in the file's doc comments. */
const examplesIn = (file: string): Example[] => {
  const text = readFileSync(file, "utf8")
  const examples: Example[] = []
  for (const match of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = (match[1] ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n")
    const parts = body.split(/(?:^|\s)@(?=[a-zA-Z]+\b)/m)
    for (const part of parts) {
      if (!part.startsWith("example")) continue
      const code = part
        .slice("example".length)
        .replace(/^```\w*\n?|```\s*$/gm, "")
        .trim()
      const line = text.slice(0, match.index).split("\n").length
      examples.push({ where: `${relative(root, file)}:${line}`, code })
    }
  }
  return examples
}

/** The ```ts blocks of a Markdown page: guides, operation pages and the README. */
const blocksIn = (file: string): Example[] => {
  const text = readFileSync(file, "utf8")
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => ({
    where: `${relative(root, file)}:${text.slice(0, match.index).split("\n").length}`,
    code: match[1] ?? "",
  }))
}

const files = filesUnder(srcDir, ".ts")
const examples = files.flatMap(examplesIn)
const pages = [join(root, "README.md"), ...filesUnder(join(root, "docs"), ".md", ["api"])]
const blocks = pages.flatMap(blocksIn)

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  paths: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, [path]])),
}

describe("documentation", () => {
  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThan(50)
    // One block on each of the 34 operation pages, and the guides' own.
    expect(blocks.filter((b) => b.where.startsWith("docs/operations/")).length).toBe(34)
    expect(blocks.length).toBeGreaterThan(34)
  })

  it("gives every export of the public entry points a doc comment with an example", () => {
    // An entry point that moved would otherwise drop out of the check unnoticed.
    expect(Object.values(entries).filter((path) => !files.includes(path))).toStrictEqual([])
    const program = ts.createProgram(Object.values(entries), compilerOptions)
    const checker = program.getTypeChecker()
    const missing: string[] = []
    for (const entry of Object.values(entries)) {
      const source = program.getSourceFile(entry)
      const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source)
      if (moduleSymbol === undefined) {
        missing.push(`${relative(root, entry)}: not a module the compiler can read`)
        continue
      }
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
        // A namespace re-export (`export * as X`) is documented where it is exported.
        const declarations = [
          ...(symbol.declarations ?? []),
          ...(exported.declarations ?? []).map((d) => d.parent),
        ]
        const documented = declarations.some((declaration) =>
          ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === "example"),
        )
        if (!documented) missing.push(`${relative(root, entry)}: ${exported.name}`)
      }
    }
    expect(missing).toStrictEqual([])
  })

  it("compiles every example, and every TypeScript block of the docs, against the public entry points", () => {
    const virtual = new Map(
      [...examples, ...blocks].map((example, i) => [join(root, `__example_${i}.ts`), example]),
    )
    const host = ts.createCompilerHost(compilerOptions)
    const readFile = host.readFile.bind(host)
    const fileExists = host.fileExists.bind(host)
    const getSourceFile = host.getSourceFile.bind(host)
    host.readFile = (name) => virtual.get(name)?.code ?? readFile(name)
    host.fileExists = (name) => virtual.has(name) || fileExists(name)
    host.getSourceFile = (name, version, onError, create) => {
      const example = virtual.get(name)
      // Each example is a module of its own, as a user's file would be.
      if (example !== undefined)
        return ts.createSourceFile(name, `${example.code}\nexport {}\n`, version, true)
      return getSourceFile(name, version, onError, create)
    }
    const program = ts.createProgram([...virtual.keys()], compilerOptions, host)
    const text = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, "\n")
    // The examples' own diagnostics only: the library's files are `npm run typecheck`'s, and
    // checking them all here (ts.getPreEmitDiagnostics) took most of this test's time.
    const problems = [
      ...[...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(text),
      ...[...virtual].flatMap(([name, example]) => {
        const file = program.getSourceFile(name)
        if (file === undefined) return [`${example.where}: not compiled`]
        return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
          (d) => `${example.where}: ${text(d)}`,
        )
      }),
    ]
    expect(problems).toStrictEqual([])
  })
})
