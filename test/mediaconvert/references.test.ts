import * as O from "fp-ts/Option"
import { describe, expect, it } from "vitest"
import { type CloudTrailRecord, jobTemplateOf, presetOf, queueOf, tagsOf } from "../../src"
import { operationEvent } from "../helpers/fixtures"

const event = operationEvent
const arn = (resource: string) => `arn:aws:mediaconvert:us-west-2:111122223333:${resource}`

describe("queueOf", () => {
  it("gives the queue a job is sent to, as given and as a name", () => {
    expect(queueOf(event("CreateJob.success"))).toStrictEqual(
      O.some({ given: arn("queues/Default"), name: "Default" }),
    )
  })

  it("accepts a bare queue name as given", () => {
    expect(queueOf(event("CreateJob.milliseconds"))).toStrictEqual(
      O.some({ given: "Default", name: "Default" }),
    )
  })

  it("falls back to the job's queue in the response", () => {
    const withoutQueue = event("CreateJob.dash-iso", (input) => {
      delete (input.requestParameters as Record<string, unknown>).queue
    })
    expect(queueOf(withoutQueue)).toStrictEqual(O.some({ given: arn("queues/features"), name: "features" }))
  })

  it.each([
    ["CreateQueue.success", "features"],
    ["UpdateQueue.success", "features"],
    ["DeleteQueue.success", "features"],
    ["DeleteQueue.pascal-case", "features"],
    ["GetQueue.success", "Default"],
    ["ListJobs.success", "Default"],
    ["CreateJobTemplate.success", "Default"],
    ["TagResource.success", "features"],
    ["UntagResource.success", "features"],
    ["ListTagsForResource.success", "Default"],
  ])("names the queue of %s", (name, queue) => {
    const found = queueOf(event(name))
    expect(O.isSome(found) && found.value.name).toBe(queue)
  })

  it("gives none when a tagging call names another kind of resource, or nothing names a queue", () => {
    expect(queueOf(event("TagResource.lower-case-tags"))).toStrictEqual(O.none)
    expect(queueOf(event("UntagResource.pascal-case"))).toStrictEqual(O.none)
    expect(queueOf(event("GetJob.success"))).toStrictEqual(O.none)
    expect(
      queueOf(event("CreateQueue.failure", (input) => Object.assign(input, { requestParameters: null }))),
    ).toStrictEqual(O.none)
  })
})

describe("presetOf", () => {
  it.each(["CreatePreset.success", "UpdatePreset.success", "DeletePreset.success", "GetPreset.success"])(
    "names the preset of %s",
    (name) => {
      expect(presetOf(event(name))).toStrictEqual(O.some({ given: "web-720p", name: "web-720p" }))
    },
  )

  it("reads a preset ARN given to a tagging call", () => {
    expect(presetOf(event("TagResource.lower-case-tags"))).toStrictEqual(
      O.some({ given: arn("presets/web-720p"), name: "web-720p" }),
    )
  })

  it("falls back to the preset in the response", () => {
    const failedName = event("CreatePreset.success", (input) => {
      delete (input.requestParameters as Record<string, unknown>).name
    })
    expect(presetOf(failedName)).toStrictEqual(O.some({ given: "web-720p", name: "web-720p" }))
  })

  it("gives none for a job or queue record", () => {
    expect(presetOf(event("CreateJob.success"))).toStrictEqual(O.none)
    expect(presetOf(event("TagResource.success"))).toStrictEqual(O.none)
  })
})

describe("jobTemplateOf", () => {
  it("gives the template a job is built from, by name or by ARN", () => {
    expect(jobTemplateOf(event("CreateJob.dash-iso"))).toStrictEqual(
      O.some({ given: "smooth-stb", name: "smooth-stb" }),
    )
    const byArn = event("CreateJob.dash-iso", (input) => {
      delete (input.requestParameters as Record<string, unknown>).jobTemplate
    })
    expect(jobTemplateOf(byArn)).toStrictEqual(
      O.some({ given: arn("jobTemplates/smooth-stb"), name: "smooth-stb" }),
    )
  })

  it.each([
    "CreateJobTemplate.success",
    "UpdateJobTemplate.success",
    "DeleteJobTemplate.success",
    "GetJobTemplate.success",
    "TagResource.both-spellings",
  ])("names the template of %s", (name) => {
    const found = jobTemplateOf(event(name))
    expect(O.isSome(found) && found.value.name).toBe("smooth-stb")
  })

  it("gives none for a job created without a template", () => {
    expect(jobTemplateOf(event("CreateJob.success"))).toStrictEqual(O.none)
  })
})

describe("tagsOf", () => {
  it("reads the tag map under Tags, as CloudTrail logs TagResource", () => {
    expect(tagsOf(event("TagResource.success"))).toStrictEqual(O.some({ CostCenter: "cc-4410", team: "ott" }))
  })

  it("reads the tag map under tags, and prefers it when both are there", () => {
    expect(tagsOf(event("TagResource.lower-case-tags"))).toStrictEqual(O.some({ team: "web" }))
    expect(tagsOf(event("TagResource.both-spellings"))).toStrictEqual(O.some({ team: "ott" }))
  })

  it.each(["CreateJob", "CreateJobTemplate", "CreatePreset"])("reads the tags %s sets", (name) => {
    expect(O.isSome(tagsOf(event(`${name}.success`)))).toBe(true)
  })

  it("keeps an empty tag map as a value", () => {
    expect(tagsOf(event("CreateQueue.success"))).toStrictEqual(O.some({}))
  })

  it("reads the tags of a logged ListTagsForResource response", () => {
    const listed = event("ListTagsForResource.success", (input) => {
      input.responseElements = { resourceTags: { arn: arn("queues/Default"), tags: { team: "ott" } } }
    })
    expect(tagsOf(listed)).toStrictEqual(O.some({ team: "ott" }))
  })

  it("gives none when there is no tag map or it is redacted", () => {
    expect(tagsOf(event("UntagResource.success"))).toStrictEqual(O.none)
    expect(
      tagsOf(event("TagResource.failure", (input) => Object.assign(input, { requestParameters: null }))),
    ).toStrictEqual(O.none)
    const redacted = {
      eventSource: "mediaconvert.amazonaws.com",
      eventName: "TagResource",
      requestParameters: { tags: "***" },
    }
    expect(tagsOf(redacted as unknown as CloudTrailRecord)).toStrictEqual(O.none)
  })

  it("never throws on a record it cannot read", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("no")
        },
        getOwnPropertyDescriptor: () => {
          throw new Error("no")
        },
      },
    )
    for (const helper of [tagsOf, queueOf, presetOf, jobTemplateOf])
      expect(helper(hostile as CloudTrailRecord)).toStrictEqual(O.none)
  })
})
