/**
 * The speaker who spoke before: who a speech word without a subject
 * (`وأضاف`) carries on from, and the signs that someone else spoke or was
 * named since.
 */

import {itemAt} from '../text/items.js'
import {tokenize} from '../text/tokens.js'
import {type Gender, isComplementiser, isOrganisationNoun} from './lexicon.js'
import {isSureSpeaker, stripArticle} from './predicates.js'
import {orderIndex, orderParagraph, readingOrder, type ResolvedSpeaker} from './registry.js'
import type {ArticleState, SpeechCue} from './state.js'

/**
 * @param state
 * @param order
 *   Reading-order place.
 * @param gender
 *   Gender to match, if known.
 * @returns
 *   The last named speaker before `order` of that gender (of any gender
 *   when there is none).
 */
export function previousSpeaker(
  state: ArticleState,
  order: number,
  gender: Gender | undefined
): ResolvedSpeaker | undefined {
  for (let index = state.named.length - 1; index >= 0; index--) {
    const cue = itemAt(state.named, index)
    if (cue.order >= order) continue
    // `ليرد حسني قائلا` since: someone not known spoke after them.
    if (unknownSpokeBetween(state, cue.order, order)) return undefined
    // `وأضافت` after a man spoke: the last woman who spoke (and nobody
    // when none did, rather than a name of the other gender).
    if (gender && cue.gender && cue.gender !== gender) continue
    if (!isSureSpeaker(cue) || !cue.resolved) return undefined
    // `وفق لوائح التسجيل`: the source of a fact, not someone who speaks
    // on; only a title or an organisation given as a source does.
    const head = cue.subject?.titleWords[0]
    const titled =
      cue.subject?.kind === 'title' && (cue.subject.person || (head && isOrganisationNoun(stripArticle(head))))
    if (cue.word.form === 'attribution' && !titled) return undefined
    // `يقول النحات X لـ"الوطن": «…». وأضاف`: someone spoke since whose
    // name was not read; `وأضاف` is theirs, not the one before.
    if (refusedBetween(state, cue.order, order, gender)) return undefined
    // `وقال إن حزب X اعتبر أن …` then `وأكد`: the one reported on is not
    // the one who carries on; which of the two is, the text does not say.
    if (isReported(state, cue)) return undefined
    // `وقال X … رحب الأمين العام … وشدد على`: someone else named since.
    if (state.registry.othersBetween(readingOrder(cue.paragraph + 1, 0), order, cue.resolved.speaker, gender))
      return undefined
    // `وقال X … دعا الجبوري إلى … وقال خلال لقائه`: the narrative turned
    // to someone else the article names.
    if (namesSomeoneElse(state, cue.paragraph, cue.sentence[1], order, cue.resolved.speaker)) return undefined
    return cue.resolved
  }

  // Nobody has spoken yet: someone named earlier may be spoken about, not
  // the one speaking; no speaker rather than a guess.
  return undefined
}

/**
 * Whether a speech word stands in what another speech word of its sentence
 * reports (`وقال إن حزب X اعتبر`, `قال X، إن الحزب يدعو`): after it and
 * after a complementiser that follows it, the other's speaker not its own.
 *
 * @param state
 * @param cue
 *   Cue with a resolved speaker.
 * @returns
 *   Whether it is reported speech.
 */
function isReported(state: ArticleState, cue: SpeechCue): boolean {
  const analysis = state.analysis(cue.paragraph)
  return itemAt(state.cues, cue.paragraph).some(
    (other) =>
      other.start >= cue.sentence[0] &&
      other.start < cue.start &&
      other.word.form !== 'attribution' &&
      !other.word.firstPerson &&
      other.resolved?.speaker !== cue.resolved?.speaker &&
      // No full stop or quotation between: the same sentence surely.
      !/[.!?؟«»"“”]/.test(analysis.text.slice(other.end, cue.start)) &&
      analysis.tokensIn(other.end, cue.start).some((token) => isComplementiser(token.folded))
  )
}

/**
 * Whether a speech word whose subject was not taken (`blocked`) comes
 * between two places, of the gender asked for or of none shown.
 *
 * @param state
 * @param from
 *   Reading-order place to look after.
 * @param to
 *   Reading-order place to look before.
 * @param gender
 *   Gender to match, if known.
 * @returns
 *   Whether someone unnamed spoke between.
 */
function refusedBetween(state: ArticleState, from: number, to: number, gender: Gender | undefined): boolean {
  return state.refused.some(
    (cue) => cue.order > from && cue.order < to && (!gender || !cue.gender || cue.gender === gender)
  )
}

/**
 * Whether the narrative between two places names a person of the article
 * other than `speaker` by their family name (`دعا الجبوري`): words after a
 * speech word in its sentence are what is said, not who says it.
 *
 * @param state
 * @param paragraph
 *   Paragraph to look from.
 * @param from
 *   Index to look from in that paragraph.
 * @param order
 *   Reading-order place to look up to.
 * @param speaker
 *   Speaker whose own names do not count.
 * @returns
 *   Whether someone else is named.
 */
export function namesSomeoneElse(
  state: ArticleState,
  paragraph: number,
  from: number,
  order: number,
  speaker: string
): boolean {
  const others = state.familyNames()
  if (others.size === 0) return false
  const own = new Set(tokenize(speaker).map((token) => stripArticle(token.folded)))
  const last = orderParagraph(order)
  for (let index = paragraph; index <= last; index++) {
    const analysis = state.analysis(index)
    const start = index === paragraph ? from : 0
    const end = index === last ? orderIndex(order) : analysis.text.length
    const cues = itemAt(state.cues, index)
    for (const token of analysis.tokensIn(start, end)) {
      const word = stripArticle(token.folded)
      const name = others.has(word) ? word : others.has(token.stem) ? token.stem : undefined
      if (name === undefined || own.has(name)) continue
      const sentence = analysis.sentenceStart(token.start)
      if (cues.some((cue) => cue.start >= sentence && cue.start < token.start)) continue
      return true
    }
  }

  return false
}

/**
 * @param state
 * @returns
 *   Family names (folded, article dropped) of the people the article
 *   names with two words or more.
 */
export function familyNames(state: ArticleState): Set<string> {
  const families = new Set<string>()
  const add = (words: ReadonlyArray<string>) => {
    const family = words.at(-1)
    if (words.length >= 2 && family && stripArticle(family).length >= 3) families.add(stripArticle(family))
  }

  // Names given with a title (`رئيس البرلمان سليم الجبوري`), and names of
  // those who speak: the surest.
  for (const mention of state.registry.mentions) {
    const head = mention.titleWords[0]
    if (mention.kind === 'name' && mention.person && head && !isOrganisationNoun(head) && mention.nameWords.length <= 4)
      add(mention.nameWords)
  }

  for (const cue of state.named) {
    if (cue.subject?.kind === 'name' && cue.resolved) add(tokenize(cue.resolved.speaker).map((token) => token.folded))
  }

  return families
}

/**
 * Whether a participle whose subject the article does not show to be a
 * person (`ليرد حسني قائلا`) comes between two places.
 *
 * @param state
 * @param from
 *   Reading-order place, exclusive.
 * @param to
 *   Reading-order place, exclusive.
 * @returns
 *   Whether someone not known spoke between them.
 */
function unknownSpokeBetween(state: ArticleState, from: number, to: number): boolean {
  return state.cues.some((cues) =>
    cues.some((cue) => cue.blocked && cue.word.form === 'participle' && cue.order > from && cue.order < to)
  )
}
