// Hostile inputs built at run time, small on disk: gzip makes a 112 MiB bomb 114 KB, and the
// large text is never held whole while it is compressed.
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { constants, createGzip } from "node:zlib"

/** `prefix`, `fill` repeated to `mib` MiB, then `suffix`, gzipped at `level`, without holding the text. */
export const gzipOfRepeated = async (
  prefix: string,
  fill: string,
  mib: number,
  suffix = "",
  level: number = constants.Z_BEST_COMPRESSION,
): Promise<Buffer> => {
  const gzip = createGzip({ level })
  const out: Buffer[] = []
  gzip.on("data", (chunk: Buffer) => out.push(chunk))
  const done = new Promise((resolve, reject) => gzip.on("end", resolve).on("error", reject))
  const block = Buffer.alloc(1024 * 1024, fill)
  gzip.write(prefix)
  for (let i = 0; i < mib; i++)
    if (!gzip.write(block)) await new Promise((resolve) => gzip.once("drain", resolve))
  gzip.end(suffix)
  await done
  return Buffer.concat(out)
}

/** `{"Records":[` followed by `mib` MiB of `[`: the nesting bomb of issue 23. */
export const nestingBomb = (mib: number) => gzipOfRepeated('{"Records":[', "[", mib)

/** One MediaConvert record whose user agent is `mib` MiB long, gzipped at level 1. */
export const hugeRecord = (mib: number) =>
  gzipOfRepeated(
    '{"Records":[{"eventVersion":"1.09","eventSource":"mediaconvert.amazonaws.com","eventName":"GetJob","userAgent":"',
    "a",
    mib,
    '"}]}',
    1,
  )

/** A file of `bytes` in a fresh temporary folder, named `name`. */
export const tempFile = (name: string, bytes: Uint8Array): string => {
  const path = join(mkdtempSync(join(tmpdir(), "mcc-hostile-")), name)
  writeFileSync(path, bytes)
  return path
}
