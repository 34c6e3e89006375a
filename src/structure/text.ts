/**
 * Character classes and small text measures for Arabic news.
 */

/** Arabic letters (base, supplement, extended and presentation forms). */
export const arabicLetter =
  /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/

/** Latin letters, accented ones included. */
export const latinLetter = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/

/** Sentence-final punctuation, Arabic and Latin, and the ellipsis. */
export const sentenceFinal = /[.!?؟…:;؛]$/

/** Marks that open or close quotations and brackets. */
const enclosing = /[«»“”„‟"'‹›‚‘’()[\]{}<>]/g

/** Tashkeel (harakat and other combining marks) and tatweel. */
const diacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g

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
  for (const token of text.split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(token)) count++
  }

  return count
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
export function normaliseForComparison(text: string): string {
  return text
    .replace(diacritics, '')
    .replace(enclosing, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim()
}

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
  for (const token of text.split(/\s+/)) {
    // Links and addresses are always Latin, whatever the language of the text.
    if (token.includes('@') || /^(?:https?:\/\/|www\.)/i.test(token)) continue
    for (const character of token) {
      if (arabicLetter.test(character)) arabic++
      else if (latinLetter.test(character)) latin++
    }
  }

  return {arabic, latin}
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
  return text.replace(/^[\s«»“”„‟"'‹›()[\]-]+|[\s«»“”„‟"'‹›()[\]-]+$/g, '')
}
