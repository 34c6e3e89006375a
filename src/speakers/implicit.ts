/**
 * Speaker of a speech word without a subject (`وأضافت`, `مضيفا`, `على حد
 * قوله`): the named subject of its sentence, the person the sentence names
 * before it, the one the writer interviews, else the previous speaker of the
 * same gender.
 */

import {firstItem, itemAt} from '../text/items.js'
import {tokenize, type WordToken} from '../text/tokens.js'
import {CLAUSE_VERB_OPENERS, PRONOUN_OBJECT} from './cue-subject.js'
import {
  BY_SAYING,
  isAuxiliaryVerb,
  isComplementiser,
  isPreposition,
  isSingularRelative,
  isStopWord,
  readSpeechWord,
  SINGULAR_RELATIVES
} from './lexicon.js'
import {OPENING_PARTICLES, verbSubject} from './opening-subject.js'
import {isPlausibleSubject, isSureSpeaker, mayBeVerb, opensTurn, stripArticle, tagged} from './predicates.js'
import {previousSpeaker} from './previous.js'
import {type Mention, orderIndex, orderParagraph, readingOrder, type ResolvedSpeaker} from './registry.js'
import type {ArticleState, SpeechCue} from './state.js'
import {nameSubject, readSubject} from './subject.js'

/** The writer interviewing someone (`وتحدثنا مع`, `التقينا`, `وبسؤال`), folded. */
const INTERVIEW = /^[وف]?(?:تحدثنا|التقينا|سالنا|حاورنا|بسوال)$/

/** Speech verbs that take no object, only what is said (`وقال X إن`, `وأضاف X`), lemmas folded. */
const SAYING = new Set(['قال', 'اضاف', 'اوضح', 'اكد', 'اشار', 'لفت', 'تابع', 'شدد', 'استطرد', 'اردف', 'وصف'])

/** A relative right after a name, before its verb (`X، الذي قال`). */
const RELATIVE_AFTER = new RegExp('^["»”]?\\s*[،,]?\\s*(?:' + SINGULAR_RELATIVES.join('|') + ')\\s*$', 'u')

/** The paper spoken to at the end of the words before a name (`تحدث لـ«سبق»`). */
const SPOKEN_TO = /\s+لـ?\s*[«"“][^«»"“”]{1,25}[»"”]\s*$/u

/**
 * Whether a cue's speaker may stand for the speech words after it in its
 * sentence (`وقال جعجع … مؤكدا`): a sure speaker (`isSureSpeaker`), or one
 * word after a verb that takes no object (`وقال مورينيو`), or a handle
 * (`كتب @…`), or the one `على لسان` names. One word after `اعتبر`,
 * `ذكر`, `كتب`, `دعا` may be what is considered, mentioned, written or
 * called on (`ذكر القيمة`, `كتبت رواية`).
 *
 * @param state
 * @param cue
 *   Cue with a resolved speaker.
 * @returns
 *   Whether later speech words of the sentence may take its speaker.
 */
function isSureSubjectOfSentence(state: ArticleState, cue: SpeechCue): boolean {
  if (isSureSpeaker(cue)) return true
  if (/[A-Za-z]/.test(cue.resolved?.speaker ?? '')) return true
  // `ونقلت الصحيفة على لسان هيغ`: whose words they are.
  const before = cue.subject ? state.analysis(cue.paragraph).text.slice(0, cue.subject.start) : ''
  if (/لسان\s*$/.test(before)) return true
  return cue.word.form === 'verb' && SAYING.has(cue.word.lemma)
}

/**
 * Speaker of a cue without a subject: the named subject of its sentence,
 * else the previous speaker of the same gender.
 *
 * @param state
 * @param paragraph
 * @param start
 * @param cue
 * @param sentence
 */
export function implicitSpeaker(
  state: ArticleState,
  paragraph: number,
  start: number,
  cue: SpeechCue,
  sentence: ReadonlyArray<SpeechCue>
): ResolvedSpeaker | undefined {
  const inSentence = sentenceSubject(state, paragraph, start, cue, sentence)
  if (inSentence) return inSentence
  // `وقالوا:`, `يقولون إن`, `مرددين`: a group, not whoever spoke before or
  // was named; with a speaker earlier in the sentence (`وأكد X … معتبرين`)
  // it is theirs to report, as `sentenceSubject` finds.
  if (isPlural(state, cue)) return undefined

  // `أما X فكتب يقول:`: the topic of the sentence.
  const analysis = state.analysis(paragraph)
  const text = analysis.text
  const tokens = analysis.tokensIn(start, cue.start)
  const topic = tokens.findIndex((token) => token.folded === 'اما')
  if (topic !== -1) {
    const subject = readSubject(text, tokens, topic + 1, cue.start, state.options)
    if (subject) return {...state.registry.resolve(subject, readingOrder(paragraph, subject.start)), via: 'topic'}
  }

  // `وتحدثنا مع الناظر …، عبدالرحمن الحيدر عن … فقال:`: the one the
  // writer interviews; nobody when the text does not name them.
  const interview = tokens.findLastIndex((token) => INTERVIEW.test(token.folded))
  if (interview !== -1) return interviewed(state, paragraph, tokens, interview, cue)
  const named = namedBefore(state, paragraph, start, cue, tokens)
  // `مكتفيا بالقول`: “by saying” goes with a verb of its sentence, whose
  // subject is not always the one who spoke before.
  return named ?? (cue.word.lemma === BY_SAYING ? undefined : goesOn(state, paragraph, start, cue, tokens))
}

/**
 * @param state
 * @param paragraph
 * @param start
 * @param cue
 * @param sentence
 * @returns
 *   The speaker another speech word of the sentence, before this one,
 *   stands for.
 */
function sentenceSubject(
  state: ArticleState,
  paragraph: number,
  start: number,
  cue: SpeechCue,
  sentence: ReadonlyArray<SpeechCue>
): ResolvedSpeaker | undefined {
  // `أوضحت إدارة الفتح أن … وفق لوائح التسجيل، وقالت:`: the subject of a
  // speech verb of the same gender, not the source of a fact.
  const named = sentence.findLast(
    (other) =>
      other.resolved &&
      isSureSubjectOfSentence(state, other) &&
      other.start < cue.start &&
      other.word.form !== 'attribution' &&
      (!cue.gender || !other.gender || cue.gender === other.gender)
  )
  if (named?.resolved) return {...named.resolved, via: 'sentence-subject'}
  // `وأكد أنه … واعتديا عليه، مرددين`: several speak, not the one the
  // first speech word stands for.
  const plural = isPlural(state, cue)
  // `وقال «…»، مؤكدا أن «…»`: whoever the first speech word of the
  // sentence stands for.
  const first = sentence.find((other) => other.start >= start && other.start < cue.start)
  if (
    first &&
    !plural &&
    !first.resolved &&
    !first.blocked &&
    !first.word.firstPerson &&
    first.word.form !== 'attribution' &&
    (!cue.gender || !first.gender || cue.gender === first.gender)
  ) {
    // A person only mentioned before it is a guess twice over; the one
    // who spoke before carries on with `و` (`وأوضح`), not with a verb
    // that opens a sentence of its own (`يصف لـ«…» X`).
    const speaker = implicitSpeaker(state, paragraph, start, first, [first])
    const carriesOn = /^[وف]/.test(
      state.analysis(paragraph).tokens.find((token) => token.start === first.start)?.prefix ?? ''
    )
    const guess = speaker?.via === 'sentence-mention' || (speaker?.via === 'previous-same-gender' && !carriesOn)
    if (speaker && !guess) return {...speaker, via: 'sentence-subject'}
  }

  return undefined
}

/**
 * @param state
 * @param paragraph
 * @param start
 * @param cue
 * @param tokens
 *   The words of the sentence before the cue.
 * @returns
 *   The person the sentence names before the cue, or the one named as the
 *   subject of the verb that opens it or the sentence before.
 */
function namedBefore(
  state: ArticleState,
  paragraph: number,
  start: number,
  cue: SpeechCue,
  tokens: ReadonlyArray<WordToken>
): ResolvedSpeaker | undefined {
  // `أبدت الفنانة إليسا إعجابها … وقالت:`: the person named in the sentence
  // before its first speech word, and before any `أن` (after them, `وأوضح
  // أن الرئيس X …`, `وحكى X أنه اتصل به الضابط Y`, name someone spoken
  // about).
  const firstCue = itemAt(state.cues, paragraph).find((other) => other.start >= start) ?? cue
  const reported = tokens.find((token) => isComplementiser(token.folded))
  const mention = state.registry.lastPerson(
    readingOrder(paragraph, Math.min(firstCue.start, cue.start, reported?.start ?? cue.start)),
    readingOrder(paragraph, start)
  )
  // `وقالت` is not a man's words, nor `وقال` a woman's.
  const agrees = !cue.gender || !mention?.gender || cue.gender === mention.gender
  const subject = mention && (standsAsSubject(state, paragraph, start, mention) || relativeOf(state, mention, cue))
  if (mention?.name && agrees && subject)
    return {speaker: fullName(state, mention.name, cue.order), asWritten: undefined, via: 'sentence-mention'}
  // `وانتقد روبرت ساليفان، جد …، هيئة المحلفين. وقال «…»`: the person
  // named as the subject of the verb that opens the sentence, or the one
  // before when the speech word opens its own.
  const opening = verbSubject(state, paragraph, start, cue.start, false)
  if (opening) return opening.speaker
  if (tokens.length === 0 && start > 0) {
    const before = verbSubject(state, paragraph, state.analysis(paragraph).sentenceStart(start - 1), start, false)
    if (before) return before.speaker
  }

  return undefined
}

/**
 * Whether a name is the antecedent of a relative whose verb is the speech
 * word (`نزيه الكريع، الذي قال:`): it speaks, wherever it stands.
 *
 * @param state
 * @param mention
 * @param cue
 * @returns
 *   Whether the speech word's relative stands for the name.
 */
function relativeOf(state: ArticleState, mention: Mention, cue: SpeechCue): boolean {
  if (orderParagraph(mention.order) !== cue.paragraph) return false
  const {text} = state.analysis(cue.paragraph)
  const end = text.indexOf(mention.text, orderIndex(mention.order))
  if (end === -1) return false
  return RELATIVE_AFTER.test(text.slice(end + mention.text.length, cue.start))
}

/**
 * Whether a person named in a sentence stands where its subject does: at
 * its opening (`أحمد آدم، قال`, `من جانبه، X`), or right after a verb that
 * opens a clause (`رحب الدكتور X`, `وقد عبر مدير المنتخب X`), a pronoun
 * (`قدم له الدكتور X`) or the paper spoken to (`تحدث لـ«سبق» X`) between.
 * After a noun or a preposition a name is a genitive or an object
 * (`مستشارة الرئيس X`, `خبر سحل المواطن X`, `بجامعة الملك X`), not who
 * speaks.
 *
 * @param state
 * @param paragraph
 * @param start
 *   Start of the sentence.
 * @param mention
 *   The person named, with their title.
 * @returns
 *   Whether the phrase may be the sentence's subject.
 */
function standsAsSubject(state: ArticleState, paragraph: number, start: number, mention: Mention): boolean {
  const {text} = state.analysis(paragraph)
  const all = state.analysis(paragraph).tokensIn(start, orderIndex(mention.order))
  // The title and name read together are one phrase (`مدير المنتخب "X"`,
  // `X رئيس الحزب`, kept where the title stands).
  const title = new Set(mention.titleWords)
  const name = new Set(mention.nameWords)
  const own = (token: WordToken) => name.has(token.folded) || title.has(stripArticle(token.folded))
  let end = all.length
  while (end > 0 && own(itemAt(all, end - 1))) end--
  const at = end < all.length ? itemAt(all, end).start : orderIndex(mention.order)
  // `من جانبه رحب`, `بدوره، علق`: the turn opens the sentence.
  const opener = opensTurn(all) ? (/بدور/.test(firstItem(all).folded) ? 1 : 2) : 0
  const addressee = SPOKEN_TO.exec(text.slice(start, at))
  const tokens = all.slice(opener, end).filter((token) => !addressee || token.end <= start + addressee.index)
  const last = tokens.length - (PRONOUN_OBJECT.test(tokens.at(-1)?.folded ?? '') ? 2 : 1)
  const verb = tokens[last]
  // At the opening, or after a colon (`- 12 مايو: الوزير X يزور`).
  if (!verb || (!addressee && /:\s*$/.test(text.slice(start, at)))) return true
  // A word with `ة` or after `ب`/`ل` is a noun; the name its genitive.
  if (/[بل]/.test(verb.prefix) || verb.value.endsWith('ة') || verb.definite) return false
  const previous = tokens[last - 1]
  // The paper spoken to follows a verb of speech (`وتحدث لـ«سبق» X`).
  if (addressee) return true
  // After `قد` or a turn a verb follows (`وقد عبر`, `من جانبه، عبر`), and
  // a sentence opens with one joined by `و` (`وعبر الأمير X`), whatever
  // else the word may be.
  const opens = last === 0 && (opener > 0 || verb.prefix === 'و' || verb.prefix === 'ف')
  if (opens || OPENING_PARTICLES.test(previous?.folded ?? '')) return true
  if (!mayBeVerb(state, verb)) return false
  return (
    last <= 1 ||
    // `بيان أصدره الأمين العام X`: a verb with its object describes the
    // noun before it; not after a relative (`الجهود التي بذلها X`), a
    // clause of its own.
    (verb.suffix !== '' && verb.prefix === '' && !isSingularRelative(previous?.folded ?? '')) ||
    /[،,؛;:]/.test(text.slice(previous?.end ?? 0, verb.start)) ||
    CLAUSE_VERB_OPENERS.test(previous?.folded ?? '')
  )
}

/**
 * @param state
 * @param paragraph
 * @param start
 * @param cue
 * @param tokens
 *   The words of the sentence before the cue.
 * @returns
 *   Whoever spoke before, when the sentence goes on with them.
 */
function goesOn(
  state: ArticleState,
  paragraph: number,
  start: number,
  cue: SpeechCue,
  tokens: ReadonlyArray<WordToken>
): ResolvedSpeaker | undefined {
  // `وأشاد بالجهود التي قام بها X وأضاف:`: a sentence whose opening verb
  // has no subject of its own goes on with whoever spoke before; a name
  // after that verb is what it is about.
  // `من جانبه، أرجع X … بقوله`, `من جهة أخرى`, `بدوره`: the sentence
  // turns to someone else, named in it if at all.
  if (opensTurn(tokens)) return undefined
  // `كانت جان جونسون … تهم بمغادرة شقتها … وقالت`: the sentence names its
  // own subject after `كان` (not `وكان قد قال`, which has none).
  if (auxiliaryWithSubject(state, tokens)) return undefined
  if (ownerElsewhere(state, tokens, cue)) return undefined
  const until = opensWithoutSubject(state, tokens) ? start : cue.start
  return tagged(previousSpeaker(state, readingOrder(paragraph, until), cue.gender), 'previous-same-gender')
}

/**
 * Whether a participle cannot go with the subject its sentence opens with
 * (`وقدم التقرير مثالا لسيدة …، مضيفة أنها`): a verb joined by `و` with
 * a noun after it, the verb's gender not the participle's. The
 * participle then describes someone else in the sentence, not whoever
 * spoke before.
 *
 * @param state
 * @param tokens
 *   Words from the start of the sentence.
 * @param cue
 *   The participle.
 * @returns
 *   Whether its owner is someone the sentence speaks of.
 */
function ownerElsewhere(state: ArticleState, tokens: ReadonlyArray<WordToken>, cue: SpeechCue): boolean {
  const [verb, next] = tokens
  if (cue.word.form !== 'participle' || !cue.gender || !verb || !next?.definite) return false
  if (verb.prefix !== 'و' || !mayBeVerb(state, verb) || readSpeechWord(verb.folded, state.options.verbs)) return false
  // The past tense shows a woman by `ت` at its end, the present at its start.
  const feminine = /ت$/.test(verb.stem) || (/^ت/.test(verb.stem) && verb.stem.length >= 4)
  return feminine !== (cue.gender === 'feminine')
}

/**
 * Whether words open with a verb joined by `و` that has no subject after
 * it (`وأشاد بالجهود`, `وتوجه إلى`): its subject is the one before.
 *
 * @param state
 * @param tokens
 *   Words from the start of the sentence.
 * @returns
 *   Whether the opening verb has no subject of its own.
 */
function opensWithoutSubject(state: ArticleState, tokens: ReadonlyArray<WordToken>): boolean {
  const [verb, next] = tokens
  if (!verb || !next || verb.prefix !== 'و' || isAuxiliaryVerb(verb.folded)) return false
  if (readSpeechWord(verb.folded, state.options.verbs) || !mayBeVerb(state, verb)) return false
  return (next.prefix !== '' && !next.definite) || isPreposition(next.folded)
}

/**
 * Whether words open with `كان` or a sister, or with `غير أن`, `إلا
 * أن`, followed by a noun of its own (`كانت جان جونسون`, `وكان الرئيس`,
 * `غير أن أبو مريم`), not by `قد`, a speech verb or a particle.
 *
 * @param state
 * @param tokens
 *   Words from the start of the sentence.
 * @returns
 *   Whether the sentence gives its own subject.
 */
function auxiliaryWithSubject(state: ArticleState, tokens: ReadonlyArray<WordToken>): boolean {
  // `غير أن أبو مريم لاحظ … فقال`, `إلا أن الوزير رفض … وقال`: `أن` and
  // its subject, the same way.
  const adversative = /^[وف]?(?:غير|الا|بيد)$/.test(tokens[0]?.folded ?? '') && /^ان$/.test(tokens[1]?.folded ?? '')
  const [auxiliary, next] = adversative ? tokens.slice(1) : tokens
  if (!auxiliary || !next || !(adversative || isAuxiliaryVerb(auxiliary.folded))) return false
  if (next.folded === 'قد' || readSpeechWord(next.folded, state.options.verbs)) return false
  return next.definite || (next.prefix === '' && !isPreposition(next.folded) && !isStopWord(next.folded))
}

/**
 * Whether a speech word is in the plural (`وأضافوا`, `يقولون`, `قائلين`):
 * the ending of its word, where the lemma has none.
 *
 * @param state
 * @param cue
 *   Cue.
 * @returns
 *   Whether it speaks for several.
 */
function isPlural(state: ArticleState, cue: SpeechCue): boolean {
  const token = state.analysis(cue.paragraph).tokens.find((other) => other.start === cue.start)
  if (!token || /(?:وا|ون|ين)$/.test(cue.word.lemma)) return false
  const ending = cue.word.form === 'participle' ? /ين$/ : /(?:وا|ون)$/
  return cue.word.form !== 'noun' && ending.test(token.folded)
}

/**
 * Speaker of a cue after the writer's words of interviewing someone
 * (`وتحدثنا مع X … فقال:`): X, when the text names them plainly; the
 * previous speaker when the interview word ends the stretch.
 *
 * @param state
 * @param paragraph
 * @param tokens
 *   Words from the sentence start to the cue.
 * @param interview
 *   Index of the interview word in `tokens`.
 * @param cue
 * @returns
 *   Speaker, or `undefined`.
 */
function interviewed(
  state: ArticleState,
  paragraph: number,
  tokens: ReadonlyArray<WordToken>,
  interview: number,
  cue: SpeechCue
): ResolvedSpeaker | undefined {
  const text = state.analysis(paragraph).text
  const after = tokens[interview + 1]?.folded === 'مع' ? interview + 2 : interview + 1
  if (after >= tokens.length)
    return tagged(previousSpeaker(state, readingOrder(paragraph, cue.start), cue.gender), 'previous-same-gender')
  const subject = readSubject(text, tokens, after, cue.start, state.options)
  if (!subject || !isPlausibleSubject(subject, state.options)) return undefined
  const resolved = state.registry.resolve(subject, readingOrder(paragraph, subject.start))
  if (subject.kind === 'title' && resolved.speaker === subject.text) return undefined
  return resolved.ambiguous ? undefined : {...resolved, via: 'interviewee'}
}

/**
 * @param state
 * @param name
 * @param order
 */
function fullName(state: ArticleState, name: string, order: number): string {
  const words = tokenize(name).map((token) => token.folded)
  return state.registry.resolve(nameSubject(name, words, 0, name.length), order).speaker
}
