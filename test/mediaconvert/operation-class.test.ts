import { describe, expect, it } from "vitest"
import { isReadOnly, mediaConvertOperations, operationClassOf } from "../../src"

describe("mediaConvertOperations", () => {
  it("lists the 34 operations of the model with their method and versioned path", () => {
    const entries = Object.entries(mediaConvertOperations)
    expect(entries).toHaveLength(34)
    for (const [, { method, path }] of entries) {
      expect(["GET", "POST", "PUT", "DELETE"]).toContain(method)
      expect(path.startsWith("/2017-08-29/")).toBe(true)
    }
    expect(mediaConvertOperations.CancelJob).toMatchObject({
      method: "DELETE",
      path: "/2017-08-29/jobs/{Id}",
    })
  })

  it("marks every GET read-only and every PUT and DELETE not", () => {
    for (const { method, readOnly } of Object.values(mediaConvertOperations)) {
      if (method === "GET") expect(readOnly).toBe(true)
      if (method === "PUT" || method === "DELETE") expect(readOnly).toBe(false)
    }
  })
})

describe("isReadOnly", () => {
  it.each(["GetJob", "ListQueues", "SearchJobs", "GetJobsQueryResults"])("says %s is read-only", (name) => {
    expect(isReadOnly(name)).toBe(true)
  })

  it.each(["Probe", "DescribeEndpoints", "StartJobsQuery"])("counts the POST %s as read-only", (name) => {
    expect(isReadOnly(name)).toBe(true)
  })

  it.each(["CreateJob", "CancelJob", "TagResource", "PutPolicy", "UpdateQueue"])("says %s writes", (name) => {
    expect(isReadOnly(name)).toBe(false)
  })

  it.each(["RunInstances", "", "toString", "__proto__", "createJob"])(
    "gives undefined for %j, which is not an operation",
    (name) => {
      expect(isReadOnly(name)).toBeUndefined()
    },
  )
})

describe("operationClassOf", () => {
  it.each([
    ["CreateJob", "create"],
    ["CreateQueue", "create"],
    ["TagResource", "create"],
    ["GetJob", "read"],
    ["ListPresets", "read"],
    ["Probe", "read"],
    ["UpdatePreset", "update"],
    ["DeleteQueue", "delete"],
    ["UntagResource", "delete"],
    ["DisassociateCertificate", "delete"],
    ["CancelJob", "other"],
  ] as const)("classes %s as %s", (name, operationClass) => {
    expect(operationClassOf(name)).toBe(operationClass)
  })

  it("gives a class to every operation and undefined for other names", () => {
    for (const name of Object.keys(mediaConvertOperations)) expect(operationClassOf(name)).toBeDefined()
    expect(operationClassOf("constructor")).toBeUndefined()
    expect(operationClassOf("GetObject")).toBeUndefined()
  })
})
