/**
 * Recognising datelines and agency prefixes at the start of a lead. A group
 * that always takes part in its pattern (if only as an empty string) is read
 * with `itemAt`.
 */

import {firstItem, itemAt} from '../text/items.js'

/** A dateline found at the start of a text. */
export interface DatelineMatch {
  /**
   * Where the dateline starts, after navigation text left from a web page
   * (`Next Previous`), in UTF-16 code units; `0` when unset.
   */
  start?: number | undefined
  /** Length of the prefix, separators included, in UTF-16 code units. */
  length: number
  /** The prefix as written, without trailing white space. */
  text: string
  /** Place named by the prefix. */
  place?: string | undefined
  /** Agency or outlet named by the prefix. */
  agency?: string | undefined
}

/**
 * News agencies and outlets that sign wire copy, as they are written in
 * Arabic and Latin script (with and without dots and hamza).
 */
export const DEFAULT_AGENCIES: ReadonlyArray<string> = [
  'رويترز',
  'أ ش أ',
  'ا ش ا',
  'أ.ش.أ',
  'أ. ش. أ',
  'أ ف ب',
  'ا ف ب',
  'أ.ف.ب',
  'أ. ف. ب',
  'فرانس برس',
  'فرانس بريس',
  'أ ب',
  'أسوشيتد برس',
  'اسوشيتد برس',
  'د ب أ',
  'د.ب.أ',
  'يو بي آي',
  'يو بي اي',
  'واس',
  'وام',
  'قنا',
  'كونا',
  'بنا',
  'سبأ',
  'سانا',
  'الأناضول',
  'الاناضول',
  'شينخوا',
  'إرنا',
  'ارنا',
  'وفا',
  'بترا',
  'العمانية',
  'الألمانية',
  'الفرنسية',
  'سي إن إن',
  'سي ان ان',
  'بي بي سي',
  'وكالات',
  'خاص',
  'سبق',
  'عين اليوم',
  'الوئام',
  'CNN',
  'BBC',
  'AFP',
  'AP',
  'Reuters',
  'DPA',
  'UPI',
  'SPA',
  'WAM',
  'KUNA',
  'QNA'
]

/**
 * Dashes used as separators, the double hyphen of `(CNN)--`, the low line
 * (`رام الله _أ ش أ`) and a tatweel standing alone between spaces
 * (`الرياض ـ واس`), which some outlets type for a dash.
 */
const dash = '(?:-{1,2}|[–—_]|(?<=\\s)\u0640+(?=\\s))'

/** Navigation text left from a web page before a dateline (`Next Previous`). */
const navigationPrefix = /^(?:(?:next|previous|السابق|التالي)\s+)+(?=\S)/i

/** Words that start sentences, never place names. */
const sentenceStarts =
  /^(?:و|ف)?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت|أعلن|أعلنت|ذكر|ذكرت|كشف|كشفت|في|من|على|إن|ان|أن|إلى|الى|عن|مع|هذا|هذه|ذلك|تلك|لكن|بعد|قبل|كان|كانت|يقول|تقول|يرى|ترى)$/

/**
 * Make a dateline matcher for a list of agencies.
 *
 * @param agencies
 *   Agency and outlet names.
 * @returns
 *   A function that finds a dateline at the start of a text.
 */
export function createDatelineMatcher(agencies: ReadonlyArray<string>): (text: string) => DatelineMatch | undefined {
  const patterns = datelinePatterns(agencies)
  return function (text: string): DatelineMatch | undefined {
    const skipped = navigationPrefix.exec(text)?.[0].length ?? 0
    if (skipped === 0) return matchAt(patterns, text)
    const found = matchAt(patterns, text.slice(skipped))
    return found ? {...found, start: skipped} : undefined
  }
}

/** The shapes a dateline takes, made once for a list of agencies. */
interface DatelinePatterns {
  /** `رويترز` alone. */
  agencyOnly: RegExp
  /** `بيروت (رويترز) -`, `القاهرة، مصر (CNN) --`, `(CNN)--`, `حاجز ايال (اسرائيل) (ا ف ب) -`. */
  parenthesised: RegExp
  /** `القاهرة - أ ش أ:`, `الرياض – واس`, `عين اليوم – كوالالمبور`, `محمد عطيف- سبق:`. */
  dashed: RegExp
  /** `الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`. */
  dated: RegExp
  /** `الرياض - `: a place alone, then a spaced dash. */
  placeOnly: RegExp
  /** `الإسكندرية – محمد أحمد` on a line of its own: place and reporter. */
  placeAndName: RegExp
  /** `فلان - المدينة:`: two or three short chunks joined by dashes, then a colon. */
  chunksWithColon: RegExp
}

/**
 * Make the patterns of datelines for a list of agencies.
 *
 * @param agencies
 *   Agency and outlet names.
 * @returns
 *   Patterns.
 */
function datelinePatterns(agencies: ReadonlyArray<string>): DatelinePatterns {
  const agency =
    '(?:' +
    [...agencies]
      .sort((a, b) => b.length - a.length)
      .map((name) => escape(name).replace(/ /g, '\\s*'))
      .join('|') +
    ')'
  // A chunk of a place name or a writer's name: one to four words without
  // sentence punctuation, quotes or digits.
  const word = '[^\\s\\d٠-٩.!?؟:«»"“”()\\-–—]+'
  const chunk = word + '(?:\\s+' + word + '){0,3}'
  const date = '[\\d٠-٩]{1,2}\\s+\\S+\\s+[\\d٠-٩]{4}'
  return {
    agencyOnly: new RegExp('^(' + agency + ')$', 'u'),
    parenthesised: new RegExp(
      '^((?:' +
        chunk +
        '(?:\\s*،\\s*' +
        chunk +
        ')?)?)\\s*((?:\\([^()]{1,30}\\)\\s*)*)\\((' +
        agency +
        ')\\)\\s*' +
        // A dash or colon follows, or nothing: `طوكيو (رويترز)` on a line of its own.
        '(?:(?:' +
        dash +
        '\\s*|:\\s*)+|$)',
      'u'
    ),
    dashed: new RegExp(
      '^((?:' +
        chunk +
        '\\s*' +
        dash +
        '\\s*){0,2})(' +
        agency +
        ')((?:\\s*' +
        dash +
        '\\s*' +
        word +
        ')?)' +
        '\\s*(?::\\s*|' +
        dash +
        '\\s*|(?=\\s)|$)',
      'u'
    ),
    dated: new RegExp(
      '^(' +
        chunk +
        ')\\s+' +
        date +
        '\\s*(?:هـ|م)?(?:\\s*الموافق\\s+' +
        date +
        '\\s*م?)?\\s*[-–—:]?\\s*(' +
        agency +
        ')' +
        '(?:\\s*[-–—:]\\s*|\\s+|$)',
      'u'
    ),
    placeOnly: new RegExp('^(' + chunk + ')\\s+' + dash + '\\s+(?=\\S)', 'u'),
    placeAndName: new RegExp('^(' + chunk + ')\\s*' + dash + '\\s*(' + chunk + ')$', 'u'),
    chunksWithColon: new RegExp('^(' + chunk + ')((?:\\s*' + dash + '\\s*' + chunk + '){1,2})\\s*:\\s*', 'u')
  }
}

/**
 * Find a dateline at the very start of a text: each shape is tried in turn,
 * the most specific first.
 *
 * @param patterns
 *   Patterns.
 * @param text
 *   Text.
 * @returns
 *   Dateline, if any.
 */
function matchAt(patterns: DatelinePatterns, text: string): DatelineMatch | undefined {
  return (
    matchAgencyOnly(patterns, text) ??
    matchParenthesised(patterns, text) ??
    matchDated(patterns, text) ??
    matchDashed(patterns, text) ??
    matchChunksWithColon(patterns, text) ??
    matchPlaceAndName(patterns, text) ??
    matchPlaceOnly(patterns, text)
  )
}

/** A dateline that is an agency's name alone. */
function matchAgencyOnly(patterns: DatelinePatterns, text: string): DatelineMatch | undefined {
  const match = patterns.agencyOnly.exec(text)
  return match ? datelineOf(text, match[0].length, undefined, match[1]) : undefined
}

/** A dateline with the agency in brackets. */
function matchParenthesised(patterns: DatelinePatterns, text: string): DatelineMatch | undefined {
  const match = patterns.parenthesised.exec(text)
  return match && plausiblePlace(match[1]) ? datelineOf(text, match[0].length, match[1], match[3]) : undefined
}

/** A dateline with a date between the place and the agency. */
function matchDated(patterns: DatelinePatterns, text: string): DatelineMatch | undefined {
  const match = patterns.dated.exec(text)
  return match && plausiblePlace(match[1]) ? datelineOf(text, match[0].length, match[1], match[2]) : undefined
}

/** A dateline with the agency between dashes. */
function matchDashed(patterns: DatelinePatterns, text: string): DatelineMatch | undefined {
  const match = patterns.dashed.exec(text)
  const agencyName = match?.[2]
  if (!match || agencyName === undefined) return undefined
  const before = itemAt(match, 1)
    .replace(new RegExp(dash + '\\s*$'), '')
    .trim()
  const after = itemAt(match, 3)
    .replace(new RegExp('^\\s*' + dash), '')
    .trim()
  // `سبق تقول للمسؤول: …`: an outlet's name opening a sentence, with
  // neither place nor separator, is the sentence's subject.
  const opensSentence =
    !before && !after && match[0].trimEnd().length === agencyName.length && /\S/.test(text.slice(match[0].length))
  if (!plausiblePlace(before) || !plausiblePlace(after) || opensSentence) return undefined
  return datelineOf(text, match[0].length, after || before || undefined, agencyName)
}

/** Short chunks joined by dashes, then a colon: the last one is the place. */
function matchChunksWithColon(patterns: DatelinePatterns, text: string): DatelineMatch | undefined {
  const match = patterns.chunksWithColon.exec(text)
  if (!match || !plausiblePlace(match[1])) return undefined
  const last = itemAt(match, 2).split(new RegExp(dash)).pop()?.trim()
  return datelineOf(text, match[0].length, last, undefined)
}

/** A place and a reporter's name on a line of their own. */
function matchPlaceAndName(patterns: DatelinePatterns, text: string): DatelineMatch | undefined {
  const match = patterns.placeAndName.exec(text)
  const place = match?.[1]
  // The reporter's name has two words or more (`جدة - اندلع` is a lead).
  if (!match || place === undefined || !plausiblePlace(place) || !/\S\s+\S/.test(itemAt(match, 2))) return undefined
  return place.split(/\s+/).length <= 3 ? datelineOf(text, match[0].length, place, undefined) : undefined
}

/** A place alone, then a spaced dash. */
function matchPlaceOnly(patterns: DatelinePatterns, text: string): DatelineMatch | undefined {
  const match = patterns.placeOnly.exec(text)
  const place = match?.[1]
  if (!match || place === undefined || !plausiblePlace(place) || place.split(/\s+/).length > 3) return undefined
  return datelineOf(text, match[0].length, place, undefined)
}

/**
 * The dateline found at the start of a text.
 *
 * @param text
 *   Text.
 * @param length
 *   Length of the match (trailing space is left out).
 * @param place
 *   Place, if any.
 * @param agencyName
 *   Agency, if any.
 * @returns
 *   Dateline.
 */
function datelineOf(
  text: string,
  length: number,
  place: string | undefined,
  agencyName: string | undefined
): DatelineMatch {
  const prefix = text.slice(0, length).trimEnd()
  return {
    length: prefix.length,
    text: prefix,
    place: place?.replace(/\s*،\s*$/, '').trim() || undefined,
    agency: agencyName?.trim() || undefined
  }
}

/**
 * Whether a chunk can be a place (or writer) name: empty, or not starting
 * with a word that starts sentences.
 *
 * @param value
 *   The chunk.
 * @returns
 *   Whether it is plausible.
 */
function plausiblePlace(value: string | undefined): boolean {
  if (!value) return true
  const first = firstItem(value.trim().split(/\s+/))
  return !sentenceStarts.test(first)
}

/**
 * Escape a string for use in a regular expression.
 *
 * @param value
 *   The string.
 * @returns
 *   The escaped string.
 */
function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
