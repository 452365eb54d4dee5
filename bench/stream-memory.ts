// Measures streamRecords on a big gzipped log file: records per second and peak memory.
//   node --import tsx bench/stream-memory.ts [megabytes ...]     (default: 100 1100)
// For each size, writes /tmp/mcc-stream-<size>MB.json.gz streaming (never held in memory,
// never committed), then reads it in a fresh process so that generating it does not count.
import { execFileSync } from "node:child_process"
import { once } from "node:events"
import { createWriteStream, existsSync, statSync } from "node:fs"
import { createGzip } from "node:zlib"
import { streamRecords } from "../src/node"

const record = (i: number): string => {
  const ms = 1712000000000 + i * 1000
  const id = `${ms}-${(i % 46656).toString(36).padStart(6, "0")}`
  const create = i % 3 === 0
  return JSON.stringify({
    eventVersion: "1.09",
    userIdentity: {
      type: "AssumedRole",
      principalId: "AROAEXAMPLEPIPELINE001:transcode-submitter",
      arn: "arn:aws:sts::111122223333:assumed-role/MediaPipelineRole/transcode-submitter",
      accountId: "111122223333",
      accessKeyId: "ASIAEXAMPLEKEY000001",
      sessionContext: {
        sessionIssuer: {
          type: "Role",
          principalId: "AROAEXAMPLEPIPELINE001",
          arn: "arn:aws:iam::111122223333:role/MediaPipelineRole",
          accountId: "111122223333",
          userName: "MediaPipelineRole",
        },
        attributes: { creationDate: "2024-04-01T00:00:03Z", mfaAuthenticated: "false" },
      },
    },
    eventTime: new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z"),
    eventSource: "mediaconvert.amazonaws.com",
    eventName: create ? "CreateJob" : "GetJob",
    awsRegion: "us-west-2",
    sourceIPAddress: "198.51.100.42",
    userAgent: "aws-sdk-js/3.556.0 ua/2.0 os/linux lang/js md/nodejs#20.12.0 api/mediaconvert#3.556.0",
    requestParameters: create
      ? {
          role: "arn:aws:iam::111122223333:role/service-role/MediaConvert_Default_Role",
          queue: "arn:aws:mediaconvert:us-west-2:111122223333:queues/Default",
          settings: {
            inputs: [{ fileInput: `s3://example-media-ingest/${i}.mov` }],
            outputGroups: [
              {
                name: "File Group",
                outputGroupSettings: {
                  type: "FILE_GROUP_SETTINGS",
                  fileGroupSettings: { destination: `s3://example-media-out/${i}` },
                },
              },
            ],
          },
        }
      : { id },
    responseElements: create
      ? {
          job: {
            id,
            arn: `arn:aws:mediaconvert:us-west-2:111122223333:jobs/${id}`,
            status: "SUBMITTED",
            createdAt: Math.floor(ms / 1000),
          },
        }
      : null,
    requestID: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
    eventID: `11111111-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
    readOnly: !create,
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: "111122223333",
    eventCategory: "Management",
  })
}

const generate = async (path: string, megabytes: number): Promise<number> => {
  const gzip = createGzip({ level: 1 })
  const out = gzip.pipe(createWriteStream(path))
  const target = megabytes * 1024 * 1024
  let written = 0
  let i = 0
  const write = async (text: string) => {
    written += Buffer.byteLength(text)
    if (!gzip.write(text)) await once(gzip, "drain")
  }
  await write('{"Records":[')
  while (written < target) {
    const batch: string[] = []
    for (let k = 0; k < 1000; k++) batch.push(record(i++))
    await write((i > 1000 ? "," : "") + batch.join(","))
  }
  await write("]}")
  gzip.end()
  await once(out, "finish")
  return i
}

const read = async (path: string): Promise<void> => {
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  const started = process.hrtime.bigint()
  let records = 0
  let failed = 0
  for await (const result of streamRecords(path, { maxBytes: 8 * 1024 ** 3 })) {
    if (result._tag === "record") records++
    else failed++
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  console.log(
    JSON.stringify({
      records,
      failed,
      seconds: Number(seconds.toFixed(1)),
      recordsPerSecond: Math.round(records / seconds),
      peakRssMiB: Math.round(peak / 1048576),
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  )
}

const args = process.argv.slice(2)
if (args[0] === "--read" && args[1] !== undefined) await read(args[1])
else {
  for (const size of args.length > 0 ? args.map(Number) : [100, 1100]) {
    const path = `/tmp/mcc-stream-${size}MB.json.gz`
    const count = existsSync(path) ? undefined : await generate(path, size)
    const gz = statSync(path).size
    process.stdout.write(
      `${size} MB uncompressed (${(gz / 1048576).toFixed(0)} MB gzipped${count !== undefined ? `, ${count} records` : ""}): `,
    )
    process.stdout.write(
      execFileSync(
        process.execPath,
        ["--import", "tsx", import.meta.filename ?? "bench/stream-memory.ts", "--read", path],
        {
          encoding: "utf8",
        },
      ),
    )
  }
}
