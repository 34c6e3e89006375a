/**
 * remark plugin: quotations. What people said becomes a block quotation
 * attributed to its speaker; names and terms in quote marks stay in the text.
 *
 * A paragraph holding a block quotation becomes, in reading order:
 * `<figure class="quote" data-speaker="…"><figcaption>narrative</figcaption>
 * <blockquote><p>«…»</p></blockquote></figure>` (the figcaption last when the
 * attribution follows the quote), then a `<p>` for narrative after the last
 * quote. A paragraph that is all quote becomes
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
import type {QuoteProblem} from './quotes/marks.js'
import {isPunctuationOnly} from './quotes/text.js'
import {analysesOf} from './text/file.js'
import {source} from './source.js'
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

/** Class names of paragraphs that are not body text. */
const SKIPPED_CLASSES = new Set(['byline', 'boilerplate'])

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
  const plan = planQuotes(texts, settings, analyses)
  // Headings (headline, subheadings) hold names and slogans: their quoted
  // spans are listed, and their broken marks reported, but nothing changes.
  const headingQuotes: Array<PlannedQuote> = []
  const problems = [...plan.problems]
  for (const [index, node] of blocks.entries()) {
    if (node.type !== 'heading') continue
    const headingPlan = planQuotes(
      [phrasingText(node as unknown as Paragraph)],
      {...settings, keepInline: true},
      analyses
    )
    for (const quote of headingPlan.quotes) {
      headingQuotes.push({
        ...quote,
        parts: quote.parts.map((part) => ({...part, paragraph: index})),
        attribution: undefined
      })
    }

    for (const problem of headingPlan.problems) {
      problems.push({...problem, mark: {...problem.mark, paragraph: index}})
    }
  }

  problems.sort((a, b) => a.mark.paragraph - b.mark.paragraph || a.mark.index - b.mark.index)
  report(file, problems, blocks, settings)

  const data: ArabicNewsData = (file.data.arabicNews ??= {
    asides: [],
    subheadings: [],
    quotes: [],
    wordCount: 0,
    bodyText: []
  })
  data.quotes = [...plan.quotes, ...headingQuotes]
    .sort((a, b) => a.parts[0]!.paragraph - b.parts[0]!.paragraph || a.parts[0]!.start - b.parts[0]!.start)
    .map((quote) => quoteData(quote, blocks))

  const blockQuotes = plan.quotes.filter((quote) => quote.kind === 'block')
  if (blockQuotes.length === 0) return undefined

  const byParagraph = new Map<number, Array<PlannedQuote>>()
  for (const quote of blockQuotes) {
    const paragraph = quote.parts[0]!.paragraph
    const list = byParagraph.get(paragraph) ?? []
    list.push(quote)
    byParagraph.set(paragraph, list)
  }

  const children: Array<RootContent> = []
  let index = 0
  let from = 0
  while (index < blocks.length) {
    const node = blocks[index]!
    const quotes = (byParagraph.get(index) ?? []).filter((quote) => quote.parts[0]!.start >= from)
    if (quotes.length === 0 && from === 0) {
      children.push(node)
      index++
      continue
    }

    const rendered = renderParagraph(blocks, index, from, quotes)
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

  tree.children = children
  return undefined
}

/**
 * @param node
 */
function isBodyParagraph(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false
  const className: unknown = node.data?.hProperties?.['className']
  const classes: Array<unknown> = Array.isArray(className)
    ? className
    : typeof className === 'string'
      ? className.split(/\s+/)
      : []
  return !classes.some((name) => SKIPPED_CLASSES.has(String(name)))
}

/** Output of one paragraph (from an offset), and where to go on. */
interface Rendered {
  nodes: Array<RootContent>
  /** When a quotation ran into a later paragraph: where the text goes on. */
  next: Stretch | undefined
}

/** A figure being built. */
interface FigureDraft {
  quote: PlannedQuote
  before: Array<PhrasingContent>
  /** Stretches inside the blockquote, one per paragraph. */
  body: Array<Stretch>
  after: Array<PhrasingContent>
}

/**
 * Render paragraph `index` from offset `from`, with its block quotations.
 *
 * @param blocks
 * @param index
 * @param from
 * @param quotes
 */
function renderParagraph(
  blocks: ReadonlyArray<RootContent>,
  index: number,
  from: number,
  quotes: ReadonlyArray<PlannedQuote>
): Rendered {
  const paragraph = blocks[index] as Paragraph
  const text = phrasingText(paragraph)
  const nodes: Array<RootContent> = []
  const cut = (start: number, end: number) => sliceChildren(paragraph.children, start, end)
  let cursor = from
  let draft: FigureDraft | undefined

  const flush = () => {
    if (draft) nodes.push(figure(blocks, draft))
    draft = undefined
  }

  for (const quote of quotes) {
    const first = quote.parts[0]!
    // Quotes are disjoint; never go back over text already rendered.
    if (first.start < cursor) continue
    let narrativeStart = cursor
    if (draft) {
      // `«…»، وأضاف «…»`: punctuation right after a quote ends it.
      const punctuationEnd = leadingPunctuation(text, cursor, first.start)
      growLast(draft, punctuationEnd)
      narrativeStart = punctuationEnd
      if (draft.before.length === 0 && draft.quote.attribution?.following) {
        const end = attributionEnd(text, narrativeStart, first.start)
        draft.after = cut(narrativeStart, end)
        narrativeStart = end
      }
    }

    flush()
    const narrative = text.slice(narrativeStart, first.start)
    const body = quote.parts.map((part) => ({...part}))
    let before: Array<PhrasingContent> = []
    if (isPunctuationOnly(narrative)) {
      body[0]!.start = narrativeStart
    } else {
      before = cut(narrativeStart, first.start)
    }

    draft = {quote, before, body, after: []}
    const last = quote.parts.at(-1)!
    if (last.paragraph !== index) {
      // The quotation closes in a later paragraph: go on from there.
      const lastText = phrasingText(blocks[last.paragraph] as Paragraph)
      const punctuationEnd = leadingPunctuation(lastText, last.end, lastText.length)
      growLast(draft, punctuationEnd)
      if (isPunctuationOnly(lastText.slice(punctuationEnd))) growLast(draft, lastText.length)
      const end = draft.body.at(-1)!.end
      if (draft.quote.attribution?.following && !isPunctuationOnly(lastText.slice(end))) {
        const attributionStop = attributionEnd(lastText, end, lastText.length)
        draft.after = sliceChildren((blocks[last.paragraph] as Paragraph).children, end, attributionStop)
        growLast(draft, end)
        flush()
        return finish(nodes, blocks, last.paragraph, attributionStop, lastText.length)
      }

      flush()
      return finish(nodes, blocks, last.paragraph, end, lastText.length)
    }

    cursor = last.end
  }

  if (draft) {
    const punctuationEnd = leadingPunctuation(text, cursor, text.length)
    growLast(draft, punctuationEnd)
    cursor = punctuationEnd
    if (cursor < text.length && draft.before.length === 0 && draft.quote.attribution?.following) {
      let end = attributionEnd(text, cursor, text.length)
      if (isPunctuationOnly(text.slice(end))) end = text.length
      draft.after = cut(cursor, end)
      cursor = end
    }

    flush()
  }

  if (cursor < text.length) {
    const rest = trailing(paragraph, cursor, text.length)
    if (rest) nodes.push(rest)
  }

  return {nodes, next: undefined}
}

/**
 * @param nodes
 * @param blocks
 * @param paragraph
 * @param start
 * @param end
 */
function finish(
  nodes: Array<RootContent>,
  blocks: ReadonlyArray<RootContent>,
  paragraph: number,
  start: number,
  end: number
): Rendered {
  return {nodes, next: {paragraph, start, end}}
}

/**
 * @param draft
 * @param end
 */
function growLast(draft: FigureDraft, end: number): undefined {
  const last = draft.body.at(-1)!
  if (end > last.end) last.end = end
  return undefined
}

/**
 * @param text
 * @param start
 * @param end
 * @returns
 *   Index after the white space and punctuation that follow `start`
 *   (at most `end`).
 */
function leadingPunctuation(text: string, start: number, end: number): number {
  let index = start
  while (index < end && isPunctuationOnly(text.charAt(index)) && !/[«“„‹"&]/.test(text.charAt(index))) {
    index++
  }

  // Keep the white space before the narrative with the narrative.
  while (index > start && /\s/.test(text.charAt(index - 1))) index--
  return index
}

/**
 * @param text
 * @param start
 * @param end
 * @returns
 *   End of an attribution that follows a quote: the end of its sentence.
 */
function attributionEnd(text: string, start: number, end: number): number {
  const match = /[.!?؟؛]+/g
  match.lastIndex = start
  const found = match.exec(text)
  return found && found.index < end ? Math.min(end, found.index + found[0].length) : end
}

/**
 * @param blocks
 * @param draft
 */
function figure(blocks: ReadonlyArray<RootContent>, draft: FigureDraft): RootContent {
  const {quote} = draft
  const speaker = quote.attribution?.speaker
  const paragraphs: Array<Paragraph> = draft.body.map((stretch) => {
    const paragraph = blocks[stretch.paragraph] as Paragraph
    const children = sliceChildren(paragraph.children, stretch.start, stretch.end)
    const node: Paragraph = {type: 'paragraph', children}
    const position = spanOf(children)
    if (position) node.position = position
    return node
  })
  const blockquote: Blockquote = {type: 'blockquote', children: paragraphs}
  const blockPosition = spanOf(paragraphs)
  if (blockPosition) blockquote.position = blockPosition

  if (draft.before.length === 0 && draft.after.length === 0) {
    if (speaker) blockquote.data = {hProperties: {dataSpeaker: speaker}}
    return blockquote
  }

  const children: NewsQuotation['children'] = []
  if (draft.before.length > 0) children.push(caption(draft.before))
  children.push(blockquote)
  if (draft.after.length > 0) children.push(caption(draft.after))
  const properties: Record<string, unknown> = {className: ['quote']}
  if (speaker) properties['dataSpeaker'] = speaker
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
  }

  const first = quote.parts[0]!
  const last = quote.parts.at(-1)!
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
  const result = {...point, column: point.column + 1}
  if (point.offset !== undefined) result.offset = point.offset + 1
  return result
}

/**
 * @param problem
 * @param blocks
 * @returns
 *   Place of the mark in the source.
 */
function markPlace(problem: QuoteProblem, blocks: ReadonlyArray<RootContent>): Position | undefined {
  const node = blocks[problem.mark.paragraph] as Paragraph
  const start = pointAt(node.children, problem.mark.index)
  if (!start) return node.position
  return {start, end: endPoint(node, problem.mark.index + problem.mark.text.length) ?? start}
}

/**
 * Report unpaired marks: at most `maxMessagesPerRule` of each kind, then one
 * summary.
 *
 * @param file
 * @param problems
 * @param blocks
 * @param settings
 */
function report(
  file: VFile,
  problems: ReadonlyArray<QuoteProblem>,
  blocks: ReadonlyArray<RootContent>,
  settings: QuotesSettings
): undefined {
  const counts = new Map<string, number>()
  /** First problem left out per rule: the summary points at it. */
  const firstLeftOut = new Map<string, QuoteProblem>()
  for (const problem of problems) {
    const ruleId = problem.kind === 'unclosed' ? 'quote-unclosed' : 'quote-unopened'
    const count = (counts.get(ruleId) ?? 0) + 1
    counts.set(ruleId, count)
    if (count > settings.maxMessagesPerRule) {
      if (!firstLeftOut.has(ruleId)) firstLeftOut.set(ruleId, problem)
      continue
    }

    const reason =
      problem.kind === 'unclosed'
        ? 'Unexpected opening quote mark `' + problem.mark.text + '` without closing mark; text left as is'
        : 'Unexpected closing quote mark `' + problem.mark.text + '` without opening mark; text left as is'
    file.message(reason, {place: markPlace(problem, blocks), ruleId, source})
  }

  for (const [ruleId, problem] of firstLeftOut) {
    const count = counts.get(ruleId) ?? 0
    const more = count - settings.maxMessagesPerRule
    file.message(
      String(more) +
        ' more ' +
        (ruleId === 'quote-unclosed' ? 'opening' : 'closing') +
        ' quote marks without partner (' +
        String(count) +
        ' in all), from here on; text left as is',
      {place: markPlace(problem, blocks), ruleId, source}
    )
  }

  return undefined
}
