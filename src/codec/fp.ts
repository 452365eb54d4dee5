// Builds fp-ts `Either` and `Option` values without importing fp-ts at run time. The values
// are exactly fp-ts's (`{ _tag: "Right", right }`, `{ _tag: "Some", value }`, …), so every
// fp-ts function accepts them; importing only fp-ts's types keeps the ESM build loadable by
// Node (fp-ts has no exports map, and its `fp-ts/Either` folders are not ESM-resolvable).
import type { Either, Left, Right } from "fp-ts/lib/Either.js"
import type { None, Option, Some } from "fp-ts/lib/Option.js"

export type { Either, Option }

/** fp-ts's `left`. */
export const left = <E, A = never>(e: E): Either<E, A> => ({ _tag: "Left", left: e }) satisfies Left<E>

/** fp-ts's `right`. */
export const right = <A, E = never>(a: A): Either<E, A> => ({ _tag: "Right", right: a }) satisfies Right<A>

/** fp-ts's `none`. */
export const none: Option<never> = { _tag: "None" } satisfies None

/** fp-ts's `some`. */
export const some = <A>(value: A): Option<A> => ({ _tag: "Some", value }) satisfies Some<A>
