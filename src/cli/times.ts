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
export const eventInstant = (eventTime: string): number =>
  cloudTrailInstant(eventTime) ?? instantFrom(eventTime) ?? Date.parse(eventTime)

/** Where CloudTrail's own form `2024-04-09T10:00:00Z` has a digit. */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
const ZERO = 48

const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31

const twoDigits = (text: string, at: number): number =>
  (text.charCodeAt(at) - ZERO) * 10 + text.charCodeAt(at + 1) - ZERO

/**
 * The instant of CloudTrail's own form of eventTime, read without a regular expression (the
 * summary reads one a record: it cost a thirtieth of its time); undefined for any other text
 * and for an instant that does not exist, which `instantFrom` then reads as it reads every
 * other form.
 */
const cloudTrailInstant = (text: string): number | undefined => {
  if (text.length !== 20 || text[4] !== "-" || text[7] !== "-" || text[10] !== "T") return undefined
  if (text[13] !== ":" || text[16] !== ":" || text[19] !== "Z") return undefined
  for (const at of DIGITS) {
    const code = text.charCodeAt(at)
    if (code < ZERO || code > ZERO + 9) return undefined
  }
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2)
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const hours = twoDigits(text, 11)
  const minutes = twoDigits(text, 14)
  const seconds = twoDigits(text, 17)
  // Days past the month's last (2024-02-30) name no instant, and Date.UTC reads years before
  // 100 as 19xx: the general reading says what those are.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined
  return Date.UTC(year, month - 1, day, hours, minutes, seconds)
}

export const TIME_FORMS = "2024-04-09, 2024-04-09T10:00, 2024-04-09T10:00:00Z or 2024-04-09T10:00:00-04:00"
