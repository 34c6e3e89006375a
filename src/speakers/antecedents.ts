/**
 * Who a title or a shared family name given as a speech word's subject
 * stands for (`وأوضح المدرب الإسباني`, `وأضاف "العتيبي"`): the person named
 * before who spoke.
 */

import {tokenize} from '../text/tokens.js'
import type {Gender, SpeechWord} from './lexicon.js'
import {stripArticle} from './predicates.js'
import {readingOrder, type ResolvedSpeaker} from './registry.js'
import type {ArticleState, SpeechCue} from './state.js'
import type {SubjectPhrase} from './subject.js'

/**
 * @param state
 * @param gender
 *   Gender to match, if known.
 * @returns
 *   The last cue so far whose subject is a person's name, of that gender
 *   (or of unknown gender).
 */
function lastNamed(state: ArticleState, gender: Gender | undefined): SpeechCue | undefined {
  const candidates = gender
    ? [state.lastNameByGender.get(gender), state.lastNameByGender.get('unknown')]
    : [...state.lastNameByGender.values()]
  let best: SpeechCue | undefined
  for (const cue of candidates) if (cue && (!best || cue.order > best.order)) best = cue
  return best
}

/**
 * The speaker a family name shared by two people stands for when the one
 * who spoke last bears it (`وأوضح … فهد العتيبي …` then `وأضاف
 * "العتيبي"`): of the speech word's gender, in this paragraph or the one
 * before, and with nobody else named since their paragraph began.
 *
 * @param state
 * @param subject
 *   Family name read as the subject.
 * @param word
 *   Its speech word.
 * @param paragraph
 *   Paragraph index.
 * @param cues
 *   Cues read so far in the paragraph.
 * @param order
 *   Reading-order place of the speech word.
 * @returns
 *   Speaker, if the last one bears the name.
 */
export function lastBearer(
  state: ArticleState,
  subject: SubjectPhrase,
  word: SpeechWord,
  paragraph: number,
  cues: ReadonlyArray<SpeechCue>,
  order: number
): ResolvedSpeaker | undefined {
  // `الشمري` alone reads as a title word, `"العتيبي"` as a name.
  const words = subject.kind === 'name' ? subject.nameWords : subject.titleWords
  const family = words.length === 1 ? words[0] : undefined
  const last = cues.findLast((cue) => cue.resolved) ?? state.named.at(-1)
  if (family === undefined || !last?.resolved || last.paragraph < paragraph - 1) return undefined
  if (word.gender && last.gender && word.gender !== last.gender) return undefined
  const speaker = last.resolved.speaker
  const names = tokenize(speaker).map((token) => stripArticle(token.folded))
  if (names.length < 2 || names.at(-1) !== stripArticle(family)) return undefined
  if (state.registry.othersBetween(readingOrder(last.paragraph, 0), order, speaker, undefined)) return undefined
  return {speaker, asWritten: subject.text, via: 'last-bearer'}
}

/**
 * Whether a person's name is first given after a place: no name mention
 * before it shares a word with it (`رومانيولي` before `اليسيو رومانيولي`
 * counts).
 *
 * @param state
 * @param speaker
 *   Speaker, resolved.
 * @param order
 *   Reading-order place.
 * @returns
 *   Whether `speaker` is a name only mentioned after `order`.
 */
export function namedOnlyAfter(state: ArticleState, speaker: string, order: number): boolean {
  const mentions = state.registry.mentions
  if (!mentions.some((mention) => mention.kind === 'name' && mention.name === speaker)) return false
  const words = new Set(tokenize(speaker).map((token) => stripArticle(token.folded)))
  return !mentions.some(
    (mention) =>
      mention.order < order &&
      mention.kind === 'name' &&
      mention.nameWords.some((word) => words.has(stripArticle(word)))
  )
}

/**
 * The person a bare title stands for (`وأوضح المدرب الإسباني`): the last
 * person named who spoke, when the article gave them that role (`المدرب`),
 * or their role is unknown and they spoke in this paragraph or the one
 * before: a title alone may stand for anyone else. A title they were given
 * where they spoke, other than this one, rules them out (`المتحدث الرسمي
 * "X"` is not `مدير المحطة`).
 *
 * @param state
 * @param subject
 *   Bare title of a person.
 * @param word
 *   Its speech word.
 * @param paragraph
 *   Paragraph index.
 * @param cues
 *   Cues read so far in the paragraph.
 * @returns
 *   Speaker, if someone it stands for is clear.
 */
export function titleAntecedent(
  state: ArticleState,
  subject: SubjectPhrase,
  word: SpeechWord,
  paragraph: number,
  cues: ReadonlyArray<SpeechCue>
): ResolvedSpeaker | undefined {
  const gender = word.gender ?? subject.gender
  const head = subject.titleWords[0]?.replace(/^ال/, '')
  const named = (cue: SpeechCue) => cue.subject?.kind === 'name' && (!gender || !cue.gender || cue.gender === gender)
  const earlier = cues.findLast(named) ?? lastNamed(state, gender)
  if (!earlier?.resolved) return undefined
  const roles = state.registry.titlesOf(earlier.resolved.speaker)
  const spokenAs = (earlier.subject?.titleWords ?? []).map(stripArticle)
  const near =
    earlier.paragraph >= paragraph - 1 && (spokenAs.length === 0 || (head !== undefined && spokenAs.includes(head)))
  if (!(roles.length === 0 ? near : head !== undefined && roles.includes(head))) return undefined
  return {speaker: earlier.resolved.speaker, asWritten: subject.text, via: 'title-antecedent'}
}
