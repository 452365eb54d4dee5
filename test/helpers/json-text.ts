import { Readable } from "node:stream"

/** How a tool may lay out JSON text: compact (CloudTrail), indented, or Python's `, ` and `: `. */
export type Layout = "compact" | "pretty" | "python"

/** JSON text of a value in a layout. */
export const writeJson = (value: unknown, layout: Layout): string => {
  if (layout === "compact") return JSON.stringify(value)
  if (layout === "pretty") return JSON.stringify(value, null, 2)
  const python = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(python).join(", ")}]`
      : v !== null && typeof v === "object"
        ? `{${Object.entries(v)
            .map(([k, x]) => `${JSON.stringify(k)}: ${python(x)}`)
            .join(", ")}}`
        : JSON.stringify(v)
  return python(value)
}

/** A stream of the bytes (or the UTF-8 of the text) in chunks of `size`. */
export const chunked = (input: Uint8Array | string, size: number): Readable => {
  const bytes = typeof input === "string" ? Buffer.from(input) : input
  const chunks: Buffer[] = []
  for (let at = 0; at < bytes.length; at += Math.max(1, size))
    chunks.push(Buffer.from(bytes.subarray(at, at + size)))
  return Readable.from(chunks)
}
