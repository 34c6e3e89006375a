/**
 * The one-call preset: plain-text Arabic news in, HTML out.
 */

import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified, type Processor} from 'unified'
import {rehypeArabicNewsArticle, type ArticleOptions} from './rehype-arabic-news-article.js'
import {rehypeArabicNewsDocument, type DocumentOptions} from './rehype-arabic-news-document.js'
import {rehypeArabicNewsJsonLd, type JsonLdOptions} from './rehype-arabic-news-json-ld.js'
import {remarkArabicNewsParse, type ParseOptions} from './remark-arabic-news-parse.js'
import {remarkArabicNewsStructure, type StructureOptions} from './remark-arabic-news-structure.js'

/** Configuration for `arabicNews`: the options of every plugin in the pipeline. */
export interface ArabicNewsOptions extends ArticleOptions {
  /** Options for the plain-text parser (`remarkArabicNewsParse`). */
  readonly parse?: Readonly<ParseOptions> | null | undefined
  /** Options for the structure plugin (`remarkArabicNewsStructure`). */
  readonly structure?: Readonly<StructureOptions> | null | undefined
  /** Options for the JSON-LD plugin (`rehypeArabicNewsJsonLd`), or `false` to add no JSON-LD (default: `{}`). */
  readonly jsonLd?: Readonly<JsonLdOptions> | false | null | undefined
  /** Make a complete HTML page (`rehypeArabicNewsDocument`): `true` or its options (default: `false`). */
  readonly document?: Readonly<DocumentOptions> | boolean | null | undefined
}

/** The processor `arabicNews` returns: text in, HTML string out. */
export type ArabicNewsProcessor = Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>

/**
 * Make a processor that turns plain-text Arabic news into HTML.
 *
 * `String(await arabicNews().process(text))` is the HTML; `file.data` holds
 * what was learnt (`arabicNews`, `matter`).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   A unified processor (not frozen: more plugins can be added).
 */
export function arabicNews(options?: Readonly<ArabicNewsOptions> | null): ArabicNewsProcessor {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object')
  }

  const processor = unified()
    .use(remarkArabicNewsParse, options?.parse)
    .use(remarkArabicNewsStructure, options?.structure)
    .use(remarkRehype)
    .use(rehypeArabicNewsArticle, {language: options?.language, direction: options?.direction})

  if (options?.jsonLd !== false) {
    processor.use(rehypeArabicNewsJsonLd, {language: options?.language, ...options?.jsonLd})
  }

  if (options?.document) {
    const document = options.document === true ? {} : options.document
    processor.use(rehypeArabicNewsDocument, {language: options.language, direction: options.direction, ...document})
  }

  return processor.use(rehypeStringify) as unknown as ArabicNewsProcessor
}
