/**
 * Recognising datelines and agency prefixes at the start of a lead.
 */

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
  const chunk = '[^\\s\\d٠-٩.!?؟:«»"“”()\\-–—]+(?:\\s+[^\\s\\d٠-٩.!?؟:«»"“”()\\-–—]+){0,3}'

  // `بيروت (رويترز) -`, `القاهرة، مصر (CNN) --`, `(CNN)--`, `حاجز ايال (اسرائيل) (ا ف ب) -`.
  const parenthesised = new RegExp(
    '^((?:' +
      chunk +
      '(?:\\s*،\\s*' +
      chunk +
      ')?)?)\\s*((?:\\([^()]{1,30}\\)\\s*)*)\\((' +
      agency +
      ')\\)\\s*(?:' +
      dash +
      '\\s*|:\\s*)+',
    'u'
  )
  // `القاهرة - أ ش أ:`, `الرياض – واس`, `عين اليوم – كوالالمبور`, `محمد عطيف- سبق:`.
  const dashed = new RegExp(
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
      ')?)\\s*(?::\\s*|' +
      dash +
      '\\s*|(?=\\s)|$)',
    'u'
  )
  // `الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`.
  const dated = new RegExp(
    '^(' +
      chunk +
      ')\\s+[\\d٠-٩]{1,2}\\s+\\S+\\s+[\\d٠-٩]{4}\\s*(?:هـ|م)?(?:\\s*الموافق\\s+[\\d٠-٩]{1,2}\\s+\\S+\\s+[\\d٠-٩]{4}\\s*م?)?\\s*[-–—:]?\\s*(' +
      agency +
      ')(?:\\s*[-–—:]\\s*|\\s+|$)',
    'u'
  )
  // `الرياض - `: a place alone, then a spaced dash.
  const placeOnly = new RegExp('^(' + chunk + ')\\s+' + dash + '\\s+(?=\\S)', 'u')
  const agencyOnly = new RegExp('^(' + agency + ')$', 'u')
  // `الإسكندرية – محمد أحمد` on a line of its own: place and reporter.
  const placeAndName = new RegExp('^(' + chunk + ')\\s*' + dash + '\\s*(' + chunk + ')$', 'u')
  // `فلان - المدينة:`: two or three short chunks joined by dashes, then a colon.
  const chunksWithColon = new RegExp('^(' + chunk + ')((?:\\s*' + dash + '\\s*' + chunk + '){1,2})\\s*:\\s*', 'u')

  return function (text: string): DatelineMatch | undefined {
    const skipped = navigationPrefix.exec(text)?.[0].length ?? 0
    if (skipped === 0) return matchAt(text)
    const found = matchAt(text.slice(skipped))
    return found ? {...found, start: skipped} : undefined
  }

  function matchAt(text: string): DatelineMatch | undefined {
    let match = agencyOnly.exec(text)
    if (match) return result(match[0].length, undefined, match[1])

    match = parenthesised.exec(text)
    if (match && plausiblePlace(match[1])) {
      return result(match[0].length, match[1], match[3])
    }

    match = dated.exec(text)
    if (match && plausiblePlace(match[1])) return result(match[0].length, match[1], match[2])

    match = dashed.exec(text)
    if (match) {
      const before = (match[1] ?? '').replace(new RegExp(dash + '\\s*$'), '').trim()
      const after = (match[3] ?? '').replace(new RegExp('^\\s*' + dash), '').trim()
      const place = after || before
      // `سبق تقول للمسؤول: …`: an outlet's name opening a sentence, with
      // neither place nor separator, is the sentence's subject.
      const opensSentence =
        !before && !after && match[0].trimEnd().length === match[2]!.length && /\S/.test(text.slice(match[0].length))
      if (plausiblePlace(before) && plausiblePlace(after) && !opensSentence) {
        return result(match[0].length, place || undefined, match[2])
      }
    }

    match = chunksWithColon.exec(text)
    if (match && plausiblePlace(match[1])) {
      const last = (match[2] ?? '').split(new RegExp(dash)).pop()?.trim()
      return result(match[0].length, last, undefined)
    }

    match = placeAndName.exec(text)
    // The reporter's name has two words or more (`جدة - اندلع` is a lead).
    if (match && plausiblePlace(match[1]) && /\S\s+\S/.test(match[2]!) && match[1]!.split(/\s+/).length <= 3) {
      return result(match[0].length, match[1], undefined)
    }

    match = placeOnly.exec(text)
    if (match && plausiblePlace(match[1]) && match[1]!.split(/\s+/).length <= 3) {
      return result(match[0].length, match[1], undefined)
    }

    return undefined

    function result(length: number, place: string | undefined, agencyName: string | undefined): DatelineMatch {
      const prefix = text.slice(0, length).trimEnd()
      return {
        length: prefix.length,
        text: prefix,
        place: place?.replace(/\s*،\s*$/, '').trim() || undefined,
        agency: agencyName?.trim() || undefined
      }
    }
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
  const first = value.trim().split(/\s+/)[0] ?? ''
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
