import {
  bucketOf,
  bucketsOf,
  destinationsOf,
  epochMillisOf,
  identityOf,
  inputsOf,
  isIpAddress,
  isMediaConvertEvent,
  isReadOnly,
  jobIdFrom,
  jobTemplateOf,
  operationClassOf,
  originOf,
  parseMediaConvertArn,
  presetOf,
  queueOf,
  resourceOf,
  roleOf,
  settingsOf,
  tagsOf,
} from "../../src"

/** Calls every public helper on a value, as the never-throw properties require of each. */
export const callEveryHelper = (input: unknown): void => {
  const any = input as never
  identityOf(any)
  originOf(any)
  jobIdFrom(any)
  isMediaConvertEvent(input)
  parseMediaConvertArn(input)
  epochMillisOf(input)
  bucketOf(input)
  for (const helper of [
    settingsOf,
    inputsOf,
    destinationsOf,
    roleOf,
    queueOf,
    presetOf,
    jobTemplateOf,
    tagsOf,
    resourceOf,
    bucketsOf,
  ]) {
    helper(any)
  }
  isReadOnly(any)
  operationClassOf(any)
  if (typeof input === "string") isIpAddress(input)
}
