import {
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
  for (const helper of [
    settingsOf,
    inputsOf,
    destinationsOf,
    roleOf,
    queueOf,
    presetOf,
    jobTemplateOf,
    tagsOf,
  ]) {
    helper(any)
  }
  isReadOnly(any)
  operationClassOf(any)
  if (typeof input === "string") isIpAddress(input)
}
