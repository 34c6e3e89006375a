/**
 * Text the library writes itself (dates, counts), as opposed to the text of
 * the article, which is never changed: digits and calendars follow options,
 * with `Intl` only, so that it runs the same in browsers and on servers.
 */

import {firstItem} from '../text/items.js'

/** Digits of generated text: Latin (`0-9`), Arabic-Indic (`٠-٩`), or what the language's locale uses. */
export type Digits = 'latn' | 'arab' | 'locale'

/** Default of `digits`: as the locale writes them (CLDR: Latin for `ar`, Arabic-Indic for `ar-EG`, `ar-SA`). */
export const DEFAULT_DIGITS: Digits = 'locale'

/** Default of `hijri`: Gregorian dates only. */
export const DEFAULT_HIJRI = false

/** How generated text is written. */
export interface DisplaySettings {
  /** BCP 47 language tag (example: `'ar'`). */
  language: string
  /** Digits. */
  digits: Digits
  /** Whether to give the Hijri (Umm al-Qura) date beside the Gregorian one. */
  hijri: boolean
  /** IANA time zone to show times in (default: each date's own offset). */
  timeZone?: string | undefined
}

/** A date as shown to readers. */
export interface DisplayDate {
  /** Machine-readable value for `<time datetime>` (as given). */
  datetime: string
  /** Gregorian date (with the time of day, when the value has one). */
  text: string
  /** Umm al-Qura date, when asked for. */
  hijri?: string | undefined
}

/** An ISO 8601 date: `YYYY-MM-DD`, optionally a time and an offset. */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Check a `digits` option.
 *
 * @param value
 *   Value given.
 * @param name
 *   Name of the option, for the error.
 * @returns
 *   Digits.
 * @throws {TypeError}
 *   When it is not `'latn'`, `'arab'` or `'locale'`.
 */
export function digitsOption(value: unknown, name = 'digits'): Digits {
  if (value === null || value === undefined) return DEFAULT_DIGITS
  if (value === 'latn' || value === 'arab' || value === 'locale') return value
  throw new TypeError('Expected `' + name + "` to be `'latn'`, `'arab'` or `'locale'`, not `" + String(value) + '`')
}

/**
 * Format a date for readers, in the wall-clock time of its own offset (an
 * article dated `10:00+03:00` shows 10:00, wherever it is built).
 *
 * @param value
 *   ISO 8601 date.
 * @param settings
 *   Language, digits, calendar.
 * @returns
 *   The date as shown, or `undefined` when the value is not an ISO date.
 */
export function formatDate(value: string, settings: DisplaySettings): DisplayDate | undefined {
  return createFormatters(settings).date(value)
}

/** Formatters for one set of display settings. */
export interface Formatters {
  /** Format a date (see `formatDate`). */
  date: (value: string) => DisplayDate | undefined
  /** Format a count (see `formatCount`). */
  count: (value: number) => string
}

/**
 * Formatters for one set of display settings, for pages that show many dates
 * and counts: the `Intl` formatters, costly to make, are made once each.
 *
 * @param settings
 *   Language, digits, calendar.
 * @returns
 *   Formatters.
 */
export function createFormatters(settings: DisplaySettings): Formatters {
  const made = new Map<string, Intl.DateTimeFormat>()
  let numbers: Intl.NumberFormat | undefined
  const dateFormat: DateFormat = (calendar, options) => {
    const key = calendar + JSON.stringify(options)
    let format = made.get(key)
    if (!format) {
      format = new Intl.DateTimeFormat(locale(settings, calendar), options)
      made.set(key, format)
    }

    return format
  }

  return {
    date: (value) => formatDateWith(value, settings, dateFormat),
    count(value) {
      numbers ??= new Intl.NumberFormat(locale(settings, undefined))
      return numbers.format(value)
    }
  }
}

/** Get a date formatter for a calendar and options. */
type DateFormat = (calendar: string, options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat

/**
 * Format a date with the formatters given.
 *
 * @param value
 *   ISO 8601 date.
 * @param settings
 *   Language, digits, calendar.
 * @param dateFormat
 *   Where formatters come from.
 * @returns
 *   The date as shown, or `undefined` when the value is not an ISO date.
 */
function formatDateWith(value: string, settings: DisplaySettings, dateFormat: DateFormat): DisplayDate | undefined {
  const match = isoDate.exec(value.trim())
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, offset] = match
  const wall = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0)
  )
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== Number(day)) return undefined
  // The wall-clock time of the date's own offset, shown as if in UTC; or,
  // with a time zone, the instant in that zone.
  const zoned = settings.timeZone !== undefined && offset !== undefined
  const instant = zoned ? new Date(Date.parse(value.trim())) : new Date(wall)
  const timeZone = zoned ? settings.timeZone : 'UTC'

  // A date given without a time of day becomes midnight in the JSON-LD:
  // printing “00:00” would invent a time, so midnight shows as a date only.
  const withTime =
    hour !== undefined &&
    !(Number(hour) === 0 && Number(minute) === 0 && offset !== undefined && Number(second ?? 0) === 0)
  const dateParts: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'long', year: 'numeric', timeZone}
  const gregorian = dateFormat('gregory', {
    ...dateParts,
    ...(withTime ? {hour: 'numeric', minute: '2-digit'} : {})
  }).format(instant)
  const result: DisplayDate = {datetime: value, text: gregorian}
  if (settings.hijri) {
    result.hijri = dateFormat('islamic-umalqura', dateParts).format(instant)
  }

  return result
}

/**
 * Format a count (page numbers, numbers of articles).
 *
 * @param value
 *   Number.
 * @param settings
 *   Language and digits.
 * @returns
 *   Text.
 */
export function formatCount(value: number, settings: Pick<DisplaySettings, 'language' | 'digits'>): string {
  return new Intl.NumberFormat(locale(settings, undefined)).format(value)
}

/**
 * Locale for `Intl`, with the numbering system and calendar asked for.
 *
 * @param settings
 *   Language and digits.
 * @param calendar
 *   Calendar, if one is needed.
 * @returns
 *   Locale.
 */
function locale(settings: Pick<DisplaySettings, 'language' | 'digits'>, calendar: string | undefined): Intl.Locale {
  let base: Intl.Locale
  try {
    base = new Intl.Locale(settings.language)
  } catch {
    base = new Intl.Locale('ar')
  }

  return new Intl.Locale(base.baseName, {
    ...(calendar ? {calendar} : {}),
    ...(settings.digits === 'locale'
      ? base.numberingSystem
        ? {numberingSystem: base.numberingSystem}
        : {}
      : {numberingSystem: settings.digits})
  })
}

/** Languages written right to left (primary subtags). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi'])

/**
 * Whether a language is written right to left.
 *
 * @param language
 *   BCP 47 tag.
 * @returns
 *   Whether its primary language is written right to left.
 */
export function isRightToLeft(language: string): boolean {
  return RTL_LANGUAGES.has(firstItem(language.split('-')).toLowerCase())
}
