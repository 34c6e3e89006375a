/**
 * The person named as the subject of the verb that opens a sentence
 * (`وانتقد روبرت ساليفان … وقال`, `رحب الدكتور X … مشيرا`): the speaker of
 * a speech word of that sentence that has no subject of its own.
 */

import {itemAt} from '../text/items.js'
import {tokenize, type WordToken} from '../text/tokens.js'
import {apposedName} from './cue-subject.js'
import {isAuxiliaryVerb, isNameParticle, isPersonTitle, isPreposition, isStopWord, isTitleNoun} from './lexicon.js'
import {isPlausibleSubject, isTitledAfter, opensTurn, stripArticle} from './predicates.js'
import {readingOrder, type ResolvedSpeaker} from './registry.js'
import type {ArticleState, SpeechCue} from './state.js'
import {nameSubject, readSubject, type SubjectPhrase} from './subject.js'

/** Verbs written like a title (`طالب`: demanded, or student), folded: a verb when a person's title follows (`طالب رئيس اللجنة`). */
const TITLE_VERBS = new Set(['طالب'])

/** Particles before the verb that opens a sentence (`وفيما أبدى`), folded. */
export const OPENING_PARTICLES = /^(?:و?فيما|و?كما|ثم|و?حيث|و?بينما|و?قد|فقد|و?لقد)$/

/** Demonstratives and adverbs after a verb, where no subject is (`وقدمت لذلك`), folded. */
const DEMONSTRATIVES = /^(?:[لبك]?ذلك|[لبك]?هذا|[لبك]?هذه|هنا|هناك|ايضا|كذلك)$/

/** Particles carrying a pronoun that is the subject of the verb after them (`لكنه أكد`), folded. */
const PRONOUN_SUBJECT = /^[وف]?(?:لكن|ان|بان|لان|كون)(?:ه|ها|هم|هما)$/

/**
 * Give a speech word without a subject the person named as the subject of
 * the verb that opens its sentence (`وانتقد روبرت ساليفان … وقال`,
 * `رحب الدكتور X بالحكم … مشيرا`), or of the sentence before when the
 * speech word opens its own: that person is then its speaker, also for
 * the speech words that carry on (`وأضاف`) in later paragraphs.
 *
 * @param state
 * @param cue
 *   Cue just read.
 * @returns
 *   Nothing.
 */
export function takeOpeningSubject(state: ArticleState, cue: SpeechCue): undefined {
  if (cue.resolved || cue.blocked || cue.word.firstPerson) return undefined
  if (cue.word.form !== 'verb' && cue.word.form !== 'participle') return undefined
  const analysis = state.analysis(cue.paragraph)
  const start = cue.sentence[0]
  // Only the first speech word of the sentence: a later one goes with the
  // speakers of those before it (`بحسب حاكم المنطقة X الذي أضاف`: X), and
  // with none when they have none (`implicitSpeaker` in `implicit.ts`).
  if (itemAt(state.cues, cue.paragraph).some((other) => other.start >= start && other.start < cue.start))
    return undefined
  const opens = analysis.tokensIn(start, cue.start).length === 0
  let found = verbSubject(state, cue.paragraph, start, cue.start, true)
  if (!found && opens && start > 0) {
    found = verbSubject(state, cue.paragraph, analysis.sentenceStart(start - 1), start, true)
  }

  // `طالب رئيس اللجنة X المجتمع الدولي …` then, opening the next
  // paragraph, `وقال في بيان …`: the lead's subject, when the lead has no
  // speech word of its own.
  const lead = state.analysis(cue.paragraph - 1)
  if (!found && opens && start === 0 && lead.text !== '' && (state.cues[cue.paragraph - 1] ?? []).length === 0) {
    found = verbSubject(state, cue.paragraph - 1, 0, lead.sentenceEnd(0), true)
  }

  if (!found || (cue.gender && found.subject.gender && found.subject.gender !== cue.gender)) return undefined
  // `استمع X إلى أقوال Y …، لكنه أكد`: the pronoun may stand for
  // someone named since.
  const before = analysis.tokens[analysis.tokens.findIndex((token) => token.start === cue.start) - 1]
  if (before && PRONOUN_SUBJECT.test(before.folded)) return undefined
  cue.subject = found.subject
  cue.resolved = found.speaker
  return undefined
}

/**
 * The person named right after the word that opens a stretch of
 * narrative, when that word may be a verb (`وانتقد روبرت ساليفان`,
 * `وفيما أبدى سمير الدعجاني`, a paragraph's first word: `رحب الدكتور
 * …`): a name of two or three words (particles such as `بن` aside), the
 * stretch holding no speech word of its own.
 *
 * @param state
 * @param paragraph
 * @param from
 * @param to
 * @param known
 *   Whether the name must be known as a person's (see `isKnownPerson`),
 *   and may open the paragraph without `و`.
 */
export function verbSubject(
  state: ArticleState,
  paragraph: number,
  from: number,
  to: number,
  known: boolean
): {speaker: ResolvedSpeaker; subject: SubjectPhrase} | undefined {
  const analysis = state.analysis(paragraph)
  const tokens = analysis.tokensIn(from, to)
  let index = 0
  if (OPENING_PARTICLES.test(tokens[0]?.folded ?? '')) index = 1
  // `بدوره، عبر X عن …`, `من جانبه، أشاد X …`: the turn to someone new,
  // named as the verb's subject.
  else if (opensTurn(tokens)) index = /^[وف]?بدور/.test(tokens[0]?.folded ?? '') ? 1 : 2
  const verb = tokens[index]
  // A verb opening narrative is joined by `و`/`ف`, follows a particle, or
  // opens the paragraph (the lead: `أشاد نائب الوزير …`); not `كان`, whose
  // subject is read before the verb it leads to (`وكانت الممثلة …، السفيرة
  // X، قد قالت`: `subjectBefore` in `cue-subject.ts`).
  if (!verb || verb.definite || verb.value.length < 3 || isAuxiliaryVerb(verb.folded)) return undefined
  if (index === 0 && verb.prefix !== 'و' && verb.prefix !== 'ف' && !(known && from === 0)) return undefined
  const all = analysis.tokens
  const at = all.indexOf(verb)
  if (isPreposition(verb.stem) || isStopWord(verb.folded) || isStopWord(verb.stem)) return undefined
  if (isTitleNoun(verb.stem) && !(TITLE_VERBS.has(verb.stem) && isPersonTitle(stripArticle(all[at + 1]?.folded ?? ''))))
    return undefined
  // The subject follows the verb bare (`وقدمت لذلك نبذة`: no subject).
  const first = all[at + 1]
  if (!first || (first.prefix !== '' && !first.definite) || DEMONSTRATIVES.test(first.folded)) return undefined
  let subject = readSubject(analysis.text, all, at + 1, to, state.options)
  if (subject?.kind !== 'name') subject = familyNameAlone(state, paragraph, first) ?? subject
  if (subject) subject = apposedName(analysis.text, all, subject, to, state.options) ?? subject
  if (subject?.kind !== 'name' || !isPlausibleSubject(subject, state.options)) return undefined
  const resolved = state.registry.resolve(subject, readingOrder(paragraph, subject.start))
  // Two or three words, the article only on the family name: a name, not
  // a phrase run on into the narrative (`محمود أمر إحالة المتهمين`); or
  // one word the article gives in full before (`وتطرق باخ إلى`).
  const words = subject.nameWords.filter((word) => !isNameParticle(word))
  const short = words.length === 1 && !known && givenInFull(state, resolved.speaker, subject)
  if ((words.length < 2 && !short) || words.length > 3 || words.slice(0, -1).some((word) => word.startsWith('ال')))
    return undefined
  const titled = (subject.person && subject.titleWords.length > 0) || isTitledAfter(analysis.text, all, subject)
  if (resolved.ambiguous || (known && !titled && !isKnownPerson(state, resolved.speaker))) return undefined
  return {speaker: {...resolved, via: 'verb-subject'}, subject}
}

/**
 * A family name written alone right after a verb (`وتطرق باخ إلى هذه
 * التقارير`, `وأبدى الحبيب رضاه`), which the subject reader does not take
 * for a name on its own, read as the verb's subject when the article gives
 * it in full before (`رئيس اللجنة الأولمبية الدولية توماس باخ`).
 *
 * @param state
 * @param paragraph
 * @param word
 *   The word after the verb.
 * @returns
 *   Name subject, if the article gives it in full.
 */
function familyNameAlone(state: ArticleState, paragraph: number, word: WordToken): SubjectPhrase | undefined {
  if ((word.prefix !== '' && word.prefix !== 'ال') || isStopWord(word.folded)) return undefined
  const subject = nameSubject(word.value, [word.folded], word.start, word.end)
  const resolved = state.registry.resolve(subject, readingOrder(paragraph, word.start))
  return givenInFull(state, resolved.speaker, subject) ? subject : undefined
}

/**
 * @param state
 * @param name
 *   Name a subject resolves to.
 * @param subject
 *   Subject as written.
 * @returns
 *   Whether the name is a fuller form of two words or more, of someone
 *   the article shows to be a person (`isKnownPerson`).
 */
function givenInFull(state: ArticleState, name: string, subject: SubjectPhrase): boolean {
  return name !== subject.text && tokenize(name).length >= 2 && isKnownPerson(state, name)
}

/**
 * Whether the article shows a name to be a person's: given a title
 * somewhere (`الدكتور X`), or the subject of a speech word. Two words after
 * a verb may be anything else (`وقعت مشادة عنيفة`).
 *
 * @param state
 * @param name
 *   Name, resolved.
 * @returns
 *   Whether it is known as a person.
 */
function isKnownPerson(state: ArticleState, name: string): boolean {
  if (state.registry.titlesOf(name).length > 0) return true
  return state.named.some((cue) => cue.subject?.kind === 'name' && cue.resolved?.speaker === name)
}
