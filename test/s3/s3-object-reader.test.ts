import { randomBytes } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEFAULT_STALL_TIMEOUT_MS, s3ObjectReader } from "../../src/s3"
import { type LocalS3, startLocalS3 } from "../helpers/s3-server"

let s3: LocalS3 | undefined
const bucket = "reader-tests"
const big = randomBytes(6 * 1024 * 1024)

beforeAll(async () => {
  s3 = await startLocalS3([bucket])
  await s3.put(bucket, "dir with space/a+b.bin", big)
})
afterAll(async () => {
  await s3?.close()
})

describe("s3ObjectReader", () => {
  it("has a generous default stall timeout", () => {
    expect(DEFAULT_STALL_TIMEOUT_MS).toBe(30_000)
  })

  it("streams an object as it arrives, in chunks far smaller than the object, every byte in order", async () => {
    if (s3 === undefined) throw new Error("the local S3 server did not start")
    const read = s3ObjectReader(s3.client)
    const chunks: Uint8Array[] = []
    for await (const chunk of await read(bucket, "dir with space/a+b.bin")) chunks.push(chunk)
    expect(chunks.length).toBeGreaterThan(4)
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(big.length / 4)
    expect(Buffer.concat(chunks).equals(big)).toBe(true)
  })

  it("stops reading, and lets the connection go, when its reader stops early", async () => {
    if (s3 === undefined) throw new Error("the local S3 server did not start")
    const read = s3ObjectReader(s3.client)
    for (let i = 0; i < 3; i++) {
      for await (const chunk of await read(bucket, "dir with space/a+b.bin")) {
        expect(chunk.length).toBeGreaterThan(0)
        break
      }
    }
  })

  it("fails the read of a missing object with S3's message", async () => {
    if (s3 === undefined) throw new Error("the local S3 server did not start")
    const read = s3ObjectReader(s3.client)
    await expect(async () => {
      for await (const _ of await read(bucket, "missing")) expect.unreachable()
    }).rejects.toThrow(/does not exist/)
  })
})
