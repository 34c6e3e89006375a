/**
 * Plain-text helpers for metadata: whitespace, Arabic letter variants,
 * word counts and cutting text at a word.
 */

import {isWhiteSpace} from '../text/tokens.js'

/** Arabic diacritics (tashkeel, dagger alef, Quranic marks) and tatweel. */
const arabicMarks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g

/**
 * A word: a run of letters, combining marks, digits (any script, so also
 * Arabic-Indic digits) and tatweel, which may hold an apostrophe between
 * letters. Punctuation, quote marks and spaces separate words, so
 * `لـ«تحالف الراغبين»` has three words.
 */
const wordExpression = /[\p{L}\p{M}\p{N}\u0640]+(?:['’][\p{L}\p{M}\p{N}\u0640]+)*/gu

/** What may end a cut-off text before the ellipsis is added: spaces and punctuation that lead on. */
const danglingEnd = /[\s\p{Pd}\p{Ps}\p{Pi}،,؛;:.«“"'(\[]+$/u

/** Words that only lead on to the next one; a cut text does not end with them. */
const danglingWords = new Set([
  'و',
  'في',
  'من',
  'إلى',
  'الى',
  'على',
  'عن',
  'مع',
  'أن',
  'إن',
  'ان',
  'بأن',
  'التي',
  'الذي',
  'أو',
  'ثم',
  'بين',
  'حتى',
  'لا',
  'ما'
])

/** The ellipsis appended to text that was cut. */
export const ELLIPSIS = '…'

/**
 * Collapse runs of white space (NBSP and line breaks included) and trim.
 *
 * @param value
 *   Text.
 * @returns
 *   Text with single spaces.
 */
export function collapseWhiteSpace(value: string): string {
  // Most text is already collapsed (single spaces inside): it is kept as is
  // rather than copied by the replacement.
  if (isCollapsed(value)) return value
  return value.replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim()
}

/**
 * @param value
 *   Text.
 * @returns
 *   Whether its only white space is single spaces between other characters
 *   (so that `collapseWhiteSpace` gives it back unchanged).
 */
function isCollapsed(value: string): boolean {
  let previousSpace = true
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (!isCollapsible(code)) {
      previousSpace = false
      continue
    }

    if (code !== 0x20 || previousSpace) return false
    previousSpace = true
  }

  // A space at the end is trimmed.
  return !previousSpace || value.length === 0
}

/**
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether `collapseWhiteSpace` turns it into a space: white space (`\s`,
 *   which holds the no-break space and the byte order mark) or a zero width
 *   space.
 */
function isCollapsible(code: number): boolean {
  // Letters, digits and most punctuation, Latin or Arabic: one range test.
  if ((code > 0x20 && code < 0xa0) || (code > 0xa0 && code < 0x16_80)) return false
  return isWhiteSpace(code) || code === 0x20_0b
}

/**
 * Normalise Arabic text for comparisons: no diacritics or tatweel, one form
 * of alef (أ إ آ ٱ → ا), final ى → ي, ة → ه, single spaces.
 *
 * @param value
 *   Text.
 * @returns
 *   Comparison key; never shown to readers.
 */
export function normalizeArabic(value: string): string {
  return collapseWhiteSpace(
    value
      .normalize('NFC')
      .replace(arabicMarks, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
  )
}

/**
 * Count the words of some texts (see `wordExpression`: runs of letters,
 * marks and digits, as many Arabic as Latin).
 *
 * @param texts
 *   Texts, each counted separately so words never join across them.
 * @returns
 *   Number of words.
 */
export function countWords(texts: ReadonlyArray<string>): number {
  let count = 0
  for (const text of texts) {
    count += text.match(wordExpression)?.length ?? 0
  }

  return count
}

/**
 * Count characters as readers see them (code points, not UTF-16 units).
 *
 * @param value
 *   Text.
 * @returns
 *   Length.
 */
export function characterLength(value: string): number {
  return [...value].length
}

/**
 * Cut text to at most `max` characters, at the end of a word, and mark the
 * cut with an ellipsis. Text that fits is returned with collapsed spaces.
 *
 * @param value
 *   Text.
 * @param max
 *   Longest result, ellipsis included (at least 2).
 * @returns
 *   The text and whether it was cut.
 */
export function truncateAtWord(value: string, max: number): {value: string; truncated: boolean} {
  const text = collapseWhiteSpace(value)
  // Only the first `max` characters are looked at: a lead is not split into characters whole.
  const headEnd = offsetAfter(text, 0, max - 1)
  const nextEnd = offsetAfter(text, headEnd, 1)
  if (nextEnd >= text.length) return {value: text, truncated: false}

  const head = text.slice(0, headEnd)
  const nextCharacter = text.slice(headEnd, nextEnd)
  // When the cut falls exactly between two words, the whole head is usable.
  const lastSpace = /\s/.test(nextCharacter) ? head.length : head.lastIndexOf(' ')
  let cut = lastSpace > 0 ? head.slice(0, lastSpace) : head
  let previous: string | undefined

  while (previous !== cut) {
    previous = cut
    cut = cut.replace(danglingEnd, '')
    const space = cut.lastIndexOf(' ')
    if (space > 0 && danglingWords.has(cut.slice(space + 1))) cut = cut.slice(0, space)
  }

  return {value: (cut || head) + ELLIPSIS, truncated: true}
}

/**
 * Where a number of characters (code points, as `[...value]` counts them)
 * end.
 *
 * @param value
 *   Text.
 * @param start
 *   UTF-16 offset to count from.
 * @param count
 *   Characters to pass.
 * @returns
 *   UTF-16 offset after them, at most the length of the text.
 */
function offsetAfter(value: string, start: number, count: number): number {
  let offset = start
  for (let passed = 0; passed < count && offset < value.length; passed++) {
    // A code point above U+FFFF takes two units (the offset is always inside the text).
    offset += Number(value.codePointAt(offset)) > 0xff_ff ? 2 : 1
  }

  return offset
}

/**
 * Get the first sentence of a text, when it ends with a full stop, question
 * or exclamation mark followed by a space.
 *
 * @param value
 *   Text.
 * @returns
 *   First sentence without its final full stop, or `undefined` when the text
 *   is one sentence.
 */
export function firstSentence(value: string): string | undefined {
  const text = collapseWhiteSpace(value)
  const match = /^(.+?[^\d\s.])([.!?؟])\s/u.exec(text)
  if (!match || match[1] === undefined) return undefined
  return match[2] === '.' ? match[1] : match[1] + match[2]
}

/**
 * Drop a single final full stop (headlines do not end with one).
 *
 * @param value
 *   Text.
 * @returns
 *   Text without a final `.`.
 */
export function dropFinalFullStop(value: string): string {
  return value.replace(/(?<!\.)\.$/, '')
}
