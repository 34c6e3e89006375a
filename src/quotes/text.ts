/**
 * Small string helpers for quoted text: offset conversions and punctuation
 * tests. Folding, words and word counts are in `src/text/`.
 */

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
