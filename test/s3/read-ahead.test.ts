import { createReadStream } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { describe, expect, it } from "vitest"
import { handleNotification, type ObjectReader } from "../../src/s3"
import { fixturesDir } from "../helpers/fixtures"

// A backfill batch of many objects: the next objects are requested while one is handed over,
// at most `objectsAtOnce` at a time, and the results still come object by object, in order.
const keys = Array.from(
  { length: 20 },
  (_, i) =>
    `AWSLogs/111122223333/CloudTrail/us-west-2/2024/04/04/111122223333_CloudTrail_us-west-2_20240404T${String(i).padStart(4, "0")}Z_x.json.gz`,
)
const batch = { BatchInput: { bucket: "trail" }, Items: keys.map((Key) => ({ Key })) }

/** A slow store (as S3's latency makes it) that counts the reads under way. */
const slowStore = (failAt?: number) => {
  let open = 0
  let most = 0
  const asked: string[] = []
  const read: ObjectReader = async function* (_bucket: string, key: string) {
    asked.push(key)
    open++
    most = Math.max(most, open)
    try {
      await sleep(20)
      if (failAt !== undefined && key === keys[failAt]) throw new Error("AccessDenied")
      yield* createReadStream(join(fixturesDir, "containers", "log-file.json.gz"))
    } finally {
      open--
    }
  } as unknown as ObjectReader
  return { read, most: () => most, asked }
}

const run = async (objectsAtOnce: number | undefined, failAt?: number) => {
  const store = slowStore(failAt)
  const sources: string[] = []
  const failure = await handleNotification(batch, {
    read: store.read,
    ...(objectsAtOnce === undefined ? {} : { objectsAtOnce }),
    onResult: (result) => {
      if (sources.at(-1) !== result.source) sources.push(result.source)
    },
  })
  return { failure, sources, most: store.most(), asked: store.asked }
}

describe("handleNotification over many objects", () => {
  it("reads several objects at once, at most objectsAtOnce, and hands them over in order", async () => {
    const one = await run(1)
    const four = await run(4)
    const byDefault = await run(undefined)
    expect(one.most).toBe(1)
    expect(four.most).toBeGreaterThan(1)
    expect(four.most).toBeLessThanOrEqual(4)
    expect(byDefault.most).toBeGreaterThan(4)
    expect(byDefault.most).toBeLessThanOrEqual(8)
    for (const read of [one, four, byDefault]) {
      expect(read.failure).toBeUndefined()
      expect(read.sources).toStrictEqual(keys.map((key) => `s3://trail/${key}`))
    }
  })

  it("stops at the first object that cannot be read, having asked for no more than the window", async () => {
    const { failure, sources, asked } = await run(4, 5)
    expect(failure).toMatchObject({ reason: "unreadable", file: { key: keys[5] } })
    // The object that failed gives its failure result too, then nothing after it.
    expect(sources).toStrictEqual(keys.slice(0, 6).map((key) => `s3://trail/${key}`))
    expect(asked.length).toBeLessThanOrEqual(5 + 4)
  })
})
