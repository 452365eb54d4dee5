// The envelope of a management event (an AwsApiCall), in the key order CloudTrail writes it:
// what every synthetic record has around its requestParameters and responseElements.
import { ACCOUNT } from "./ids"
import { optional } from "./optional"

/** What differs from one record to the next; the rest is the same for every API call. */
export interface ApiCall {
  readonly eventVersion: string
  readonly userIdentity: unknown
  readonly eventTime: string
  /** mediaconvert.amazonaws.com unless said. */
  readonly eventSource?: string | undefined
  readonly eventName: string
  readonly awsRegion: string
  readonly sourceIPAddress: string
  readonly userAgent: string
  readonly errorCode?: string | undefined
  readonly errorMessage?: string | undefined
  readonly requestParameters: unknown
  readonly responseElements: unknown
  readonly requestID: string
  readonly eventID: string
  readonly readOnly: boolean
  readonly recipientAccountId?: string | undefined
  readonly tlsDetails?: unknown
  readonly sessionCredentialFromConsole?: string | undefined
}

/** A whole record: the fields given, in CloudTrail's order, and the constant ones between them. */
export const apiCall = (call: ApiCall): { [key: string]: unknown } => ({
  eventVersion: call.eventVersion,
  userIdentity: call.userIdentity,
  eventTime: call.eventTime,
  eventSource: call.eventSource ?? "mediaconvert.amazonaws.com",
  eventName: call.eventName,
  awsRegion: call.awsRegion,
  sourceIPAddress: call.sourceIPAddress,
  userAgent: call.userAgent,
  ...optional("errorCode", call.errorCode),
  ...optional("errorMessage", call.errorMessage),
  requestParameters: call.requestParameters,
  responseElements: call.responseElements,
  requestID: call.requestID,
  eventID: call.eventID,
  readOnly: call.readOnly,
  eventType: "AwsApiCall",
  managementEvent: true,
  recipientAccountId: call.recipientAccountId ?? ACCOUNT,
  eventCategory: "Management",
  ...optional("tlsDetails", call.tlsDetails),
  ...optional("sessionCredentialFromConsole", call.sessionCredentialFromConsole),
})

/** The tlsDetails of a call to MediaConvert's regional endpoint over TLS 1.3. */
export const tlsDetails = (region: string) => ({
  tlsVersion: "TLSv1.3",
  cipherSuite: "TLS_AES_128_GCM_SHA256",
  clientProvidedHostHeader: `mediaconvert.${region}.amazonaws.com`,
})
