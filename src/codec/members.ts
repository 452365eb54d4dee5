// The members of a struct, apart from the struct itself: the walker (walk.ts) reads them, and
// struct.ts builds on it through compiled.ts, so they live below both.
import type * as t from "io-ts"

/**
 * The members of a {@link struct}: a codec per JSON key.
 *
 * @example
 * import * as t from "io-ts"
 * import type { Members } from "mediaconvert-cloudtrail/codec"
 * const members: Members = { name: t.string }
 * @category Combinators
 * @since 0.1.0
 */
export type Members = { readonly [key: string]: t.Mixed }
