/**
 * The one-call preset: plain-text Arabic news in, HTML out.
 */

import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified, type Plugin, type Processor} from 'unified'
import {objectOption} from './options.js'
import {rehypeArabicNewsArticle, type ArticleOptions} from './rehype-arabic-news-article.js'
import {rehypeArabicNewsDocument, type DocumentOptions} from './rehype-arabic-news-document.js'
import {rehypeArabicNewsHeader, type HeaderOptions} from './rehype-arabic-news-header.js'
import {rehypeArabicNewsJsonLd, type JsonLdOptions} from './rehype-arabic-news-json-ld.js'
import {remarkArabicNewsFacts} from './remark-arabic-news-facts.js'
import {remarkArabicNewsParse, type ParseOptions} from './remark-arabic-news-parse.js'
import {remarkArabicNewsQuotes, type QuotesOptions} from './remark-arabic-news-quotes.js'
import {remarkArabicNewsStructure, type StructureOptions} from './remark-arabic-news-structure.js'

/** Configuration for `arabicNews`: the options of every plugin in the pipeline. */
export interface ArabicNewsOptions extends ArticleOptions {
  /** Options for the plain-text parser (`remarkArabicNewsParse`). */
  readonly parse?: Readonly<ParseOptions> | null | undefined
  /** Options for the structure plugin (`remarkArabicNewsStructure`). */
  readonly structure?: Readonly<StructureOptions> | null | undefined
  /** Options for the quotation plugin (`remarkArabicNewsQuotes`), or `false` to leave quotes in the text (default: `{}`). */
  readonly quotes?: Readonly<QuotesOptions> | false | null | undefined
  /** Options for the JSON-LD plugin (`rehypeArabicNewsJsonLd`), or `false` to add no JSON-LD (default: `{}`). */
  readonly jsonLd?: Readonly<JsonLdOptions> | false | null | undefined
  /** Give the article a visible header (`rehypeArabicNewsHeader`): `true` or its options (default: `false`). */
  readonly header?: Readonly<HeaderOptions> | boolean | null | undefined
  /** Make a complete HTML page (`rehypeArabicNewsDocument`): `true` or its options (default: `false`). */
  readonly document?: Readonly<DocumentOptions> | boolean | null | undefined
}

/** The processor `arabicNews` returns: text in, HTML string out. */
export type ArabicNewsProcessor = Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>

/**
 * A plugin, or a plugin with its options: the shape hosts such as Astro
 * (`remarkPlugins`, `rehypePlugins`), MDX and `unified().use()` take.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- unified's own `Pluggable` and the hosts' plugin lists are typed with `any`.
export type HostPlugin = Plugin<Array<any>, any, any> | [plugin: Plugin<Array<any>, any, any>, options: unknown]

/** remark and rehype plugins of the preset, without parser and compiler. */
export interface ArabicNewsPluginLists {
  /** remark plugins: structure and quotations. */
  remarkPlugins: Array<HostPlugin>
  /** rehype plugins: article wrapper, header and full page (with `header` and `document`), then JSON-LD. */
  rehypePlugins: Array<HostPlugin>
}

/**
 * The plugins that `arabicNews(options)` runs between its parser and
 * `rehype-stringify`, as lists for a host's own pipeline (after
 * `remark-parse`, or in Astro, Eleventy and MDX).
 *
 * @param options
 *   Configuration (optional; `parse` does not apply).
 * @returns
 *   remark plugins (after the parser) and rehype plugins (after `remark-rehype`).
 */
export function arabicNewsPluginLists(options?: Readonly<ArabicNewsOptions> | null): ArabicNewsPluginLists {
  const given = objectOption(options)
  const {language, direction} = given
  const jsonLd = given.jsonLd === false ? undefined : given.jsonLd
  const {script, ...facts} = jsonLd ?? {}
  const remarkPlugins: Array<HostPlugin> = [[remarkArabicNewsStructure, given.structure]]
  const rehypePlugins: Array<HostPlugin> = [
    [rehypeArabicNewsArticle, {language: given.language, direction: given.direction}]
  ]

  if (given.quotes !== false) remarkPlugins.push([remarkArabicNewsQuotes, given.quotes])
  remarkPlugins.push([remarkArabicNewsFacts, {language, direction, ...facts}])

  if (given.header) {
    rehypePlugins.push([
      rehypeArabicNewsHeader,
      {language: given.language, ...(given.header === true ? {} : given.header)}
    ])
  }

  if (given.document) {
    const document = given.document === true ? {} : given.document
    rehypePlugins.push([rehypeArabicNewsDocument, {language: given.language, direction: given.direction, ...document}])
  }

  // Last: on a page, the script goes straight into the `<head>` made above.
  if (given.jsonLd !== false) rehypePlugins.push([rehypeArabicNewsJsonLd, {script}])

  return {remarkPlugins, rehypePlugins}
}

/**
 * Make a processor that turns plain-text Arabic news into HTML.
 *
 * `String(await arabicNews().process(text))` is the HTML; `file.data` holds
 * what was learnt (`matter`, `arabicNews`, `newsArticle`).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   A unified processor (not frozen: more plugins can be added).
 */
export function arabicNews(options?: Readonly<ArabicNewsOptions> | null): ArabicNewsProcessor {
  return completeProcessor(unified().use(remarkArabicNewsParse, options?.parse), options)
}

/**
 * Complete a processor that has its parser: the preset's remark plugins,
 * `remark-rehype`, the preset's rehype plugins and `rehype-stringify`. The
 * one place where the pipeline is put together: the preset, the command line
 * and the integrations differ only in their parser and in the rehype plugins
 * they add after it (`.use()` on the result runs after the preset's).
 *
 * @param parser
 *   Processor with a parser (plain text, or `remark-parse` and friends).
 * @param options
 *   Configuration (optional; `parse` applies only to the plain-text parser).
 * @returns
 *   The processor (not frozen).
 */
export function completeProcessor(
  parser: Processor<MdastRoot, MdastRoot | undefined, MdastRoot | undefined>,
  options?: Readonly<ArabicNewsOptions> | null
): ArabicNewsProcessor {
  const lists = arabicNewsPluginLists(options)
  return parser.use(lists.remarkPlugins).use(remarkRehype).use(lists.rehypePlugins).use(rehypeStringify)
}
