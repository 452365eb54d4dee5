import type * as t from "io-ts"
import { type DecodeFailure, failureAt, failureFrom, type PathSegment } from "../failure"
import { type Check, useCompiledChecks } from "./compiled"
import { type Either, left, right } from "./fp"

/**
 * Runs a codec and turns its errors into a {@link DecodeFailure}. Never throws: an input so
 * deep that checking it would overflow the stack is reported as a failure at its place. `at`
 * is the place of the input in something larger, put before every path (`["Records", 12]`).
 *
 * @example
 * import * as t from "io-ts"
 * import { decodeWith } from "mediaconvert-cloudtrail/codec"
 * decodeWith(t.string, "ok") // { _tag: "Right", right: "ok" }
 * decodeWith(t.string, 1, ["Records", 3]) // Left: $.Records[3]: expected string, found number 1
 * @category Combinators
 * @since 0.1.0
 */
export const decodeWith = <A>(
  codec: t.Decoder<unknown, A>,
  input: unknown,
  at: ReadonlyArray<PathSegment> = [],
): Either<DecodeFailure, A> => {
  try {
    const result = codec.decode(input)
    return result._tag === "Right" ? result : left(failureFrom(result.left, at))
  } catch (error) {
    return left(
      failureAt(
        at,
        codec.name,
        error instanceof RangeError ? "a value nested too deeply to check" : "a value that could not be read",
      ),
    )
  }
}

/**
 * A decoder for a root codec that has compiled checks: the root's check answers first, and
 * only when it says no does the codec's detailed validation build the report (with the
 * compiled checks of the same names standing in for its subtrees). Internal.
 * @category Combinators
 */
export const compiledDecoder =
  <A>(codec: t.Type<A, A, unknown>, fast: Check, byName: Readonly<Record<string, Check>>) =>
  (input: unknown, at: ReadonlyArray<PathSegment> = []): Either<DecodeFailure, A> => {
    try {
      if (fast(input)) return right<A, DecodeFailure>(input as A)
    } catch {
      // An input whose reading throws (a hostile getter) gets the detailed path's report.
    }
    useCompiledChecks(codec, byName)
    return decodeWith(codec, input, at)
  }
