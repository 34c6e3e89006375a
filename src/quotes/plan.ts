/**
 * Decide, for the paragraphs of an article, which quoted spans are block
 * quotations and who said them. Works on plain strings; the plugin applies
 * the plan to the syntax tree.
 */

import {SpeakerTracker, type Attribution} from '../speakers/attribute.js'
import {isComplementiser, isNameParticle, isPreposition, isTitleNoun, readSpeechWord} from '../speakers/lexicon.js'
import {foldArabic} from '../text/fold.js'
import {type AnalysedText, TextAnalyses} from '../text/analysis.js'
import {firstItem, itemAt, lastItem} from '../text/items.js'
import {classifyQuote, type QuoteReason} from './classify.js'
import {isNamingWord, isNarratorVerb} from './lexicon.js'
import {findQuotes, type QuoteProblem, type QuoteSpan, type SpacingDoubt} from './marks.js'
import type {QuotesSettings} from './options.js'
import {letterBounds, type LetterBounds} from './text.js'
import {
  findBreaks,
  findIntroducedRun,
  findUnmarkedQuotes,
  findVoicedQuotes,
  isLead,
  mayHoldVoicedQuote,
  type MarkedStretch,
  quotationEnd,
  type UnmarkedQuote
} from './unmarked.js'

/** Readings of a speaker named by the speech word itself. */
const CUE_READINGS = new Set(['cue-name', 'cue-title'])

/** Speech verbs that a colon and the quotation follow (`وقال X:`), folded lemmas; not `كتب` (`كتب ـ X:` is a byline), `وصف`, `ذكر`, `أفاد`, `بين`, whose object may come before the colon. */
const COLON_VERBS = new Set(
  ['قال', 'أضاف', 'تابع', 'أكد', 'أوضح', 'استطرد', 'أردف', 'تساءل', 'اختتم', 'واصل', 'شدد', 'علق', 'صرح'].map((verb) =>
    foldArabic(verb)
  )
)

/** How many words a speaker's title and name before a colon may have. */
const COLON_SUBJECT_WORDS = 6

/** Quoted spans this long or longer are hidden from speaker reading. */
const MASK_WORDS = 4

/** A stretch of one paragraph (UTF-16 indices, end exclusive). */
export interface Stretch {
  /** Paragraph index. */
  paragraph: number
  /** First index. */
  start: number
  /** Index after the last character. */
  end: number
}

/** A quoted span with what was decided about it. */
export interface PlannedQuote {
  /** The span as found. */
  span: QuoteSpan
  /** How it is rendered. */
  kind: 'block' | 'inline'
  /** Why. */
  reason: QuoteReason
  /** Quoted words, marks excluded (paragraphs joined with a line feed). */
  content: string
  /** Opening mark as written. */
  open: string
  /** Closing mark as written (empty when never closed). */
  close: string
  /** The span per paragraph, marks included. */
  parts: Array<Stretch>
  /** Whether the paragraph(s) hold nothing but this quote and punctuation. */
  whole: boolean
  /** Speaker, when found (for block quotations and quotations kept inline by option). */
  attribution: Attribution | undefined
  /** Whether it lies inside a block quotation never closed, or one without marks. */
  inside?: boolean | undefined
  /** For a quotation written without marks: whether where it ends is a guess. */
  uncertainEnd?: boolean | undefined
  /** Whether the speaker read for it needs a quotation in marks given the same one (see `keepClearSpeakers`). */
  uncertainSpeaker?: boolean | undefined
}

/** Settings of {@link planQuotes} besides the options. */
export interface PlanSettings {
  /** Look for quotations without marks after `قال …:` (default: `true`). */
  readonly unmarked?: boolean | undefined
}

/** Result of {@link planQuotes}. */
export interface QuotePlan {
  /** Every outer quote and nested quote, in reading order. */
  quotes: Array<PlannedQuote>
  /** Unpaired marks. */
  problems: Array<QuoteProblem>
  /** Straight marks whose pairing their spacing leaves in doubt. */
  doubts: Array<SpacingDoubt>
}

/**
 * Plan the quotations of an article.
 *
 * @param paragraphs
 *   Text of every block in reading order; an empty string for a block that is
 *   not a body paragraph.
 * @param settings
 *   Settings.
 * @param analyses
 *   Analysed texts of the file (default: new ones).
 * @param context
 *   Text of the blocks that name people without quoting them (headline,
 *   subheadings), at their indices; empty elsewhere.
 * @param plan
 *   What to look for (default: everything).
 * @returns
 *   Plan.
 */
export function planQuotes(
  paragraphs: ReadonlyArray<string>,
  settings: Readonly<QuotesSettings>,
  analyses: TextAnalyses = new TextAnalyses(),
  context: ReadonlyArray<string> = [],
  plan?: Readonly<PlanSettings> | undefined
): QuotePlan {
  const scan = findQuotes(paragraphs, {maxParagraphs: settings.maxQuoteParagraphs})
  const bounds = paragraphs.map((text) => letterBounds(text))
  const quotes: Array<PlannedQuote> = scan.spans.map((span) => describe(paragraphs, bounds, span))
  for (const quote of quotes) endUnclosed(quote, paragraphs, bounds, analyses, settings)
  if (plan?.unmarked !== false) addUnmarked(paragraphs, bounds, quotes, settings, analyses)

  // Speakers are only read for block quotations, which most articles do not
  // have: the tracker, and the blanked texts it reads, are made on first use.
  let tracker: SpeakerTracker | undefined
  const speakers = (): SpeakerTracker => (tracker ??= trackSpeakers(paragraphs, quotes, settings, analyses, context))
  let previousBlock: PlannedQuote | undefined

  for (const [position, quote] of quotes.entries()) {
    const {kind, introduction} = readQuote(quote, paragraphs, analyses, settings)
    if (kind === 'block') {
      quote.attribution = quote.whole
        ? wholeParagraphSpeaker(quote, speakers(), previousBlock)
        : speakerBefore(
            quote,
            introduction,
            speakers(),
            analyses.of(itemAt(paragraphs, firstItem(quote.parts).paragraph))
          )
      previousBlock = quote
      // Everything after a quote never closed is inside it.
      if (!quote.span.close && !quote.whole) markInside(quotes, position)
    }

    quote.kind = renderedKind(quote, kind, settings)
  }

  keepClearSpeakers(quotes, {
    namedBeforeColon: (quote) => isNamedBeforeColon(quote, paragraphs, analyses, settings),
    goesOnBeforeColon: (quote) => goesOnBeforeColon(quote, paragraphs, analyses, settings)
  })
  return {quotes, problems: scan.problems, doubts: scan.doubts}
}

/** How a quote never closed is introduced (see `introductionOf`); `direct` for any other quote. */
type Introduction = 'direct' | 'speaker' | undefined

/**
 * Classify a quote, before its speaker is read: sets its reason, and marks
 * its speaker uncertain where what introduces it does not bound the subject.
 *
 * @param quote
 *   Quote (changed in place).
 * @param paragraphs
 * @param analyses
 * @param settings
 * @returns
 *   Its kind, and how it is introduced.
 */
function readQuote(
  quote: PlannedQuote,
  paragraphs: ReadonlyArray<string>,
  analyses: TextAnalyses,
  settings: Readonly<QuotesSettings>
): {kind: 'block' | 'inline'; introduction: Introduction} {
  const {span} = quote
  const first = firstItem(quote.parts)
  const last = lastItem(quote.parts)
  const text = itemAt(paragraphs, first.paragraph)
  const analysis = analyses.of(text)
  const result =
    span.open.family === 'none'
      ? {kind: 'block' as const, reason: 'unmarked' as const}
      : classifyQuote(
          {
            text,
            analysis,
            open: span.open.index,
            contentStart: span.open.index + quote.open.length,
            content: quote.content,
            words: analyses.wordsOf(quote.content),
            after: itemAt(paragraphs, last.paragraph).slice(last.end, last.end + 120),
            depth: span.depth,
            whole: quote.whole
          },
          {...settings, keepInline: false}
        )
  quote.reason = result.reason
  // Words quoted as the object of a preposition (`أعربت عن «…»`) leave the
  // subject phrase before them unbounded: the speaker needs confirming.
  if (result.reason === 'long-fragment') quote.uncertainSpeaker = true
  // A quote never closed runs to the end of its paragraph: a quotation
  // only when a colon, speech word or complementiser opens it directly.
  const introduction =
    result.kind === 'block' && !span.close && !quote.whole
      ? introductionOf(analysis, span.open.index, settings)
      : 'direct'
  // After `وقال فلان "` the subject phrase is read without a colon or a
  // closing mark to bound it: its speaker needs confirming.
  if (introduction === 'speaker') quote.uncertainSpeaker = true
  return {kind: introduction === undefined ? 'inline' : result.kind, introduction}
}

/**
 * Speaker of a block quotation that fills its paragraph(s): the one the
 * paragraph before hands on, else the speaker of the block quotation that
 * ends right before it.
 *
 * @param quote
 * @param tracker
 * @param previousBlock
 *   The block quotation before it, if any.
 */
function wholeParagraphSpeaker(
  quote: PlannedQuote,
  tracker: SpeakerTracker,
  previousBlock: PlannedQuote | undefined
): Attribution | undefined {
  const previous = firstItem(quote.parts).paragraph - 1
  const handedOn = tracker.introducedBy(previous)
  const continued =
    previousBlock && lastItem(previousBlock.parts).paragraph === previous ? previousBlock.attribution : undefined
  const speaker = handedOn ?? (continued ? {...continued, via: 'continued'} : undefined)
  return speaker ? {...speaker, following: false} : undefined
}

/**
 * Speaker of a block quotation read from the narrative around it; a quote
 * never closed after `قال X "` is sure of it when the mark ends the subject.
 *
 * @param quote
 *   Quote (its uncertainty changed in place).
 * @param introduction
 * @param tracker
 * @param analysis
 *   Analysed text of the paragraph it opens in.
 */
function speakerBefore(
  quote: PlannedQuote,
  introduction: Introduction,
  tracker: SpeakerTracker,
  analysis: AnalysedText
): Attribution | undefined {
  const first = firstItem(quote.parts)
  const last = lastItem(quote.parts)
  const open = quote.span.open.index
  const attribution = tracker.speakerFor(first.paragraph, open, last.paragraph, last.end)
  if (introduction === 'speaker' && subjectEndsAtMark(tracker, analysis, first.paragraph, open)) {
    quote.uncertainSpeaker = false
  }

  return attribution
}

/**
 * Mark the quotes after a block quotation never closed, in its paragraph,
 * as inside it (quotes are in reading order: those come next).
 *
 * @param quotes
 *   Quotes in reading order (changed in place).
 * @param position
 *   Index of the quotation never closed.
 */
function markInside(quotes: ReadonlyArray<PlannedQuote>, position: number): undefined {
  const quote = itemAt(quotes, position)
  const first = firstItem(quote.parts)
  const last = lastItem(quote.parts)
  for (let next = position + 1; next < quotes.length; next++) {
    const other = itemAt(quotes, next)
    const otherFirst = firstItem(other.parts)
    if (otherFirst.paragraph !== first.paragraph || otherFirst.start >= last.end) break
    other.inside = true
  }

  return undefined
}

/**
 * @param quote
 *   Quote (its reason changed in place when it is kept inline).
 * @param kind
 *   What it reads as.
 * @param settings
 * @returns
 *   How it is rendered: inline inside another quotation, or by option.
 */
function renderedKind(
  quote: PlannedQuote,
  kind: 'block' | 'inline',
  settings: Readonly<QuotesSettings>
): 'block' | 'inline' {
  if (quote.inside) {
    quote.reason = 'nested'
    return 'inline'
  }

  if (settings.keepInline && kind === 'block') {
    quote.reason = 'keep-inline'
    return 'inline'
  }

  return kind
}

/**
 * Read the speakers of an article from its narrative: quoted words are
 * blanked out so that a speech verb inside a quotation is not taken for the
 * narrator's.
 *
 * @param paragraphs
 * @param quotes
 * @param settings
 * @param analyses
 * @param context
 * @returns
 *   Speaker tracker.
 */
function trackSpeakers(
  paragraphs: ReadonlyArray<string>,
  quotes: ReadonlyArray<PlannedQuote>,
  settings: Readonly<QuotesSettings>,
  analyses: TextAnalyses,
  context: ReadonlyArray<string>
): SpeakerTracker {
  const masks = new Map<number, Array<[number, number]>>()
  for (const quote of quotes) {
    // Short spans are names (`صحيفة "فايننشال تايمز"`): they stay readable.
    // Quotes never closed may be stray marks: their words stay too.
    if (quote.span.depth > 0 || !quote.span.close || analyses.wordsOf(quote.content) < MASK_WORDS) continue
    for (const part of quote.parts) {
      const from = part.start + (part.paragraph === quote.span.open.paragraph ? quote.open.length : 0)
      const to =
        quote.close && part.paragraph === quote.span.close?.paragraph ? part.end - quote.close.length : part.end
      const ranges = masks.get(part.paragraph) ?? []
      ranges.push([from, to])
      masks.set(part.paragraph, ranges)
    }
  }

  return new SpeakerTracker(
    paragraphs.map((text, index) => analyses.blanked(text, masks.get(index))),
    {titles: settings.titles, verbs: settings.speechVerbs},
    context.map((text) => (text ? analyses.of(text) : undefined))
  )
}

/**
 * @param paragraphs
 * @param bounds
 *   Letter bounds of each paragraph.
 * @param span
 * @returns
 *   Quote with its parts and content; kind not decided yet.
 */
function describe(
  paragraphs: ReadonlyArray<string>,
  bounds: ReadonlyArray<LetterBounds>,
  span: QuoteSpan
): PlannedQuote {
  const open = span.open
  const close = span.close
  const lastParagraph = close ? close.paragraph : open.paragraph
  const parts: Array<Stretch> = []
  const contents: Array<string> = []
  for (let paragraph = open.paragraph; paragraph <= lastParagraph; paragraph++) {
    const text = itemAt(paragraphs, paragraph)
    const start = paragraph === open.paragraph ? open.index : 0
    const end = close && paragraph === close.paragraph ? close.index + close.text.length : text.length
    parts.push({paragraph, start, end})
    const contentStart = paragraph === open.paragraph ? open.index + open.text.length : 0
    const contentEnd = close && paragraph === close.paragraph ? close.index : text.length
    contents.push(text.slice(contentStart, contentEnd))
  }

  const first = firstItem(parts)
  const last = lastItem(parts)
  const whole = first.start <= itemAt(bounds, first.paragraph).first && last.end >= itemAt(bounds, last.paragraph).end

  return {
    span,
    kind: 'inline',
    reason: 'no-cue',
    content: contents.join('\n'),
    open: open.text,
    close: close?.text ?? '',
    parts,
    whole,
    attribution: undefined
  }
}

/**
 * End a quote never closed where the narrative resumes in its paragraph
 * (`«… ، مشيرا إلى أن …`, `«… . وأضاف`), not at the paragraph's end: the
 * closing mark is missing, the speech verb after it shows where it was.
 *
 * @param quote
 *   Quote (changed in place).
 * @param paragraphs
 * @param bounds
 * @param analyses
 * @param settings
 */
function endUnclosed(
  quote: PlannedQuote,
  paragraphs: ReadonlyArray<string>,
  bounds: ReadonlyArray<LetterBounds>,
  analyses: TextAnalyses,
  settings: Readonly<QuotesSettings>
): undefined {
  if (quote.span.close || quote.span.depth > 0 || quote.parts.length !== 1) return undefined
  const part = firstItem(quote.parts)
  const text = itemAt(paragraphs, part.paragraph)
  const contentStart = part.start + quote.open.length
  if (!/[.!?؟،,؛;]|\s[-–—]\s/.test(text.slice(contentStart))) return undefined
  const analysis = analyses.of(text)
  const {end} = quotationEnd(text, findBreaks(analysis, settings), contentStart, text.length)
  if (end >= part.end || end <= contentStart || !resumesNarrative(analysis, end, settings)) return undefined
  part.end = end
  quote.content = text.slice(contentStart, end)
  const partBounds = itemAt(bounds, part.paragraph)
  quote.whole = part.start <= partBounds.first && end >= partBounds.end
  return undefined
}

/**
 * Whether the speech word after a break at `end` resumes the narrative: a
 * verb joined to it (`وأضاف`, `فقال`) or a participle (`مشيرا`). A bare
 * verb (`… ماهذا؟ قال هذا …`) may be dialogue inside the quotation.
 *
 * @param analysis
 * @param end
 * @param settings
 */
function resumesNarrative(analysis: AnalysedText, end: number, settings: Readonly<QuotesSettings>): boolean {
  const index = analysis.tokenIndexAt(end)
  const first = analysis.tokens[index]
  if (!first) return false
  // `. وقد أكد`: a lead (`وقد`, `كما`) before the verb shows the narrative as a joined `و` does.
  const led = isLead(first.folded)
  const token = led ? analysis.tokens[index + 1] : first
  if (!token) return false
  if (isNarratorVerb(token.folded)) return true
  const word = readSpeechWord(token.folded, settings.speechVerbs)
  return word !== undefined && (led || word.form !== 'verb' || /^[وف]/.test(token.folded))
}

/**
 * How an opening mark is introduced: `direct` right after a colon, a speech
 * word or a complementiser (`وقال: "`, `وأضاف "`, `مؤكدا أن "`); `speaker`
 * after a speech verb and its subject (`وقال الوزير "`); else `undefined`.
 *
 * @param analysis
 * @param open
 * @param settings
 */
function introductionOf(
  analysis: AnalysedText,
  open: number,
  settings: Readonly<QuotesSettings>
): 'direct' | 'speaker' | undefined {
  const text = analysis.text
  const tokens = analysis.tokensIn(Math.max(0, open - 120), open)
  const last = tokens.at(-1)
  const gap = last ? text.slice(last.end, open) : ''
  if (/[:：]/.test(gap)) return 'direct'
  if (!last) return undefined
  if (isComplementiser(last.folded) || readSpeechWord(last.folded, settings.speechVerbs) !== undefined) return 'direct'
  return introducedBySpeaker(analysis, open, settings) ? 'speaker' : undefined
}

/**
 * Speech verbs (lemmas, folded) that take no object before the words they
 * introduce: after `وقال أسامة داوود "` the subject can only end at the
 * mark, whereas after `وأبلغ سامي الصحفيين "` it may run into the object.
 */
const OBJECTLESS_SPEECH = new Set(['قال', 'اضاف', 'تابع'])

/**
 * Whether the speech verb of a quote never closed is followed by its
 * subject and nothing else up to the opening mark (`وقال أسامة داوود "…`):
 * the mark bounds the subject as a colon would.
 *
 * @param tracker
 * @param analysis
 *   Analysed text of the paragraph.
 * @param paragraph
 * @param open
 *   Index of the opening mark.
 */
function subjectEndsAtMark(tracker: SpeakerTracker, analysis: AnalysedText, paragraph: number, open: number): boolean {
  const cue = itemAt(tracker.cues, paragraph).findLast((item) => item.start < open)
  if (!cue?.subject || !cue.resolved || cue.subject.start < cue.start) return false
  return OBJECTLESS_SPEECH.has(cue.word.lemma) && analysis.tokensIn(cue.subject.end, open).length === 0
}

/** Most words between a speech verb and the opening mark of the words it introduces (`وقال الوزير للصحفيين "`). */
const MAX_SPEAKER_WORDS = 8
/** Most words between a complementiser and the opening mark (`مؤكدا أن حكومته "`). */
const MAX_SUBJECT_WORDS = 2
/** How far back (characters) the clause of an opening mark is read. */
const CLAUSE_REACH = 200

/**
 * Whether an opening mark ends the clause of a speech word and its subject:
 * a verb and its subject (`وقال أسامة داوود "…`, `وأضاف ليتل "…`), or a
 * verb or participle, a complementiser and the subject of its clause
 * (`مؤكدا أن حكومته "…`). The speech word opens its clause (nothing but a
 * lead such as `كما` before it), no punctuation stands between it and the
 * mark, only a few words do, and the word before the mark does not name
 * what follows (`أن حملة «…`).
 *
 * @param analysis
 * @param open
 * @param settings
 */
function introducedBySpeaker(analysis: AnalysedText, open: number, settings: Readonly<QuotesSettings>): boolean {
  const text = analysis.text
  let clause = open
  const reach = Math.max(0, open - CLAUSE_REACH)
  while (clause > reach && !/[.!?؟،,؛;:：()«»“”"\n]/.test(text.charAt(clause - 1))) clause--
  const tokens = analysis.tokensIn(clause, open)
  const first = tokens[0]
  const at = first && isLead(first.folded) ? 1 : 0
  const token = tokens[at]
  const word = token ? readSpeechWord(token.folded, settings.speechVerbs) : undefined
  if (!word || word.firstPerson || tokens.length - at - 1 > MAX_SPEAKER_WORDS) return false
  const last = tokens.at(-1)
  if (!last || last === token || isNamingWord(last.folded)) return false
  const complementiser = tokens.findIndex((item, index) => index > at && isComplementiser(item.folded))
  if (complementiser === -1) return word.form === 'verb'
  const subject = tokens.length - complementiser - 1
  return (word.form === 'verb' || word.form === 'participle') && subject >= 1 && subject <= MAX_SUBJECT_WORDS
}

/**
 * Add the quotations written without marks (`وقال الوزير: …`) to `quotes`,
 * in reading order; quotes in marks inside them are part of them.
 *
 * @param paragraphs
 * @param bounds
 * @param quotes
 *   Quotes in marks, in reading order (changed in place).
 * @param settings
 * @param analyses
 */
function addUnmarked(
  paragraphs: ReadonlyArray<string>,
  bounds: ReadonlyArray<LetterBounds>,
  quotes: Array<PlannedQuote>,
  settings: Readonly<QuotesSettings>,
  analyses: TextAnalyses
): undefined {
  const marked = markedStretches(quotes, analyses)
  const following = (index: number) => {
    const text = paragraphs[index]
    return {analysis: text ? analyses.of(text) : undefined, marked: marked.get(index) ?? []}
  }

  const found: Array<PlannedQuote> = []
  // Paragraphs already quoted by the run of an introduction before them.
  let runEnd = -1
  for (const [paragraph, text] of paragraphs.entries()) {
    if (paragraph <= runEnd || !text) continue
    const stretches = marked.get(paragraph) ?? []
    const voiced = mayHoldVoicedQuote(text) ? findVoicedQuotes(analyses.of(text), paragraph, stretches, settings) : []
    for (const quote of voiced) found.push(unmarkedQuote(paragraphs, bounds, quote))
    if (!/[:：]/.test(text)) continue
    const analysis = analyses.of(text)
    for (const quote of findUnmarkedQuotes(analysis, paragraph, stretches, settings)) {
      // Each stretch of words is one quotation.
      if (voiced.some((other) => other.start < quote.end && quote.start < other.end)) continue
      found.push(unmarkedQuote(paragraphs, bounds, quote))
    }

    const run = findIntroducedRun(analysis, paragraph, stretches, following, settings)
    if (run) {
      found.push(unmarkedQuote(paragraphs, bounds, run))
      runEnd = run.through ?? run.paragraph
    }
  }

  if (found.length === 0) return undefined
  // At one place, the quotation without marks comes first: it holds the other.
  const all = [...quotes, ...found].sort(
    (a, b) =>
      firstItem(a.parts).paragraph - firstItem(b.parts).paragraph ||
      firstItem(a.parts).start - firstItem(b.parts).start ||
      Number(isMarked(a)) - Number(isMarked(b))
  )
  // Quotes in marks inside a quotation without marks (`«سبق»`) are names in it.
  let open: PlannedQuote | undefined
  for (const quote of all) {
    const first = firstItem(quote.parts)
    if (quote.span.open.family === 'none') {
      open = quote
    } else if (open && startsBefore(first, lastItem(open.parts))) {
      quote.inside = true
    }
  }

  quotes.splice(0, quotes.length, ...all)
  return undefined
}

/**
 * @param stretch
 * @param last
 *   Last part of a quotation.
 * @returns
 *   Whether `stretch` starts before the end of `last`.
 */
function startsBefore(stretch: Stretch, last: Stretch): boolean {
  return stretch.paragraph < last.paragraph || (stretch.paragraph === last.paragraph && stretch.start < last.end)
}

/**
 * @param quotes
 * @param analyses
 * @returns
 *   Per paragraph, the stretches of outer quotes in marks, in order.
 */
function markedStretches(
  quotes: ReadonlyArray<PlannedQuote>,
  analyses: TextAnalyses
): Map<number, Array<MarkedStretch>> {
  const result = new Map<number, Array<MarkedStretch>>()
  for (const quote of quotes) {
    if (quote.span.depth > 0) continue
    const words = analyses.wordsOf(quote.content)
    for (const part of quote.parts) {
      const list = result.get(part.paragraph) ?? []
      list.push({start: part.start, end: part.end, words, closed: quote.span.close !== undefined})
      result.set(part.paragraph, list)
    }
  }

  return result
}

/**
 * @param paragraphs
 * @param bounds
 * @param quote
 */
function unmarkedQuote(
  paragraphs: ReadonlyArray<string>,
  bounds: ReadonlyArray<LetterBounds>,
  quote: UnmarkedQuote
): PlannedQuote {
  const {paragraph, start, end} = quote
  const through = quote.through ?? paragraph
  const parts: Array<Stretch> = []
  for (let index = paragraph; index <= through; index++) {
    const text = itemAt(paragraphs, index)
    parts.push({paragraph: index, start: index === paragraph ? start : 0, end: index === through ? end : text.length})
  }

  return {
    span: {
      open: {paragraph, index: start, text: '', family: 'none'},
      close: {paragraph: through, index: end, text: '', family: 'none'},
      depth: 0,
      parent: undefined
    },
    kind: 'inline',
    reason: 'unmarked',
    content: parts.map((part) => itemAt(paragraphs, part.paragraph).slice(part.start, part.end)).join('\n'),
    open: '',
    close: '',
    parts,
    whole: start <= itemAt(bounds, paragraph).first && end >= itemAt(bounds, through).end,
    attribution: undefined,
    uncertainEnd: quote.uncertainEnd
  }
}

/**
 * @param quote
 * @returns
 *   Whether it is in quote marks.
 */
function isMarked(quote: PlannedQuote): boolean {
  return quote.span.open.family !== 'none'
}

/**
 * Keep the speaker of a quotation without marks, or of one whose subject
 * phrase nothing bounds, only when a quotation in marks is given the same
 * one, or the name stands right before the colon that opens it (see
 * `isNamedBeforeColon`): elsewhere the name read may be a phrase of the
 * narrative.
 *
 * @param quotes
 *   Quotes (their attributions changed in place).
 * @param colons
 *   How a quotation without marks is introduced before its colon.
 * @returns
 *   Nothing.
 */
function keepClearSpeakers(quotes: ReadonlyArray<PlannedQuote>, colons: ColonReadings): undefined {
  const marked = new Set<string>()
  for (const quote of quotes) {
    if (quote.kind === 'block' && isMarked(quote) && !quote.uncertainSpeaker && quote.attribution) {
      marked.add(quote.attribution.speaker)
    }
  }

  // Named before a colon: that speaker also goes on to a later `وأضاف:`.
  const named = new Set<string>()
  for (const quote of quotes) {
    if (!quote.attribution || marked.has(quote.attribution.speaker)) continue
    const unmarked = !isMarked(quote) && !quote.uncertainSpeaker
    if (unmarked && named.has(quote.attribution.speaker) && colons.goesOnBeforeColon(quote)) continue
    if (unmarked && colons.namedBeforeColon(quote)) {
      named.add(quote.attribution.speaker)
      continue
    }

    if (!isMarked(quote) || quote.uncertainSpeaker) quote.attribution = undefined
  }

  return undefined
}

/** How a quotation without marks is introduced before its colon (see `keepClearSpeakers`). */
interface ColonReadings {
  /** Whether the speaker's name stands right before the colon (`isNamedBeforeColon`). */
  namedBeforeColon: (quote: PlannedQuote) => boolean
  /** Whether a speech verb alone opens it (`goesOnBeforeColon`). */
  goesOnBeforeColon: (quote: PlannedQuote) => boolean
}

/**
 * The text that introduces a quotation without marks, when it ends with a
 * colon: its paragraph before it, or the paragraph before when it opens its
 * own.
 *
 * @param quote
 * @param paragraphs
 * @returns
 *   The text and the index of its colon, if it ends with one.
 */
function colonIntroduction(
  quote: PlannedQuote,
  paragraphs: ReadonlyArray<string>
): {text: string; colon: number} | undefined {
  const first = firstItem(quote.parts)
  const own = itemAt(paragraphs, first.paragraph).slice(0, first.start)
  // A run of paragraphs introduced by the one before it.
  const text = own.trim() === '' ? (paragraphs[first.paragraph - 1] ?? '') : own
  const colon = /[:：]\s*$/.exec(text)?.index
  return colon === undefined ? undefined : {text, colon}
}

/**
 * Whether a quotation without marks is opened by a speech verb alone, joined
 * by `و`/`ف` and right before the colon, at the start of a sentence or
 * clause (`وأضاف:`, `، وقال:`): it goes on with whoever spoke.
 *
 * @param quote
 * @param paragraphs
 * @param analyses
 * @param settings
 * @returns
 *   Whether it is opened so.
 */
function goesOnBeforeColon(
  quote: PlannedQuote,
  paragraphs: ReadonlyArray<string>,
  analyses: TextAnalyses,
  settings: Readonly<QuotesSettings>
): boolean {
  const introduction = colonIntroduction(quote, paragraphs)
  if (!introduction) return false
  const {text, colon} = introduction
  const verb = analyses.of(text).tokensIn(0, colon).at(-1)
  if (!verb || (verb.prefix !== 'و' && verb.prefix !== 'ف') || text.slice(verb.end, colon).trim() !== '') return false
  const word = readSpeechWord(verb.folded, settings.speechVerbs)
  return word?.form === 'verb' && !word.firstPerson && /(?:^|[.،,؛;!؟?:])\s*$/.test(text.slice(0, verb.start))
}

/**
 * Whether a quotation without marks follows a colon right after its speech
 * verb and the speaker's name (`وقال مدير المرصد رامي عبدالرحمن:`, `وتابع
 * المعداوي:` for a name given in full before): nothing but the name and its
 * title between, the name of two words or more, all of them a name's.
 *
 * @param quote
 *   Quotation without marks, with a speaker.
 * @param paragraphs
 * @param analyses
 * @param settings
 * @returns
 *   Whether its speaker is named so.
 */
function isNamedBeforeColon(
  quote: PlannedQuote,
  paragraphs: ReadonlyArray<string>,
  analyses: TextAnalyses,
  settings: Readonly<QuotesSettings>
): boolean {
  const attribution = quote.attribution
  if (!attribution || attribution.following || !CUE_READINGS.has(attribution.via ?? '')) return false
  const introduction = colonIntroduction(quote, paragraphs)
  if (!introduction) return false
  const {text, colon} = introduction
  const tokens = analyses
    .of(text)
    .tokensIn(0, colon)
    .slice(-COLON_SUBJECT_WORDS - 1)
  const verbAt = tokens.findLastIndex((token) => {
    const word = readSpeechWord(token.folded, settings.speechVerbs)
    return word?.form === 'verb' && !word.firstPerson && COLON_VERBS.has(word.lemma)
  })
  const verb = tokens[verbAt]
  if (!verb || verbAt === tokens.length - 1) return false
  const subject = text.slice(verb.end, colon)
  const written = attribution.asWritten ?? attribution.speaker
  if (/[،,.؛;()«»"“”]/.test(subject) || !foldArabic(subject.trim()).endsWith(foldArabic(written))) return false
  return isCleanName(written, attribution.speaker)
}

/**
 * @param written
 *   Name as the subject phrase gives it.
 * @param speaker
 *   Its fullest form in the article.
 * @returns
 *   Whether the fullest form has two words or more, holds every word
 *   written, and no title word after its first (`سارة القحطاني نائبة`).
 */
function isCleanName(written: string, speaker: string): boolean {
  const folded = speaker.split(/\s+/).map((word) => foldArabic(word))
  const words = folded.map((word) => bareWord(word))
  if (words.length < 2) return false
  const own = new Set(written.split(/\s+/).map((word) => bareWord(foldArabic(word))))
  if (![...own].every((word) => words.includes(word))) return false
  // `سعيد الراودي مزارع`: a word after the family name is the narrative's.
  const runOn = folded.some(
    (word, index) =>
      index > 0 && !word.startsWith('ال') && !isNameParticle(word) && itemAt(folded, index - 1).startsWith('ال')
  )
  // `… نائبة`, or a title met only where the name was given in full
  // (`ملحة عبدالله الكاتبة`); a family name read here stays (`منصور الخطيب`).
  const titled = folded.slice(1).some((word) => {
    const bare = bareWord(word)
    if (isNameParticle(word) || isPreposition(word)) return isPreposition(word)
    return isTitleNoun(bare) && (!word.startsWith('ال') || !own.has(bare))
  })
  return !runOn && !titled
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Without the article.
 */
function bareWord(folded: string): string {
  return folded.startsWith('ال') && folded.length > 3 ? folded.slice(2) : folded
}
