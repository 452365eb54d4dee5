// Cases that check the harness itself: one returns, one crashes the way V8 does.

/** Returns its argument and the length of a string it built. */
export const echo = async (args: { n: number }) => ({ args, built: "x".repeat(args.n).length })

/** Throws, as a case may. */
export const throws = async () => {
  throw new TypeError("on purpose")
}

/** Ends the process with a signal, as V8's fatal errors do. */
export const crashes = async () => {
  process.kill(process.pid, "SIGABRT")
  await new Promise((resolve) => setTimeout(resolve, 10_000))
}

/** Never returns. */
export const hangs = async () => {
  await new Promise((resolve) => setTimeout(resolve, 600_000))
}
