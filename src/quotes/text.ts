/**
 * Small string helpers for Arabic text: normalisation for comparisons,
 * word tokens with offsets, and offset conversions.
 */

/** Tashkeel (harakat, tanween, shadda, sukun, dagger alef) and Quranic marks. */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g
/** Tatweel (kashida). */
const TATWEEL = /\u0640/g
/** Invisible direction marks and joiners that may sit inside words. */
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

/**
 * Fold an Arabic word or phrase for lexicon look-ups: no tashkeel, tatweel or
 * invisible marks; alef forms unified; final ى as ي; ة as ه.
 *
 * @param value
 *   Text to fold.
 * @returns
 *   Folded text (same words, comparable spelling).
 */
export function foldArabic(value: string): string {
  return value
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(INVISIBLES, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
}

/** A word of the text with its place (UTF-16 indices, end exclusive). */
export interface WordToken {
  /** The word as written. */
  value: string
  /** The word folded with {@link foldArabic}. */
  folded: string
  /** Index of the first character. */
  start: number
  /** Index after the last character. */
  end: number
  /** Whether the word carries the article `ال` (as written: `إليسا` does not). */
  definite: boolean
}

/**
 * Characters that separate words: white space, punctuation and quote marks.
 * Hyphens and slashes separate too; digits and letters form words.
 */
/** HTML entity leftovers that stand for punctuation. */
const ENTITY = /&(?:quot|#34|#x22|#39|apos|amp);/g

const WORD = /[^\s.,،؛;:!?؟()[\]{}«»‹›“”„"'‘’″<>…|/\\—–\-*=+~#]+/g

/**
 * Split text into words with their offsets.
 *
 * @param value
 *   Text.
 * @param from
 *   Index to start at (default: `0`).
 * @param to
 *   Index to stop at, exclusive (default: end of text).
 * @returns
 *   Words in order; entities such as `&quot;` are not words.
 */
export function tokenize(
  value: string,
  from = 0,
  to: number = value.length
): Array<WordToken> {
  const tokens: Array<WordToken> = []
  // `&quot;` leftovers are quote marks, not parts of words: blank them out
  // (same length, so offsets stay).
  const slice = value
    .slice(from, to)
    .replace(ENTITY, (entity) => ' '.repeat(entity.length))
  WORD.lastIndex = 0
  let match = WORD.exec(slice)
  while (match) {
    let word = match[0]
    let start = from + match.index
    // A leading tatweel belongs to a prefix glued to a quote mark (`لـ«`).
    while (word.startsWith('\u0640')) {
      word = word.slice(1)
      start++
    }

    const folded = foldArabic(word)
    if (folded) {
      const definite = /^ال/.test(word.replace(DIACRITICS, '').replace(TATWEEL, '')) && folded.length > 3
      tokens.push({value: word, folded, start, end: start + word.length, definite})
    }
    match = WORD.exec(slice)
  }

  return tokens
}

/**
 * Count words that carry a letter or a digit.
 *
 * @param value
 *   Text.
 * @returns
 *   Number of words.
 */
export function countWords(value: string): number {
  let count = 0
  for (const token of tokenize(value)) {
    if (/[\p{L}\p{N}]/u.test(token.folded)) count++
  }

  return count
}

/**
 * Convert a UTF-16 index into a code-point index.
 *
 * @param value
 *   Text.
 * @param index
 *   UTF-16 index into `value`.
 * @returns
 *   Number of code points before `index`.
 */
export function toCodePointIndex(value: string, index: number): number {
  let surrogates = 0
  for (let i = 0; i < index && i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0xdc_00 && code <= 0xdf_ff && i > 0) {
      const previous = value.charCodeAt(i - 1)
      if (previous >= 0xd8_00 && previous <= 0xdb_ff) surrogates++
    }
  }

  return index - surrogates
}

/**
 * Convert a code-point index into a UTF-16 index.
 *
 * @param value
 *   Text.
 * @param index
 *   Code-point index into `value`.
 * @returns
 *   UTF-16 index of the same place.
 */
export function fromCodePointIndex(value: string, index: number): number {
  let points = 0
  let i = 0
  while (i < value.length && points < index) {
    const code = value.charCodeAt(i)
    i += code >= 0xd8_00 && code <= 0xdb_ff && i + 1 < value.length ? 2 : 1
    points++
  }

  return i
}

/**
 * Whether text holds nothing but white space and punctuation.
 *
 * @param value
 *   Text.
 * @returns
 *   `true` when there is no letter or digit.
 */
export function isPunctuationOnly(value: string): boolean {
  // Stops at the first letter or digit that is not part of an entity, so that
  // asking this of the start of a long paragraph, once per quotation, stays cheap.
  const word = /[\p{L}\p{N}]/gu
  let match = word.exec(value)
  while (match) {
    const entity = entityAround(value, match.index)
    if (!entity) return false
    word.lastIndex = entity
    match = word.exec(value)
  }

  return true
}

/**
 * End of an entity leftover (`&quot;`, `&#39;`, `&amp;`…) that covers an
 * offset, if any.
 *
 * @param value
 *   Text.
 * @param offset
 *   Offset of a letter or digit.
 * @returns
 *   Offset just past the entity, or `0` when the offset is not in one.
 */
function entityAround(value: string, offset: number): number {
  const start = value.lastIndexOf('&', offset)
  if (start === -1 || offset - start > 4) return 0
  ENTITY.lastIndex = start
  const match = ENTITY.exec(value)
  return match && match.index === start && start + match[0].length > offset ? start + match[0].length : 0
}

/**
 * Make a regular expression source that matches an Arabic phrase however it
 * is written: with or without tashkeel and tatweel, any alef or ya form, and
 * any white space between words.
 *
 * @param phrase
 *   Phrase (folded or as written).
 * @returns
 *   Regular expression source.
 */
export function loosePattern(phrase: string): string {
  const marks = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]*'
  let source = ''
  for (const char of foldArabic(phrase)) {
    if (/\s/.test(char)) {
      source += '\\s*'
      continue
    }

    const variants =
      char === 'ا' ? '[اأإآٱ]' : char === 'ي' ? '[يىئ]' : char === 'ه' ? '[هة]' : char === 'و' ? '[وؤ]' : char
    source += variants + marks
  }

  return source
}
