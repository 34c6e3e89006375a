/**
 * Attribute quotations to speakers across an article.
 *
 * Every speech word (`قال`, `وأضافت`, `مشيرا`, `بقوله`, `بحسب`) is read in
 * reading order. One with an explicit subject names a speaker (resolved to
 * the fullest form the article gives); one without (`وأضافت`, `مضيفا`,
 * `على حد قوله`) stands for the subject of its sentence, else for the
 * previous speaker of the same gender.
 */

import {AnalysedText} from '../text/analysis.js'
import {itemAt} from '../text/items.js'
import {readCues} from './cues.js'
import {implicitSpeaker} from './implicit.js'
import {answerSpeaker, introducedBy} from './interview.js'
import {BY_SAYING, type Gender, isStopWord} from './lexicon.js'
import {takeOpeningSubject} from './opening-subject.js'
import {tagged} from './predicates.js'
import {familyNames, namesSomeoneElse, previousSpeaker} from './previous.js'
import {blessingPlaces, DIVINE, PEACE_AFTER, prophetName} from './prophet.js'
import {readingOrder, type ResolvedSpeaker, SpeakerRegistry} from './registry.js'
import type {ArticleState, Attribution, SpeechCue} from './state.js'
import type {ReadSubjectOptions} from './subject.js'

/** Citing someone else's words (`مستشهدا بقول`, `مستدلا بـ`), folded. */
const CITING = /^(?:مستشهد|مستدل|مستعير)(?:ا|ه|ين)?$/

/** `نصت`, `تنص`, `ينص` (“stipulates”), before `على`: a text's words, not the speaker's; folded. */
const STIPULATES = /^[وف]?(?:نصت|تنص|ينص)$/

/** `على`, folded (written `علي` too). */
const ON = /^عل[يى]$/

/**
 * Speech verbs whose object may follow them bare (`وطالب الدول الأعضاء`,
 * `ودعا الحكومة`, `ونقلت وكالة`, `ورأى`): a phrase after them that names
 * nobody is no sign that someone else spoke. Lemmas, folded.
 */
const TAKES_OBJECT = new Set(['طالب', 'دعا', 'ناشد', 'ابلغ', 'وصف', 'نقل', 'راي', 'روي', 'دون', 'اصدر'])

/** Nouns of saying without an owner's pronoun, folded (`قول`, `تصريحات`, `عبارة`). */
const WORDS_OF = /^[وبل]?(?:قول|تصريح|تصريحات|كلام|عباره|مقوله)$/

/** How far back (characters) a quote's introduction is looked for. */
const LOOK_BACK = 400

export type {Attribution, SpeechCue} from './state.js'

/** Speakers of one article. */
export class SpeakerTracker {
  readonly registry: SpeakerRegistry

  /** Cues per paragraph, in order: a list for every paragraph, read with `itemAt`. */
  readonly cues: Array<Array<SpeechCue>>

  /** What the readers of cues and speakers see of the article. */
  readonly #state: TrackerState

  /**
   * @param analyses
   *   Analysed text of every block in reading order (empty for blocks to
   *   ignore), quoted words blanked out.
   * @param options
   *   Extra titles and speech verbs (folded).
   * @param context
   *   Texts, at the same indices, that name people without quoting them
   *   (headline, subheadings): their names are learned, nothing more.
   */
  constructor(
    analyses: ReadonlyArray<AnalysedText>,
    options?: Readonly<ReadSubjectOptions>,
    context?: ReadonlyArray<AnalysedText | undefined>
  ) {
    const paragraphs = analyses.map((analysis) => analysis.text)
    const maqsura = (analysis: AnalysedText | undefined) => analysis?.text.includes('ى') === true
    const read = {...options, aliIsName: analyses.some(maqsura) || (context?.some(maqsura) ?? false)}
    this.registry = new SpeakerRegistry(read)
    const blessings = paragraphs.map((text) => blessingPlaces(text))
    this.cues = []
    this.#state = newState(this.registry, read, analyses, this.cues, blessings, prophetName(paragraphs, blessings))
    for (const [index, analysis] of analyses.entries()) {
      const named = context?.[index]
      if (named) this.registry.learn(named, index)
      this.registry.learn(analysis, index)
    }

    for (const [index, analysis] of analyses.entries()) {
      const cues = readCues(this.#state, analysis, index)
      this.cues.push(cues)
      for (const cue of cues) this.#take(cue)
    }
  }

  /**
   * Give a cue just read its speaker from the opening of its sentence, and
   * keep it among the named or the refused.
   *
   * @param cue
   *   Cue just read.
   */
  #take(cue: SpeechCue): void {
    const {named, refused, lastNameByGender} = this.#state
    takeOpeningSubject(this.#state, cue)
    if (cue.resolved) named.push(cue)
    // A subject before the verb not read may be one named before
    // (`وكان الوزير X قد أكد`): no sign that someone else spoke.
    if (cue.blocked && !cue.unread && cue.word.form === 'verb' && !TAKES_OBJECT.has(cue.word.lemma)) refused.push(cue)
    if (cue.resolved && cue.subject?.kind === 'name') {
      lastNameByGender.set(cue.gender ?? 'unknown', cue)
    }
  }

  /**
   * Whether a verb cue comes right after `حسبما`, `بحسب ما` or `وفق ما`.
   *
   * @param before
   *   Cues of the sentence, in order.
   * @param cue
   *   A cue among them.
   * @returns
   *   Whether it is the verb of an aside.
   */
  #asideVerb(before: ReadonlyArray<SpeechCue>, cue: SpeechCue): boolean {
    if (cue.word.form !== 'verb') return false
    const index = before.indexOf(cue)
    const previous = index > 0 ? before[index - 1] : undefined
    if (!previous || previous.word.form !== 'attribution' || !previous.word.lemma.endsWith('ما')) return false
    return this.#state.analysis(cue.paragraph).tokensIn(previous.start, cue.start).length <= 2
  }

  /**
   * Find the speaker of a quote.
   *
   * @param paragraph
   *   Paragraph the quote opens in.
   * @param open
   *   Index of the opening mark.
   * @param closeParagraph
   *   Paragraph the quote closes in.
   * @param closeEnd
   *   Index after the closing mark in `closeParagraph`.
   * @returns
   *   Speaker, or `undefined` when nobody can be identified.
   */
  speakerFor(paragraph: number, open: number, closeParagraph: number, closeEnd: number): Attribution | undefined {
    const start = this.#state.analysis(paragraph).sentenceStart(open, Math.max(0, open - LOOK_BACK))
    const before = itemAt(this.cues, paragraph).filter((cue) => cue.start >= start && cue.start < open)
    const last = this.#introducing(before)
    const hadith = this.#hadith(paragraph, start, open, last)
    if (hadith) return hadith
    if (last) return this.#speakerBefore(paragraph, start, open, last, before)
    // `«…»، قال الوزير` / `«…» بحسب البيان` / `«…» على حد قوله`.
    const after = this.#followingCue(closeParagraph, closeEnd)
    if (after && !after.word.firstPerson && !after.blocked) return this.#speakerAfter(closeParagraph, after)
    // No speech word in the sentence: whoever spoke before may not be the
    // one quoted here; precision first.
    const speaker =
      tagged(this.#paragraphSpeaker(paragraph, start, open), 'paragraph-speaker') ??
      answerSpeaker(this.#state, paragraph, open)
    return speaker ? {...speaker, following: false} : undefined
  }

  /**
   * @param before
   *   Cues of the quote's sentence before its opening mark, in order.
   * @returns
   *   The cue that introduces the quote: the last one (see `#saidBy`), or
   *   the verb an agency's aside follows.
   */
  #introducing(before: ReadonlyArray<SpeechCue>): SpeechCue | undefined {
    const last = this.#saidBy(before)
    // `وقال X، حسب وكالة Y، إن «…»`, `وأضاف X - حسبما أفاد راديو Y - أنه`:
    // the agency only carries X's words.
    if (last && (last.word.form === 'attribution' || this.#asideVerb(before, last)) && last.word.lemma !== 'نقلا') {
      return before.findLast((cue) => cue.word.form === 'verb' && cue.resolved && !this.#asideVerb(before, cue)) ?? last
    }

    return last
  }

  /**
   * The Prophet, for a quote after the blessing (`ثبت عنه - صلى الله عليه
   * وسلم - أنه قال: «…»`: a hadith), when no named speaker comes after it.
   *
   * @param paragraph
   * @param start
   *   Start of the quote's sentence.
   * @param open
   *   Index of the opening mark.
   * @param last
   *   The cue that introduces the quote, if any.
   * @returns
   *   Speaker, or `undefined`.
   */
  #hadith(paragraph: number, start: number, open: number, last: SpeechCue | undefined): Attribution | undefined {
    const blessing = itemAt(this.#state.blessings, paragraph).findLast((index) => index >= start && index < open)
    // After the speech word, or after the name read as its subject before it.
    const named = last ? Math.min(last.start, last.subject?.start ?? last.start) : 0
    return blessing !== undefined && (!last?.resolved || blessing > named) ? this.#prophetSpeaks() : undefined
  }

  /**
   * @returns
   *   The Prophet as the speaker, when the article names him.
   */
  #prophetSpeaks(): Attribution | undefined {
    const prophet = this.#state.prophet
    return prophet ? {speaker: prophet, asWritten: undefined, following: false, via: 'prophet'} : undefined
  }

  /**
   * Speaker of a quote introduced by a speech word before it.
   *
   * @param paragraph
   * @param start
   *   Start of the quote's sentence.
   * @param open
   *   Index of the opening mark.
   * @param last
   *   The cue that introduces the quote.
   * @param before
   *   Cues of the sentence before the opening mark.
   * @returns
   *   Speaker, or `undefined`.
   */
  #speakerBefore(
    paragraph: number,
    start: number,
    open: number,
    last: SpeechCue,
    before: ReadonlyArray<SpeechCue>
  ): Attribution | undefined {
    // `قال عليه السلام "…"`: a prophet's words, the preacher only cites
    // them; the Prophet when the article names him, else nobody.
    if (PEACE_AFTER.test(this.#state.analysis(paragraph).text.slice(last.end, open))) return this.#prophetSpeaks()
    if (last.word.firstPerson || last.blocked || this.#cites(paragraph, last, open)) return undefined
    const speaker = last.resolved
      ? {...last.resolved, via: last.resolved.via ?? 'cue-' + (last.subject?.kind ?? 'none')}
      : implicitSpeaker(this.#state, paragraph, start, last, before)
    return speaker ? {...speaker, following: false} : undefined
  }

  /**
   * Whether the words between a speech word and a quote say it is someone
   * else's: `وقال مستشهدا بأبيات الشاعر …:` (cited), `بقوله تعالى:`
   * (scripture), `مستنكرا قول الرئيس` (see `#wordsOfAnother`).
   *
   * @param paragraph
   * @param last
   *   The cue that introduces the quote.
   * @param open
   *   Index of the opening mark.
   * @returns
   *   Whether the speech word's speaker cites the words.
   */
  #cites(paragraph: number, last: SpeechCue, open: number): boolean {
    const tokens = this.#state.analysis(paragraph).tokensIn(last.start, open)
    if (tokens.some((token) => CITING.test(token.folded) || DIVINE.has(token.folded))) return true
    // `وأشار إلى أن المادة (24) من النظام نصت “على أنه …”`: the law's words.
    if (tokens.some((token, index) => STIPULATES.test(token.folded) && ON.test(tokens[index + 1]?.folded ?? 'على'))) {
      return true
    }

    return this.#wordsOfAnother(paragraph, last.end, open)
  }

  /**
   * @param closeParagraph
   *   Paragraph the quote closes in.
   * @param closeEnd
   *   Index after the closing mark.
   * @returns
   *   The speech word among the first three words after the quote, in its
   *   sentence (`«…»، قال الوزير`), or the verb after `حسبما` there.
   */
  #followingCue(closeParagraph: number, closeEnd: number): SpeechCue | undefined {
    const closeAnalysis = this.#state.analysis(closeParagraph)
    const end = closeAnalysis.sentenceEnd(closeEnd)
    const window = closeAnalysis.tokensIn(closeEnd, end).slice(0, 3)
    const cues = itemAt(this.cues, closeParagraph)
    const after = cues.find(
      (cue) => cue.start >= closeEnd && cue.start < end && window.some((token) => token.start === cue.start)
    )
    // `«…» حسبما يرى أستاذ علم الاجتماع X`: the verb after `حسبما` names
    // whose words they are.
    const aside = after ? cues[cues.indexOf(after) + 1] : undefined
    return after && aside && this.#asideVerb([after, aside], aside) ? aside : after
  }

  /**
   * @param closeParagraph
   *   Paragraph the quote closes in.
   * @param after
   *   The speech word after the quote.
   * @returns
   *   Its speaker, or the one before of its gender.
   */
  #speakerAfter(closeParagraph: number, after: SpeechCue): Attribution | undefined {
    const speaker = after.resolved
      ? {...after.resolved, via: 'following-' + (after.resolved.via ?? after.subject?.kind ?? 'none')}
      : tagged(
          previousSpeaker(this.#state, readingOrder(closeParagraph, after.start), after.gender),
          'following-previous'
        )
    return speaker ? {...speaker, following: true} : undefined
  }

  /**
   * The last speech word before a quote, or the one that `بالقول` (“by
   * saying”) goes with (`وتابع بالقول`, `وختمت X حديثها بالقول:`): its
   * speaker says the words, read as if `بالقول` were not written.
   *
   * @param before
   *   Cues of the quote's sentence before its opening mark, in order.
   * @returns
   *   The cue that introduces the quote.
   */
  #saidBy(before: ReadonlyArray<SpeechCue>): SpeechCue | undefined {
    const last = before.at(-1)
    const word = before.at(-2)
    if (last?.word.lemma !== BY_SAYING || !word) return last
    const between = this.#state.analysis(last.paragraph).text.slice(word.end, last.start)
    return /[،,.؛:!?؟]/.test(between) ? last : word
  }

  /**
   * Whether the words before a quotation name it as someone else's saying
   * (`مستنكرا قول الرئيس «…»`, `ردا على تصريح الوزير «…»`): a noun of
   * saying with a noun after it, its owner, whose words the speech word's
   * speaker cites; not `قوله`, their own.
   *
   * @param paragraph
   * @param from
   *   End of the speech word.
   * @param open
   *   Index of the opening mark.
   * @returns
   *   Whether the quotation is another's words cited.
   */
  #wordsOfAnother(paragraph: number, from: number, open: number): boolean {
    const tokens = this.#state.analysis(paragraph).tokensIn(from, open)
    const at = tokens.findIndex((token) => WORDS_OF.test(token.folded))
    const owner = tokens[at + 1]
    // `في تصريحات لـ«الوطن»`, `في تصريح صحفي`: the speaker's own words, where
    // and to whom; an owner has the article and no preposition.
    if (at === -1 || !owner || tokens[at - 1]?.folded === 'في') return false
    return owner.definite && !/[بل]/.test(owner.prefix.replace(/ال$/, '')) && !isStopWord(owner.folded)
  }

  /**
   * Speaker of a quotation that is a sentence of its own right after a
   * sentence of the same paragraph that reports someone's words (`تقول X:
   * «…». كما تؤكد أن … . «…»`): theirs, when nobody else is named since.
   *
   * @param paragraph
   * @param start
   *   Start of the quotation's sentence.
   * @param open
   *   Index of its opening mark.
   * @returns
   *   Speaker, or `undefined`.
   */
  #paragraphSpeaker(paragraph: number, start: number, open: number): ResolvedSpeaker | undefined {
    const analysis = this.#state.analysis(paragraph)
    if (analysis.tokensIn(start, open).length > 0) return undefined
    const cues = itemAt(this.cues, paragraph)
    const earlier = cues.findLast((cue) => cue.start < start)
    if (!earlier || earlier.word.firstPerson || earlier.blocked) return undefined
    // Only from the sentence right before: a sentence of narrative between
    // (`وردت عليها النائبة …`) may be about someone else.
    if (analysis.tokensIn(earlier.sentence[1], start).length > 0) return undefined
    // `… رسول الله - صلى الله عليه وسلم - …`: the Prophet is named since.
    if (itemAt(this.#state.blessings, paragraph).some((index) => index > earlier.start && index < open))
      return undefined
    // Right after the words of that speaker, with no narrative between: a
    // text they cite (`قول الله تعالى: {…}، وقول رسوله: «…»`).
    if (analysis.tokensIn(earlier.end, start).length === 0) return undefined
    const sentence = cues.filter((cue) => cue.start >= earlier.sentence[0] && cue.start <= earlier.start)
    const speaker = earlier.resolved ?? implicitSpeaker(this.#state, paragraph, earlier.sentence[0], earlier, sentence)
    // A person only mentioned in that sentence is a guess twice over.
    if (!speaker || speaker.via === 'sentence-mention') return undefined
    const order = readingOrder(paragraph, open)
    // Anyone named with a title since the speech word, even within its
    // sentence (`تقول X: «…». وردت عليها النائبة Y …`).
    if (this.registry.othersBetween(readingOrder(paragraph, earlier.end), order, speaker.speaker, undefined))
      return undefined
    if (namesSomeoneElse(this.#state, paragraph, earlier.sentence[1], order, speaker.speaker)) return undefined
    return speaker
  }

  /**
   * Speaker a paragraph hands on to a following paragraph that is all quote
   * (see `introducedBy` in `interview.ts`).
   *
   * @param paragraph
   *   Index of the introducing paragraph.
   * @returns
   *   Speaker, or `undefined`.
   */
  introducedBy(paragraph: number): ResolvedSpeaker | undefined {
    return introducedBy(this.#state, paragraph)
  }
}

/** The tracker's own view of the article: the lists it fills as it reads. */
interface TrackerState extends ArticleState {
  readonly named: Array<SpeechCue>
  readonly refused: Array<SpeechCue>
  readonly lastNameByGender: Map<Gender | 'unknown', SpeechCue>
}

/**
 * @param registry
 * @param options
 *   Settings of `readSubject`.
 * @param analyses
 *   Analysed text of every block in reading order.
 * @param cues
 *   The tracker's cues per paragraph, filled as it reads.
 * @param blessings
 *   Places of the blessing per paragraph.
 * @param prophet
 *   How the article names the Prophet.
 * @returns
 *   The state, its lists empty.
 */
function newState(
  registry: SpeakerRegistry,
  options: Readonly<ReadSubjectOptions>,
  analyses: ReadonlyArray<AnalysedText>,
  cues: ReadonlyArray<ReadonlyArray<SpeechCue>>,
  blessings: ReadonlyArray<ReadonlyArray<number>>,
  prophet: string | undefined
): TrackerState {
  // Stands for a paragraph that does not exist.
  const none = new AnalysedText('')
  // Computed once, when first asked (all cues are read by then).
  let families: Set<string> | undefined
  const state: TrackerState = {
    registry,
    options,
    analyses,
    cues,
    named: [],
    refused: [],
    lastNameByGender: new Map(),
    blessings,
    prophet,
    analysis: (paragraph) => analyses[paragraph] ?? none,
    familyNames: () => (families ??= familyNames(state))
  }
  return state
}
