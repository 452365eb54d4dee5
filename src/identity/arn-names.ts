// Reads the principal's names out of an IAM or STS ARN. Internal to identityOf.

/** What the resource part of a principal ARN says. */
export interface PrincipalNames {
  readonly kind: "user" | "assumed-role" | "role" | "federated-user" | "root" | "other"
  readonly name?: string
  readonly roleName?: string
  readonly sessionName?: string
}

/**
 * The names of the ARNs read last: a trail names the same few principals over and over (the
 * command line's summary spent a twentieth of its time splitting them again). The answers are
 * never changed by their readers.
 */
const known = new Map<string, PrincipalNames | undefined>()
const KNOWN_MOST = 512

/** Splits `arn:partition:service:region:account:resource` and reads the resource part. */
export const principalNamesOf = (arn: string): PrincipalNames | undefined => {
  if (known.has(arn)) return known.get(arn)
  const names = namesOf(arn)
  if (known.size >= KNOWN_MOST) known.clear()
  known.set(arn, names)
  return names
}

const namesOf = (arn: string): PrincipalNames | undefined => {
  const parts = arn.split(":")
  if (parts.length < 6 || parts[0] !== "arn") return undefined
  const resource = parts.slice(5).join(":")
  if (resource === "root") return { kind: "root", name: "root" }
  const segments = resource.split("/")
  const head = segments[0]
  const last = segments[segments.length - 1]
  switch (head) {
    case "user":
      return segments.length >= 2 && last ? { kind: "user", name: last } : { kind: "other" }
    case "assumed-role": {
      const roleName = segments[1]
      const sessionName = segments.length >= 3 ? segments.slice(2).join("/") : undefined
      return {
        kind: "assumed-role",
        ...(sessionName !== undefined ? { name: sessionName, sessionName } : {}),
        ...(roleName ? { roleName } : {}),
      }
    }
    case "role":
      return segments.length >= 2 && last ? { kind: "role", name: last, roleName: last } : { kind: "other" }
    case "federated-user":
      return segments.length >= 2 && last
        ? { kind: "federated-user", name: segments.slice(1).join("/") }
        : { kind: "other" }
    default:
      return { kind: "other" }
  }
}
