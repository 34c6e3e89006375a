/**
 * Read the speech cues of a paragraph: each speech word (`قال`, `وأضافت`,
 * `مشيرا`, `بقوله`, `بحسب`) that says someone speaks, with the subject its
 * sentence gives and the speaker that subject resolves to.
 */

import type {AnalysedText} from '../text/analysis.js'
import {firstItem, itemAt} from '../text/items.js'
import type {WordToken} from '../text/tokens.js'
import {lastBearer, namedOnlyAfter, titleAntecedent} from './antecedents.js'
import {
  onTongueOf,
  pronounSource,
  REPLIED,
  REPLIED_TO,
  subjectOf,
  subjectSetOffBefore,
  subjectWrittenBefore,
  writtenAfterPronoun
} from './cue-subject.js'
import {carriesWords, DOCUMENTS, documentSpeaker} from './documents.js'
import {type Gender, readSpeechWord, type SpeechWord} from './lexicon.js'
import {isBareTitle, isPlausibleSubject, stripArticle, tagged} from './predicates.js'
import {readingOrder, type ResolvedSpeaker} from './registry.js'
import type {ArticleState, SpeechCue} from './state.js'
import type {SubjectPhrase} from './subject.js'

/** Who a speech word's sentence says speaks, before the speaker is resolved. */
interface CueSubject {
  /** Subject phrase, when one is read and names a speaker. */
  subject: SubjectPhrase | undefined
  /** The one the words are carried for (`على لسان منصور`). */
  onTongue: SubjectPhrase | undefined
  /** Gender of the pronoun whose words are carried (`عنه قوله`). */
  fromPronoun: Gender | undefined
  /** The document named before, when the subject is one. */
  document: ResolvedSpeaker | undefined
  /** Place in reading order. */
  order: number
  /** Whether the cue names no speaker. */
  blocked: boolean
  /** Whether it is blocked because its subject, written before it, was not read. */
  unread: boolean
}

/**
 * Words after which `رأى`/`يرى` opens a clause of its own (`فيما يرى`,
 * `من جانبه يرى`, `الذي يرى`, `لكنه يرى`, `بعدما رأى`), folded.
 */
const OPINION_OPENERS =
  /^[وف]?(?:فيما|بينما|كما|حسبما|حيث|اذ|لكن|لكنه|لكنها|الذي|التي|الذين|ان|انه|انها|بانه|بدوره|بدورها|جانبه|جانبها|جهته|جهتها|ناحيته|ناحيتها|ثم|قد|فقد|لذا|لذلك|بعدما|عندما|حين|حينما|لما)$/

/** `وزاد`, `فزادت` (“and added”), folded, with the gender each shows: a speech verb before a colon. */
const ADDED = new Map<string, Gender>([
  ['وزاد', 'masculine'],
  ['فزاد', 'masculine'],
  ['وزادت', 'feminine'],
  ['فزادت', 'feminine']
])

/** Lemma of `ختم` (“concluded”), folded. */
const CONCLUDED = 'ختم'

/** `علق`, `علقت` (“commented”) as written without `و`, folded. */
const COMMENTED = /^علقت?$/

/**
 * Read `وزاد:` (“and he added:”) as a speech verb: only right before a
 * colon, since `زاد` mostly means “increased”.
 *
 * @param text
 *   Paragraph text.
 * @param token
 *   The word.
 * @returns
 *   The speech word, if it is one.
 */
function addedBeforeColon(text: string, token: WordToken): SpeechWord | undefined {
  const gender = ADDED.get(token.folded)
  if (gender === undefined || !/^\s*[:：]/.test(text.slice(token.end))) return undefined
  return {form: 'verb', gender, firstPerson: false, lemma: 'اضاف'}
}

/**
 * Read a word that says, after the words it points back to, who said them
 * (`«…».. هكذا تحدث X`, `"…"، هذا ما قاله X`), as a speech verb.
 *
 * @param tokens
 *   Words of the paragraph.
 * @param index
 *   Index of the word.
 * @returns
 *   The speech word, if it is one.
 */
function saidBefore(tokens: ReadonlyArray<WordToken>, index: number): SpeechWord | undefined {
  const token = itemAt(tokens, index)
  const before = tokens[index - 1]?.folded
  const pointed = before === 'هكذا' ? /^تحدث(ت)?$/.exec(token.folded) : undefined
  const echoed =
    before === 'ما' && tokens[index - 2]?.folded === 'هذا' ? /^قال(ت)?(?:ه|ها)$/.exec(token.folded) : undefined
  const match = pointed ?? echoed
  if (match) return {form: 'verb', gender: match[1] ? 'feminine' : 'masculine', firstPerson: false, lemma: 'قال'}
  // `فيما يقوله محمود حسين`, `مع ما تقوله الوزيرة`: what someone says,
  // with its subject after it.
  const what = /^(?:ما|فيما|بما|مما)$/.test(before ?? '') ? /^(?:ي|(ت))قول(?:ه|ها)$/.exec(token.folded) : undefined
  return what ? {form: 'verb', gender: what[1] ? 'feminine' : 'masculine', firstPerson: false, lemma: 'قال'} : undefined
}

/** `ليرد`, `لترد` (“whereupon he, she replied”), folded. */
const REPLYING = /^ل[يت]رد$/

/**
 * `فرد عليه`, `وردت عليها` (“and replied to him”), `ليرد`: `رد` is a speech
 * verb only so; alone, `ورد` is mostly “came” (`ورد في التقرير`) and `فرد`
 * “one person”.
 *
 * @param tokens
 *   Words of the paragraph.
 * @param index
 *   Index of the word.
 * @returns
 *   The speech word, if it is one.
 */
function repliedTo(tokens: ReadonlyArray<WordToken>, index: number): SpeechWord | undefined {
  const folded = itemAt(tokens, index).folded
  // `لترد كورتني عليها بالقول`: `ل` and the present, “whereupon she replied”.
  const replied = REPLYING.test(folded) || (REPLIED.test(folded) && REPLIED_TO.test(tokens[index + 1]?.folded ?? ''))
  if (!replied) return undefined
  const feminine = folded.endsWith('ت') || folded.startsWith('لت')
  return {form: 'verb', gender: feminine ? 'feminine' : 'masculine', firstPerson: false, lemma: 'رد'}
}

/**
 * @param tokens
 *   Words of the paragraph.
 * @param index
 *   Index of a word.
 * @returns
 *   Whether the next word is a verbal noun of speech after `ب` (`بقوله`,
 *   `بقولها`, `بالقول`): how the words were said.
 */
function isSayingNounAfter(tokens: ReadonlyArray<WordToken>, index: number): boolean {
  const next = tokens[index + 1]
  return next !== undefined && next.folded.startsWith('ب') && readSpeechWord(next.folded)?.form === 'noun'
}

/**
 * @param state
 * @param analysis
 * @param paragraph
 */
export function readCues(state: ArticleState, analysis: AnalysedText, paragraph: number): Array<SpeechCue> {
  const cues: Array<SpeechCue> = []
  for (const index of analysis.tokens.keys()) {
    const cue = readCue(state, analysis, paragraph, index, cues)
    if (cue) cues.push(cue)
  }

  return cues
}

/**
 * @param state
 * @param analysis
 * @param paragraph
 * @param index
 *   The word that may be a speech word.
 * @param cues
 *   The cues read before it in the paragraph.
 * @returns
 *   Its cue, when it says that someone speaks.
 */
function readCue(
  state: ArticleState,
  analysis: AnalysedText,
  paragraph: number,
  index: number,
  cues: ReadonlyArray<SpeechCue>
): SpeechCue | undefined {
  const token = itemAt(analysis.tokens, index)
  const word = cueWord(state, analysis, index)
  if (!word) return undefined
  const reading = cueSubject(state, analysis, paragraph, index, word, cues)
  if (!reading) return undefined
  const {subject, onTongue, fromPronoun, order} = reading
  const {resolved, blocked} = resolveCue(state, reading, word, token, paragraph, cues)
  return {
    paragraph,
    start: token.start,
    end: subject && subject.start > token.start ? subject.end : token.end,
    sentence: [analysis.sentenceStart(token.start), analysis.sentenceEnd(token.start)],
    word,
    subject,
    resolved,
    // `ونقلت الصحيفة على لسان منصور`: the verb agrees with the carrier.
    gender: onTongue ? onTongue.gender : (fromPronoun ?? word.gender ?? subject?.gender),
    order,
    blocked,
    unread: reading.unread
  }
}

/**
 * @param state
 * @param analysis
 * @param index
 * @returns
 *   The speech word the word at `index` is, when it is one and not the
 *   writer's aside.
 */
function cueWord(state: ArticleState, analysis: AnalysedText, index: number): SpeechWord | undefined {
  const text = analysis.text
  const tokens = analysis.tokens
  const token = itemAt(tokens, index)
  let word = state.registry.speechWordAt(analysis, index)
  // `وجاء في البيان أن`, `وورد في التقرير`: the document speaks.
  if (!word && tokens[index + 1]?.folded === 'في' && /^[وف]?(?:جاء|ورد)$/.test(token.folded)) {
    word = {form: 'attribution', gender: undefined, firstPerson: false, lemma: 'في'}
  }

  word ??=
    saidBefore(tokens, index) ??
    addedBeforeColon(text, token) ??
    repliedTo(tokens, index) ??
    commentedOpening(state, analysis, index)
  // `وهذا ما قاله X عندما قال`: a verb of saying with its object
  // pronoun after `ما`, its subject after it.
  if (
    !word &&
    tokens[index - 1]?.folded === 'ما' &&
    /^(?:قاله|قالته)$/.test(token.folded) &&
    /^و?هذا$/.test(tokens[index - 2]?.folded ?? '')
  )
    word = readSpeechWord('قال', state.options.verbs)
  // `خاتمة`, `خاتما`: “concluding” only right before `بقوله`, `بالقول`
  // (`تستدرك خاتمة بقولها`); elsewhere the noun (`في خاتمة المؤتمر`).
  if (word?.form === 'participle' && word.lemma === CONCLUDED && !isSayingNounAfter(tokens, index)) return undefined
  // `يذكر أن …`: “it is noted that”, the writer's aside.
  if (word?.lemma === 'ذكر' && /^[وفب]?يذكر$/.test(token.folded) && /^[وفب]?ان$/.test(tokens[index + 1]?.folded ?? ''))
    return undefined
  return word
}

/**
 * `علق` (“commented”) without `و`, opening a sentence or a clause after a
 * comma (`علق X:`, `وعلى الصعيد الآخر، علق X:`): a verb there, read as
 * `وعلق` is; elsewhere the word may be anything written alike.
 *
 * @param state
 * @param analysis
 * @param index
 * @returns
 *   The speech word, when it is one so.
 */
function commentedOpening(state: ArticleState, analysis: AnalysedText, index: number): SpeechWord | undefined {
  const token = itemAt(analysis.tokens, index)
  if (!COMMENTED.test(token.folded)) return undefined
  const previous = analysis.tokens[index - 1]
  const opens =
    !previous ||
    previous.end <= analysis.sentenceStart(token.start) ||
    /[،,:؛]/.test(analysis.text.slice(previous.end, token.start))
  return opens ? readSpeechWord('و' + token.folded, state.options.verbs) : undefined
}

/**
 * @param state
 * @param analysis
 * @param paragraph
 * @param index
 * @param word
 *   The speech word at `index`.
 * @param cues
 *   The cues read before it in the paragraph.
 * @returns
 *   Who the sentence says speaks, before it is resolved; nothing when the
 *   word is a noun of opinion rather than a speech word.
 */
function cueSubject(
  state: ArticleState,
  analysis: AnalysedText,
  paragraph: number,
  index: number,
  word: SpeechWord,
  cues: ReadonlyArray<SpeechCue>
): CueSubject | undefined {
  const text = analysis.text
  const tokens = analysis.tokens
  const token = itemAt(tokens, index)
  const onTongue = word.firstPerson ? undefined : onTongueOf(state, text, tokens, index + 1)
  // `ونقل موقع النادي عنه قوله`: the words of the one the pronoun
  // stands for, named before (the subject of the sentence).
  const fromPronoun = word.lemma === 'نقل' && !onTongue ? pronounSource(text, tokens, index + 1) : undefined
  let subject = onTongue ?? (fromPronoun ? undefined : subjectOf(state, analysis, paragraph, index, word, cues))
  // `أخذ رأى هيئة كبار العلماء`, `تقديم رؤى ومقترحات`: the noun, not the verb.
  if (isOpinionNoun(state, analysis, index, word) && !(subject && subject.start < token.start)) return undefined
  const order = readingOrder(paragraph, token.start)
  // `وجاء في التصريح`: the statement named before, whoever issued it.
  const quotedDocument =
    word.lemma === 'في' &&
    subject?.titleWords.length === 1 &&
    DOCUMENTS.has(stripArticle(firstItem(subject.titleWords)))
  const document = subject ? documentSpeaker(state, subject, text, paragraph, cues, order) : undefined
  // `وكانت وكالة سبأ الرسمية اليمنية افادت`: a subject is written,
  // though not read; not whoever spoke before.
  const unread =
    !subject &&
    !onTongue &&
    word.form === 'verb' &&
    (subjectWrittenBefore(analysis, index) || subjectSetOffBefore(analysis, index))
  // `وقال له ماجد`: someone not read speaks, after them nobody carries on.
  const unnamed = !subject && !onTongue && word.form === 'verb' && writtenAfterPronoun(analysis, index)
  let blocked =
    unread ||
    unnamed ||
    (subject !== undefined &&
      ((!quotedDocument && !isPlausibleSubject(subject, state.options)) ||
        (!document && carriesWords(word, subject, tokens[index + 1]))))
  if (word.form === 'participle' && subject && !isPersonSubject(state, analysis, subject, word, order)) {
    // `ليرد حسني قائلا`, a one-word name not shown to speak: nobody,
    // rather than whoever spoke before; other words may be the object
    // (`فتوقعت حدوث تحول قائلة`, `فتوقعت تحولا قائلة`).
    blocked = subject.kind === 'name' && subject.nameWords.length === 1 && !/[اى]$/.test(subject.text)
    subject = undefined
  }

  if (blocked) subject = undefined
  return {subject, onTongue, fromPronoun, document, order, blocked, unread}
}

/**
 * @param state
 * @param reading
 *   Who the sentence says speaks.
 * @param word
 * @param token
 *   The speech word as written.
 * @param paragraph
 * @param cues
 *   The cues read before it in the paragraph.
 * @returns
 *   The speaker, and whether the cue names nobody.
 */
function resolveCue(
  state: ArticleState,
  reading: CueSubject,
  word: SpeechWord,
  token: WordToken,
  paragraph: number,
  cues: ReadonlyArray<SpeechCue>
): {resolved: ResolvedSpeaker | undefined; blocked: boolean} {
  const {subject, document, order} = reading
  let blocked = reading.blocked
  let resolved = subject ? (tagged(document, 'document') ?? state.registry.resolve(subject, order)) : undefined
  if (resolved && subject && !resolved.via) {
    if (word.form === 'verb' && subject.start < token.start) resolved = {...resolved, via: 'subject-before'}
    else if (word.form === 'attribution' && word.lemma === 'في' && subject.titleWords.length !== 1)
      resolved = {...resolved, via: 'issuer'}
  }

  // `علق DirarMuslem`: the speech word is not part of its speaker's name,
  // however the fullest form was read.
  if (resolved?.asWritten && resolved.speaker.split(/\s+/)[0] === token.value) {
    resolved = {...resolved, speaker: resolved.asWritten, asWritten: undefined}
  }

  // A name two people of the article bear: the one who just spoke, if
  // they bear it; else nobody rather than a guess.
  if (resolved?.ambiguous) {
    resolved = subject ? lastBearer(state, subject, word, paragraph, cues, order) : undefined
    blocked = resolved === undefined
  }
  // `وأوضح المدرب الإسباني` with no name given for that title: the last
  // person named who spoke.
  if (subject?.kind === 'title' && subject.person && resolved?.speaker === subject.text && isBareTitle(subject)) {
    resolved = titleAntecedent(state, subject, word, paragraph, cues) ?? resolved
  } else if (
    subject?.kind === 'title' &&
    subject.person &&
    resolved &&
    isBareTitle(subject) &&
    namedOnlyAfter(state, resolved.speaker, order)
  ) {
    // `وقال اللاعب` when the only player the article names with that
    // title comes later (`لاعب الوسط X`): someone else, maybe the one
    // the story is about; nobody rather than the later name.
    resolved = titleAntecedent(state, subject, word, paragraph, cues)
    blocked = resolved === undefined
  }

  return {resolved, blocked}
}

/**
 * Whether `رأى`/`روى` (“held”, “told”) is the noun written alike (`رأي`,
 * `رؤى`): written with `ؤ`, with a final `ي` where the article writes
 * `ى`, or not opening a clause (after a noun: `أخذ رأى`, `كان رأى`),
 * unless its subject comes before it.
 *
 * @param state
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the word.
 * @param word
 *   The speech word read there.
 * @returns
 *   Whether the word says nothing of anyone speaking.
 */
function isOpinionNoun(state: ArticleState, analysis: AnalysedText, index: number, word: SpeechWord): boolean {
  if (word.form !== 'verb' || (word.lemma !== 'راي' && word.lemma !== 'روي')) return false
  const token = itemAt(analysis.tokens, index)
  if (token.value.includes('ؤ')) return true
  if (state.options.aliIsName === true && /^[وف]?(?:رأي|راي)$/.test(token.value)) return true
  if (token.prefix !== '') return false
  const previous = analysis.tokens[index - 1]
  if (!previous || previous.end <= analysis.sentenceStart(token.start)) return false
  if (/[،,:؛()\-–—]/.test(analysis.text.slice(previous.end, token.start))) return false
  return !OPINION_OPENERS.test(previous.folded)
}

/**
 * Whether a subject is surely a person: a person's title (`المدرب`), with
 * or without a name, a name someone spoke under before, or the family name
 * of someone the article names in full.
 *
 * @param state
 * @param analysis
 *   Paragraph, analysed.
 * @param subject
 *   Subject phrase.
 * @param word
 *   Its speech word, whose gender it must not contradict.
 * @param order
 *   Its place in reading order.
 * @returns
 *   Whether it names a person.
 */
function isPersonSubject(
  state: ArticleState,
  analysis: AnalysedText,
  subject: SubjectPhrase,
  word: SpeechWord,
  order: number
): boolean {
  if (word.gender && subject.gender && word.gender !== subject.gender) return false
  if (subject.kind === 'title') return subject.person && subject.name === undefined
  if (subject.kind !== 'name') return false
  if (subject.person && subject.titleWords.length > 0) return true
  // A name given a title elsewhere may be read with words run on to it
  // there: only one that spoke before under it, or the family name of one
  // person the article names in full (`ليرد حسني قائلا` after `الفنان
  // حسن حسني`).
  const resolved = state.registry.resolve(subject, order)
  const before = analysis.tokens.findLast((token) => token.end <= subject.start)
  if (isFamilyNameOf(subject, resolved, before)) return true
  return state.named.some((cue) => cue.subject?.kind === 'name' && cue.resolved?.speaker === resolved.speaker)
}

/**
 * @param subject
 *   A name of one word.
 * @param resolved
 *   What the registry resolves it to.
 * @param before
 *   The word before the name (the verb).
 * @returns
 *   Whether it is the last word of one longer name, borne by nobody else,
 *   that is not that verb read as a given name (`فرد سامي قائلا`).
 */
function isFamilyNameOf(subject: SubjectPhrase, resolved: ResolvedSpeaker, before: WordToken | undefined): boolean {
  if (subject.nameWords.length !== 1 || resolved.ambiguous || resolved.unnamed) return false
  const words = resolved.speaker.split(/\s+/)
  return words.length > 1 && words.at(-1) === subject.text && words.at(-2) !== before?.value
}
