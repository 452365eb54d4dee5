import type * as t from "io-ts"
import { isJson, isObject } from "./checks"
import { leafCodec } from "./leaf"
import type { StandardCodec } from "./standard"

/**
 * A value as `JSON.parse` produces it.
 *
 * @example
 * import type { JsonValue } from "mediaconvert-cloudtrail"
 * const value: JsonValue = { settings: [1, "two", null, true] }
 * @category Values
 * @since 0.1.0
 */
export type JsonValue = string | number | boolean | null | JsonArray | JsonObject

/**
 * A JSON array.
 *
 * @example
 * import type { JsonArray } from "mediaconvert-cloudtrail"
 * const list: JsonArray = [1, "a", { b: null }]
 * @category Values
 * @since 0.1.0
 */
export interface JsonArray extends ReadonlyArray<JsonValue> {}

/**
 * A JSON object.
 *
 * @example
 * import type { JsonObject } from "mediaconvert-cloudtrail"
 * const object: JsonObject = { mode: "DISABLED" }
 * @category Values
 * @since 0.1.0
 */
export interface JsonObject {
  readonly [key: string]: JsonValue
}

/**
 * Any JSON value, kept as it is. Used for payloads whose shape the library does not model
 * (other services' parameters, operations it does not know yet). It checks nothing below
 * the top, so it costs nothing on large payloads.
 *
 * @example
 * import { Json } from "mediaconvert-cloudtrail/codec"
 * Json.is({ anything: [1, 2, 3] }) // true
 * @category Combinators
 * @since 0.1.0
 */
export const Json: t.Type<JsonValue, JsonValue, unknown> & {
  readonly kind: "json"
} & StandardCodec<JsonValue> = leafCodec("JSON value", isJson, { kind: "json" as const })

/**
 * Any JSON object, members kept as they are.
 *
 * @example
 * import { JsonObjectCodec } from "mediaconvert-cloudtrail/codec"
 * JsonObjectCodec.is({ a: 1 }) // true
 * JsonObjectCodec.is([1]) // false
 * @category Combinators
 * @since 0.1.0
 */
export const JsonObjectCodec: t.Type<JsonObject, JsonObject, unknown> & {
  readonly kind: "object"
} & StandardCodec<JsonObject> = leafCodec("object", isObject, { kind: "object" as const })
