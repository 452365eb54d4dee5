// npm run bench: every benchmark of the project, in one run, after a build.
//   bench/decode.ts     decode throughput beside JSON.parse, ajv and zod on one generated log file
//                       (--records N, --rounds R), and streaming a gzipped file beside gunzip + parse
//   bench/s3.ts         gzipped log objects read through the S3 adapter from a local S3 API server
//                       beside streamRecords on the same files from disk (--s3-objects N, --s3-records N)
//   bench/mixed-trail.ts  selection on a 100 MB trail with 1% MediaConvert beside JSON.parse +
//                       filter (--mixed-mb M, --mixed-rounds R), in a process of its own, so the
//                       heap and compiled code the other cases leave behind do not weigh on it
//   bench/timelines.ts  jobTimelines over generated job histories (100,000 jobs, about a million
//                       records and events) beside JSON.parse of the same events, and the
//                       incremental join with the memory it holds (--timeline-jobs N,
//                       --timeline-rounds R), in a process of its own
//   bench/trail-shape.ts  the trail shape: thousands of small gzipped files (cases A and B), each
//                       reader in a process of its own beside five lines of readFile + gunzipSync
//                       + JSON.parse + filter, the CLI's summary, and memory on 20,000 files
//                       (--trail-files N, --trail-rounds R, --rss-files N, --trail-workers N)
//   bench/footprint.ts  import time of the main entry beside io-ts + fp-ts, and bundle sizes
import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { argument } from "./stats"

await import("./decode")
await import("./s3")
execFileSync(
  process.execPath,
  [
    "--expose-gc",
    "--import",
    "tsx",
    fileURLToPath(new URL("./mixed-trail.ts", import.meta.url)),
    String(argument("mixed-mb", 100)),
    String(argument("mixed-rounds", 5)),
  ],
  { stdio: "inherit" },
)
execFileSync(
  process.execPath,
  [
    "--expose-gc",
    "--max-old-space-size=8192",
    "--import",
    "tsx",
    fileURLToPath(new URL("./timelines.ts", import.meta.url)),
    String(argument("timeline-jobs", 100_000)),
    String(argument("timeline-rounds", 3)),
  ],
  { stdio: "inherit" },
)
execFileSync(
  process.execPath,
  ["--import", "tsx", fileURLToPath(new URL("./trail-shape.ts", import.meta.url)), ...process.argv.slice(2)],
  { stdio: "inherit" },
)
await import("./footprint")
