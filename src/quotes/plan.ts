/**
 * Decide, for the paragraphs of an article, which quoted spans are block
 * quotations and who said them. Works on plain strings; the plugin applies
 * the plan to the syntax tree.
 */

import {SpeakerTracker, type Attribution} from '../speakers/attribute.js'
import {isComplementiser, readSpeechWord} from '../speakers/lexicon.js'
import {type AnalysedText, TextAnalyses} from '../text/analysis.js'
import {countWords} from '../text/tokens.js'
import {classifyQuote, type QuoteReason} from './classify.js'
import {findQuotes, type QuoteProblem, type QuoteSpan} from './marks.js'
import type {QuotesSettings} from './options.js'
import {letterBounds, type LetterBounds} from './text.js'

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
  /** Whether it lies inside a block quotation never closed. */
  inside?: boolean | undefined
}

/** Result of {@link planQuotes}. */
export interface QuotePlan {
  /** Every outer quote and nested quote, in reading order. */
  quotes: Array<PlannedQuote>
  /** Unpaired marks. */
  problems: Array<QuoteProblem>
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
 * @returns
 *   Plan.
 */
export function planQuotes(
  paragraphs: ReadonlyArray<string>,
  settings: Readonly<QuotesSettings>,
  analyses: TextAnalyses = new TextAnalyses()
): QuotePlan {
  const scan = findQuotes(paragraphs, {maxParagraphs: settings.maxQuoteParagraphs})
  const bounds = paragraphs.map((text) => letterBounds(text))
  const quotes: Array<PlannedQuote> = scan.spans.map((span) => describe(paragraphs, bounds, span))

  // Speakers are read from the narrative: quoted words are blanked out so
  // that a speech verb inside a quotation is not taken for the narrator's.
  const masks = new Map<number, Array<[number, number]>>()
  for (const quote of quotes) {
    // Short spans are names (`صحيفة "فايننشال تايمز"`): they stay readable.
    // Quotes never closed may be stray marks: their words stay too.
    if (quote.span.depth > 0 || !quote.span.close || countWords(quote.content) < MASK_WORDS) continue
    for (const part of quote.parts) {
      const from = part.start + (part.paragraph === quote.span.open.paragraph ? quote.open.length : 0)
      const to =
        quote.close && part.paragraph === quote.span.close?.paragraph ? part.end - quote.close.length : part.end
      const ranges = masks.get(part.paragraph) ?? []
      ranges.push([from, to])
      masks.set(part.paragraph, ranges)
    }
  }

  const tracker = new SpeakerTracker(
    paragraphs.map((text, index) => analyses.of(blankOut(text, masks.get(index)))),
    {titles: settings.titles, verbs: settings.speechVerbs}
  )
  let previousBlock: PlannedQuote | undefined

  for (const [position, quote] of quotes.entries()) {
    const {span} = quote
    const first = quote.parts[0]!
    const last = quote.parts.at(-1)!
    const text = paragraphs[first.paragraph]!
    const closeText = paragraphs[last.paragraph]!
    const analysis = analyses.of(text)
    const result = classifyQuote(
      {
        text,
        analysis,
        open: span.open.index,
        contentStart: span.open.index + quote.open.length,
        content: quote.content,
        after: closeText.slice(last.end, last.end + 120),
        depth: span.depth,
        whole: quote.whole
      },
      {...settings, keepInline: false}
    )
    let kind = result.kind
    // A quote never closed runs to the end of its paragraph: a quotation
    // only when a colon, speech word or complementiser opens it directly.
    if (kind === 'block' && !span.close && !quote.whole && !introducedDirectly(analysis, span.open.index, settings)) {
      kind = 'inline'
    }

    quote.reason = result.reason
    if (kind === 'block') {
      if (quote.whole) {
        const previous = first.paragraph - 1
        const handedOn = tracker.introducedBy(previous)
        const continued =
          previousBlock && previousBlock.parts.at(-1)!.paragraph === previous ? previousBlock.attribution : undefined
        const speaker = handedOn ?? continued
        quote.attribution = speaker ? {...speaker, following: false} : undefined
      } else {
        quote.attribution = tracker.speakerFor(first.paragraph, span.open.index, last.paragraph, last.end)
      }

      previousBlock = quote
    }

    // Everything after a quote never closed is inside it (quotes are in
    // reading order: the ones after it in its paragraph come next).
    if (kind === 'block' && !span.close && !quote.whole) {
      for (let next = position + 1; next < quotes.length; next++) {
        const other = quotes[next]!
        if (other.parts[0]!.paragraph !== first.paragraph) break
        other.inside = true
      }
    }

    if (quote.inside) {
      kind = 'inline'
      quote.reason = 'nested'
    }

    if (settings.keepInline && kind === 'block') {
      kind = 'inline'
      quote.reason = 'keep-inline'
    }

    quote.kind = kind
  }

  return {quotes, problems: scan.problems}
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
    const text = paragraphs[paragraph]!
    const start = paragraph === open.paragraph ? open.index : 0
    const end = close && paragraph === close.paragraph ? close.index + close.text.length : text.length
    parts.push({paragraph, start, end})
    const contentStart = paragraph === open.paragraph ? open.index + open.text.length : 0
    const contentEnd = close && paragraph === close.paragraph ? close.index : text.length
    contents.push(text.slice(contentStart, contentEnd))
  }

  const first = parts[0]!
  const last = parts.at(-1)!
  const whole = first.start <= bounds[first.paragraph]!.first && last.end >= bounds[last.paragraph]!.end

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
 * Whether an opening mark directly follows a colon, a speech word or a
 * complementiser (`وقال: "`, `وأضاف "`, `مؤكدا أن "`).
 *
 * @param analysis
 * @param open
 * @param settings
 */
function introducedDirectly(analysis: AnalysedText, open: number, settings: Readonly<QuotesSettings>): boolean {
  const text = analysis.text
  const tokens = analysis.tokensIn(Math.max(0, open - 120), open)
  const last = tokens.at(-1)
  const gap = last ? text.slice(last.end, open) : ''
  if (/[:：]/.test(gap)) return true
  if (!last) return false
  return isComplementiser(last.folded) || readSpeechWord(last.folded, settings.speechVerbs) !== undefined
}

/**
 * @param text
 *   Paragraph text.
 * @param ranges
 *   Ranges to blank out, in order.
 * @returns
 *   The text with spaces in those ranges (same length, so offsets stay).
 */
function blankOut(text: string, ranges: ReadonlyArray<[number, number]> | undefined): string {
  if (!ranges) return text
  let result = ''
  let cursor = 0
  for (const [from, to] of ranges) {
    const start = Math.max(from, cursor)
    if (to <= start) continue
    result += text.slice(cursor, start) + ' '.repeat(to - start)
    cursor = to
  }

  return result + text.slice(cursor)
}
