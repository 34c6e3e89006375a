/**
 * Shared types: what the plugins record on `file.data`, and the custom
 * mdast nodes they create.
 */

import type {Position} from 'unist'
import type {PhrasingContent} from 'mdast'

/** Front matter as parsed from a YAML block at the top of a file. */
export type FrontMatter = Record<string, unknown>

/** A place in the source: 1-based line, 1-based column, 0-based offset. */
export interface SourcePoint {
  line: number
  column: number
  offset?: number | undefined
}

/** A dateline or agency prefix found at the start of the lead. */
export interface DatelineData {
  /** The prefix exactly as written, separators included (example: `'القاهرة - أ ش أ:'`). */
  text: string
  /** Place name, when the prefix names one (example: `'القاهرة'`). */
  place?: string | undefined
  /** News agency or outlet, when the prefix names one (example: `'أ ش أ'`). */
  agency?: string | undefined
  /** Where it starts in the source. */
  position?: Position | undefined
}

/** A line recognised as a byline or as outlet boilerplate. */
export interface AsideLineData {
  /** What the line is. */
  kind: 'byline' | 'boilerplate'
  /** The line as written. */
  text: string
  /** Author name for bylines, when it can be read off the line. */
  name?: string | undefined
  /** Where it is in the source. */
  position?: Position | undefined
}

/** A subheading found in the body. */
export interface SubheadingData {
  /** The subheading text as written. */
  text: string
  /** Where it is in the source. */
  position?: Position | undefined
}

/** Whether a quoted span is set as a block quotation or left in the text. */
export type QuoteKind = 'block' | 'inline'

/** A quoted span found in the body. */
export interface QuoteData {
  /** The quoted words, marks excluded. */
  text: string
  /** How it is rendered. */
  kind: QuoteKind
  /** Opening mark as written (empty for a whole-paragraph quote without marks). */
  open: string
  /** Closing mark as written (empty when unbalanced). */
  close: string
  /** Resolved speaker (full name or description), when known. */
  speaker?: string | undefined
  /** Speaker as written near the quote (surname, title, pronoun verb), when different. */
  speakerAsWritten?: string | undefined
  /** Whether the speaker is a title or description tied to no name in the article (`مقدم البرنامج`). */
  speakerUnnamed?: boolean | undefined
  /** Where the span is in the source. */
  position?: Position | undefined
}

/** Where the headline came from. */
export type HeadlineSource = 'front-matter' | 'first-line' | 'heading'

/** What the structure and quotation plugins learn about an article. */
export interface ArabicNewsData {
  /** The headline, when one is known. */
  headline?: string | undefined
  /** Where the headline came from. */
  headlineSource?: HeadlineSource | undefined
  /** Text of the lead: the first body paragraph, dateline excluded. */
  lead?: string | undefined
  /** Dateline or agency prefix of the lead. */
  dateline?: DatelineData | undefined
  /** Bylines and boilerplate lines. */
  asides: Array<AsideLineData>
  /** Subheadings in order. */
  subheadings: Array<SubheadingData>
  /** Quoted spans in order (filled by `remarkArabicNewsQuotes`). */
  quotes: Array<QuoteData>
  /** Number of Arabic (and other) words in the body. */
  wordCount: number
  /** Plain text of the body blocks, one entry per block, in order. */
  bodyText: Array<string>
}

declare module 'vfile' {
  interface DataMap {
    /** Front matter of the file (from `remarkArabicNewsParse`, or set by a host). */
    matter: FrontMatter
    /** Where each top-level front matter key is written (from `remarkArabicNewsParse`). */
    matterPositions: Record<string, Position>
    /** What the plugins learn about the article. */
    arabicNews: ArabicNewsData
  }
}

/** A span isolated as left-to-right text (`<bdi dir="ltr">`). */
export interface NewsIsolate {
  type: 'newsIsolate'
  children: Array<PhrasingContent>
  data?: NewsNodeData | undefined
  position?: Position | undefined
}

/** A dateline or agency prefix (`<span class="dateline">`). */
export interface NewsDateline {
  type: 'newsDateline'
  children: Array<PhrasingContent>
  data?: NewsNodeData | undefined
  position?: Position | undefined
}

/** Data on custom nodes: the HTML they become. */
export interface NewsNodeData {
  hName?: string | undefined
  hProperties?: Record<string, unknown> | undefined
}

/**
 * Role of a paragraph, recorded on `node.data.newsRole` by the structure
 * plugin: the lead (first body paragraph), a byline or boilerplate.
 */
export type NewsRole = 'lead' | 'byline' | 'boilerplate'

declare module 'mdast' {
  interface ParagraphData {
    /** What the paragraph is in the article (from `remarkArabicNewsStructure`). */
    newsRole?: NewsRole | undefined
  }

  interface PhrasingContentMap {
    newsIsolate: NewsIsolate
    newsDateline: NewsDateline
  }
}

declare module 'vfile' {
  interface DataMap {
    /** schema.org `NewsArticle` of the file, as written in its JSON-LD (from `rehypeArabicNewsJsonLd`). */
    newsArticle: import('schema-dts').WithContext<import('schema-dts').NewsArticle>
  }
}

/**
 * A sentence with block quotations and their attribution
 * (`<figure class="quote">`): a `newsCaption` (the narrative that introduces
 * or attributes the quote), one or more `blockquote`s with the rest of the
 * sentence between and after them as `paragraph`s, or a closing
 * `newsCaption` when the attribution follows the quote.
 */
export interface NewsQuotation {
  type: 'newsQuotation'
  children: Array<NewsCaption | import('mdast').Blockquote | import('mdast').Paragraph>
  data?: NewsNodeData | undefined
  position?: Position | undefined
}

/** Attribution of a quotation (`<figcaption>`): narrative as written. */
export interface NewsCaption {
  type: 'newsCaption'
  children: Array<PhrasingContent>
  data?: NewsNodeData | undefined
  position?: Position | undefined
}

declare module 'mdast' {
  interface BlockContentMap {
    newsQuotation: NewsQuotation
  }

  interface RootContentMap {
    newsQuotation: NewsQuotation
    newsCaption: NewsCaption
  }
}
