/**
 * What a site layout needs from a processed article: headline, description,
 * language, direction, JSON-LD and quotations.
 */

import type {Element, Root} from 'hast'
import type {VFile} from 'vfile'
import {serializeJsonLd} from '../metadata/serialize.js'
import type {QuoteData} from '../types.js'

/** Data for a page layout, the same in Astro and Eleventy. */
export interface ArabicNewsPageData {
  /** Headline of the article, when one is known. */
  headline?: string | undefined
  /** Short description (from the JSON-LD, else the lead), when known. */
  description?: string | undefined
  /** Language of the article (`lang` of `<article>`). */
  lang: string
  /** Base direction of the article (`dir` of `<article>`). */
  dir: string
  /** Publication date as given to the JSON-LD, when known. */
  datePublished?: string | undefined
  /** The schema.org `NewsArticle` object, when the JSON-LD plugin ran. */
  jsonLd?: Record<string, unknown> | undefined
  /**
   * `jsonLd` serialised for the inside of a `<script type="application/ld+json">`
   * element: `<`, `>`, `&`, U+2028 and U+2029 escaped, Arabic kept as written.
   */
  jsonLdText?: string | undefined
  /** Whether the article HTML itself carries the JSON-LD `<script>`. */
  jsonLdInContent: boolean
  /** Quotations found in the text. */
  quotes: Array<QuoteData>
}

declare module 'vfile' {
  interface DataMap {
    /** What layouts need, collected by the integrations (`remark-arabic-news/astro`, `/eleventy`). */
    arabicNewsPage: ArabicNewsPageData
  }
}

/**
 * Collect what a layout needs from a processed tree and its file.
 *
 * @param tree
 *   The hast tree, after `rehypeArabicNewsArticle` (and the JSON-LD plugin, if used).
 * @param file
 *   The file, with `file.data.arabicNews` and possibly `file.data.newsArticle`.
 * @returns
 *   Plain, serialisable data.
 */
export function collectPageData(tree: Root, file: VFile): ArabicNewsPageData {
  const facts = file.data.articleFacts
  const text = file.data.arabicNews
  const newsArticle = readNewsArticle(file)
  const script = findElement(
    tree,
    (element) => element.tagName === 'script' && element.properties['type'] === 'application/ld+json'
  )

  return {
    headline: facts?.headline ?? text?.headline,
    description: facts?.description ?? text?.lead,
    lang: facts?.language ?? 'ar',
    dir: facts?.direction ?? 'rtl',
    datePublished: facts?.datePublished?.iso,
    jsonLd: newsArticle,
    jsonLdText: newsArticle ? serializeJsonLd(newsArticle) : undefined,
    jsonLdInContent: script !== undefined,
    quotes: text?.quotes ? [...text.quotes] : []
  }
}

/**
 * Remove `undefined` fields, so that the data can be merged without
 * overwriting values with nothing.
 *
 * @param data
 *   Page data.
 * @returns
 *   A copy without `undefined` values.
 */
export function definedFields(data: ArabicNewsPageData): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) result[key] = value
  }
  return result
}

/**
 * The JSON-LD object on `file.data.newsArticle`, as a plain record.
 *
 * @param file
 *   The file.
 * @returns
 *   The object, when there is one.
 */
function readNewsArticle(file: VFile): Record<string, unknown> | undefined {
  const value: unknown = (file.data as Record<string, unknown>)['newsArticle']
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/**
 * Find the first element (in tree order) that passes a test.
 *
 * @param node
 *   Where to search.
 * @param test
 *   The test.
 * @returns
 *   The element, when found.
 */
function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = findElement(child, test)
    if (found) return found
  }

  return undefined
}
