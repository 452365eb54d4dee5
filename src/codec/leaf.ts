import * as t from "io-ts"
import { type StandardCodec, withStandard } from "./standard"

/**
 * The codec of the values one rule accepts, each kept as given (`encode` is the identity),
 * carrying the `kind` and parts a walker over the codecs reads (src/codec/walk.ts). The
 * open enumerations, timestamps, redaction strings, boolean text, JSON values and the
 * `Unlisted` fallback are all built by it; each is a Standard Schema too. Internal.
 */
export const leafCodec = <A, P extends { readonly kind: string }>(
  name: string,
  accepts: (u: unknown) => boolean,
  parts: P,
): t.Type<A, A, unknown> & P & StandardCodec<A> =>
  Object.assign(
    withStandard(
      new t.Type<A, A, unknown>(
        name,
        (u): u is A => accepts(u),
        (u, c) => (accepts(u) ? t.success(u as A) : t.failure(u, c)),
        t.identity,
      ),
    ),
    parts,
  )
