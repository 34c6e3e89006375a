/**
 * Weekdays written next to «اليوم» (“today”): «اليوم الخميس», «صباح اليوم،
 * الاثنين». The day named must be the day of publication.
 */

import {normalizeArabic} from './text.js'

/** Arabic names of the days of the week, Sunday first (index = `Date#getUTCDay()`). */
export const ARABIC_WEEKDAYS: ReadonlyArray<string> = [
  'الأحد',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت'
]

/** Weekday names normalised (see `normalizeArabic`), with the spellings met in news text. */
const weekdayKeys: ReadonlyArray<ReadonlyArray<string>> = [
  ['الاحد'],
  ['الاثنين', 'الاتنين'],
  ['الثلاثاء', 'الثلاثا'],
  ['الاربعاء', 'الاربعا'],
  ['الخميس'],
  ['الجمعه'],
  ['السبت']
]

/** A weekday found after «اليوم». */
export interface WeekdayMention {
  /** Index of «اليوم» in the text (UTF-16 units). */
  index: number
  /** Length of the match, from «اليوم» to the end of the weekday. */
  length: number
  /** `0` for Sunday to `6` for Saturday. */
  weekday: number
  /** The match as written. */
  text: string
}

const marks = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]*'

/**
 * Build a pattern that matches a normalised Arabic word as it may be
 * written: any alef form, ى for final ي, ة for ه, diacritics and tatweel
 * after any letter.
 */
function writtenForms(key: string): string {
  let pattern = ''
  for (const character of key) {
    const letter = character === 'ا' ? '[اأإآٱ]' : character === 'ي' ? '[يى]' : character === 'ه' ? '[هة]' : character
    pattern += letter + marks
  }

  return pattern
}

const weekdayPattern = weekdayKeys
  .flat()
  .sort((a, b) => b.length - a.length)
  .map(writtenForms)
  .join('|')

/** «اليوم» as a word (optionally after و or ف), spaces or a comma, then a weekday as a whole word. */
const mentionExpression = new RegExp(
  '(?<![\\p{L}\\p{M}])[وف]?' +
    writtenForms('اليوم') +
    '[\\s\\u00A0]*[،,]?[\\s\\u00A0]*(' +
    weekdayPattern +
    ')(?![\\p{L}\\p{M}])',
  'gu'
)

/**
 * Find weekdays named as “today” in a text.
 *
 * @param text
 *   Text of one paragraph or text node.
 * @returns
 *   Mentions in order.
 */
export function findTodayWeekdays(text: string): Array<WeekdayMention> {
  const mentions: Array<WeekdayMention> = []

  for (const match of text.matchAll(mentionExpression)) {
    const day = match[1]
    if (day === undefined) continue
    const weekday = weekdayFromName(day)
    if (weekday === undefined) continue
    mentions.push({index: match.index, length: match[0].length, weekday, text: match[0]})
  }

  return mentions
}

/**
 * Get the day of the week an Arabic weekday name stands for.
 *
 * @param name
 *   Name as written (example: `'الإثنين'`).
 * @returns
 *   `0` for Sunday to `6` for Saturday, or `undefined` when it is no weekday.
 */
export function weekdayFromName(name: string): number | undefined {
  const key = normalizeArabic(name)
  const withArticle = key.startsWith('ال') ? key : 'ال' + key
  const index = weekdayKeys.findIndex((keys) => keys.includes(withArticle))
  return index === -1 ? undefined : index
}
