/**
 * Recognising bylines and outlet boilerplate lines.
 */

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

/** Lines that announce a list of related links. */
const relatedHeader = /^(?:اقرأ|اقرا|إقرأ)\s+(?:أيضا|أيضًا|ايضا|ايضًا|أيضاً|ايضاً|كذلك)\s*[:.]?$/

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

  if (navigation.test(text) || relatedHeader.test(text) || sourceLink.test(text)) {
    return {kind: 'boilerplate'}
  }

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

/**
 * Whether a short line is just a person's name: two to four words of
 * letters, no punctuation, no digits. Used for the first and last lines of a
 * story, where outlets put the writer's name.
 *
 * @param text
 *   The line, trimmed.
 * @returns
 *   Whether it looks like a bare name.
 */
export function isBareName(text: string): boolean {
  const words = text.split(/\s+/)
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^[\p{L}\p{M}]+$/u.test(word))
}
