/**
 * The preset's plugins as lists, for hosts that bring their own markdown
 * parser (Astro's `unified()` processor, Eleventy with `.md`), and the
 * plain-text processor the integrations use.
 */

import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified, type Processor} from 'unified'
import {
  arabicNewsPluginLists,
  type ArabicNewsOptions,
  type ArabicNewsPluginLists,
  type HostPlugin
} from '../arabic-news.js'
import {remarkArabicNewsParse} from '../remark-arabic-news-parse.js'

export {arabicNewsPluginLists}
export type {ArabicNewsPluginLists, HostPlugin}

/** Options of the integrations: the preset's. */
export type IntegrationOptions = ArabicNewsOptions

/** A processor from text to an HTML string. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parser and trees: only the string output matters here.
export type HtmlProcessor = Processor<any, any, any, any, string>

/**
 * A processor for plain-text articles: the plain-text parser, the plugin
 * lists, then more rehype plugins.
 *
 * @param options
 *   Configuration.
 * @param extra
 *   rehype plugins to run last, before `rehype-stringify`.
 * @returns
 *   Frozen processor.
 */
export function createTextProcessor(
  options: Readonly<IntegrationOptions>,
  extra: ReadonlyArray<HostPlugin>
): HtmlProcessor {
  const lists = arabicNewsPluginLists(options)
  return unified()
    .use(remarkArabicNewsParse, options.parse)
    .use(lists.remarkPlugins)
    .use(remarkRehype)
    .use(lists.rehypePlugins)
    .use([...extra])
    .use(rehypeStringify)
    .freeze() as unknown as HtmlProcessor
}
