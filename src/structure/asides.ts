/**
 * Recognising bylines and outlet boilerplate lines.
 */

import {isWhiteSpace, tokenize} from '../text/tokens.js'
import {countWords, normalizeForComparison} from './text.js'

/** What a line is, when it is not part of the story. */
export interface AsideMatch {
  /** A byline (`كتب: فلان`) or outlet boilerplate (`// انتهى //`). */
  kind: 'byline' | 'boilerplate'
  /** The author's name, for bylines that give one after a label. */
  name?: string | undefined
}

/** Labels that introduce the writer, reporter, editor or photographer of a story. */
const bylineLabel =
  /^(?:كتب|كتبت|كتبه|كتبها|بقلم|إعداد|اعداد|تقرير|متابعة|تحرير|تصوير|حوار|ترجمة|رصد|عرض|مراسل|مراسلة)\s*[:\-–—]\s*|^(?:كتب|كتبت|بقلم)\s+/

/** The Saudi Press Agency's end mark and its variants. */
const endMark = /^(?:\/+\s*)?انتهى(?:\s*\/+)?\.?$/

/** Digits in both Western and Arabic-Indic forms. */
const digit = '[0-9\u0660-\u0669\u06F0-\u06F9]'

/** A lone time stamp: `12:48 ت م`, `9:05 ص`, `14:12 GMT`. */
const timeStamp = new RegExp(
  '^' +
    digit +
    '{1,2}\\s*[:٫.]\\s*' +
    digit +
    '{2}(?:\\s*(?:ت\\s*م|ت\\.م|ص|م|مساء|مساءً|صباحا|صباحًا|ظهرا|GMT|UTC|بتوقيت\\s+\\S+))*\\.?$'
)

/** A lone numeric date: `12/08/2015`, `2015-08-12`. */
const numericDate = new RegExp(
  '^(?:' +
    digit +
    '{1,4}[/\\-.]' +
    digit +
    '{1,2}[/\\-.]' +
    digit +
    '{1,4})(?:\\s+' +
    digit +
    '{1,2}:' +
    digit +
    '{2})?$'
)

/** Navigation text left over from a web page. */
const navigation = /^(?:(?:next|previous|السابق|التالي)\s*)+$/i

/**
 * Lines that announce a list of related links: `اقرأ أيضا`, `أخبار متعلقة`,
 * `مواضيع ذات صلة`, `مقالات أخرى للكاتب`.
 */
const relatedHeader = new RegExp(
  '^(?:(?:اقرأ|اقرا|إقرأ)\\s+(?:أيضا|أيضًا|ايضا|ايضًا|أيضاً|ايضاً|كذلك)' +
    '|(?:ال)?(?:أخبار|اخبار|مواضيع|موضوعات|مقالات)\\s+(?:(?:ال)?متعلق[ةه]|ذات\\s+صل[ةه])' +
    '|مقالات\\s+أخرى\\s+للكاتب[ةه]?)\\s*[:.]?$'
)

/** Lines that start a list of the writer's other articles, glued to it (`مقالات أخرى للكاتبعنوان…`). */
const otherArticles = /^مقالات\s+أخرى\s+للكاتب/

/**
 * A pointer to a link in place of the story: `اضغط هنا`, `انقر هنا للمزيد`,
 * `لقراءة الخبر كاملا`, `شاهد الفيديو`, `راجع الرابط التالي:`.
 */
const linkPointer =
  /^(?:(?:إ|ا)?(?:ضغط|نقر)(?:وا)?\s+هنا|(?:لقراءة|لمشاهدة|لمتابعة)\s+(?:الخبر|المقال|الموضوع|التفاصيل|الفيديو)|(?:شاهد|شاهدوا)\s+(?:الفيديو|الصور)$|التفاصيل$|(?:راجع|زوروا|زر)\s+(?:الرابط|الموقع)\s)/

/** Most words of a line that points to a link. */
const MAX_POINTER_WORDS = 12

/** A photo's credit or kind left where the photo stood: `صورة أرشيفية`, `تعبيرية`. */
const photoCredit = /^(?:(?:ال)?صور[ةه]\s+)?(?:[أا]رشيفي[ةه]|تعبيري[ةه]|توضيحي[ةه])$/

/** A pointer back to the story on the outlet's site. */
const sourceLink = /^(?:رابط\s+(?:الخبر|المقال|الموضوع)|المصدر\s*:\s*(?:https?:|www\.))/

/**
 * Recognise a byline or boilerplate line by its own text.
 *
 * @param text
 *   The line, trimmed.
 * @returns
 *   What it is, or `undefined` for story text.
 */
export function matchAside(text: string): AsideMatch | undefined {
  if (endMark.test(text) || timeStamp.test(text) || numericDate.test(text)) {
    return {kind: 'boilerplate'}
  }

  if (
    navigation.test(text) ||
    relatedHeader.test(text) ||
    sourceLink.test(text) ||
    otherArticles.test(text) ||
    photoCredit.test(text)
  ) {
    return {kind: 'boilerplate'}
  }

  if (linkPointer.test(text) && countWords(text) <= MAX_POINTER_WORDS) return {kind: 'boilerplate'}

  const label = bylineLabel.exec(text)
  if (label) {
    const name = text.slice(label[0].length).trim()
    if (name && countWords(name) <= 8 && !/[.؟?!]$/.test(name)) {
      return {kind: 'byline', name: name.replace(/[،,].*$/, '').trim()}
    }
  }

  return undefined
}

/**
 * Whether a line announces a list of related links (`اقرأ أيضا`).
 *
 * @param text
 *   The line, trimmed.
 * @returns
 *   Whether it does.
 */
export function isRelatedLinksHeader(text: string): boolean {
  return relatedHeader.test(text)
}

/** Most words of a related link's title. */
const MAX_LINK_WORDS = 25

/**
 * Whether a line after a related-links header is one of the links: a
 * title, short and not closed by a full stop as a sentence of the story is.
 *
 * @param text
 *   The line, trimmed.
 * @returns
 *   Whether it is.
 */
export function isRelatedLink(text: string): boolean {
  return countWords(text) <= MAX_LINK_WORDS && !/[.。]$/.test(text)
}

/**
 * Whether a short line is just a person's name: two to four words of
 * two letters or more, no punctuation, no digits. Used for the first and last lines of a
 * story, where outlets put the writer's name.
 *
 * @param text
 *   The line, trimmed.
 * @returns
 *   Whether it looks like a bare name.
 */
export function isBareName(text: string): boolean {
  // Most lines are long: counting their gaps up to the fourth settles it
  // before the words are split out.
  if (runsOfWhiteSpace(text, 4) >= 4) return false
  // A title before the name (`د.`, `أ.د.`, `م.`) is part of a byline.
  const words = text.replace(/^(?:[أا]\.\s*)?[دم]\.\s*/, '').split(/\s+/)
  // A word of one letter is an initial of an agency (`أ ش أ`), not part of a
  // name; a tatweel alone stands for a dash (`فلان ـ جدة`).
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => /^[\p{L}\p{M}]+$/u.test(word) && (word.length >= 2 || word === '\u0640'))
  )
}

/**
 * @param text
 *   Text.
 * @param most
 *   Count to stop at.
 * @returns
 *   How many runs of white space (`\s+`) it holds, up to `most`.
 */
function runsOfWhiteSpace(text: string, most: number): number {
  let runs = 0
  let previous = false
  for (let index = 0; index < text.length && runs < most; index++) {
    const space = isWhiteSpace(text.charCodeAt(index))
    if (space && !previous) runs++
    previous = space
  }

  return runs
}

/** Most words of a photo's caption left at the top of a story (`الجيش في بورسعيد`). */
const MAX_CAPTION_WORDS = 3

/** Words a caption may hold that need not recur in the story. */
const CAPTION_FILLER = new Set(['في', 'من', 'علي', 'الي', 'عن', 'مع', 'و'])

/** Most words between two words of a name for them to be read as that name. */
const NAME_REACH = 3

/**
 * Whether the first line of a story is the caption of its photo: a few
 * words without punctuation, every one of them found again in the headline
 * or the story (the person, place or thing pictured: `المرداسي` before
 * `الحكم فهد المرداسي …`), or a line the headline holds whole. A writer's
 * name, by contrast, is not part of what the story tells: the words of a
 * name (no article) must stand together in the story, not just anywhere
 * (`أحمد` and `خليل` apart do not name the writer `أحمد خليل`).
 *
 * @param text
 *   The line, trimmed.
 * @param story
 *   The headline and the other lines of the story.
 * @returns
 *   Whether it is a caption.
 */
export function isCaption(text: string, story: ReadonlyArray<string>): boolean {
  if (/[.،,:؛;!?؟]$/.test(text)) return false
  const headline = story[0]
  if (headline !== undefined && countWords(text) >= 3) {
    if (normalizeForComparison(headline).includes(normalizeForComparison(text))) return true
  }

  // Letters only (a dash or a digit makes a dateline, `طنطا - أ ش أ`), and
  // no clitic on the first word: a line that opens with one goes on with the
  // headline (`وأسرته من …`, `لصعوبة …`).
  if (!/^[\p{L}\p{M}\s]+$/u.test(text) || text.includes('\u0640')) return false
  const words = tokenize(text).filter((token) => token.folded.length > 1 && !CAPTION_FILLER.has(token.folded))
  const first = words[0]
  if (!first || first.prefix.replace('ال', '') !== '' || words.length > MAX_CAPTION_WORDS) return false

  const places = storyPlaces(story)
  return words.every((token, index) => {
    const at = places.get(token.stem) ?? places.get(token.folded)
    const before = words[index - 1]
    if (!at) return false
    if (!before || before.definite || token.definite) return true
    const previous = places.get(before.stem) ?? places.get(before.folded) ?? []
    return at.some((place) => previous.some((other) => Math.abs(place - other) <= NAME_REACH))
  })
}

/**
 * @param story
 *   Lines of text.
 * @returns
 *   Where each word stands (folded and by its stem), counted over all lines.
 */
function storyPlaces(story: ReadonlyArray<string>): Map<string, Array<number>> {
  const places = new Map<string, Array<number>>()
  let at = 0
  for (const line of story) {
    for (const token of tokenize(line)) {
      for (const key of new Set([token.folded, token.stem])) {
        const list = places.get(key)
        if (list) list.push(at)
        else places.set(key, [at])
      }

      at++
    }

    // Lines apart are never one name.
    at += NAME_REACH + 1
  }

  return places
}
