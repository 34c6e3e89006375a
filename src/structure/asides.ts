/**
 * Recognising bylines and outlet boilerplate lines.
 */

import {isWhiteSpace} from '../text/tokens.js'
import {countWords} from './text.js'

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

  if (navigation.test(text) || relatedHeader.test(text) || sourceLink.test(text) || otherArticles.test(text)) {
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
  const words = text.split(/\s+/)
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
