import { describe, expect, it } from "vitest"
import { describeOutcome, runInChild } from "./child"

describe("runInChild", () => {
  it("gives a case's value, its peak memory and its time", async () => {
    const outcome = await runInChild<{ built: number }>({
      module: "cases/harness.ts",
      name: "echo",
      args: { n: 50_000_000 },
    })
    expect(outcome.code, describeOutcome(outcome)).toBe(0)
    expect(outcome.value?.built).toBe(50_000_000)
    expect(outcome.maxRssMiB).toBeGreaterThan(20)
    expect(outcome.ms).toBeGreaterThan(0)
  })

  it("tells a throw from a crash and from a hang", async () => {
    const [thrown, crashed, hung] = await Promise.all([
      runInChild({ module: "cases/harness.ts", name: "throws" }),
      runInChild({ module: "cases/harness.ts", name: "crashes" }),
      runInChild({ module: "cases/harness.ts", name: "hangs", timeoutMs: 5_000 }),
    ])
    expect(thrown.code).toBe(0)
    expect(thrown.thrown).toBe("TypeError: on purpose")
    expect(crashed.signal).toBe("SIGABRT")
    expect(crashed.value).toBeUndefined()
    expect(hung.timedOut).toBe(true)
    expect(hung.signal).toBe("SIGKILL")
  })
})
