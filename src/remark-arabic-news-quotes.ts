/**
 * remark plugin: quotations. What people said becomes a block quotation
 * attributed to its speaker; names and terms in quote marks stay in the text.
 *
 * Each sentence holding block quotations becomes one figure, in reading
 * order: `<figure class="quote" data-speaker="…"><figcaption>narrative
 * </figcaption><blockquote><p>«…»</p></blockquote><p>، rest of the
 * sentence</p></figure>` (the figcaption last when the attribution follows
 * the quote), then a `<p>` for the narrative after the last such sentence.
 * The narrative's punctuation stays out of the blockquote, a comma written
 * inside the marks too (`«… كذا،» وأضاف`: `،»` opens the narrative after it).
 * A paragraph that is all quote becomes
 * `<blockquote data-speaker="…"><p>…</p></blockquote>`. Every character is
 * kept, once, in order.
 */

import type {Blockquote, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {pointAt, phrasingText, sliceChildren, spanOf} from './quotes/mdast.js'
import {normalizeQuotesOptions, type QuotesOptions, type QuotesSettings} from './quotes/options.js'
import {planQuotes, type PlannedQuote, type Stretch} from './quotes/plan.js'
import {holdsQuoteMark, type QuoteMark, type QuoteProblem, type SpacingDoubt} from './quotes/marks.js'
import {blockquoteEnd, isPunctuationOnly} from './quotes/text.js'
import {recordSpeakerPaths} from './speakers/paths.js'
import {foldArabic} from './text/fold.js'
import {analysesOf} from './text/file.js'
import type {TextAnalyses} from './text/analysis.js'
import {shiftPoint} from './parsing/position.js'
import {source} from './source.js'
import {firstItem, itemAt, lastItem} from './text/items.js'
import type {ArabicNewsData, NewsCaption, NewsQuotation, QuoteData} from './types.js'

export type {QuotesOptions} from './quotes/options.js'
export {
  DEFAULT_KEEP_INLINE,
  DEFAULT_MAX_MESSAGES_PER_RULE,
  DEFAULT_MAX_QUOTE_PARAGRAPHS,
  DEFAULT_MIN_BLOCK_WORDS,
  DEFAULT_SPEECH_VERBS,
  DEFAULT_TITLES
} from './quotes/options.js'

/**
 * Find quotations, set block quotations apart with their attribution, and
 * list every quoted span in `file.data.arabicNews.quotes`.
 *
 * Works on the paragraphs directly in the root (as made by
 * `remarkArabicNewsParse` or remark-parse). Options can be overridden per file
 * with a `quotes` object in front matter (`file.data.matter.quotes`).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const remarkArabicNewsQuotes: Plugin<[(Readonly<QuotesOptions> | null | undefined)?], Root> = function (
  options
) {
  const settings = normalizeQuotesOptions(options)
  return function (tree, file) {
    quotations(tree, file, fileSettings(file, settings))
  }
}

/**
 * @param file
 * @param settings
 */
function fileSettings(file: VFile, settings: QuotesSettings): QuotesSettings {
  const matter = file.data.matter?.['quotes']
  if (matter === undefined || matter === null) return settings
  try {
    return normalizeQuotesOptions(matter as QuotesOptions, settings)
  } catch (error) {
    file.message('Unexpected front matter `quotes`: ' + String((error as Error).message) + '; using the options', {
      ruleId: 'quotes-front-matter',
      source
    })
    return settings
  }
}

/**
 * @param tree
 * @param file
 * @param settings
 */
function quotations(tree: Root, file: VFile, settings: QuotesSettings): undefined {
  const blocks = tree.children
  const texts = blocks.map((node) => (isBodyParagraph(node) ? phrasingText(node) : ''))
  const analyses = analysesOf(file)
  const headings = blocks.map((node) => (node.type === 'heading' ? phrasingText(node) : ''))
  const plan = planQuotes(texts, settings, analyses, headings)
  const headingPlan = planHeadings(blocks, settings, analyses)
  const problems: Array<QuoteProblem | SpacingDoubt> = [...plan.problems, ...plan.doubts, ...headingPlan.problems]

  problems.sort((a, b) => a.mark.paragraph - b.mark.paragraph || a.mark.index - b.mark.index)
  report(file, problems, blocks, settings)
  reportUnmarked(file, plan.quotes, blocks)
  recordQuotes(file, [...plan.quotes, ...headingPlan.quotes], blocks)

  const blockQuotes = plan.quotes.filter((quote) => quote.kind === 'block')
  recordSpeakerPaths(file, blockQuotes)
  if (blockQuotes.length === 0) return undefined
  tree.children = withBlockQuotes(blocks, blockQuotes)
  return undefined
}

/**
 * The quoted spans of the headings and their broken marks, each placed in
 * its heading's block.
 *
 * @param blocks
 * @param settings
 * @param analyses
 */
function planHeadings(
  blocks: ReadonlyArray<RootContent>,
  settings: QuotesSettings,
  analyses: TextAnalyses
): {quotes: Array<PlannedQuote>; problems: Array<QuoteProblem | SpacingDoubt>} {
  // Headings (headline, subheadings) hold names and slogans: their quoted
  // spans are listed, and their broken marks reported, but nothing changes.
  const headingQuotes: Array<PlannedQuote> = []
  const problems: Array<QuoteProblem | SpacingDoubt> = []
  for (const [index, node] of blocks.entries()) {
    if (node.type !== 'heading') continue
    const text = phrasingText(node)
    // Most headings quote nothing: with no mark there is nothing to plan.
    if (!holdsQuoteMark(text)) continue
    const headingPlan = planQuotes([text], {...settings, keepInline: true}, analyses, [], {unmarked: false})
    for (const quote of headingPlan.quotes) {
      headingQuotes.push({
        ...quote,
        parts: quote.parts.map((part) => ({...part, paragraph: index})),
        attribution: undefined
      })
    }

    for (const problem of [...headingPlan.problems, ...headingPlan.doubts]) {
      problems.push({...problem, mark: {...problem.mark, paragraph: index}})
    }
  }

  return {quotes: headingQuotes, problems}
}

/**
 * Record every quoted span, in reading order, in `file.data.arabicNews.quotes`.
 *
 * @param file
 * @param quotes
 * @param blocks
 */
function recordQuotes(file: VFile, quotes: Array<PlannedQuote>, blocks: ReadonlyArray<RootContent>): undefined {
  const data: ArabicNewsData = (file.data.arabicNews ??= {
    asides: [],
    subheadings: [],
    quotes: [],
    wordCount: 0,
    bodyText: []
  })
  data.quotes = quotes
    .sort(
      (a, b) =>
        firstItem(a.parts).paragraph - firstItem(b.parts).paragraph ||
        firstItem(a.parts).start - firstItem(b.parts).start
    )
    .map((quote) => quoteData(quote, blocks))
  return undefined
}

/**
 * The root's children with the block quotations set apart, each paragraph
 * holding one rendered in its place.
 *
 * @param blocks
 * @param blockQuotes
 */
function withBlockQuotes(blocks: ReadonlyArray<RootContent>, blockQuotes: Array<PlannedQuote>): Array<RootContent> {
  const byParagraph = new Map<number, Array<PlannedQuote>>()
  for (const quote of blockQuotes) {
    const paragraph = firstItem(quote.parts).paragraph
    const list = byParagraph.get(paragraph) ?? []
    list.push(quote)
    byParagraph.set(paragraph, list)
  }

  const children: Array<RootContent> = []
  let index = 0
  let from = 0
  while (index < blocks.length) {
    const node = itemAt(blocks, index)
    const quotes = (byParagraph.get(index) ?? []).filter((quote) => firstItem(quote.parts).start >= from)
    if (quotes.length === 0 && from === 0) {
      children.push(node)
      index++
      continue
    }

    const rendered = renderParagraph(blocks, index, from, quotes, (paragraph) => byParagraph.get(paragraph) ?? [])
    children.push(...rendered.nodes)
    if (rendered.next && rendered.next.start < rendered.next.end) {
      // A quotation ran into a later paragraph: go on after its end.
      index = rendered.next.paragraph
      from = rendered.next.start
    } else {
      index = (rendered.next?.paragraph ?? index) + 1
      from = 0
    }
  }

  return children
}

/**
 * Whether a block is a body paragraph: not a byline or boilerplate, as the
 * structure plugin recorded on `node.data.newsRole`.
 *
 * @param node
 *   The block.
 * @returns
 *   Whether quotations are looked for in it.
 */
function isBodyParagraph(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false
  const role = node.data?.newsRole
  return role !== 'byline' && role !== 'boilerplate'
}

/** Output of one paragraph (from an offset), and where to go on. */
interface Rendered {
  nodes: Array<RootContent>
  /** When a quotation ran into a later paragraph: where the text goes on. */
  next: Stretch | undefined
}

/** A quotation inside a figure: its stretches, one per paragraph. */
interface QuoteItem {
  type: 'quote'
  quote: PlannedQuote
  body: Array<Stretch>
}

/** Narrative between or after the quotations of one sentence. */
interface NarrativeItem {
  type: 'narrative'
  children: Array<PhrasingContent>
}

/**
 * A figure being built: one sentence holding one or more block quotations.
 * In reading order: `before` (the caption), the quotations with the
 * narrative between them and the rest of the sentence, then `after` (a
 * caption, when the attribution follows the quotation).
 */
interface FigureDraft {
  before: Array<PhrasingContent>
  items: Array<QuoteItem | NarrativeItem>
  after: Array<PhrasingContent>
}

/** Where a paragraph's text can be cut, and the block quotations in it. */
interface Cutter {
  index: number
  text: string
  cut: (start: number, end: number) => Array<PhrasingContent>
}

/**
 * Render paragraph `index` from offset `from`, with its block quotations.
 *
 * Each sentence that holds block quotations becomes one figure: the
 * narrative before the first quotation is its caption, and the rest of the
 * sentence after a quotation (`«…»، معربا عن …`) stays in the figure, after
 * the blockquote, with the narrative's punctuation (HTML allows flow content
 * after a leading `figcaption`).
 *
 * @param blocks
 * @param index
 * @param from
 * @param quotes
 * @param quotesIn
 *   Block quotations that start in a paragraph.
 */
function renderParagraph(
  blocks: ReadonlyArray<RootContent>,
  index: number,
  from: number,
  quotes: ReadonlyArray<PlannedQuote>,
  quotesIn: (paragraph: number) => ReadonlyArray<PlannedQuote>
): Rendered {
  const paragraph = blocks[index] as Paragraph
  const here = cutter(blocks, index)
  const {text} = here
  const nodes: Array<RootContent> = []
  let cursor = from
  let draft: FigureDraft | undefined

  for (const quote of quotes) {
    const first = firstItem(quote.parts)
    // Quotes are disjoint; never go back over text already rendered.
    if (first.start < cursor) continue
    if (draft) {
      const stop = sentenceStop(text, cursor, first.start)
      if (stop === undefined) {
        // Same sentence: the narrative between goes in the same figure.
        addNarrative(draft, here, cursor, first.start)
      } else {
        cursor = closeSentence(draft, here, cursor, stop)
        nodes.push(figure(blocks, draft))
        draft = undefined
      }
    }

    const closing = lastItem(quote.parts).paragraph
    const body = quoteBody(quote, closing === index ? text : phrasingText(blocks[closing] as Paragraph))
    if (draft) {
      draft.items.push({type: 'quote', quote, body})
    } else {
      draft = openFigure(here, cursor, quote, body)
    }

    const last = lastItem(body)
    if (last.paragraph !== index) {
      // The quotation closes in a later paragraph: its sentence ends there.
      const there = cutter(blocks, last.paragraph)
      const next = quotesIn(last.paragraph).find((other) => firstItem(other.parts).start >= last.end)
      const limit = next ? firstItem(next.parts).start : there.text.length
      const end = closeSentence(draft, there, last.end, sentenceStop(there.text, last.end, limit) ?? limit)
      nodes.push(figure(blocks, draft))
      return {nodes, next: {paragraph: last.paragraph, start: end, end: there.text.length}}
    }

    cursor = last.end
  }

  if (draft) {
    cursor = closeSentence(draft, here, cursor, sentenceStop(text, cursor, text.length) ?? text.length)
    nodes.push(figure(blocks, draft))
  }

  if (cursor < text.length) {
    const rest = trailing(paragraph, cursor, text.length)
    if (rest) nodes.push(rest)
  }

  return {nodes, next: undefined}
}

/**
 * @param blocks
 * @param index
 */
function cutter(blocks: ReadonlyArray<RootContent>, index: number): Cutter {
  const paragraph = blocks[index] as Paragraph
  return {
    index,
    text: phrasingText(paragraph),
    cut: (start, end) => sliceChildren(paragraph.children, start, end)
  }
}

/**
 * The stretches of a quotation's blockquote: its parts, without the commas
 * that end it (see `blockquoteEnd`), which go to the narrative after it.
 *
 * @param quote
 * @param closing
 *   Text of the paragraph it closes in.
 */
function quoteBody(quote: PlannedQuote, closing: string): Array<Stretch> {
  const body = quote.parts.map((part) => ({...part}))
  const last = lastItem(body)
  last.end = last.start + blockquoteEnd(closing.slice(last.start, last.end))
  return body
}

/**
 * Start a figure with its first quotation; the narrative before it is the
 * caption (punctuation alone goes with the quotation).
 *
 * @param here
 * @param start
 * @param quote
 * @param body
 *   Stretches of its blockquote.
 */
function openFigure(here: Cutter, start: number, quote: PlannedQuote, body: Array<Stretch>): FigureDraft {
  const first = firstItem(quote.parts)
  let before: Array<PhrasingContent> = []
  if (isPunctuationOnly(here.text.slice(start, first.start))) {
    firstItem(body).start = start
  } else {
    before = here.cut(start, first.start)
  }

  return {before, items: [{type: 'quote', quote, body}], after: []}
}

/**
 * Add the narrative between two quotations of one sentence.
 *
 * @param draft
 * @param here
 * @param start
 * @param end
 */
function addNarrative(draft: FigureDraft, here: Cutter, start: number, end: number): undefined {
  if (start >= end) return undefined
  if (/^\s*$/.test(here.text.slice(start, end))) {
    growLast(draft, end)
  } else {
    draft.items.push({type: 'narrative', children: here.cut(start, end)})
  }

  return undefined
}

/**
 * End a figure's sentence: what follows its last quotation up to `stop`
 * stays in the figure.
 *
 * A closing full stop (`».`) stays with the quotation; other narrative,
 * commas included, follows the blockquote: as a closing caption when it
 * attributes the quotation (`«…»، قال الوزير.`), else as a paragraph of the
 * figure (`«…»، معربا عن ثقته …`).
 *
 * @param draft
 * @param here
 *   Paragraph of the last quotation.
 * @param start
 *   End of the last quotation.
 * @param stop
 *   End of the sentence.
 * @returns
 *   Where the text after the figure starts.
 */
function closeSentence(draft: FigureDraft, here: Cutter, start: number, stop: number): number {
  const rest = here.text.slice(start, stop)
  if (rest === '') return stop
  if (CLOSING_PUNCTUATION.test(rest)) {
    // Keep the white space before the next sentence out of the figure.
    const end = start + rest.trimEnd().length
    growLast(draft, end)
    return end
  }

  // A figure opens with its first quotation (`openFigure`): it has items.
  const last = lastItem(draft.items)
  const attribution = last.type === 'quote' ? last.quote.attribution : undefined
  if (draft.before.length === 0 && draft.items.length === 1 && attribution?.following) {
    draft.after = here.cut(start, stop)
  } else {
    draft.items.push({type: 'narrative', children: here.cut(start, stop)})
  }

  return stop
}

/** What may end a quotation's sentence and stay inside its blockquote. */
const CLOSING_PUNCTUATION = /^[\s.!?؟…)\]»”"'’]*$/

/**
 * Index after the first end of a narrative sentence in a range: `.`, `!`,
 * `?`, `؟`, `؛` or `…` before white space or the end of the text (not the
 * full stop of a one-letter abbreviation such as `د.`).
 *
 * @param text
 * @param start
 * @param end
 * @returns
 *   Index after the sentence end, or `undefined` when the range holds none.
 */
function sentenceStop(text: string, start: number, end: number): number | undefined {
  const pattern = /[.!?؟؛…]+(?=\s|$)/g
  pattern.lastIndex = start
  let match = pattern.exec(text)
  while (match && match.index < end) {
    const stop = match.index + match[0].length
    if (stop > end) return undefined
    if (!isAbbreviation(text, match.index, match[0])) return stop
    match = pattern.exec(text)
  }

  return undefined
}

/**
 * @param text
 * @param index
 *   Index of a run of sentence marks.
 * @param marks
 *   The run.
 * @returns
 *   Whether the run is the full stop of a one-letter abbreviation (`د.`, `م.`).
 */
function isAbbreviation(text: string, index: number, marks: string): boolean {
  if (marks !== '.') return false
  return /(?:^|[^\p{L}\p{N}])\p{L}$/u.test(text.slice(Math.max(0, index - 2), index))
}

/**
 * @param draft
 * @param end
 */
function growLast(draft: FigureDraft, end: number): undefined {
  // A figure opens with its first quotation (`openFigure`).
  const last = lastItem(draft.items.filter((item): item is QuoteItem => item.type === 'quote'))
  const stretch = lastItem(last.body)
  if (end > stretch.end) stretch.end = end
  return undefined
}

/**
 * @param blocks
 * @param draft
 */
function figure(blocks: ReadonlyArray<RootContent>, draft: FigureDraft): RootContent {
  const quotes = draft.items.filter((item): item is QuoteItem => item.type === 'quote')
  const speakers = new Set(quotes.map((item) => item.quote.attribution?.speaker))
  // One speaker for the figure, or each quotation its own.
  const shared = speakers.size === 1 ? [...speakers][0] : undefined
  const body: Array<Blockquote | Paragraph> = draft.items.map((item) =>
    item.type === 'quote' ? blockquote(blocks, item, speakers.size > 1) : narrative(item.children)
  )

  if (draft.before.length === 0 && draft.after.length === 0 && body.length === 1) {
    const only = body[0] as Blockquote
    if (shared) only.data = {hProperties: {dataSpeaker: shared}}
    return only
  }

  const children: NewsQuotation['children'] = []
  if (draft.before.length > 0) children.push(caption(draft.before))
  children.push(...body)
  if (draft.after.length > 0) children.push(caption(draft.after))
  const properties: Record<string, unknown> = {className: ['quote']}
  if (shared) {
    properties['dataSpeaker'] = shared
    // Readers see the name where the caption does not give it (`وأضاف:`).
    if (!names(draft, firstItem(quotes).quote)) properties['className'] = ['quote', 'quote-unnamed']
  }

  const node: NewsQuotation = {
    type: 'newsQuotation',
    children,
    data: {hName: 'figure', hProperties: properties}
  }
  const position = spanOf(children)
  if (position) node.position = position
  return node
}

/**
 * @param blocks
 * @param item
 * @param ownSpeaker
 *   Whether the blockquote carries its own speaker.
 */
function blockquote(blocks: ReadonlyArray<RootContent>, item: QuoteItem, ownSpeaker: boolean): Blockquote {
  const paragraphs: Array<Paragraph> = item.body.map((stretch) => {
    const paragraph = blocks[stretch.paragraph] as Paragraph
    const children = sliceChildren(paragraph.children, stretch.start, stretch.end)
    const node: Paragraph = {type: 'paragraph', children}
    const position = spanOf(children)
    if (position) node.position = position
    return node
  })
  const node: Blockquote = {type: 'blockquote', children: paragraphs}
  const position = spanOf(paragraphs)
  if (position) node.position = position
  const speaker = item.quote.attribution?.speaker
  if (ownSpeaker && speaker) node.data = {hProperties: {dataSpeaker: speaker}}
  return node
}

/**
 * @param children
 */
function narrative(children: Array<PhrasingContent>): Paragraph {
  const node: Paragraph = {type: 'paragraph', children}
  const position = spanOf(children)
  if (position) node.position = position
  return node
}

/**
 * Whether the captions of a figure give the speaker of its quotation in
 * full (`وأضاف:` or a bare title do not).
 *
 * @param draft
 * @param quote
 */
function names(draft: FigureDraft, quote: PlannedQuote): boolean {
  const attribution = quote.attribution
  if (!attribution) return true
  const captions = foldArabic([...draft.before, ...draft.after].map((child) => phrasingText(child)).join(' '))
  return captions.includes(foldArabic(attribution.speaker))
}

/**
 * @param children
 */
function caption(children: Array<PhrasingContent>): NewsCaption {
  const node: NewsCaption = {type: 'newsCaption', children, data: {hName: 'figcaption'}}
  const position = spanOf(children)
  if (position) node.position = position
  return node
}

/**
 * @param paragraph
 * @param start
 * @param end
 */
function trailing(paragraph: Paragraph, start: number, end: number): Paragraph | undefined {
  const children = sliceChildren(paragraph.children, start, end)
  if (children.length === 0) return undefined
  const node: Paragraph = {type: 'paragraph', children}
  if (paragraph.data) node.data = structuredClone(paragraph.data)
  const position = spanOf(children)
  if (position) node.position = position
  return node
}

/**
 * @param quote
 * @param blocks
 */
function quoteData(quote: PlannedQuote, blocks: ReadonlyArray<RootContent>): QuoteData {
  const result: QuoteData = {
    text: quote.content,
    kind: quote.kind,
    open: quote.open,
    close: quote.close
  }
  if (quote.attribution) {
    result.speaker = quote.attribution.speaker
    if (quote.attribution.asWritten) result.speakerAsWritten = quote.attribution.asWritten
    if (quote.attribution.unnamed) result.speakerUnnamed = true
  }

  const first = firstItem(quote.parts)
  const last = lastItem(quote.parts)
  const start = pointAt((blocks[first.paragraph] as Paragraph).children, first.start)
  const endBlock = blocks[last.paragraph] as Paragraph
  const end = last.end > 0 ? endPoint(endBlock, last.end) : pointAt(endBlock.children, 0)
  if (start && end) result.position = {start, end}
  return result
}

/**
 * @param paragraph
 * @param offset
 */
function endPoint(paragraph: Paragraph, offset: number): Position['end'] | undefined {
  const point = pointAt(paragraph.children, offset - 1)
  if (!point) return undefined
  return shiftPoint(point, 1)
}

/**
 * @param mark
 * @param blocks
 * @returns
 *   Place of the mark in the source.
 */
function markPlace(mark: QuoteMark, blocks: ReadonlyArray<RootContent>): Position | undefined {
  const node = blocks[mark.paragraph] as Paragraph
  const start = pointAt(node.children, mark.index)
  if (!start) return node.position
  return {start, end: endPoint(node, mark.index + mark.text.length) ?? start}
}

/**
 * Warn about quotations without marks whose end is a guess: they hold
 * several sentences and nothing in the paragraph shows where the speaker
 * stops, so they were run to its end.
 *
 * @param file
 * @param quotes
 * @param blocks
 */
function reportUnmarked(
  file: VFile,
  quotes: ReadonlyArray<PlannedQuote>,
  blocks: ReadonlyArray<RootContent>
): undefined {
  for (const quote of quotes) {
    if (quote.kind !== 'block' || !quote.uncertainEnd) continue
    const {position} = quoteData(quote, blocks)
    file.message(
      'Unexpected quotation without marks over several sentences; taken to run to the end of its paragraph',
      {
        place: position,
        ruleId: 'quote-unmarked-end',
        source
      }
    )
  }

  return undefined
}

/** What is said about a mark: its rule, the warning, and the summary's words for more of them. */
interface MarkNote {
  ruleId: string
  reason: string
  /** Plural noun phrase for the summary (`opening quote marks without partner`). */
  many: string
}

/**
 * @param problem
 *   Unpaired mark, or a straight mark its spacing leaves in doubt.
 * @returns
 *   What to say about it.
 */
function noteOf(problem: QuoteProblem | SpacingDoubt): MarkNote {
  const mark = '`' + problem.mark.text + '`'
  if ('kind' in problem) {
    return problem.kind === 'unclosed'
      ? {
          ruleId: 'quote-unclosed',
          reason: 'Unexpected opening quote mark ' + mark + ' without closing mark; text left as is',
          many: 'opening quote marks without partner'
        }
      : {
          ruleId: 'quote-unopened',
          reason: 'Unexpected closing quote mark ' + mark + ' without opening mark; text left as is',
          many: 'closing quote marks without partner'
        }
  }

  const read = problem.read === 'open' ? 'opening' : 'closing'
  const spacing =
    problem.spacing === 'either'
      ? 'with the same spacing on both sides'
      : problem.spacing === 'open'
        ? 'glued to the word after it, as an opening mark is'
        : 'glued to the word before it, as a closing mark is'
  return {
    ruleId: 'quote-mark-spacing',
    reason:
      'Unexpected straight quote mark ' +
      mark +
      ' ' +
      spacing +
      '; read as ' +
      read +
      (problem.spacing === 'either'
        ? ', and a straight mark of this paragraph is left unpaired'
        : ' by the order of the marks') +
      ': check where the quotation starts and ends',
    many: 'straight quote marks whose spacing leaves the pairing in doubt'
  }
}

/**
 * Report unpaired marks, and straight marks whose pairing their spacing
 * leaves in doubt: at most `maxMessagesPerRule` of each rule, then one
 * summary.
 *
 * @param file
 * @param problems
 * @param blocks
 * @param settings
 */
function report(
  file: VFile,
  problems: ReadonlyArray<QuoteProblem | SpacingDoubt>,
  blocks: ReadonlyArray<RootContent>,
  settings: QuotesSettings
): undefined {
  const counts = new Map<string, number>()
  /** First problem left out per rule: the summary points at it. */
  const firstLeftOut = new Map<string, {mark: QuoteMark; note: MarkNote}>()
  for (const problem of problems) {
    const note = noteOf(problem)
    const {ruleId} = note
    const count = (counts.get(ruleId) ?? 0) + 1
    counts.set(ruleId, count)
    if (count > settings.maxMessagesPerRule) {
      if (!firstLeftOut.has(ruleId)) firstLeftOut.set(ruleId, {mark: problem.mark, note})
      continue
    }

    file.message(note.reason, {place: markPlace(problem.mark, blocks), ruleId, source})
  }

  for (const [ruleId, {mark, note}] of firstLeftOut) {
    const count = counts.get(ruleId) ?? 0
    const more = count - settings.maxMessagesPerRule
    file.message(
      String(more) + ' more ' + note.many + ' (' + String(count) + ' in all), from here on; text left as is',
      {place: markPlace(mark, blocks), ruleId, source}
    )
  }

  return undefined
}
