import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec"
import * as t from "io-ts"
import { expectTypeOf, test } from "vitest"
import { list, type OpenEnum, openEnum, struct } from "../../src/codec"
import {
  type AssumedRoleIdentity,
  type CloudTrailRecord,
  type CreateJobEvent,
  MediaConvertEvent,
  type RootIdentity,
  type UserIdentity,
} from "../../src/index"

// What a consumer of the spec infers from the codecs: the library's own types, input and output.

test("the root codecs infer the library's types", () => {
  expectTypeOf<StandardSchemaV1.InferOutput<typeof MediaConvertEvent>>().toEqualTypeOf<MediaConvertEvent>()
  expectTypeOf<StandardSchemaV1.InferInput<typeof MediaConvertEvent>>().toEqualTypeOf<MediaConvertEvent>()
  expectTypeOf<StandardSchemaV1.InferOutput<typeof CloudTrailRecord>>().toEqualTypeOf<CloudTrailRecord>()
  expectTypeOf<StandardSchemaV1.InferOutput<typeof UserIdentity>>().toEqualTypeOf<UserIdentity>()
  expectTypeOf<StandardSchemaV1.InferOutput<typeof CreateJobEvent>>().toEqualTypeOf<CreateJobEvent>()
  expectTypeOf<StandardSchemaV1.InferOutput<typeof RootIdentity>>().toEqualTypeOf<RootIdentity>()
  expectTypeOf<
    StandardSchemaV1.InferOutput<typeof AssumedRoleIdentity>
  >().toEqualTypeOf<AssumedRoleIdentity>()
  expectTypeOf(MediaConvertEvent).toExtend<StandardSchemaV1<MediaConvertEvent>>()
  expectTypeOf(MediaConvertEvent).toExtend<StandardJSONSchemaV1<MediaConvertEvent>>()
})

test("validate is synchronous", () => {
  expectTypeOf(MediaConvertEvent["~standard"].validate).returns.toEqualTypeOf<
    StandardSchemaV1.Result<MediaConvertEvent>
  >()
})

test("the combinators' codecs infer their types too", () => {
  const Queue = struct("Queue", { name: t.string }, { description: t.string })
  expectTypeOf<StandardSchemaV1.InferOutput<typeof Queue>>().toEqualTypeOf<{
    name: string
    description?: string
  }>()
  const queues = list(Queue)
  expectTypeOf<StandardSchemaV1.InferOutput<typeof queues>>().toEqualTypeOf<
    ReadonlyArray<{ name: string; description?: string }>
  >()
  const Mode = openEnum("Mode", ["A", "B"])
  expectTypeOf<StandardSchemaV1.InferOutput<typeof Mode>>().toEqualTypeOf<OpenEnum<"A" | "B">>()
})
