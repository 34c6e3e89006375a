/**
 * What a site layout needs from a processed article: headline, description,
 * language, direction, JSON-LD and quotations.
 */

import type {NewsArticle, WithContext} from 'schema-dts'
import type {VFile} from 'vfile'
import {DEFAULT_SCRIPT} from '../metadata/defaults.js'
import {toNewsArticle} from '../metadata/news-article.js'
import {serializeJsonLd} from '../metadata/serialize.js'
import {booleanOption, objectOption} from '../options.js'
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
  /** The schema.org `NewsArticle` object, unless the article has no JSON-LD (`jsonLd: false`). */
  jsonLd?: WithContext<NewsArticle> | undefined
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

/** Configuration for the page data plugins: what the JSON-LD plugin was asked to do. */
export interface PageDataOptions {
  /**
   * The preset's `jsonLd` option: `false` when the article has no JSON-LD,
   * `{script: false}` when its HTML does not carry the `<script>` (default:
   * `{}`, JSON-LD in the HTML).
   */
  readonly jsonLd?: Readonly<{script?: boolean | null | undefined}> | false | null | undefined
}

/** Settings of the page data plugins after checking. */
export interface PageDataSettings {
  /** Whether the article is described in JSON-LD. */
  readonly jsonLd: boolean
  /** Whether the article HTML carries the JSON-LD `<script>`. */
  readonly script: boolean
}

/**
 * Check options of the page data plugins.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Settings.
 */
export function normalizePageDataOptions(options: Readonly<PageDataOptions> | null | undefined): PageDataSettings {
  const jsonLd = objectOption(options).jsonLd
  if (jsonLd === false) return {jsonLd: false, script: false}
  return {jsonLd: true, script: booleanOption(objectOption(jsonLd).script, 'jsonLd.script', DEFAULT_SCRIPT)}
}

/**
 * Collect what a layout needs from the facts of an article
 * (`file.data.articleFacts`) and what its text yields
 * (`file.data.arabicNews`).
 *
 * @param file
 *   The processed file.
 * @param settings
 *   Checked options.
 * @returns
 *   Plain, serialisable data.
 */
export function collectPageData(file: VFile, settings: PageDataSettings): ArabicNewsPageData {
  const facts = file.data.articleFacts
  const text = file.data.arabicNews
  // The JSON-LD of the page is written from the facts, as the JSON-LD plugin writes it.
  const jsonLd = facts && settings.jsonLd ? toNewsArticle(facts) : undefined

  return {
    headline: facts?.headline ?? text?.headline,
    description: facts?.description ?? text?.lead,
    lang: facts?.language ?? 'ar',
    dir: facts?.direction ?? 'rtl',
    datePublished: facts?.datePublished?.iso,
    jsonLd,
    jsonLdText: jsonLd ? serializeJsonLd(jsonLd) : undefined,
    jsonLdInContent: jsonLd !== undefined && settings.script,
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
  const fields: Array<[string, unknown]> = Object.entries(data)
  for (const [key, value] of fields) {
    if (value !== undefined) result[key] = value
  }
  return result
}
