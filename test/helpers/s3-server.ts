// A real S3 API on 127.0.0.1 for the tests and the benchmark: s3rver, in this process, with a
// small fault-injecting proxy in front of it. Keys containing a fault's name get that fault:
//   fault-500           the proxy answers 500 InternalError, every time
//   fault-stall-answer  the proxy never answers
//   fault-stall-body    the proxy sends the headers and the first chunk, then nothing
//   fault-cut           the proxy sends part of the body, then closes the connection
import { mkdtempSync, rmSync } from "node:fs"
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CreateBucketCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3"
import S3rver from "s3rver"

export interface LocalS3 {
  /** A client of the server itself. */
  readonly client: S3Client
  /** A client that goes through the fault-injecting proxy. */
  readonly faulty: S3Client
  readonly put: (bucket: string, key: string, body: Uint8Array | string) => Promise<void>
  readonly close: () => Promise<void>
}

const clientOf = (port: number, maxAttempts: number): S3Client =>
  new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    forcePathStyle: true,
    maxAttempts,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  })

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  )

const internalError =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message><RequestId>FAULT</RequestId></Error>'

const proxy = (target: number): Server =>
  createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(req.url ?? "")
    if (path.includes("fault-500")) {
      res.writeHead(500, { "content-type": "application/xml" }).end(internalError)
      return
    }
    if (path.includes("fault-stall-answer")) return
    const upstream = request(
      {
        host: "127.0.0.1",
        port: target,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, connection: "close" },
        agent: false,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        if (path.includes("fault-stall-body"))
          answer.once("data", (chunk) => res.write(chunk.subarray(0, 10)))
        else if (path.includes("fault-cut"))
          answer.once("data", (chunk: Buffer) =>
            res.write(chunk.subarray(0, chunk.length >> 1), () => res.destroy()),
          )
        else answer.pipe(res)
      },
    )
    upstream.on("error", () => res.destroy())
    req.pipe(upstream)
  })

/** Starts s3rver and the proxy on free ports of 127.0.0.1, with the buckets given. */
export const startLocalS3 = async (buckets: ReadonlyArray<string>): Promise<LocalS3> => {
  const directory = mkdtempSync(join(tmpdir(), "mcc-s3rver-"))
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory })
  const { port } = await server.run()
  const faults = proxy(port)
  const sockets = new Set<Socket>()
  faults.on("connection", (socket: Socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })
  const proxyPort = await listen(faults)
  const client = clientOf(port, 1)
  const faulty = clientOf(proxyPort, 2)
  for (const bucket of buckets) await client.send(new CreateBucketCommand({ Bucket: bucket }))
  return {
    client,
    faulty,
    put: async (bucket, key, body) => {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))
    },
    close: async () => {
      client.destroy()
      faulty.destroy()
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => faults.close(resolve))
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
