// Times as the command line reads them: ISO 8601 as people type it, UTC unless it says otherwise.

const DAY = 86_400_000

// A date, then optionally a time (T or a space), then optionally a zone: ISO 8601 as people type it.
const timeText =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

/**
 * An instant from text such as `2024-04-09`, `2024-04-09T10:00`, `2024-04-09 10:00:00Z` or
 * `2024-04-09T10:00:00+02:00`: without a zone it is UTC, never the machine's zone, so a command
 * gives the same answer everywhere. `endOfDay` makes a date alone stand for the last millisecond
 * of its day (for --until). Undefined for anything else, and for dates that do not exist.
 */
export const instantFrom = (text: string, endOfDay = false): number | undefined => {
  const found = timeText.exec(text.trim())
  if (found === null) return undefined
  const [, y, mo, d, h, mi, s, fraction, zone] = found
  const year = Number(y)
  const month = Number(mo) - 1
  const day = Number(d)
  const hours = Number(h ?? 0)
  const minutes = Number(mi ?? 0)
  const seconds = Number(s ?? 0)
  const millis = fraction !== undefined ? Math.floor(Number(`0.${fraction}`) * 1000) : 0
  const utc = Date.UTC(year, month, day, hours, minutes, seconds, millis)
  // Date.UTC rolls 2024-02-30 over to March and 24:00 to the next day: such text names no instant.
  const check = new Date(utc)
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hours ||
    check.getUTCMinutes() !== minutes ||
    check.getUTCSeconds() !== seconds
  )
    return undefined
  let offset = 0
  if (zone !== undefined && zone.toUpperCase() !== "Z") {
    const digits = zone.slice(1).replace(":", "")
    const zoneHours = Number(digits.slice(0, 2))
    const zoneMinutes = Number(digits.slice(2) || "0")
    if (zoneHours > 23 || zoneMinutes > 59) return undefined
    offset = (zone.startsWith("-") ? -1 : 1) * (zoneHours * 60 + zoneMinutes) * 60_000
  }
  const instant = utc - offset
  return endOfDay && h === undefined ? instant + DAY - 1 : instant
}

/** The instant of a record's eventTime: read as the filters read times (UTC without a zone), else as Date.parse does. */
export const eventInstant = (eventTime: string): number => instantFrom(eventTime) ?? Date.parse(eventTime)

export const TIME_FORMS = "2024-04-09, 2024-04-09T10:00, 2024-04-09T10:00:00Z or 2024-04-09T10:00:00-04:00"
