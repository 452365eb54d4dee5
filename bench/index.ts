// npm run bench: every benchmark of the project, in one run, after a build.
//   bench/decode.ts     decode throughput beside JSON.parse, ajv and zod on one generated log file
//                       (--records N, --rounds R), and streaming a gzipped file beside gunzip + parse
//   bench/s3.ts         gzipped log objects read through the S3 adapter from a local S3 API server
//                       beside streamRecords on the same files from disk (--s3-objects N, --s3-records N)
//   bench/footprint.ts  import time of the main entry beside io-ts + fp-ts, and bundle sizes
await import("./decode")
await import("./s3")
await import("./footprint")

export {}
