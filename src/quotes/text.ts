/**
 * Small string helpers for quoted text: offset conversions and punctuation
 * tests. Folding, words and word counts are in `src/text/`.
 */

import {codePointStartBefore, isLetterOrDigit} from '../text/tokens.js'

/** HTML entity leftovers that stand for punctuation. */
const ENTITY = /&(?:quot|#34|#x22|#39|apos|amp);/g

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

/** Where the letters and digits of a text lie. */
export interface LetterBounds {
  /** Index of the first letter or digit (the text's length when there is none). */
  first: number
  /** Index after the last letter or digit (`0` when there is none). */
  end: number
}

/**
 * Find the first and last letter or digit of a text (entities such as
 * `&quot;` are not letters).
 *
 * `isPunctuationOnly(value.slice(0, index))` is `index <= first` and
 * `isPunctuationOnly(value.slice(index))` is `index >= end`: a paragraph's
 * bounds, computed once, answer those questions for every quote in it in
 * constant time (asking them of the text itself, once per quote, is
 * quadratic on a paragraph made of nothing but quote marks).
 *
 * Read from each end towards the middle, so that a paragraph costs the few
 * characters around its first and last words, not one look per letter.
 *
 * @param value
 *   Text.
 * @returns
 *   Bounds.
 */
export function letterBounds(value: string): LetterBounds {
  let first = value.length
  let index = 0
  while (index < value.length) {
    const code = value.codePointAt(index) ?? 0
    const size = code > 0xff_ff ? 2 : 1
    if (isLetterOrDigit(code)) {
      const entity = entityAround(value, index)
      if (!entity) {
        first = index
        break
      }

      index = entity
      continue
    }

    index += size
  }

  if (first === value.length) return {first, end: 0}
  let end = value.length
  while (end > first) {
    const start = codePointStartBefore(value, end)
    if (isLetterOrDigit(value.codePointAt(start) ?? 0) && !entityAround(value, start)) break
    end = start
  }

  return {first, end}
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
  // Look back a few characters only: `lastIndexOf` would scan the whole
  // text before the offset, once per letter.
  let start = -1
  for (let index = offset; index >= Math.max(0, offset - 4); index--) {
    if (value.charCodeAt(index) === 0x26) {
      start = index
      break
    }
  }

  if (start === -1) return 0
  ENTITY.lastIndex = start
  const match = ENTITY.exec(value)
  return match && match.index === start && start + match[0].length > offset ? start + match[0].length : 0
}

/** Closing marks and white space that may follow the commas ending a quotation. */
const AFTER_COMMAS = /[\s»”“"″›]$|&(?:quot|#34|#x22);$/
/** Commas. */
const COMMA = /[،,]$/

/**
 * Where a blockquote holding `value` should end: before the commas that end
 * it (`«… كذا،»`, `"… كذا، "`, `… تفاصيله،،،`). A comma there, inside the
 * marks or not, is the narrative's: the writer's sentence goes on after the
 * quotation (`«… كذا،» وأضاف`), so the comma, and the closing mark written
 * after it, belong to the narrative that follows the blockquote (characters
 * are never moved, so the mark goes with the comma).
 *
 * Reads back from the end only: a few characters, whatever the length.
 *
 * @param value
 *   Text of a blockquote (marks included).
 * @returns
 *   Length of the part that stays in the blockquote: `value.length` when it
 *   does not end in a comma, or when nothing but punctuation would be left.
 */
export function blockquoteEnd(value: string): number {
  let end = value.length
  let match = AFTER_COMMAS.exec(value.slice(Math.max(0, end - 6), end))
  while (match) {
    end -= match[0].length
    match = AFTER_COMMAS.exec(value.slice(Math.max(0, end - 6), end))
  }

  if (!COMMA.test(value.charAt(end - 1))) return value.length
  while (end > 0 && /[،,\s]/.test(value.charAt(end - 1))) end--
  return isPunctuationOnly(value.slice(0, end)) ? value.length : end
}
