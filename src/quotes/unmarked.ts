/**
 * Quotations written without quote marks: the words after a speech verb and
 * a colon (`وقال الوزير: نحن ماضون …`), up to where the narrative resumes.
 * Also where a quotation whose closing mark is missing ends.
 */

import {isComplementiser, readSpeechWord} from '../speakers/lexicon.js'
import {isList} from './classify.js'
import {isIntroducingNoun, isNarratorVerb} from './lexicon.js'
import type {AnalysedText} from '../text/analysis.js'
import {firstItem, itemAt} from '../text/items.js'
import {foldArabic} from '../text/fold.js'
import {partitionPoint} from '../text/sorted.js'
import type {WordToken} from '../text/tokens.js'

/** A quotation without marks, in one paragraph (UTF-16 indices, end exclusive). */
export interface UnmarkedQuote {
  /** Paragraph index. */
  paragraph: number
  /** Index of the colon that introduces it. */
  colon: number
  /** First character of the quoted words. */
  start: number
  /** Index after the last quoted word. */
  end: number
  /** Whether the quotation holds more than one sentence, so that where it ends is a guess. */
  uncertainEnd: boolean
  /**
   * Last paragraph, for a quotation that fills the paragraphs after its
   * introduction (`end` is then in that paragraph); `paragraph` when unset.
   */
  through?: number | undefined
}

/** A stretch of a paragraph that is already quoted with marks. */
export interface MarkedStretch {
  start: number
  /** Index after the closing mark (the paragraph's end when never closed). */
  end: number
  /** Words inside the marks. */
  words: number
  /** Whether the closing mark was found. */
  closed: boolean
}

/** Settings of {@link findUnmarkedQuotes}. */
export interface UnmarkedSettings {
  readonly minBlockWords: number
  readonly speechVerbs?: ReadonlySet<string> | undefined
}

/** Most words between the speech word and the colon (`وقال رئيس المركز الدكتور فلان:`). */
const MAX_INTRODUCTION_WORDS = 20
/** How far back (characters) the speech word of an introduction is looked for. */
const INTRODUCTION_REACH = 300
/** Small words that may stand before the speech word of a new sentence (`وفيما أشار`, `وقد أكد`). */
const LEADS = new Set([
  'فيما',
  'وفيما',
  'كما',
  'وكما',
  'بينما',
  'وبينما',
  'ثم',
  'قد',
  'وقد',
  'فقد',
  'لكن',
  'ولكن',
  'حين',
  'وحين',
  'عندما',
  'وعندما'
])
/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it may stand before the speech verb of a new sentence (`وقد`, `كما`).
 */
export function isLead(folded: string): boolean {
  return LEADS.has(folded)
}

/** Nouns that make `القول` the writer's summing up (`خلاصة القول:`, `صفوة القول:`), not a report of words. */
const SUMMING_UP = new Set(['خلاصه', 'صفوه', 'مجمل', 'زبده', 'نافله', 'قصاري', 'حاصل', 'مختصر', 'جماع'])

/**
 * @param token
 *   Word before `القول`.
 * @returns
 *   Whether it makes `القول` the writer's summing up.
 */
function isSummary(token: WordToken | undefined): boolean {
  return token !== undefined && SUMMING_UP.has(token.folded.replace(/^[وف]/, ''))
}

/** Marks that open a quotation or an aside right after a colon: not an unmarked quotation. */
const OPENING_AFTER_COLON = /^[«“„‹"»”›{([]|^&(?:quot|#34|#x22);/

/**
 * Find quotations without marks after `speech verb … :` in one paragraph.
 *
 * The introduction must hold a speech word (`قال`, `أضاف`, `قائلا`,
 * `بقوله`, `إلى القول`) in the colon's sentence with no complementiser
 * after it (`أوضح أن الخطة تشمل:` introduces a list, not words); the
 * quotation runs to where the narrative resumes (see {@link quotationEnd})
 * and needs `minBlockWords` words that are not a list.
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param paragraph
 *   Paragraph index.
 * @param marked
 *   Stretches quoted with marks, in order.
 * @param settings
 *   Settings.
 * @returns
 *   Quotations, in order, disjoint from each other and from `marked`.
 */
export function findUnmarkedQuotes(
  analysis: AnalysedText,
  paragraph: number,
  marked: ReadonlyArray<MarkedStretch>,
  settings: Readonly<UnmarkedSettings>
): Array<UnmarkedQuote> {
  const {text} = analysis
  const result: Array<UnmarkedQuote> = []
  let breaks: Breaks | undefined
  let blocks: Array<number | undefined> | undefined
  let markIndex = 0
  let from = 0
  const colon = /[:：]/g
  let match = colon.exec(text)
  while (match) {
    const index = match.index
    // Colons come in order: skip the marked stretches that end before this one.
    while (markIndex < marked.length && itemAt(marked, markIndex).end <= index) markIndex++
    const inMarks = (marked[markIndex]?.start ?? Infinity) <= index
    if (index >= from && !inMarks && isIntroduction(analysis, index, settings)) {
      breaks ??= findBreaks(analysis, settings)
      blocks ??= nextBlocks(marked, settings.minBlockWords)
      const {quote, scanned} = quoteAfter(analysis, paragraph, index, blocks[markIndex], breaks, settings)
      if (quote) result.push(quote)
      // Colons in words already read as a quotation (or refused as one) do
      // not introduce another: each stretch is read once.
      from = scanned
    }

    match = colon.exec(text)
  }

  return result
}

/**
 * @param marked
 * @param minWords
 * @returns
 *   For each stretch, the start of the first stretch from it on with
 *   `minWords` words (computed once, from the end).
 */
function nextBlocks(marked: ReadonlyArray<MarkedStretch>, minWords: number): Array<number | undefined> {
  const result: Array<number | undefined> = Array.from({length: marked.length + 1})
  for (let index = marked.length - 1; index >= 0; index--) {
    const stretch = itemAt(marked, index)
    result[index] = stretch.words >= minWords ? stretch.start : result[index + 1]
  }

  return result
}

/**
 * @param analysis
 * @param paragraph
 * @param colon
 * @param block
 *   Start of the first marked quotation after the colon long enough to be
 *   a block of its own: this one ends there.
 * @param breaks
 * @param settings
 */
function quoteAfter(
  analysis: AnalysedText,
  paragraph: number,
  colon: number,
  block: number | undefined,
  breaks: Breaks,
  settings: Readonly<UnmarkedSettings>
): {quote: UnmarkedQuote | undefined; scanned: number} {
  const {text} = analysis
  let start = colon + 1
  // `فقال:.. وذلك`: the dots after the colon are not quoted words.
  while (start < text.length && /[\s\-–—.…]/.test(text.charAt(start))) start++
  const none = {quote: undefined, scanned: colon + 1}
  if (start >= text.length || OPENING_AFTER_COLON.test(text.slice(start, start + 6))) return none
  // `12:30`, `2:1`: a time or a score.
  if (/\d/.test(text.charAt(colon - 1)) && /\d/.test(text.charAt(colon + 1))) return none

  const limit = block ?? text.length
  const run = quotationEnd(text, breaks, start, limit)
  const runsOn = run.sentences > 1 && run.end === trimEnd(text, limit)
  // Reported speech is one clause: words after `قال …: إن …` that go on
  // over several sentences, up to where the narrative resumes (`. وأضاف`),
  // are the speaker's own.
  const reported = (run.sentences === 1 || runsOn) && isReported(analysis, start, run.end)
  // Nothing shows where the speaker stops: an exclamation is where a
  // quoted outburst most often ends and the writer takes over again. Not
  // a run of marks (`!!`, `؟!`): that is the emphasis of a speaker who goes
  // on, as posts and dialect quoted whole do.
  const exclaimed = runsOn ? exclamationEnd(text, breaks, start, run.end) : undefined
  const end = exclaimed ?? run.end
  const scanned = Math.max(end, colon + 1)
  const content = text.slice(start, end)
  if (analysis.wordsIn(start, end) < settings.minBlockWords || isList(content) || reported) {
    return {quote: undefined, scanned}
  }

  return {quote: {paragraph, colon, start, end, uncertainEnd: runsOn && exclaimed === undefined}, scanned}
}

/**
 * @param text
 * @param breaks
 * @param start
 *   First quoted character.
 * @param end
 *   Index after the last quoted character.
 * @returns
 *   Index after the first exclamation mark, alone, between `start` and
 *   `end` that ends a sentence with more text after it (`… لن نسكت بعد
 *   اليوم! وتجمع`), if any.
 */
function exclamationEnd(text: string, breaks: Breaks, start: number, end: number): number | undefined {
  for (let index = firstAtOrAfter(breaks.sentence, start); index < breaks.sentence.length; index++) {
    const stop = itemAt(breaks.sentence, index)
    if (stop >= end) return undefined
    const marks = /^[.!?؟]+/.exec(text.slice(stop, stop + 8))?.[0] ?? ''
    if (marks === '!') return stop + marks.length
  }

  return undefined
}

/** Most words of a line of verse (a hemistich or a whole verse). */
const MAX_VERSE_WORDS = 12
/** Most lines of verse read as one quotation. */
const MAX_VERSE_LINES = 40

/** What {@link findIntroducedRun} reads of the paragraphs after an introduction. */
export interface FollowingParagraph {
  /** Paragraph, analysed; `undefined` for a block that is not a body paragraph. */
  analysis: AnalysedText | undefined
  /** Stretches of it quoted with marks, in order. */
  marked: ReadonlyArray<MarkedStretch>
}

/**
 * Find the quotation that an introduction closing its paragraph
 * (`وقال الشاعر:`, `وأضاف في بيانه:`) announces: the paragraph after it,
 * or, when that is a line of verse, the lines of verse that follow (a poem
 * quoted one line per paragraph).
 *
 * A paragraph that opens with a quotation in marks is quoted already; one
 * that is prose ends where the narrative resumes, as words after a colon do.
 *
 * @param analysis
 *   Paragraph that may end with the introduction, analysed.
 * @param paragraph
 *   Its index.
 * @param marked
 *   Its stretches quoted with marks.
 * @param following
 *   Reads the paragraph at an index after it.
 * @param settings
 *   Settings.
 * @returns
 *   The quotation, if any.
 */
export function findIntroducedRun(
  analysis: AnalysedText,
  paragraph: number,
  marked: ReadonlyArray<MarkedStretch>,
  following: (index: number) => FollowingParagraph,
  settings: Readonly<UnmarkedSettings>
): UnmarkedQuote | undefined {
  const colon = trimEnd(analysis.text, analysis.text.length) - 1
  if (colon < 0 || !/[:：]/.test(analysis.text.charAt(colon))) return undefined
  if (marked.some((stretch) => stretch.start <= colon && colon < stretch.end)) return undefined
  if (!isIntroduction(analysis, colon, settings) || !announcesWords(analysis, colon, settings)) return undefined
  const first = following(paragraph + 1)
  const text = first.analysis?.text
  if (!first.analysis || !text || ENUMERATION.test(text)) return undefined
  const start = text.length - text.trimStart().length
  if (first.marked.some((stretch) => stretch.closed && stretch.start <= start)) return undefined
  const quote = isVerse(first.analysis)
    ? verseRun(paragraph + 1, following, settings.minBlockWords)
    : proseAfter(first.analysis, paragraph + 1, start, first.marked, settings)
  if (!quote || quote.words < settings.minBlockWords) return undefined
  const items =
    quote.through === paragraph + 1 && quote.end === trimEnd(text, text.length)
      ? itemsAfter(text, paragraph + 1, following)
      : undefined
  return {
    paragraph: paragraph + 1,
    colon: -1,
    start,
    end: items?.end ?? quote.end,
    through: items?.through ?? quote.through,
    uncertainEnd: false
  }
}

/** Most items of a list read as part of the quotation that announces it. */
const MAX_LIST_ITEMS = 40

/**
 * The items of a list that a quoted paragraph announces at its end (`…
 * تود المديرية بيان ما يلي:` before `أولاً: …`, `ثانيا: …`, `- …`): a
 * statement given in full goes on over them, up to the first paragraph that
 * is no item.
 *
 * @param text
 *   The quoted paragraph.
 * @param paragraph
 *   Its index.
 * @param following
 *   Reads the paragraph at an index after it.
 * @returns
 *   Last item and the end of its text, or `undefined` when no list follows.
 */
function itemsAfter(
  text: string,
  paragraph: number,
  following: (index: number) => FollowingParagraph
): {through: number; end: number} | undefined {
  if (!/[:：]\s*$/.test(text) || !announcesList(text)) return undefined
  let result: {through: number; end: number} | undefined
  let bullet = false
  for (let index = paragraph + 1; index <= paragraph + MAX_LIST_ITEMS; index++) {
    const item = following(index).analysis?.text
    // A bullet alone (`-` split from its words by a run of spaces) holds the next paragraph as its item.
    if (!item || !(bullet || ENUMERATION.test(item))) break
    bullet = /^\s*[-–—•*·▪]\s*$/.test(item)
    result = {through: index, end: trimEnd(item, item.length)}
  }

  return result
}

/**
 * @param text
 *   Text ending in a colon.
 * @returns
 *   Whether one of the words just before the colon announces a list (`ما
 *   يلي:`, `على النحو التالي:`).
 */
function announcesList(text: string): boolean {
  const words = text
    .replace(/[:：]\s*$/, '')
    .trim()
    .split(/\s+/)
    .slice(-3)
  return words.some((word) => LIST_ANNOUNCERS.has(foldArabic(word)))
}

/** Most words between the speech word and a colon that closes its paragraph. */
const MAX_RUN_INTRODUCTION_WORDS = 8
/** Words that announce a list (`على النحو التالي:`, `ما يلي:`) or an interview (`فماذا قال:`), not someone's words. */
const LIST_ANNOUNCERS = new Set([
  'ماذا',
  'فماذا',
  'التالي',
  'التاليه',
  'كالتالي',
  'يلي',
  'مايلي',
  'الاتي',
  'الاتيه',
  'كالاتي'
])
/** How items of a list or of a statement start: a bullet, a number, `أولا:`. */
const ENUMERATION =
  /^\s*(?:[-–—•*·▪]|\(?[\d٠-٩]+\s*[-.)–]|(?:[أا]ول[اً]ً?|[أا]ولهما|[أا]ولها|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)ً?\s*[:،-])/

/**
 * Whether the words before a colon that closes its paragraph announce
 * someone's words in the next paragraph: a speech word close before the
 * colon (`وقال الشاعر فلان:`), not a list (`على النحو التالي:`) nor a
 * byline (`كتب - فلان:`).
 *
 * @param analysis
 * @param colon
 * @param settings
 */
function announcesWords(analysis: AnalysedText, colon: number, settings: Readonly<UnmarkedSettings>): boolean {
  const tokens = analysis.tokensIn(0, colon)
  const near = tokens.slice(-(MAX_RUN_INTRODUCTION_WORDS + 1))
  if (near.some((token) => LIST_ANNOUNCERS.has(token.folded))) return false
  return near.some((token, index) => {
    if (isIntroducingNoun(token.folded)) return !isSummary(tokens[index - 1])
    const word = readSpeechWord(token.folded, settings.speechVerbs)
    // `كتب فلان:` opening a paragraph is a byline.
    return word !== undefined && !(word.lemma === 'كتب' && index === 0 && tokens.length === near.length)
  })
}

/**
 * @param analysis
 * @returns
 *   Whether a paragraph is a line of verse: short, one sentence, not an
 *   introduction.
 */
function isVerse(analysis: AnalysedText): boolean {
  const text = analysis.text.trim()
  if (analysis.wordsIn(0, analysis.text.length) > MAX_VERSE_WORDS || /[:：]$/.test(text)) return false
  return !/[.!?؟؛](?=\s+\S)/.test(text)
}

/**
 * @param from
 *   First line of verse.
 * @param following
 * @param minWords
 *   Words of a quotation in marks that makes a block of its own.
 * @returns
 *   End of the run of verse lines from `from`: a line that ends a sentence
 *   ends the poem.
 */
function verseRun(
  from: number,
  following: (index: number) => FollowingParagraph,
  minWords: number
): {through: number; end: number; words: number} {
  let through = from
  let words = 0
  for (let index = from; index < from + MAX_VERSE_LINES; index++) {
    const line = following(index)
    if (!line.analysis || !isVerse(line.analysis)) break
    // A line that introduces words of its own (`وقالوا: …`) or holds a quotation in marks ends the poem.
    if (
      index > from &&
      (/[:：]/.test(line.analysis.text) || line.marked.some((stretch) => stretch.closed && stretch.words >= minWords))
    )
      break
    through = index
    words += line.analysis.wordsIn(0, line.analysis.text.length)
    if (/[.!?؟…]\s*$/.test(line.analysis.text)) break
  }

  const last = following(through).analysis
  // One short line may be a list of names (`فلان وفلان وفلان`); lines of verse are not.
  if (!last || (through === from && isList(last.text))) return {through, end: 0, words: 0}
  return {through, end: trimEnd(last.text, last.text.length), words}
}

/**
 * @param analysis
 * @param paragraph
 * @param start
 * @param marked
 * @param settings
 * @returns
 *   The quotation that fills a paragraph of prose after an introduction, to
 *   where the narrative resumes (or to a block quotation in marks).
 */
function proseAfter(
  analysis: AnalysedText,
  paragraph: number,
  start: number,
  marked: ReadonlyArray<MarkedStretch>,
  settings: Readonly<UnmarkedSettings>
): {through: number; end: number; words: number} | undefined {
  const block = marked.find((stretch) => stretch.closed && stretch.words >= settings.minBlockWords)
  const limit = block ? block.start : analysis.text.length
  const {end} = quotationEnd(analysis.text, findBreaks(analysis, settings), start, limit)
  const content = analysis.text.slice(start, end)
  if (isList(content) || isReported(analysis, start, end)) return undefined
  return {through: paragraph, end, words: analysis.wordsIn(start, end)}
}

/** Words that show the speaker's own voice: first and second person. */
const OWN_VOICE = new Set([
  'انا',
  'نحن',
  'انني',
  'اننا',
  'اني',
  'انا',
  'لي',
  'لنا',
  'عندي',
  'عندنا',
  'لدي',
  'لدينا',
  'نحنا',
  'انت',
  'انتم',
  'انتن',
  'لكم',
  'لك',
  'معي',
  'معنا',
  'منا',
  'مني',
  'علينا',
  'فينا',
  'بنا',
  'اعتقد',
  'اري',
  'نري',
  'نعتقد',
  'اتوقع',
  'نتوقع',
  'اقول',
  'نقول',
  'اتمني',
  'نتمني',
  'اشكر',
  'نشكر',
  'ارجو',
  'نرجو'
])

/** First-person words that open someone's own words (`أتوقع`, `نحن`), folded. */
const FIRST_PERSON_OPENERS = new Set([
  'انا',
  'نحن',
  'انني',
  'اننا',
  'اعتقد',
  'نعتقد',
  'اري',
  'نري',
  'اتوقع',
  'نتوقع',
  'اتمني',
  'نتمني',
  'اشكر',
  'نشكر',
  'ارجو',
  'نرجو',
  'اؤكد',
  'نؤكد'
])
/**
 * Cheap test before reading a paragraph's words: does it hold one of
 * {@link FIRST_PERSON_OPENERS}? What comes before a word is looked behind
 * for, so that the search tries only where a word's first letter stands.
 */
const FIRST_PERSON_HINT =
  /(?<![^\s"»”])(?:[أا]نا|نحن|[إا]ن(?:ن)?[يا]|[أا]عتقد|نعتقد|[أا]رى|نرى|[أا]توقع|نتوقع|[أا]تمنى|نتمنى|[أا]شكر|نشكر|[أا]رجو|نرجو|[أا]ؤكد|نؤكد)(?=\s)/
/**
 * @param text
 *   Paragraph text.
 * @returns
 *   Whether it may hold words in the first person after a speech verb (a
 *   test on the raw text, before any word is read).
 */
export function mayHoldVoicedQuote(text: string): boolean {
  return FIRST_PERSON_HINT.test(text)
}

/** Most words of the subject between a speech verb and the speaker's own first word. */
const MAX_VOICED_SUBJECT_WORDS = 5

/**
 * Find the words a speaker says in the first person right after the speech
 * verb and its subject, with neither colon nor marks (`وقالت كشغري لـ"سبق"
 * أتوقع حصول …`, `وقال الوزير نحن ماضون …`): a first-person verb or pronoun
 * cannot be the narrator's, so the quotation starts there and runs to where
 * the narrative resumes.
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param paragraph
 *   Paragraph index.
 * @param marked
 *   Stretches quoted with marks, in order.
 * @param settings
 *   Settings.
 * @returns
 *   Quotations, in order, disjoint from `marked`.
 */
export function findVoicedQuotes(
  analysis: AnalysedText,
  paragraph: number,
  marked: ReadonlyArray<MarkedStretch>,
  settings: Readonly<UnmarkedSettings>
): Array<UnmarkedQuote> {
  const {text, tokens} = analysis
  const result: Array<UnmarkedQuote> = []
  let breaks: Breaks | undefined
  let blocks: Array<number | undefined> | undefined
  let from = 0
  let mark = 0
  for (const [index, token] of tokens.entries()) {
    if (token.start < from || !FIRST_PERSON_OPENERS.has(token.folded)) continue
    const start = token.start
    // Words come in order: skip the marked stretches that end before this one.
    while (mark < marked.length && itemAt(marked, mark).end <= start) mark++
    if ((marked[mark]?.start ?? Infinity) <= start || !afterSpeakerClause(analysis, index, settings)) continue
    breaks ??= findBreaks(analysis, settings)
    blocks ??= nextBlocks(marked, settings.minBlockWords)
    const {end} = quotationEnd(text, breaks, start, blocks[mark] ?? text.length)
    from = end
    if (analysis.wordsIn(start, end) < settings.minBlockWords) continue
    result.push({paragraph, colon: -1, start, end, uncertainEnd: false})
  }

  return result
}

/**
 * @param analysis
 * @param index
 *   Index of a first-person word among the tokens.
 * @param settings
 * @returns
 *   Whether a narrative speech verb and a short subject stand right before
 *   it in its clause (`وقال الوزير أتوقع`), the subject of one word or more.
 */
function afterSpeakerClause(analysis: AnalysedText, index: number, settings: Readonly<UnmarkedSettings>): boolean {
  const {text, tokens} = analysis
  for (let back = index - 1; back >= 0 && index - back - 1 <= MAX_VOICED_SUBJECT_WORDS; back--) {
    const token = tokens[back]
    const next = tokens[back + 1]
    if (!token || !next) return false
    if (/[.!?؟:：،,؛;()\-–—\n]/.test(text.slice(token.end, next.start))) return false
    if (back === index - 1) continue
    if (isComplementiser(token.folded)) return false
    const word = readSpeechWord(token.folded, settings.speechVerbs)
    if (word) return word.form === 'verb' && !word.firstPerson
  }

  return false
}

/**
 * Whether words after `قال …: إن …` are reported speech: they open with a
 * complementiser and nothing in them is the speaker's own voice (first or
 * second person): `وقال المصدر: إن الانفجار ناجم عن …` tells what was said,
 * `وقال: إننا ماضون …` quotes it. (Asked of one sentence: see `quoteAfter`.)
 *
 * @param analysis
 * @param start
 * @param end
 */
function isReported(analysis: AnalysedText, start: number, end: number): boolean {
  const tokens = analysis.tokensIn(start, end)
  const first = tokens[0]
  if (!first || !isComplementiser(first.folded)) return false
  if (/^[اإأ]ن(?:نا|ني|ي)$/.test(first.folded)) return false
  return !tokens.some((token) => OWN_VOICE.has(token.folded) || OWN_VOICE.has(token.folded.replace(/^[وف]/, '')))
}

/**
 * Whether the colon at `colon` ends an introduction of someone's words.
 *
 * @param analysis
 * @param colon
 * @param settings
 */
function isIntroduction(
  analysis: AnalysedText,
  colon: number,
  settings: Readonly<Pick<UnmarkedSettings, 'speechVerbs'>>
): boolean {
  const {text} = analysis
  const from = Math.max(0, colon - INTRODUCTION_REACH)
  const before = text.slice(from, colon)
  // Only the colon's own sentence introduces.
  const stop = lastSentenceEnd(before)
  const tokens = analysis.tokensIn(from + stop, colon)
  for (let index = tokens.length - 1; index >= 0 && tokens.length - 1 - index <= MAX_INTRODUCTION_WORDS; index--) {
    const token = itemAt(tokens, index)
    if (isComplementiser(token.folded)) return false
    if (isIntroducingNoun(token.folded)) return !isSummary(tokens[index - 1])
    const word = readSpeechWord(token.folded, settings.speechVerbs)
    if (word) {
      if (word.firstPerson || word.form === 'attribution') return false
      const subject = tokens[index + 1]
      if (subject && HYPOTHETICAL.has(subject.folded)) return false
      return !isRubric(tokens, index, word.lemma)
    }
  }

  return false
}

/** Subjects of words nobody said (`قد يقول قائل:`). */
const HYPOTHETICAL = new Set(['قائل', 'احدهم', 'البعض', 'بعضهم', 'المرء'])
/** Verbs that go on to speak (`ومضى يقول:`): not a subject before the verb. */
const CONTINUING = new Set([
  'مضي',
  'ومضي',
  'عاد',
  'وعاد',
  'راح',
  'وراح',
  'ظل',
  'وظل',
  'اخذ',
  'واخذ',
  'بدا',
  'وبدا',
  'واصل',
  'وواصل',
  'انبري',
  'وانبري'
])

/**
 * Whether `Name تقول للمسؤول:` opens a paragraph: one word, then a present
 * speech verb. That is the voice of a column or a rubric (an outlet
 * addressing its readers), not a report of someone's words, which puts the
 * verb first (`وقال فلان:`, `يقول فلان:`).
 *
 * @param tokens
 *   Words of the sentence before the colon.
 * @param index
 *   Index of the speech verb among them.
 * @param lemma
 *   Its lemma.
 */
function isRubric(tokens: ReadonlyArray<WordToken>, index: number, lemma: string): boolean {
  const verb = itemAt(tokens, index).folded.replace(/^[وف]/, '')
  return index === 1 && /^[يت]/.test(verb) && verb !== lemma && !CONTINUING.has(firstItem(tokens).folded)
}

/**
 * @param value
 * @returns
 *   Index after the last sentence end in `value` (`0` when none).
 */
function lastSentenceEnd(value: string): number {
  let last = 0
  for (const match of value.matchAll(/[.!?؟]+(?=\s|$)/g)) last = match.index + match[0].length
  return last
}

/** The breaks of a paragraph (sorted indices), found once. */
export interface Breaks {
  /** Breaks after which the narrative resumes: index of the punctuation. */
  resume: Array<number>
  /** Sentence ends followed by more text. */
  sentence: Array<number>
}

/**
 * Find, once per paragraph, the breaks after which the narrative resumes
 * with a speech word (`. وأضاف`, `، مشيرا إلى`, `. وفيما أشار`,
 * `، حسبما ذكرت`) or with a sentence that introduces someone else's words
 * (`. واليسار يقول:`, `. والوزير قال:`: whoever speaks after that colon,
 * the words before the sentence were not theirs), and the sentence ends.
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param settings
 *   Settings.
 * @returns
 *   Breaks.
 */
export function findBreaks(analysis: AnalysedText, settings: Readonly<Pick<UnmarkedSettings, 'speechVerbs'>>): Breaks {
  const {text, tokens} = analysis
  const result: Breaks = {resume: [], sentence: []}
  for (const match of text.matchAll(/[.!?؟]+|[،,؛;]|\s[-–—]\s/g)) {
    const after = match.index + match[0].length
    const strong = /[.!?؟]/.test(match[0])
    const first = analysis.tokenIndexAt(after)
    const next = tokens.slice(first, first + 2).filter((token) => token.start < after + 60)
    if (resumes(next, strong, settings)) result.resume.push(match.index)
    else if (strong && next.length > 0) result.sentence.push(match.index)
  }

  return introductionsResume(analysis, result, settings)
}

/**
 * Move to `resume` the sentence ends after which a sentence introduces
 * words with a colon (see {@link isIntroduction}).
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param breaks
 *   Its breaks so far.
 * @param settings
 *   Settings.
 * @returns
 *   The breaks.
 */
function introductionsResume(
  analysis: AnalysedText,
  breaks: Breaks,
  settings: Readonly<Pick<UnmarkedSettings, 'speechVerbs'>>
): Breaks {
  const {text} = analysis
  if (breaks.sentence.length === 0 || !/[:：]/.test(text)) return breaks
  const moved = new Set<number>()
  for (const match of text.matchAll(/[:：]/g)) {
    // The sentence end before the colon, if any, opens the colon's sentence.
    const before = firstAtOrAfter(breaks.sentence, match.index) - 1
    const stop = breaks.sentence[before]
    if (stop === undefined || moved.has(stop)) continue
    let sentence = stop
    while (/[.!?؟]/.test(text.charAt(sentence))) sentence++
    // A sentence end as `isIntroduction` reads it (white space after it),
    // and no other one (a break that resumes already) between it and the colon.
    if (!/\s/.test(text.charAt(sentence)) || /[.!?؟]/.test(text.slice(sentence, match.index))) continue
    if (isIntroduction(analysis, match.index, settings)) moved.add(stop)
  }

  if (moved.size === 0) return breaks
  return {
    resume: [...breaks.resume, ...moved].sort((a, b) => a - b),
    sentence: breaks.sentence.filter((index) => !moved.has(index))
  }
}

/**
 * Where a quotation that starts at `start` ends: before the first break
 * after which the narrative resumes, else at `limit` (the end of the
 * paragraph), without the white space before it.
 *
 * @param text
 *   Paragraph text.
 * @param breaks
 *   Its breaks.
 * @param start
 *   First quoted character.
 * @param limit
 *   Index not to go past.
 * @returns
 *   End, and how many sentences the quotation holds.
 */
export function quotationEnd(
  text: string,
  breaks: Breaks,
  start: number,
  limit: number
): {end: number; sentences: number} {
  const resume = breaks.resume[firstAtOrAfter(breaks.resume, start)]
  const stop = resume !== undefined && resume < limit ? resume : limit
  const sentences = 1 + firstAtOrAfter(breaks.sentence, stop) - firstAtOrAfter(breaks.sentence, start)
  return {end: trimEnd(text, stop), sentences}
}

/**
 * @param sorted
 * @param value
 * @returns
 *   Index of the first item at or after `value` (binary search).
 */
function firstAtOrAfter(sorted: ReadonlyArray<number>, value: number): number {
  return partitionPoint(sorted.length, (index) => itemAt(sorted, index) < value)
}

/**
 * Whether the narrative resumes with these words.
 *
 * @param next
 *   First two words after a break.
 * @param strong
 *   Whether the break ends a sentence (after a comma only a speech word
 *   right away counts).
 * @param settings
 */
function resumes(
  next: ReadonlyArray<WordToken>,
  strong: boolean,
  settings: Readonly<Pick<UnmarkedSettings, 'speechVerbs'>>
): boolean {
  const [first, second] = next
  if (!first) return false
  if (isNarrativeSpeech(first.folded, settings) || isNarratorVerb(first.folded)) return true
  return strong && second !== undefined && LEADS.has(first.folded) && isNarrativeSpeech(second.folded, settings)
}

/**
 * @param folded
 * @param settings
 */
function isNarrativeSpeech(folded: string, settings: Readonly<Pick<UnmarkedSettings, 'speechVerbs'>>): boolean {
  const word = readSpeechWord(folded, settings.speechVerbs)
  return word !== undefined && !word.firstPerson
}

/**
 * @param text
 * @param end
 * @returns
 *   `end` moved back over white space.
 */
function trimEnd(text: string, end: number): number {
  let index = end
  while (index > 0 && /\s/.test(text.charAt(index - 1))) index--
  return index
}
