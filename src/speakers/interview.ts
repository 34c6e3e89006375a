/**
 * Interviews: questions (`- هل …؟`), their answers, and the paragraph that
 * hands its speaker on to the paragraphs of quotation after it.
 */

import {itemAt} from '../text/items.js'
import {implicitSpeaker} from './implicit.js'
import type {ResolvedSpeaker} from './registry.js'
import type {ArticleState} from './state.js'

/** How many paragraphs of questions and answers back an interview's introduction is looked for. */
const INTERVIEW_REACH = 8

/**
 * Whether a paragraph is an interviewer's question: it ends with `؟`, or
 * opens with a dash and asks (`- هل …؟ أليس كذلك؟`).
 *
 * @param text
 *   Paragraph text.
 * @returns
 *   Whether it asks a question.
 */
function isQuestion(text: string): boolean {
  const trimmed = text.trim()
  return /[؟?]$/.test(trimmed) || (/^[-–—*]/.test(trimmed) && /[؟?]/.test(trimmed))
}

/**
 * Speaker of an answer that follows its question in one paragraph (`- أي
 * تدريب قمت به؟ «…»`): the interviewee.
 *
 * @param state
 * @param paragraph
 * @param open
 *   Index of the opening mark.
 * @returns
 *   Speaker, or `undefined`.
 */
export function answerSpeaker(state: ArticleState, paragraph: number, open: number): ResolvedSpeaker | undefined {
  const text = state.analysis(paragraph).text.slice(0, open)
  if (itemAt(state.cues, paragraph).length > 0 || !/^\s*[-–—*]/.test(text) || !/[؟?]\s*$/.test(text)) return undefined
  return interviewee(state, paragraph + 1)
}

/**
 * Speaker a paragraph hands on to a following paragraph that is all quote:
 * the paragraph ends with a colon or a speech word, or holds a quotation.
 *
 * @param state
 * @param paragraph
 *   Index of the introducing paragraph.
 * @returns
 *   Speaker, or `undefined`.
 */
export function introducedBy(state: ArticleState, paragraph: number): ResolvedSpeaker | undefined {
  const analysis = state.analysis(paragraph)
  const text = analysis.text
  // The paragraph before the first has no cues.
  const cues = state.cues[paragraph] ?? []
  if (cues.length === 0 && isQuestion(text)) return interviewee(state, paragraph)
  const last = cues.at(-1)
  if (!last || last.blocked) return undefined
  const tail = analysis.tokensIn(last.end, text.length)
  const introduces = /[:：]\s*[-–—]*\s*$/.test(text) || tail.length <= 2
  if (!introduces) return undefined
  const start = analysis.sentenceStart(last.start)
  const before = cues.filter((cue) => cue.start >= start)
  return last.resolved ? {...last.resolved, via: 'handed-on'} : implicitSpeaker(state, paragraph, start, last, before)
}

/**
 * Speaker of an answer in an interview: the paragraph before it is a
 * question (`- هل …؟`); going back over questions and answers that are
 * quotations of their own, the paragraph that introduced the first answer
 * (`… الذي قال لـ«الصحيفة»:`) names who answers.
 *
 * @param state
 * @param question
 *   Index of the question paragraph.
 * @returns
 *   Speaker, or `undefined`.
 */
function interviewee(state: ArticleState, question: number): ResolvedSpeaker | undefined {
  for (let index = question - 1; index >= Math.max(0, question - INTERVIEW_REACH); index--) {
    const analysis = state.analysis(index)
    // A paragraph not of the article's body (a subheading) ends the
    // interview; so does narrative.
    if (analysis.text.trim() === '') return undefined
    const answer = analysis.tokens.length === 0
    if (answer || (itemAt(state.cues, index).length === 0 && isQuestion(analysis.text))) continue
    const speaker = introducedBy(state, index)
    return speaker ? {...speaker, via: 'interviewee'} : undefined
  }

  return undefined
}
