/**
 * Authors and speakers: telling a person from a news agency, an outlet or a
 * description such as «مصدر أمني».
 */

import {DEFAULT_AGENCIES} from '../structure/dateline.js'
import {itemAt} from '../text/items.js'
import {collapseWhiteSpace, normalizeArabic} from './text.js'

/** Kind of party that wrote or said something. */
export type PartyType = 'Person' | 'Organization'

/**
 * News agencies and outlets, normalised (see `normalizeArabic`), matched as
 * whole words anywhere in a name: `وكالة الأنباء السعودية (واس)` and `واس`
 * are both organisations.
 */
const organizationNames = [
  // Agencies.
  'رويترز',
  'فرانس برس',
  'فرانس بريس',
  'ا ف ب',
  'اف ب',
  'ا ش ا',
  'اش ا',
  'واس',
  'قنا',
  'وام',
  'بنا',
  'كونا',
  'سانا',
  'الاناضول',
  'د ب ا',
  'اسوشيتد برس',
  'اسوشيتدبرس',
  'يونا',
  'شينخوا',
  'ارنا',
  'وفا',
  'بترا',
  'العمانيه',
  'سبا',
  'نوفوستي',
  'تاس',
  'سبوتنيك',
  'بلومبرغ',
  'بلومبيرغ',
  // Broadcasters and newspapers.
  'بي بي سي',
  'سي ان ان',
  'الجزيره',
  'العربيه نت',
  'سكاي نيوز',
  'الوئام',
  'الاقتصاديه',
  'الشرق الاوسط',
  'عكاظ',
  'سبق',
  'الاهرام',
  'المصري اليوم',
  'اليوم السابع',
  'الشروق',
  'مصراوي',
  // Agencies as the structure plugin knows them in datelines («خاص» marks an exclusive, not a party).
  ...DEFAULT_AGENCIES.filter((name) => name !== 'خاص'),
  // Latin names, lower case.
  'reuters',
  'afp',
  'ap',
  'associated press',
  'bloomberg',
  'xinhua',
  'dpa',
  'anadolu',
  'tass',
  'spa',
  'wam',
  'kuna',
  'mena',
  'bbc',
  'cnn',
  'news',
  'agency',
  'press',
  'media',
  'tv',
  'network',
  'times',
  'newsroom',
  'staff'
]

/** `organizationNames` as word keys (see `nameWords`): worked out once, not per name. */
const organizationKeys: ReadonlySet<string> = new Set(
  organizationNames.map((name) => nameWords(name).join(' ')).filter((key) => key !== '')
)

/** Words in the longest of `organizationKeys`: no longer run of a name's words can be one. */
const longestKey = Math.max(...[...organizationKeys].map((key) => key.split(' ').length))

/** First words (normalised) that make a name an organisation: «وكالة …», «صحيفة …». */
const organizationHeads = new Set([
  'وكاله',
  'مؤسسه',
  'صحيفه',
  'جريده',
  'مجله',
  'قناه',
  'موقع',
  'شبكه',
  'هيئه',
  'اذاعه',
  'تلفزيون',
  'بوابه',
  'دار',
  'فريق',
  'اسره',
  'قسم',
  'مكتب',
  'وحده',
  'منصه',
  'مجموعه',
  'شركه',
  'وزاره',
  'جمعيه',
  'منظمه',
  'اتحاد',
  'نقابه',
  'مجلس',
  'لجنه',
  'مركز',
  'محرري',
  'تحرير'
])

/**
 * First words (normalised, without ال) of speakers that describe someone
 * instead of naming them: «مصدر أمني», «البيان», «وزير الخارجية», «شهود عيان».
 */
const descriptionHeads = new Set([
  'مصدر',
  'مصادر',
  'بيان',
  'تقرير',
  'مسؤول',
  'مسؤوله',
  'مسؤولون',
  'مسؤولين',
  'متحدث',
  'متحدثه',
  'ناطق',
  'ناطقه',
  'رئيس',
  'رئيسه',
  'وزير',
  'وزيره',
  'نائب',
  'مدير',
  'مديره',
  'سفير',
  'قائد',
  'امين',
  'مستشار',
  'محافظ',
  'عضو',
  'شاهد',
  'شهود',
  'سكان',
  'مواطن',
  'مواطنون',
  'خبير',
  'خبراء',
  'محلل',
  'محللون',
  'مراقبون',
  'دبلوماسي',
  'دبلوماسيون',
  'مصدرا',
  'حكومه',
  'رئاسه',
  'جيش',
  'شرطه',
  'كرملين',
  'بيت',
  'اليزيه',
  'خارجيه',
  'داخليه',
  'ناشط',
  'ناشطون',
  'طبيب',
  'اطباء',
  'احد',
  'بعض',
  'مصرح',
  'مراسل',
  'الصحيفه',
  'الوكاله'
])

/** Separators left at either end of a byline («الرياض - واس :», «| سارة»). */
const edgePunctuation = /^[\s|:：\-–—،,]+|[\s|:：\-–—،,]+$/gu

/** Words that introduce a byline and are not part of the name. */
const bylinePrefix =
  /^(?:بقلم|كتب|كتبت|كتبه|كتبها|إعداد|اعداد|تقرير|تحرير|متابعة|by|written by|posted by)\s*[:：\-–—]?\s+/iu

/**
 * Remove words that introduce a byline («بقلم:», «كتب -», `By`).
 *
 * @param value
 *   Name as written.
 * @returns
 *   Just the name, spaces collapsed.
 */
export function cleanPartyName(value: string): string {
  return collapseWhiteSpace(collapseWhiteSpace(value).replace(bylinePrefix, '').replace(edgePunctuation, ''))
}

/**
 * Tell whether a name is an organisation (agency, outlet, newsroom) or a
 * person.
 *
 * @param name
 *   Name as written.
 * @param extraOrganizations
 *   More names to treat as organisations (compared normalised, as whole words).
 * @returns
 *   `'Organization'` or `'Person'`.
 */
export function classifyParty(name: string, extraOrganizations: ReadonlyArray<string> = []): PartyType {
  return classifyWords(nameWords(name), extraOrganizations)
}

/**
 * @param words
 *   Words of a name (see `nameWords`).
 * @param extraOrganizations
 *   More names to treat as organisations.
 * @returns
 *   `'Organization'` or `'Person'`, as `classifyParty` tells them.
 */
function classifyWords(words: ReadonlyArray<string>, extraOrganizations: ReadonlyArray<string>): PartyType {
  const head = words[0]
  if (head !== undefined && organizationHeads.has(withoutArticle(head))) return 'Organization'
  if (hasOrganizationKey(words)) return 'Organization'
  const padded = ' ' + words.join(' ') + ' '
  for (const organization of extraOrganizations) {
    const key = nameWords(organization).join(' ')
    if (key !== '' && padded.includes(' ' + key + ' ')) return 'Organization'
  }

  return 'Person'
}

/**
 * Tell whether a quoted speaker is a named person (and not a description
 * such as «مصدر أمني», «البيان» or «وزير الخارجية», nor an organisation).
 *
 * @param speaker
 *   Speaker as resolved by the quotation plugin.
 * @param extraOrganizations
 *   More names to treat as organisations.
 * @returns
 *   Whether it can be a `Person` in `mentions`.
 */
export function isNamedPerson(speaker: string, extraOrganizations: ReadonlyArray<string> = []): boolean {
  const words = nameWords(speaker)
  const head = words[0]
  if (head === undefined) return false
  if (!/\p{L}/u.test(head)) return false
  if (descriptionHeads.has(withoutArticle(head)) || descriptionHeads.has(head)) return false
  // A single word with the definite article is a thing, not a name: «البيان», «الوزارة».
  if (words.length === 1 && /^(?:ال|وال)\p{L}{2,}/u.test(head)) return false
  // Pronoun-like or anonymous speakers.
  if (/^(?:هو|هي|هم|انه|انها|مصدر|مجهول)$/u.test(head)) return false
  return classifyWords(words, extraOrganizations) === 'Person'
}

/**
 * Whether some run of a name's words is one of `organizationKeys` (as the
 * key, spaces around it, is found in the words joined by spaces).
 *
 * @param words
 *   Words of a name (see `nameWords`).
 * @returns
 *   Whether one is.
 */
function hasOrganizationKey(words: ReadonlyArray<string>): boolean {
  for (let start = 0; start < words.length; start++) {
    let key = ''
    for (let end = start; end < words.length && end - start < longestKey; end++) {
      const word = itemAt(words, end)
      key = end === start ? word : key + ' ' + word
      if (organizationKeys.has(key)) return true
    }
  }

  return false
}

function nameWords(value: string): Array<string> {
  return normalizeArabic(value)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

function withoutArticle(word: string): string {
  return word.length > 4 && word.startsWith('ال') ? word.slice(2) : word
}
