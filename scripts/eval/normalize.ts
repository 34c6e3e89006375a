/**
 * Text normalisation of the label guide, with a map back to the raw text so
 * that labelled spans and rendered blocks can be compared by position.
 *
 * Drop quote marks, tashkeel and tatweel; unify أ إ آ → ا, ى → ي, ة → ه;
 * collapse white space. Invisible direction marks are dropped too.
 */

const DROP =
  /[«»“”„‹›"'‘’″\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u
const ENTITY = /^&(?:quot|#34|#x22|#39|apos);/

/** Normalised text and, for each normalised character, its raw code-point index. */
export interface Normalized {
  text: string
  /** `source[i]`: code-point index in the raw text of normalised character `i`. */
  source: Array<number>
}

/**
 * Normalise text as the label guide says, keeping a map to raw code points.
 *
 * @param raw
 *   Text.
 * @returns
 *   Normalised text with its map.
 */
export function normalizeWithMap(raw: string): Normalized {
  const points = [...raw]
  let text = ''
  const source: Array<number> = []
  let space = false
  for (let index = 0; index < points.length; index++) {
    let char = points[index]!
    if (char === '&') {
      const entity = ENTITY.exec(points.slice(index, index + 6).join(''))
      if (entity) {
        index += entity[0].length - 1
        continue
      }
    }

    if (DROP.test(char)) continue
    if (/\s/u.test(char)) {
      space = text.length > 0
      continue
    }

    if (space) {
      text += ' '
      source.push(index)
      space = false
    }

    if (char === 'أ' || char === 'إ' || char === 'آ') char = 'ا'
    else if (char === 'ى') char = 'ي'
    else if (char === 'ة') char = 'ه'
    text += char
    source.push(index)
  }

  return {text, source}
}

/**
 * Normalise text as the label guide says.
 *
 * @param raw
 *   Text.
 * @returns
 *   Normalised text.
 */
export function normalize(raw: string): string {
  return normalizeWithMap(raw).text
}

/**
 * Range of normalised characters that come from a raw code-point range.
 *
 * @param normalized
 *   Normalised line.
 * @param start
 *   Raw code-point start.
 * @param end
 *   Raw code-point end (exclusive).
 * @returns
 *   Normalised `[start, end)`.
 */
export function mapRange(normalized: Normalized, start: number, end: number): [number, number] {
  let from = 0
  while (from < normalized.source.length && normalized.source[from]! < start) from++
  let to = from
  while (to < normalized.source.length && normalized.source[to]! < end) to++
  // Ignore a collapsed space at either edge.
  while (from < to && normalized.text[from] === ' ') from++
  while (to > from && normalized.text[to - 1] === ' ') to--
  return [from, to]
}
