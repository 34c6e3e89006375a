/**
 * Dates and time zones without `node:` modules: offsets come from
 * `Intl.DateTimeFormat`, which knows the IANA time zone database in Node.js
 * and in browsers alike.
 */

/** A calendar date and wall-clock time in some time zone. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** A front matter date, read and placed in a time zone. */
export interface ArticleDate {
  /** ISO 8601 date and time with offset (example: `'2025-09-04T00:00:00+03:00'`). */
  iso: string
  /** The instant, in milliseconds since the epoch. */
  instant: number
  /** Calendar date in the article’s time zone (example: `'2025-09-04'`). */
  date: string
  /** Day of the week of `date`, `0` for Sunday to `6` for Saturday. */
  weekday: number
  /** Whether the value had no time of day (a date-only string, or a YAML date at UTC midnight). */
  dateOnly: boolean
}

/** Result of reading a date: the date, or why it could not be read. */
export type DateResult = {ok: true; value: ArticleDate} | {ok: false; reason: string}

/**
 * The `Intl` formatters of the time zones used, each made once: making one
 * costs about ten times what using it does, and a date is read with several
 * offsets. Made per processor or per build (`new Map()`) and passed along;
 * a function called without one makes its own.
 */
export type TimeZoneFormatters = Map<string, Intl.DateTimeFormat>

/** The fields of a wall time, as `Intl` names its parts. */
const WALL_FIELDS: ReadonlySet<string> = new Set(['year', 'month', 'day', 'hour', 'minute', 'second'])

const dateOnlyExpression = /^(\d{4})-(\d{2})-(\d{2})$/
const dateTimeExpression =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * Check whether a string names a time zone that `Intl` knows.
 *
 * @param timeZone
 *   IANA name (example: `'Asia/Riyadh'`) or `'UTC'`.
 * @param formatters
 *   Formatters made so far (optional).
 * @returns
 *   Whether it can be used.
 */
export function isValidTimeZone(timeZone: string, formatters: TimeZoneFormatters = new Map()): boolean {
  try {
    formatter(timeZone, formatters)
    return true
  } catch {
    return false
  }
}

/**
 * Get the wall-clock time of an instant in a time zone.
 *
 * @param instant
 *   Milliseconds since the epoch.
 * @param timeZone
 *   Valid time zone.
 * @param formatters
 *   Formatters made so far (optional).
 * @returns
 *   Date and time (seconds precision) in that zone.
 */
export function toWallTime(instant: number, timeZone: string, formatters: TimeZoneFormatters = new Map()): WallTime {
  // The formatter gives every field (numeric year to second, `h23`).
  const wall: WallTime = {year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0}
  for (const part of formatter(timeZone, formatters).formatToParts(instant)) {
    if (isWallField(part.type)) wall[part.type] = Number.parseInt(part.value, 10)
  }

  // Some engines write midnight as `24` even with `h23`.
  wall.hour %= 24
  return wall
}

/**
 * Whether a part of a formatted date is one of the fields of a wall time.
 *
 * @param type
 *   Type of the part.
 * @returns
 *   Whether it is `year`, `month`, `day`, `hour`, `minute` or `second`.
 */
function isWallField(type: string): type is keyof WallTime {
  return WALL_FIELDS.has(type)
}

/**
 * Get the offset from UTC of a time zone at an instant.
 *
 * @param instant
 *   Milliseconds since the epoch.
 * @param timeZone
 *   Valid time zone.
 * @param formatters
 *   Formatters made so far (optional).
 * @returns
 *   Offset in minutes, positive east of Greenwich (example: `180` in Riyadh).
 */
export function timeZoneOffset(instant: number, timeZone: string, formatters: TimeZoneFormatters = new Map()): number {
  const wall = toWallTime(instant, timeZone, formatters)
  const wallAsUtc = utc(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  const wholeSeconds = Math.floor(instant / 1000) * 1000
  return Math.round((wallAsUtc - wholeSeconds) / 60_000)
}

/**
 * Get the instant at which a wall-clock time happens in a time zone.
 *
 * @param wall
 *   Date and time as shown on a clock in that zone.
 * @param timeZone
 *   Valid time zone.
 * @param formatters
 *   Formatters made so far (optional).
 * @returns
 *   Milliseconds since the epoch (for a time skipped by a clock change, the
 *   instant the same number of minutes after the change).
 */
export function fromWallTime(wall: WallTime, timeZone: string, formatters: TimeZoneFormatters = new Map()): number {
  const wallAsUtc = utc(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  const firstOffset = timeZoneOffset(wallAsUtc, timeZone, formatters)
  const firstGuess = wallAsUtc - firstOffset * 60_000
  const secondOffset = timeZoneOffset(firstGuess, timeZone, formatters)
  return secondOffset === firstOffset ? firstGuess : wallAsUtc - secondOffset * 60_000
}

/**
 * Format an instant as ISO 8601 with the offset of a time zone.
 *
 * @param instant
 *   Milliseconds since the epoch.
 * @param timeZone
 *   Valid time zone.
 * @param formatters
 *   Formatters made so far (optional).
 * @returns
 *   Value such as `'2025-09-04T14:30:00+03:00'` (UTC is written `+00:00`).
 */
export function formatIso(instant: number, timeZone: string, formatters: TimeZoneFormatters = new Map()): string {
  const offset = timeZoneOffset(instant, timeZone, formatters)
  const wall = wallAtOffset(instant, offset)
  const sign = offset < 0 ? '-' : '+'
  const absolute = Math.abs(offset)
  return (
    calendarDate(wall) +
    'T' +
    pad(wall.hour) +
    ':' +
    pad(wall.minute) +
    ':' +
    pad(wall.second) +
    sign +
    pad(Math.floor(absolute / 60)) +
    ':' +
    pad(absolute % 60)
  )
}

/**
 * Read a date from front matter or options and place it in a time zone.
 *
 * A date without a time of day (`'2025-09-04'`, or a `Date` at exactly
 * 00:00:00.000 UTC as YAML parsers such as js-yaml make of `2025-09-04`)
 * means midnight of that day in the time zone: it never moves to another day.
 * A date and time without offset is wall-clock time in the time zone; one
 * with an offset (or any other `Date`) is that instant, written in the time
 * zone.
 *
 * @param value
 *   `Date` or string.
 * @param timeZone
 *   Valid time zone of the article.
 * @param formatters
 *   Formatters made so far (optional).
 * @returns
 *   The date, or why it could not be read.
 */
export function readDate(value: unknown, timeZone: string, formatters: TimeZoneFormatters = new Map()): DateResult {
  const result = readAnyDate(value, timeZone, formatters)
  // ISO 8601, JSON-LD and HTML dates have four-digit years: a date that only
  // fits with five (or a year before 1) is out of range, not a date to write.
  const {iso, date} = result.ok ? result.value : {iso: '', date: ''}
  if (result.ok && (!/^\d{4}-/.test(iso) || iso.slice(0, 10) !== date || date.startsWith('0000-'))) {
    return {ok: false, reason: 'out of range (years 0001 to 9999): `' + String(value) + '`'}
  }

  return result
}

/**
 * Read a date, whatever its year.
 *
 * @param value
 *   `Date` or string.
 * @param timeZone
 *   Valid time zone of the article.
 * @param formatters
 *   Formatters made so far.
 * @returns
 *   The date, or why it could not be read.
 */
function readAnyDate(value: unknown, timeZone: string, formatters: TimeZoneFormatters): DateResult {
  if (value instanceof Date) {
    const instant = value.getTime()
    if (Number.isNaN(instant)) return {ok: false, reason: 'invalid date'}
    if (instant % 86_400_000 === 0) {
      const day = {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
      return dateOnly(day, timeZone, formatters)
    }

    return {ok: true, value: fromInstant(instant, timeZone, false, formatters)}
  }

  if (typeof value !== 'string') {
    return {ok: false, reason: 'expected a date such as `2025-09-04` or `2025-09-04T14:30:00+03:00`'}
  }

  const text = value.trim()
  const dayMatch = dateOnlyExpression.exec(text)
  if (dayMatch) {
    const day = {year: Number(dayMatch[1]), month: Number(dayMatch[2]), day: Number(dayMatch[3])}
    if (day.year < 1) return {ok: false, reason: 'out of range (years 0001 to 9999): `' + text + '`'}
    if (!isCalendarDate(day.year, day.month, day.day)) {
      return {ok: false, reason: 'no such day: `' + text + '`'}
    }

    return dateOnly(day, timeZone, formatters)
  }

  const match = dateTimeExpression.exec(text)
  if (!match) {
    return {ok: false, reason: 'expected ISO 8601 (`2025-09-04` or `2025-09-04T14:30:00+03:00`), not `' + text + '`'}
  }

  const wall: WallTime = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6] ?? '0')
  }

  if (wall.year < 1) return {ok: false, reason: 'out of range (years 0001 to 9999): `' + text + '`'}
  if (!isCalendarDate(wall.year, wall.month, wall.day) || wall.hour > 23 || wall.minute > 59 || wall.second > 59) {
    return {ok: false, reason: 'no such date and time: `' + text + '`'}
  }

  const zone = match[7]
  if (zone === undefined) {
    return {ok: true, value: fromInstant(fromWallTime(wall, timeZone, formatters), timeZone, false, formatters)}
  }

  const offset = zone === 'Z' || zone === 'z' ? 0 : parseOffset(zone)
  if (offset === undefined) return {ok: false, reason: 'invalid offset `' + zone + '`'}
  const wallAsUtc = utc(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return {ok: true, value: fromInstant(wallAsUtc - offset * 60_000, timeZone, false, formatters)}
}

/**
 * Get the day of the week of a calendar date.
 *
 * @param date
 *   Date as `YYYY-MM-DD`.
 * @returns
 *   `0` for Sunday to `6` for Saturday.
 */
export function weekdayOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  return new Date(utc(year, month - 1, day)).getUTCDay()
}

function dateOnly(
  day: {year: number; month: number; day: number},
  timeZone: string,
  formatters: TimeZoneFormatters
): DateResult {
  const instant = fromWallTime({...day, hour: 0, minute: 0, second: 0}, timeZone, formatters)
  const value = fromInstant(instant, timeZone, true, formatters)
  // A clock change at midnight can make the first instant of the day 01:00;
  // the calendar date is still the one that was written.
  const date = calendarDate(day)
  return {ok: true, value: {...value, date, weekday: weekdayOf(date)}}
}

function fromInstant(
  instant: number,
  timeZone: string,
  isDateOnly: boolean,
  formatters: TimeZoneFormatters
): ArticleDate {
  const date = calendarDate(wallAtOffset(instant, timeZoneOffset(instant, timeZone, formatters)))
  return {
    iso: formatIso(instant, timeZone, formatters),
    instant,
    date,
    weekday: weekdayOf(date),
    dateOnly: isDateOnly
  }
}

function parseOffset(zone: string): number | undefined {
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
  if (hours > 23 || minutes > 59) return undefined
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes)
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(utc(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

function calendarDate(day: {year: number; month: number; day: number}): string {
  return String(day.year).padStart(4, '0') + '-' + pad(day.month) + '-' + pad(day.day)
}

/**
 * The wall-clock time of an instant at an offset in whole minutes: the same
 * as the zone's own for every offset since about 1900; for older local mean
 * times (`+03:06:52`) the written time and offset stay consistent.
 *
 * @param instant
 *   Milliseconds since the epoch.
 * @param offset
 *   Offset in minutes.
 * @returns
 *   Date and time.
 */
function wallAtOffset(instant: number, offset: number): WallTime {
  const shifted = new Date(Math.floor(instant / 1000) * 1000 + offset * 60_000)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds()
  }
}

/**
 * Milliseconds since the epoch of a UTC date and time, for every year:
 * `Date.UTC` reads years 0 to 99 as 1900 to 1999.
 *
 * @param year
 *   Full year.
 * @param monthIndex
 *   Month, `0` for January (may overflow, as with `Date.UTC`).
 * @param day
 *   Day of the month (may overflow).
 * @param hour
 *   Hour (default: `0`).
 * @param minute
 *   Minute (default: `0`).
 * @param second
 *   Second (default: `0`).
 * @returns
 *   The instant.
 */
function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second))
  date.setUTCFullYear(year, monthIndex, day)
  return date.getTime()
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function formatter(timeZone: string, formatters: TimeZoneFormatters): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone)
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(timeZone, cached)
  }

  return cached
}
