// A wait that gives up: S3 answers in milliseconds, but a connection can hang without error.

/** Raised when nothing arrived for the reader's stall timeout. */
export class StallError extends Error {
  override readonly name = "StallError"
}

/**
 * `promise`, or a {@link StallError} after `ms` milliseconds without it settling; `onStall`
 * runs first, to abort the request or destroy the stream that hangs.
 */
export const withinStall = <A>(
  promise: Promise<A>,
  ms: number,
  onStall: () => void,
  what: string,
): Promise<A> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onStall()
      reject(new StallError(`${what}: nothing for ${ms} ms (stallTimeoutMs)`))
    }, ms)
  })
  // The loser of the race may still reject (a destroyed stream does); that is expected.
  promise.catch(() => {})
  return Promise.race([promise, stalled]).finally(() => clearTimeout(timer))
}
