import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec"
import type * as t from "io-ts"
import type { DecodeFailure } from "../failure"
import { decodeWith } from "./decode-with"
import { type JsonSchemaTarget, jsonSchemaOf } from "./json-schema"

/**
 * What a codec of this library carries under `~standard`: the Standard Schema v1 properties
 * (a synchronous `validate`, the `types`) and the Standard JSON Schema v1 converter, for a
 * codec whose input and output are both `A` (decoding returns the input, checked).
 *
 * @see https://standardschema.dev
 * @example
 * import { MediaConvertEvent } from "mediaconvert-cloudtrail"
 * import type { StandardProps } from "mediaconvert-cloudtrail/codec"
 * const props: StandardProps<MediaConvertEvent> = MediaConvertEvent["~standard"]
 * console.log(props.vendor) // "mediaconvert-cloudtrail"
 * @category Standard Schema
 * @since 0.2.0
 */
export interface StandardProps<A> extends StandardSchemaV1.Props<A, A>, StandardJSONSchemaV1.Props<A, A> {
  /** Decodes `value` as the codec's `decode` does: `{ value }` (the input, checked), or `{ issues }`. Never a Promise. */
  readonly validate: (value: unknown, options?: StandardSchemaV1.Options) => StandardSchemaV1.Result<A>
}

/**
 * A value that is both a Standard Schema and a Standard JSON Schema of `A`: every codec this
 * library exports, and every codec its combinators build, so Powertools' parser, tRPC, Hono's
 * validator and the other consumers of the spec take them as they are.
 *
 * @see https://standardschema.dev
 * @example
 * import type { StandardSchemaV1 } from "@standard-schema/spec"
 * import { MediaConvertEvent } from "mediaconvert-cloudtrail"
 * import type { StandardCodec } from "mediaconvert-cloudtrail/codec"
 * const schema: StandardCodec<MediaConvertEvent> = MediaConvertEvent
 * const same: StandardSchemaV1<MediaConvertEvent> = schema
 * void same
 * @category Standard Schema
 * @since 0.2.0
 */
export interface StandardCodec<A> {
  readonly "~standard": StandardProps<A>
}

/** The vendor name this library gives in `~standard.vendor`. */
const vendor = "mediaconvert-cloudtrail"

/** The issues of a failure, as Standard Schema lists them: a message and the path as segments. */
export const standardIssues = (failure: DecodeFailure): ReadonlyArray<StandardSchemaV1.Issue> => {
  const issues: StandardSchemaV1.Issue[] = failure.issues.map((issue) => ({
    message: `expected ${issue.expected}, found ${issue.found}`,
    path: issue.segments,
  }))
  if (failure.truncated) issues.push({ message: `more problems than the ${issues.length} listed` })
  return issues
}

const targetOf = (options: StandardJSONSchemaV1.Options): JsonSchemaTarget => {
  const target: string | undefined = options?.target
  if (target === "draft-2020-12" || target === "draft-07") return target
  throw new Error(`${vendor} writes JSON Schema draft-2020-12 and draft-07, not ${String(target)}`)
}

const made = new WeakMap<object, StandardProps<unknown>>()

/**
 * The `~standard` properties of a codec, made once per codec on first use. Internal: the
 * codecs' own `~standard` member returns it.
 */
export const standardOf = <A>(codec: t.Type<A, A, unknown>): StandardProps<A> => {
  const known = made.get(codec)
  if (known !== undefined) return known as StandardProps<A>
  const toJsonSchema = (options: StandardJSONSchemaV1.Options) => jsonSchemaOf(codec, targetOf(options))
  const props: StandardProps<A> = {
    version: 1,
    vendor,
    validate: (value) => {
      const result = decodeWith(codec, value)
      return result._tag === "Right" ? { value: result.right } : { issues: standardIssues(result.left) }
    },
    jsonSchema: { input: toJsonSchema, output: toJsonSchema },
  }
  made.set(codec, props as StandardProps<unknown>)
  return props
}

/**
 * Gives a codec built by a combinator its `~standard` member (made on first read). Internal.
 */
export const withStandard = <C extends t.Type<A, A, unknown>, A = t.TypeOf<C>>(
  codec: C,
): C & StandardCodec<A> =>
  Object.defineProperty(codec, "~standard", {
    get(this: t.Type<A, A, unknown>) {
      return standardOf(this)
    },
    configurable: true,
  }) as C & StandardCodec<A>
