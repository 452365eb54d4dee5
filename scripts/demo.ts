// npm run demo: decode a gzipped CloudTrail log file shipped in samples/ and print, for each
// MediaConvert record, who did what from where. Usage: tsx scripts/demo.ts [file.json.gz ...]
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"
import { decodeWith, formatFailure, identityOf, jobIdFrom, MediaConvertEvent, originOf } from "../src"

const defaultDir = join(import.meta.dirname ?? ".", "..", "samples", "aws-examples")
const files = process.argv.slice(2)
const paths = files.length > 0 ? files : readdirSync(defaultDir).map((name) => join(defaultDir, name))

let failures = 0
for (const path of paths) {
  const bytes = readFileSync(path)
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString("utf8")
  const records = (JSON.parse(text) as { Records?: unknown }).Records
  if (!Array.isArray(records)) {
    console.error(`${path}: not a CloudTrail log file (no Records list)`)
    failures++
    continue
  }
  console.log(`${path}: ${records.length} records`)
  records.forEach((input, index) => {
    const result = decodeWith(MediaConvertEvent, input, ["Records", `[${index}]`])
    if (result._tag === "Left") {
      failures++
      console.error(`  ${formatFailure(result.left)}`)
      return
    }
    const event = result.right
    const who = identityOf(event)
    const from = originOf(event)
    const job = jobIdFrom(event)
    const status = event.errorCode === undefined ? "ok" : `failed: ${event.errorCode}`
    console.log(
      `  ${event.eventTime}  ${event.eventName.padEnd(12)} ${status.padEnd(8)} by ${who.label} (${who.temporaryCredentials ? "temporary" : "long-term"} credentials)` +
        ` from ${from.sourceIPAddress ?? "?"} via ${from.channel} in ${from.awsRegion ?? "?"}${job._tag === "Some" ? `, job ${job.value}` : ""}`,
    )
  })
}
process.exitCode = failures > 0 ? 1 : 0
