import { ParseError, parse } from "@aws-lambda-powertools/parser"
import { EventBridgeEnvelope } from "@aws-lambda-powertools/parser/envelopes/eventbridge"
import { parser } from "@aws-lambda-powertools/parser/middleware"
import { sValidator } from "@hono/standard-validator"
import middy from "@middy/core"
import type { Context } from "aws-lambda"
import { Hono } from "hono"
import { describe, expect, expectTypeOf, it } from "vitest"
import { eventBridgeEvent } from "../../src/codec"
import {
  CreateJobEvent,
  identityOf,
  type MediaConvertEvent,
  MediaConvertEvent as MediaConvertEventCodec,
} from "../../src/index"
import { fixture } from "../helpers/fixtures"

// The codecs in the hands of real consumers of Standard Schema, as a user would use them:
// Powertools for AWS Lambda's parser (parse, safeParse, the Middy middleware, an EventBridge
// event) and Hono's standard validator. Neither knows io-ts; both take the codecs as they are.

const createJob = fixture("seed/CreateJob.json") as Record<string, unknown>
const wrongRole = {
  ...createJob,
  requestParameters: { ...(createJob.requestParameters as object), role: 42 },
}
const eventBridge = (detail: unknown) => ({
  version: "0",
  id: "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
  "detail-type": "AWS API Call via CloudTrail",
  source: "aws.mediaconvert",
  account: "111122223333",
  time: "2024-04-04T17:45:26Z",
  region: "us-west-2",
  resources: [],
  detail,
})
const context = {} as Context

describe("Powertools' parser", () => {
  it("parses a record with a codec: the record itself, typed", () => {
    const event = parse(createJob, undefined, MediaConvertEventCodec)
    expectTypeOf(event).toEqualTypeOf<MediaConvertEvent>()
    expect(event).toBe(createJob)
    expect(event.eventName === "CreateJob" ? event.requestParameters?.role : undefined).toMatch(
      /MediaConvert_Default_Role$/,
    )
    expect(parse(createJob, undefined, CreateJobEvent).eventName).toBe("CreateJob")
  })

  it("throws its ParseError with the library's issues and their paths", () => {
    expect(() => parse(wrongRole, undefined, MediaConvertEventCodec)).toThrow(ParseError)
    try {
      parse(wrongRole, undefined, MediaConvertEventCodec)
    } catch (error) {
      expect((error as Error).cause).toStrictEqual([
        { message: "expected string, found number 42", path: ["requestParameters", "role"] },
      ])
    }
  })

  it("safe-parses: success with the data, failure with the original event", () => {
    const good = parse(createJob, undefined, MediaConvertEventCodec, true)
    expect(good).toStrictEqual({ success: true, data: createJob })
    const bad = parse(wrongRole, undefined, MediaConvertEventCodec, true)
    expect(bad.success).toBe(false)
    if (!bad.success) {
      expect(bad.originalEvent).toBe(wrongRole)
      expect(bad.error).toBeInstanceOf(ParseError)
    }
  })

  it("parses an EventBridge event with eventBridgeEvent, where its zod-only envelope refuses the codec", () => {
    const event = parse(eventBridge(createJob), undefined, eventBridgeEvent(MediaConvertEventCodec))
    expectTypeOf(event.detail).toEqualTypeOf<MediaConvertEvent>()
    expect(event.detail).toBe(createJob)
    expect(identityOf(event.detail).label).toBe("assumed-role admin/example-admin")
    const failed = parse(eventBridge(wrongRole), undefined, eventBridgeEvent(MediaConvertEventCodec), true)
    expect(failed.success ? [] : failed.error.cause).toStrictEqual([
      { message: "expected string, found number 42", path: ["detail", "requestParameters", "role"] },
    ])
    // Powertools' envelopes extend a zod schema with the one given, so they take zod only.
    expect(() => parse(eventBridge(createJob), EventBridgeEnvelope, MediaConvertEventCodec)).toThrow(
      /Zod schema/,
    )
  })

  it("runs in the Middy middleware, throwing or safe-parsing", async () => {
    // Middy types the handler by what the middleware gives it; Lambda calls it with the raw event.
    const seen: string[] = []
    const handler = middy()
      .use(parser({ schema: eventBridgeEvent(MediaConvertEventCodec) }))
      .handler(async (event) => {
        seen.push(`${event.detail.eventName} by ${identityOf(event.detail).label}`)
        return event.detail.eventName
      })
    await expect(handler(eventBridge(createJob) as never, context)).resolves.toBe("CreateJob")
    expect(seen).toStrictEqual(["CreateJob by assumed-role admin/example-admin"])
    await expect(handler(eventBridge(wrongRole) as never, context)).rejects.toThrow(ParseError)
    expect(seen).toHaveLength(1)

    const safe = middy()
      .use(parser({ schema: MediaConvertEventCodec, safeParse: true }))
      .handler(async (result) => (result.success ? result.data.eventName : result.error.cause))
    await expect(safe(createJob as never, context)).resolves.toBe("CreateJob")
    await expect(safe(wrongRole as never, context)).resolves.toStrictEqual([
      { message: "expected string, found number 42", path: ["requestParameters", "role"] },
    ])
  })
})

describe("Hono's standard validator", () => {
  const app = new Hono().post("/records", sValidator("json", MediaConvertEventCodec), (c) => {
    const record = c.req.valid("json")
    return c.json({ eventName: record.eventName, who: identityOf(record).label })
  })
  const post = (body: unknown) =>
    app.request("/records", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    })

  it("hands the handler the decoded record", async () => {
    const response = await post(createJob)
    expect(response.status).toBe(200)
    expect(await response.json()).toStrictEqual({
      eventName: "CreateJob",
      who: "assumed-role admin/example-admin",
    })
  })

  it("answers 400 with the library's issues and paths", async () => {
    const response = await post(wrongRole)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { success: boolean; error: unknown }
    expect(body.success).toBe(false)
    expect(body.error).toStrictEqual([
      { message: "expected string, found number 42", path: ["requestParameters", "role"] },
    ])
  })
})
