/**
 * Words of a text with their places, folded and split into clitics, read in
 * one pass over the characters.
 */

import {foldArabic, foldUnit, isDroppedInFold, isMarkOrTatweel} from './fold.js'

/** A word of the text with its place (UTF-16 indices, end exclusive). */
export interface WordToken {
  /** The word as written (a leading tatweel left out). */
  value: string
  /** The word folded (see `foldArabic`). */
  folded: string
  /** Index of the first character. */
  start: number
  /** Index after the last character. */
  end: number
  /** Whether the word carries the article `ال` as written (`إليسا` does not). */
  definite: boolean
  /**
   * Proclitics read off the front, folded: a conjunction (`و`, `ف`), then a
   * preposition (`ب`, `ل`, `ك`), then the article (`ال`; `لل` is `ل` + `ال`).
   * Empty when none. Clitics are a reading, not a certainty (`وليد`, `فلسطين`):
   * look a word up whole first, then by its stem.
   */
  prefix: string
  /** The word without its proclitics and pronoun suffix, folded. */
  stem: string
  /** Pronoun suffix (`ه`, `ها`, `هم`, `هما`, `هن`, `كم`, `كن`, `نا`), folded; empty when none. */
  suffix: string
}

/** HTML entity leftovers that stand for punctuation: read as separators. */
const ENTITIES = ['&quot;', '&#34;', '&#x22;', '&#39;', '&apos;', '&amp;']

/** Punctuation, quote marks and symbols that separate words (besides white space). */
const SEPARATORS = new Set(
  Array.from('.,،؛;:!?؟()[]{}«»‹›“”„"\'‘’″<>…|/\\—–-*=+~#', (character) => character.charCodeAt(0))
)

/** Pronoun suffixes, longest first (folded; a final `ه` only when written `ه`, not `ة`). */
const SUFFIXES = ['هما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا']

/**
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is white space (as `\s` in a regular expression).
 */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x16_80 ||
    (code >= 0x20_00 && code <= 0x20_0a) ||
    code === 0x20_28 ||
    code === 0x20_29 ||
    code === 0x20_2f ||
    code === 0x20_5f ||
    code === 0x30_00 ||
    code === 0xfe_ff
  )
}

/**
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it separates words.
 */
function isSeparator(code: number): boolean {
  // Arabic letters, tashkeel and digits (most of the text) are none: one
  // comparison for them.
  if (code >= 0x06_20 && code < 0x16_80) return false
  return isWhiteSpace(code) || SEPARATORS.has(code)
}

/**
 * @param value
 *   Text.
 * @param index
 *   Index of a `&`.
 * @param to
 *   Index not to reach.
 * @returns
 *   Length of the entity leftover that starts there, or `0`.
 */
function entityAt(value: string, index: number, to: number): number {
  for (const entity of ENTITIES) {
    if (index + entity.length <= to && value.startsWith(entity, index)) return entity.length
  }

  return 0
}

/**
 * Split text into words with their offsets: runs of characters between white
 * space, punctuation and quote marks; entity leftovers such as `&quot;` are
 * separators too.
 *
 * @param value
 *   Text.
 * @param from
 *   Index to start at (default: `0`).
 * @param to
 *   Index to stop at, exclusive (default: end of text).
 * @returns
 *   Words in order (a run that folds to nothing is no word).
 */
export function tokenize(value: string, from = 0, to: number = value.length): Array<WordToken> {
  const tokens: Array<WordToken> = []
  let index = from
  while (index < to) {
    const code = value.charCodeAt(index)
    if (code === 0x26) {
      const entity = entityAt(value, index, to)
      if (entity > 0) {
        index += entity
        continue
      }
    }

    if (isSeparator(code)) {
      index++
      continue
    }

    index = readWord(value, index, to, tokens)
  }

  return tokens
}

/**
 * Read one word starting at `start` and push it.
 *
 * @param value
 * @param start
 * @param to
 * @param tokens
 * @returns
 *   Index after the word.
 */
function readWord(value: string, start: number, to: number, tokens: Array<WordToken>): number {
  let first = start
  // A leading tatweel belongs to a prefix glued to a quote mark (`لـ«`).
  while (first < to && value.charCodeAt(first) === 0x06_40) first++
  let end = first
  // Whether folding changes the word: most words are their own folded form.
  let folds = false
  while (end < to) {
    const code = value.charCodeAt(end)
    if (isSeparator(code) || (code === 0x26 && entityAt(value, end, to) > 0)) break
    if (!folds && code >= 0x06_10) folds = isDroppedInFold(code) || foldUnit(code) !== code
    end++
  }

  if (first === end) return Math.max(end, start + 1)
  const word = value.slice(first, end)
  const folded = folds ? foldArabic(word) : word
  if (folded) {
    const {prefix, stem, suffix} = splitClitics(word, folded)
    tokens.push({value: word, folded, start: first, end, definite: isDefinite(word, folded), prefix, stem, suffix})
  }

  return end
}

/**
 * @param word
 *   Word as written.
 * @param folded
 *   Word folded.
 * @returns
 *   Whether it starts with the article `ال` as written (tashkeel and tatweel
 *   aside) and is longer than the article and two letters.
 */
function isDefinite(word: string, folded: string): boolean {
  if (folded.length <= 3) return false
  const alef = letterAfterMarks(word, 0)
  return word.charCodeAt(alef) === 0x06_27 && word.charCodeAt(letterAfterMarks(word, alef + 1)) === 0x06_44
}

/**
 * @param word
 *   Word as written.
 * @param from
 *   Index to start at.
 * @returns
 *   Index of the first character at or after `from` that is not tashkeel
 *   or tatweel (the word's length when there is none).
 */
function letterAfterMarks(word: string, from: number): number {
  let index = from
  while (index < word.length && isMarkOrTatweel(word.charCodeAt(index))) index++
  return index
}

/**
 * Read the clitics of a word: a pronoun suffix, then proclitics
 * (conjunction, preposition, article), each only when a stem of three
 * letters or more is left (four after a preposition without the article).
 *
 * @param value
 *   Word as written.
 * @param folded
 *   Word folded.
 * @returns
 *   Prefix, stem and suffix (folded).
 */
export function splitClitics(value: string, folded: string): {prefix: string; stem: string; suffix: string} {
  const suffix = suffixOf(value, folded)
  const stemEnd = folded.length - suffix.length
  let at = 0
  let code = folded.charCodeAt(0)
  // Which clitics were read, to take the prefix from PREFIXES.
  let conjunction = 0
  let preposition = 0
  let article = 0
  // و ف (before a stem of three letters: `وقال`).
  if ((code === 0x06_48 || code === 0x06_41) && stemEnd - at >= 4) {
    conjunction = code === 0x06_48 ? 1 : 2
    code = folded.charCodeAt(++at)
  }

  // ب ل ك: before the article, or a stem of four letters (`بوزارة`, not `بيان`).
  if (code === 0x06_28 || code === 0x06_44 || code === 0x06_43) {
    const next = folded.charCodeAt(at + 1)
    const definite = next === 0x06_44 || (next === 0x06_27 && folded.charCodeAt(at + 2) === 0x06_44)
    if (stemEnd - at >= (definite ? 4 : 5)) {
      preposition = code === 0x06_28 ? 1 : code === 0x06_43 ? 2 : 3
      code = folded.charCodeAt(++at)
      // `للوزير`: `ل` + `ال` with the alef not written.
      if (preposition === 3 && code === 0x06_44) {
        preposition = 4
        code = folded.charCodeAt(++at)
      }
    }
  }

  // ال, before a stem of three letters (not `الله`).
  if (code === 0x06_27 && folded.charCodeAt(at + 1) === 0x06_44 && stemEnd - at >= 5) {
    article = 1
    at += 2
  }

  return {
    prefix: PREFIXES[(conjunction * 5 + preposition) * 2 + article] ?? folded.slice(0, at),
    stem: at === 0 && stemEnd === folded.length ? folded : folded.slice(at, stemEnd),
    suffix
  }
}

/**
 * Every prefix `splitClitics` reads, by the clitics read (conjunction: none,
 * `و`, `ف`; preposition: none, `ب`, `ك`, `ل`, `لل`; article: none, `ال`):
 * one string each for all the words that carry it, rather than a copy per
 * word kept with the word's analysis.
 */
const PREFIXES: ReadonlyArray<string> = ['', 'و', 'ف'].flatMap((conjunction) =>
  ['', 'ب', 'ك', 'ل', 'لل'].flatMap((preposition) => ['', 'ال'].map((article) => conjunction + preposition + article))
)

/**
 * @param value
 *   Word as written.
 * @param folded
 *   Word folded.
 * @returns
 *   The pronoun suffix (one of `SUFFIXES`, or `ه`), leaving three letters or
 *   more; empty when none.
 */
function suffixOf(value: string, folded: string): string {
  const left = folded.length
  if (left < 4) return ''
  const last = folded.charCodeAt(folded.length - 1)
  // Suffixes of two letters or more end in ا, م or ن.
  if (last === 0x06_27 || last === 0x06_45 || last === 0x06_46) {
    for (const suffix of SUFFIXES) {
      if (left >= suffix.length + 3 && folded.endsWith(suffix)) return suffix
    }
  }

  // A final `ه` written as such (not `ة`, which folds to `ه`), not `الله`.
  if (last === 0x06_47 && value.endsWith('ه') && value.charCodeAt(value.length - 2) !== 0x06_44) return 'ه'
  return ''
}

/** A letter or a digit, for code points outside the ranges tested by hand. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/**
 * @param code
 *   Code point.
 * @returns
 *   Whether it is a letter or a digit (`[\p{L}\p{N}]`), the common ranges
 *   tested by hand.
 */
export function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  }

  // Arabic letters (tatweel included, a modifier letter) and Arabic-Indic digits.
  if ((code >= 0x06_20 && code <= 0x06_4a) || (code >= 0x06_60 && code <= 0x06_69)) return true
  // Arabic punctuation and signs, and tashkeel: neither.
  if ((code >= 0x06_00 && code <= 0x06_1f) || (code >= 0x06_4b && code <= 0x06_5f)) return false
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code))
}

/**
 * @param value
 *   Text.
 * @param end
 *   Index (above `0`).
 * @returns
 *   Index where the code point that ends at `end` starts (a surrogate pair
 *   is one code point, as in a regular expression with the `u` flag).
 */
export function codePointStartBefore(value: string, end: number): number {
  const low = value.charCodeAt(end - 1)
  if (low >= 0xdc_00 && low <= 0xdf_ff && end >= 2) {
    const high = value.charCodeAt(end - 2)
    if (high >= 0xd8_00 && high <= 0xdb_ff) return end - 2
  }

  return end - 1
}

/**
 * @param token
 *   Word.
 * @returns
 *   Whether it holds a letter or a digit (and so counts as a word).
 */
export function isCountedWord(token: WordToken): boolean {
  for (let index = 0; index < token.folded.length; index++) {
    const code = token.folded.charCodeAt(index)
    // ASCII letters and digits, Arabic letters and digits: the common case.
    if (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x06_20 && code <= 0x06_69)
    ) {
      return true
    }
  }

  return /[\p{L}\p{N}]/u.test(token.folded)
}

/**
 * Count the words of a text: runs between white space and punctuation that
 * hold a letter or a digit. This is the one word count of the library.
 *
 * @param value
 *   Text.
 * @returns
 *   Number of words.
 */
export function countWords(value: string): number {
  // The runs `tokenize` reads, without making their tokens: a run counts
  // when a letter or digit that folding keeps is in it.
  let count = 0
  let index = 0
  while (index < value.length) {
    const code = value.charCodeAt(index)
    const entity = code === 0x26 ? entityAt(value, index, value.length) : 0
    if (entity > 0) {
      index += entity
      continue
    }

    if (isSeparator(code)) {
      index++
      continue
    }

    const start = index
    let counted = false
    let surrogates = false
    while (index < value.length) {
      const unit = value.charCodeAt(index)
      if (isSeparator(unit) || (unit === 0x26 && entityAt(value, index, value.length) > 0)) break
      if (unit >= 0xd8_00 && unit <= 0xdf_ff) surrogates = true
      if (!counted && !isDroppedInFold(unit)) counted = isLetterOrDigit(value.codePointAt(index) ?? 0)
      index++
    }

    // Folding may join two halves of a pair that marks kept apart.
    if (!counted && surrogates) counted = /[\p{L}\p{N}]/u.test(foldArabic(value.slice(start, index)))
    if (counted) count++
  }

  return count
}
