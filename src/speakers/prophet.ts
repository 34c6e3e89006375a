/**
 * Religious formulae: the blessing written after the Prophet's name (`صلى
 * الله عليه وسلم`), how an article names him, and the words said of God
 * (`قوله تعالى`) after which scripture, not a speaker's words, follows.
 */

import {loosePattern} from '../text/fold.js'
import {itemAt} from '../text/items.js'

/** Words said of God after His name or a pronoun (`قوله تعالى`, `عز وجل`, `سبحانه`), folded: what follows is scripture, not the speaker's own words. */
export const DIVINE = new Set(['تعالي', 'وجل', 'سبحانه'])

/**
 * The blessing said after the Prophet's name in Arabic writing: a quote
 * introduced near it is his (hadith).
 */
const BLESSING = new RegExp('^(?:' + loosePattern('صلى الله عليه وسلم') + '|ﷺ)')

/** The letters the blessing opens with (`BLESSING` is tried only where one of them is written). */
const BLESSING_OPENERS = ['ص', 'ﷺ']

/** `عليه السلام`, `عليه الصلاة والسلام` right after a speech verb (`قال عليه السلام`), before the quote. */
export const PEACE_AFTER = new RegExp(
  '^[\\s\\-–—(]*' + loosePattern('عليه') + '\\s+(?:' + loosePattern('الصلاة') + '\\s+و)?' + loosePattern('السلام')
)

/** How the Prophet is named before the blessing, fullest first. */
const PROPHET_NAMES = [
  'رسول الله',
  'سيد البشر',
  'سيد الخلق',
  'سيد المرسلين',
  'خاتم الأنبياء',
  'النبي',
  'الرسول',
  'المصطفى',
  'نبينا',
  'رسولنا'
].map((name) => new RegExp('(' + loosePattern(name) + ')[\\s\\-–—]*$'))

/**
 * Where the blessing is written in a paragraph (the places a global search
 * for it finds), trying the long pattern only where a letter it opens with
 * stands rather than at every character.
 *
 * @param text
 *   Paragraph text.
 * @returns
 *   Index of each blessing, in order.
 */
export function blessingPlaces(text: string): Array<number> {
  const places: Array<number> = []
  let from = 0
  for (;;) {
    const at = nextOpener(text, from)
    if (at === -1) return places
    const match = BLESSING.exec(text.slice(at))
    if (match) {
      places.push(at)
      from = at + match[0].length
    } else {
      from = at + 1
    }
  }
}

/**
 * @param text
 *   Text.
 * @param from
 *   Index to look from.
 * @returns
 *   Index of the next letter the blessing opens with, or `-1`.
 */
function nextOpener(text: string, from: number): number {
  let next = -1
  for (const opener of BLESSING_OPENERS) {
    const at = text.indexOf(opener, from)
    if (at !== -1 && (next === -1 || at < next)) next = at
  }

  return next
}

/**
 * How an article names the Prophet: the first name of his found right before
 * the blessing, preferring two-word names (`رسول الله`, `سيد البشر`).
 *
 * @param paragraphs
 *   Paragraph texts.
 * @param blessings
 *   Places of the blessing per paragraph.
 * @returns
 *   Name as written, if the blessing occurs after one.
 */
export function prophetName(
  paragraphs: ReadonlyArray<string>,
  blessings: ReadonlyArray<ReadonlyArray<number>>
): string | undefined {
  let best: {name: string; rank: number} | undefined
  for (const [paragraph, places] of blessings.entries()) {
    for (const place of places) {
      const before = itemAt(paragraphs, paragraph).slice(Math.max(0, place - 40), place)
      for (const [rank, pattern] of PROPHET_NAMES.entries()) {
        const name = pattern.exec(before)?.[1]
        if (name !== undefined && (!best || rank < best.rank)) best = {name, rank}
      }
    }
  }

  return best?.name
}
