import { execFileSync } from "node:child_process"
import { resolve } from "node:path"
import { describe, expect, it } from "vitest"

// The README's first command after installing: `npm run demo`.

const root = resolve(__dirname, "..")

describe("npm run demo", () => {
  it("prints the AWS example events and a summary of the sample trail", () => {
    const out = execFileSync("npm", ["run", "--silent", "demo"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    })
    expect(out).toContain("assumed-role admin/example-admin")
    expect(out).toContain("1712252725875-defhgi")
    expect(out).toMatch(/\d+ MediaConvert records from \d+ files/)
    expect(out).toContain("By identity")
  })
})
