// Reading with the filters: every command selects records the same way. `--bucket` is about
// jobs: a call passes when it names the bucket itself (a CreateJob, a template) or is about a
// job whose CreateJob does, wherever that CreateJob lies among the files.
import { bucketsOf } from "../mediaconvert/buckets"
import type { JobStateChange } from "../mediaconvert/job-state"
import type { CloudTrailRecord } from "../record/record"
import { type Facts, factsOf } from "./facts"
import { type Filters, passes } from "./filters"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"

/** Whether a record reads or writes one of the buckets. */
export const namesBucket = (record: CloudTrailRecord, wanted: ReadonlyArray<string>): boolean => {
  const { reads, writes } = bucketsOf(record)
  return [...reads, ...writes].some((bucket) => wanted.includes(bucket))
}

/** Reads the inputs and calls `onSelected` for each record that passes the filters (in file order). */
export const readSelected = async (
  paths: ReadonlyArray<string>,
  options: ReadOptions,
  filters: Filters,
  onSelected: (record: CloudTrailRecord, facts: Facts) => void,
  onJobState?: (event: JobStateChange) => void,
): Promise<ReadTotals> => {
  const wanted = filters.bucket
  if (wanted === undefined)
    return readInputs(
      paths,
      options,
      (record) => {
        const facts = factsOf(record)
        if (passes(facts, filters)) onSelected(record, facts)
      },
      onJobState,
    )
  // A GetJob may come before its CreateJob in the files: the calls that pass the other filters
  // wait until every file is read and the jobs on the buckets are known.
  const bucketJobs = new Set<string>()
  const waiting: [CloudTrailRecord, Facts, boolean][] = []
  const totals = await readInputs(
    paths,
    options,
    (record) => {
      const facts = factsOf(record)
      const own = namesBucket(record, wanted)
      if (own && facts.jobId !== undefined) bucketJobs.add(facts.jobId)
      if (passes(facts, filters)) waiting.push([record, facts, own])
    },
    onJobState,
  )
  for (const [record, facts, own] of waiting)
    if (own || (facts.jobId !== undefined && bucketJobs.has(facts.jobId))) onSelected(record, facts)
  return totals
}
