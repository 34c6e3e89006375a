/**
 * Small tests on words, phrases and cues that several readers of speakers
 * share: whether a phrase may name a speaker, a title is bare, a sentence
 * turns to someone else, a word may be a verb.
 */

import type {WordToken} from '../text/tokens.js'
import {
  isAuxiliaryVerb,
  isDescriptionHead,
  isEventNoun,
  isFeminineParticiple,
  isMannerWord,
  isOrganisationNoun,
  isPersonTitle,
  isPreposition,
  isQuantifier,
  isStopWord,
  isTitleNoun
} from './lexicon.js'
import type {ResolvedSpeaker} from './registry.js'
import type {ArticleState, SpeechCue} from './state.js'
import type {ReadSubjectOptions, SubjectPhrase} from './subject.js'

/**
 * @param speaker
 *   Speaker, if any.
 * @param via
 *   How it was found.
 * @returns
 *   The speaker with how it was found.
 */
export function tagged(speaker: ResolvedSpeaker | undefined, via: string): ResolvedSpeaker | undefined {
  return speaker ? {...speaker, via} : undefined
}

/**
 * A preposition with a pronoun (`عنك`, `عليه`, `معها`, `إليهم`, `لكم`),
 * folded; not `لي`, `بي`, `مني`, which are also names (`ستان لي`, `منى`).
 */
const PREPOSITION_WITH_PRONOUN = /^(?:(?:عن|علي|مع|الي)(?:ه|ها|هم|هما|هن|ك|كم|كما|ي|نا)|ل(?:ه|ها|هم|هما|ك|كم|كما))$/

/**
 * Whether a subject phrase can name a speaker: not a group in the narrative
 * (`جميع السوريين`, `اثنين من`), not the event (`تصريح`, `الخطة`), and a
 * phrase of several words only when a title, an organisation or a
 * description heads it (not `القوانين والأعراف الدولية`).
 *
 * @param subject
 *   Phrase read after a speech word.
 * @param options
 *   Extra titles.
 * @returns
 *   Whether it may name who spoke.
 */
export function isPlausibleSubject(subject: SubjectPhrase, options: Readonly<ReadSubjectOptions>): boolean {
  const words = subject.kind === 'name' && subject.titleWords.length === 0 ? subject.nameWords : subject.titleWords
  const head = words[0]
  if (!head) return true
  // `كان الأطباء`: a verb, not a name.
  if (isQuantifier(head) || isEventNoun(head) || isStopWord(head) || isAuxiliaryVerb(head)) return false
  // `ويقول عنك "كوشنير"`: the one spoken to or about, not who speaks.
  if (PREPOSITION_WITH_PRONOUN.test(head)) return false
  // `وتابعت متحمسة`, `وقال غاضبا`, `وأكد ثانية`: how or when one spoke.
  if (subject.kind === 'name' && words.length === 1 && (isMannerWord(head) || isFeminineParticiple(head))) return false
  if (subject.kind !== 'title') return true
  const bare = head.startsWith('ال') && head.length > 3 ? head.slice(2) : head
  // `زميله`, `شقيقها`: someone's relative, named elsewhere if at all.
  if (words.length === 1 && /[^ل]ه$/.test(subject.text) && subject.text.length > 3) return false
  if (words.length === 1) return true
  return isTitleNoun(bare) || isDescriptionHead(bare) || options.titles?.has(bare) === true
}

/**
 * Whether a person's title follows a name (`ايتالو زانزي المدير التنفيذي
 * لروما`, `سامي نادر، وزير المالية`): the name is a person's.
 *
 * @param text
 * @param tokens
 * @param subject
 *   Name phrase.
 * @returns
 *   Whether a title follows it.
 */
export function isTitledAfter(text: string, tokens: ReadonlyArray<WordToken>, subject: SubjectPhrase): boolean {
  const next = tokens.find((token) => token.start >= subject.end)
  if (!next || !/^\s*[،,]?\s*$/.test(text.slice(subject.end, next.start))) return false
  const word = stripArticle(next.folded)
  return isPersonTitle(word) || (isTitleNoun(word) && !isOrganisationNoun(word))
}

/**
 * Whether words open a sentence with a turn to another party (`من جانبه`,
 * `من جهتها`, `بدوره`, `من جهة أخرى`, `في المقابل`).
 *
 * @param tokens
 *   Words from the start of the sentence.
 * @returns
 *   Whether the sentence turns to someone else.
 */
export function opensTurn(tokens: ReadonlyArray<WordToken>): boolean {
  const [first, second] = tokens
  if (!first) return false
  if (/^[وف]?بدور(?:ه|ها|هم)$/.test(first.folded)) return true
  if (/^[وف]?في$/.test(first.folded) && second?.folded === 'المقابل') return true
  if (!/^[وف]?من$/.test(first.folded) || !second) return false
  return /^(?:جانب|جهت|ناحيت)(?:ه|ها|هم)$/.test(second.folded) || second.folded === 'جهه'
}

/**
 * Whether a cue names its speaker surely enough to stand for the speaker of
 * later speech words without a subject (`وأضاف`): a name of two words or
 * more, a title, organisation or description with a known head; not a lone
 * word the article never gives in full.
 *
 * @param cue
 *   Cue with a resolved speaker.
 * @returns
 *   Whether later cues may take its speaker.
 */
export function isSureSpeaker(cue: SpeechCue): boolean {
  const subject = cue.subject
  if (!subject || !cue.resolved) return false
  if (cue.resolved.speaker.trim().split(/\s+/).length >= 2) return true
  if (subject.kind === 'description') return true
  const head = subject.titleWords[0]
  if (subject.kind === 'title' && head) {
    return isTitleNoun(head.startsWith('ال') && head.length > 3 ? head.slice(2) : head)
  }

  return false
}

/**
 * Whether a title phrase is a bare title: its head is followed by a word
 * with the article, a title noun or a preposition (`المدرب الإسباني`,
 * `وزير الثقافة`), not by a word that may be a name (`مالك عدلي`: `مالك`
 * is also a given name).
 *
 * @param subject
 *   Title phrase.
 * @returns
 *   Whether it names nobody by name.
 */
export function isBareTitle(subject: SubjectPhrase): boolean {
  const second = subject.titleWords[1]
  return (
    second === undefined ||
    second.startsWith('ال') ||
    /^[لب]/.test(second) ||
    isPreposition(second) ||
    isTitleNoun(second)
  )
}

/**
 * @param word
 *   Folded word.
 * @returns
 *   The word without the article (`الجبوري` → `جبوري`).
 */
export function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word
}

/**
 * @param state
 * @param token
 *   Word.
 * @returns
 *   Whether it may be a verb: not a noun with the article, a preposition,
 *   a particle or a title.
 */
export function mayBeVerb(state: ArticleState, token: WordToken): boolean {
  if (token.definite || token.value.length < 3) return false
  return !(isPreposition(token.stem) || isStopWord(token.folded) || isStopWord(token.stem) || isTitleNoun(token.stem))
}
