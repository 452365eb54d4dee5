// What each MediaConvert operation does, and where in its record the fields people look for
// are, in words. scripts/docs-operations.ts writes them on the operation pages of the site, and
// scripts/codegen.ts on the type of each operation's records (CreateJobEvent, …), so that the
// two say the same. Everything else on those pages and types is read from the model.
import type { operationTable } from "../src/mediaconvert/generated/operation-table"

export type OperationName = keyof typeof operationTable

/** What each call does, in a few sentences; the rest of every page is generated. */
export const descriptions: Readonly<Record<OperationName, string>> = {
  AssociateCertificate:
    "Links an AWS Certificate Manager certificate to MediaConvert, so that jobs can use it for SPEKE key exchange when they encrypt their outputs.",
  CancelJob:
    "Stops a job that is submitted or in progress. A canceled job cannot be resumed; `requestParameters.id` names it.",
  CreateJob:
    "Submits a transcoding job: its inputs, its output groups and where they are written, the IAM role MediaConvert assumes to read and write, and optionally a queue, a job template and tags. The request never carries the job id; a successful call returns the new job, id included, in `responseElements.job`. That response repeats the whole settings tree, so it is the part of a record most often left out by CloudTrail for size.",
  CreateJobTemplate:
    "Saves a job template: job settings with a name, from which later CreateJob calls start.",
  CreatePreset: "Saves an output preset: the settings of one output (codec, container, audio, captions).",
  CreateQueue: "Creates a queue that jobs are submitted to, on demand or with a reserved pricing plan.",
  CreateResourceShare:
    "Shares one job with AWS Support, so that they can look into it; `requestParameters.jobId` names the job.",
  DeleteJobTemplate: "Deletes a job template, named by `requestParameters.name`.",
  DeletePolicy: "Removes the account's input policy, so that inputs from any location are allowed again.",
  DeletePreset: "Deletes an output preset, named by `requestParameters.name`.",
  DeleteQueue: "Deletes a queue, named by `requestParameters.name`.",
  DescribeEndpoints:
    "Asks for the account's own MediaConvert endpoint. The call is deprecated, since regional endpoints serve every account, but older SDKs and tools still make it before their first real call. It changes nothing.",
  DisassociateCertificate:
    "Unlinks a certificate added with AssociateCertificate; `requestParameters.arn` names it.",
  GetJob: "Reads one job, named by `requestParameters.id`.",
  GetJobTemplate: "Reads one job template, named by `requestParameters.name`.",
  GetJobsQueryResults:
    "Reads the results of a query started with StartJobsQuery. Its `id` is the query's id, not a job id.",
  GetPolicy: "Reads the account's input policy: which kinds of input location jobs may read from.",
  GetPreset: "Reads one output preset, named by `requestParameters.name`.",
  GetQueue: "Reads one queue, named by `requestParameters.name`.",
  ListJobTemplates: "Lists job templates, by name, creation date or category.",
  ListJobs: "Lists recent jobs, optionally only those of one queue or with one status.",
  ListPresets: "Lists output presets, by name, creation date or category.",
  ListQueues: "Lists the account's queues.",
  ListTagsForResource: "Reads the tags of a queue, preset, job template or job, named by its ARN.",
  ListVersions: "Lists the job engine versions that jobs can ask for.",
  Probe:
    "Inspects input media files and reports their container and tracks, without running a job. It changes nothing.",
  PutPolicy:
    "Sets the account's input policy: whether jobs may read inputs from S3, over HTTP and over HTTPS.",
  SearchJobs: "Searches recent jobs, by input file name, queue or status.",
  StartJobsQuery:
    "Starts a query over the account's jobs; its results are read later with GetJobsQueryResults. It changes no resource, so this library counts it as read-only.",
  TagResource:
    "Adds tags to a queue, preset, job template or job, named by `requestParameters.arn`. CloudTrail has been seen to log the tags as `Tags` rather than `tags` (see [the quirks](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/quirks.html#tags)).",
  UntagResource: "Removes tags, by key, from a resource named by `requestParameters.arn`.",
  UpdateJobTemplate: "Changes a job template, named by `requestParameters.name`.",
  UpdatePreset: "Changes an output preset, named by `requestParameters.name`.",
  UpdateQueue:
    "Changes a queue (its description, status or reservation plan), named by `requestParameters.name`.",
}

/**
 * Where the fields people look for are in an operation's record (what it acts on, where a job
 * reads and writes, the role, the queue), and the helpers of the library that read them; the
 * operations not listed name their resource as their description says.
 */
export const whereToLook: Readonly<Partial<Record<OperationName, ReadonlyArray<string>>>> = {
  CreateJob: [
    "Output destinations: `requestParameters.settings.outputGroups[].outputGroupSettings` holds one settings object per group type (`fileGroupSettings`, `hlsGroupSettings`, `dashIsoGroupSettings`, `cmafGroupSettings`, `msSmoothGroupSettings`), each with a `destination` (an `s3://` URL); `settings.kantarWatermark.logDestination` and `settings.nielsenNonLinearWatermark.metadataDestination` are written to too. `destinationsOf(event)` lists them all, with their paths.",
    "Inputs: `requestParameters.settings.inputs[].fileInput` and the other files the settings name (caption sources, external audio, images, fonts, …); `inputsOf(event)` lists every file read, with its path.",
    "Role: `requestParameters.role`, the IAM role MediaConvert assumes to read and write; `roleOf(event)`.",
    "Queue: `requestParameters.queue` (an ARN or a name; the account's Default queue when absent); `queueOf(event)`. Job template: `requestParameters.jobTemplate`; `jobTemplateOf(event)`.",
    "The job: `responseElements.job.id` and `.arn`, only in the response; `jobIdFrom(event)`. The response's `job` repeats the settings, so the helpers fall back on it when the request's are left out.",
  ],
  CreateJobTemplate: [
    "Output destinations and inputs: `requestParameters.settings` has the shape of a job's settings (`outputGroups[].outputGroupSettings.*GroupSettings.destination`, `inputs[]`); `destinationsOf(event)` and `inputsOf(event)` read them. The template's name: `requestParameters.name`; its queue: `requestParameters.queue`.",
  ],
  UpdateJobTemplate: [
    "Output destinations and inputs: `requestParameters.settings`, as for CreateJobTemplate; `destinationsOf(event)` and `inputsOf(event)` read them. The template: `requestParameters.name`; its queue: `requestParameters.queue`.",
  ],
  CreatePreset: [
    "The preset's settings: `requestParameters.settings` (one output's codec, container, audio and captions: no destination); its name: `requestParameters.name`.",
  ],
  UpdatePreset: ["The preset: `requestParameters.name`; its new settings: `requestParameters.settings`."],
  CancelJob: ["The job: `requestParameters.id`; `jobIdFrom(event)`."],
  GetJob: [
    "The job: `requestParameters.id`; `jobIdFrom(event)`. The response (its settings, destinations included) is not logged.",
  ],
  CreateQueue: ["The queue: `requestParameters.name`, and `responseElements.queue.arn`; `queueOf(event)`."],
  DeleteQueue: [
    "The queue: `requestParameters.name`; `queueOf(event)`. A CreateJob that names it afterwards fails.",
  ],
  UpdateQueue: [
    "The queue: `requestParameters.name`; its new `status` (`PAUSED` stops it starting jobs) and reservation plan.",
  ],
  TagResource: [
    "The resource: `requestParameters.arn`; the tags: `requestParameters.tags` (or `Tags`); `tagsOf(event)` reads either.",
  ],
  PutPolicy: [
    "The new policy: `requestParameters.policy` (`s3Inputs`, `httpInputs`, `httpsInputs`: `ALLOWED` or `DISALLOWED`).",
  ],
}
