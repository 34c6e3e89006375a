/**
 * Character classes and small text measures for Arabic news.
 */

import {isWhitespace} from '../parsing/trim.js'

/** Arabic letters (base, supplement, extended and presentation forms). */
export const arabicLetter =
  /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/

/** Latin letters, accented ones included. */
export const latinLetter = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/

/** Sentence-final punctuation, Arabic and Latin, and the ellipsis. */
export const sentenceFinal = /[.!?؟…:;؛]$/

/** Words that open a phrase and cannot end a sentence. */
const UNFINISHED_ENDING =
  /(?:^|\s)(?:في|فى|من|على|علي|إلى|الى|عن|مع|حتى|أن|ان|إن|التي|الذي|الذين|بين|أو|او|و|ثم|لكن|بأن|بان|لأن|لان)$|[(\[]$/

/**
 * @param text
 *   A line, trimmed.
 * @returns
 *   Whether it ends on a word that opens a phrase, or on an open bracket:
 *   the sentence goes on in the next line.
 */
export function endsUnfinished(text: string): boolean {
  return UNFINISHED_ENDING.test(text)
}

/** Marks that open or close quotations and brackets. */
const enclosing = /[«»“”„‟"'‹›‚‘’()[\]{}<>]/g

/** Tashkeel (harakat and other combining marks) and tatweel. */
const diacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g

/** A letter or a number, for code points the fast checks of `isWordCharacter` do not settle. */
const letterOrNumber = /[\p{L}\p{N}]/u

/**
 * Count the words of a text: runs between white space that hold a letter or
 * a digit.
 *
 * @param text
 *   The text.
 * @returns
 *   The number of words.
 */
export function countWords(text: string): number {
  let count = 0
  // Whether the current run already counted: the rest of it is skipped.
  let counted = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isWhitespace(code)) counted = false
    else if (!counted && isWordCharacter(text, index, code)) {
      count++
      counted = true
    }
  }

  return count
}

/**
 * Whether the character at an index is a letter or a number (`\p{L}`,
 * `\p{N}`): Latin, Arabic and digits directly, anything else by its Unicode
 * category.
 *
 * @param text
 *   The text.
 * @param index
 *   Index of a UTF-16 code unit.
 * @param code
 *   That code unit.
 * @returns
 *   Whether it is a letter or a number.
 */
function isWordCharacter(text: string, index: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  // Arabic letters (with tatweel) and Arabic-Indic digits.
  if ((code >= 0x0620 && code <= 0x064a) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x0671 && code <= 0x06d3)) {
    return true
  }

  const point = text.codePointAt(index) ?? code
  return letterOrNumber.test(String.fromCodePoint(point))
}

/**
 * Normalise Arabic text for comparison: no tashkeel or tatweel, one form of
 * alef, yeh and teh marbuta, no quote marks, single spaces.
 *
 * @param text
 *   The text.
 * @returns
 *   The normalised text.
 */
export function normalizeForComparison(text: string): string {
  return text
    .replace(diacritics, '')
    .replace(enclosing, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A link at the start of a run (`https://`, `www.`): sticky, tested at the run's start. */
const linkStart = /(?:https?:\/\/|www\.)/iy

/**
 * Count letters by script.
 *
 * @param text
 *   The text.
 * @returns
 *   How many Arabic and how many Latin letters it holds.
 */
export function countScripts(text: string): {arabic: number; latin: number} {
  let arabic = 0
  let latin = 0
  let index = 0
  while (index < text.length) {
    if (isWhitespace(text.charCodeAt(index))) {
      index++
      continue
    }

    // One run between white space, read once: its letters count unless it is a link or an address.
    // A link starts with `h` or `w` (either case): most runs need no test.
    const head = text.charCodeAt(index) | 0x20
    linkStart.lastIndex = index
    let link = (head === 0x68 || head === 0x77) && linkStart.test(text)
    let runArabic = 0
    let runLatin = 0
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (isWhitespace(code)) break
      if (code === 0x40) link = true
      else if (isArabicLetter(code)) runArabic++
      else if (isLatinLetter(code)) runLatin++
    }

    // Links and addresses are always Latin, whatever the language of the text.
    if (!link) {
      arabic += runArabic
      latin += runLatin
    }
  }

  return {arabic, latin}
}

/**
 * Whether a code unit is an Arabic letter (as `arabicLetter`).
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is one.
 */
function isArabicLetter(code: number): boolean {
  if (code < 0x0620) return false
  if (code <= 0x06ff) {
    return (
      code <= 0x064a ||
      (code >= 0x066e && code <= 0x06d3) ||
      code === 0x06d5 ||
      code === 0x06ee ||
      code === 0x06ef ||
      (code >= 0x06fa && code <= 0x06fc) ||
      code === 0x06ff
    )
  }

  return (
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdfb) ||
    (code >= 0xfe70 && code <= 0xfefc)
  )
}

/**
 * Whether a code unit is a Latin letter (as `latinLetter`).
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is one.
 */
function isLatinLetter(code: number): boolean {
  if (code < 0xc0) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
  return code <= 0x024f && code !== 0xd7 && code !== 0xf7
}

/**
 * Drop enclosing marks (quotes, brackets) from both ends of a text.
 *
 * @param text
 *   The text.
 * @returns
 *   The text without them, trimmed.
 */
export function stripEnclosing(text: string): string {
  // Two scans from the ends (a regular expression anchored at the end is
  // tried at every index of the text).
  let start = 0
  let end = text.length
  while (start < end && isEnclosingOrSpace(text.charCodeAt(start))) start++
  while (end > start && isEnclosingOrSpace(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** What `stripEnclosing` drops, besides white space. */
const ENCLOSING_MARKS = new Set(Array.from('«»“”„‟"\'‹›()[]-', (character) => character.charCodeAt(0)))

/**
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is white space or a mark that encloses quotations or brackets.
 */
function isEnclosingOrSpace(code: number): boolean {
  return isWhitespace(code) || ENCLOSING_MARKS.has(code)
}
