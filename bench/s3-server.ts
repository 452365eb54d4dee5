// The local S3 API server of bench/s3.ts, in a process of its own so that serving the objects
// does not count against the process that reads them (as S3 runs elsewhere). Prints its port,
// then serves until its standard input closes.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import S3rver from "s3rver"

const directory = mkdtempSync(join(tmpdir(), "mcc-bench-s3rver-"))
const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory })
const { port } = await server.run()
console.log(port)
process.stdin.resume()
process.stdin.on("end", async () => {
  await server.close()
  rmSync(directory, { recursive: true, force: true })
  process.exit(0)
})
