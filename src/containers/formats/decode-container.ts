import { decodeRecord } from "../../record/decode"
import type { ReadOptions } from "../input"
import { jsonValueOf } from "../input"
import type { ContainerKind, Records } from "../results"
import { Sink } from "../results"

/**
 * Runs one container reader on bytes, text or a value, guarding against every throw (a
 * getter or proxy in a caller's object), so the public readers never throw.
 */
export const decodeContainer = (
  input: unknown,
  options: ReadOptions,
  kind: ContainerKind,
  read: (value: unknown, sink: Sink) => ContainerKind,
): Records => {
  const sink = new Sink(decodeRecord)
  let container: ContainerKind = kind
  try {
    let trailing: string | undefined
    const value = jsonValueOf(input, [], options, (notice) => {
      trailing = notice
    })
    if (value._tag === "Left") sink.failure(value.left, [])
    else container = read(value.right, sink)
    if (trailing !== undefined) sink.skip("trailing-data", trailing, [])
  } catch {
    sink.failAt([], "a value that can be read", "a value that threw when read")
    container = "unknown"
  }
  return sink.done(container)
}
