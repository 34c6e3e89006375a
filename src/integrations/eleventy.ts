/**
 * Eleventy 3 plugin: plain-text articles (and, on request, markdown) as a
 * template format, with headline, description and JSON-LD in the data
 * cascade for layouts.
 *
 * Eleventy's types are not imported: the small shapes used here are
 * declared below.
 */

import {readFile} from 'node:fs/promises'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {isList, objectOption} from '../options.js'
import type {ArabicNewsPageData} from './page-data.js'
import {createPermalinkCompiler, type PermalinkCompiler} from './permalink.js'
import {arabicNews, completeProcessor, type ArabicNewsProcessor} from '../arabic-news.js'
import type {IntegrationOptions} from './plugins.js'
import {rehypeArabicNewsPageData} from './rehype-arabic-news-page-data.js'

export type {ArabicNewsPageData} from './page-data.js'
export type {IntegrationOptions} from './plugins.js'

/** Formats the plugin can register. */
export type EleventyFormat = 'txt' | 'md'

/** Default of `EleventyPluginOptions.formats`. */
export const DEFAULT_ELEVENTY_FORMATS: ReadonlyArray<EleventyFormat> = ['txt']

/** Default of `EleventyPluginOptions.dataKey`. */
export const DEFAULT_ELEVENTY_DATA_KEY = 'arabicNews'

/** Configuration for the Eleventy plugin: formats, data key, and the preset's options. */
export interface EleventyPluginOptions extends IntegrationOptions {
  /**
   * Template formats to handle (default: `['txt']`). With `'md'`, markdown
   * files go through `remark-parse` (with `remark-frontmatter`, and
   * `remark-gfm` when installed) instead of Eleventy's markdown-it, and are
   * no longer pre-processed by Liquid or Nunjucks.
   */
  readonly formats?: ReadonlyArray<EleventyFormat> | null | undefined
  /** Key under which layouts find the page data (default: `'arabicNews'`). */
  readonly dataKey?: string | null | undefined
}

/** The part of Eleventy's `addExtension` options this plugin uses. */
export interface EleventyExtension {
  outputFileExtension: string
  read: boolean
  getData: (inputPath: string) => Promise<Record<string, unknown>>
  compile: (inputContent: string, inputPath: string) => Promise<(data: Record<string, unknown>) => Promise<string>>
  compileOptions: {cache: boolean; permalink?: PermalinkCompiler}
}

/** The part of Eleventy's configuration API this plugin uses. */
export interface EleventyConfig {
  addTemplateFormats(formats: string | Array<string>): unknown
  addExtension(extension: string | Array<string>, options: EleventyExtension): unknown
  logger?: {warn(message: string): unknown} | undefined
}

/** Result of processing one file. */
interface Rendered {
  value: string
  html: string
  page: ArabicNewsPageData
  /** Whether the article’s own front matter asks for `permalinkBypassOutputDir`. */
  bypassesOutput: boolean
}

/**
 * Register plain-text Arabic news articles as an Eleventy template format.
 *
 * ```js
 * import arabicNews from 'remark-arabic-news/eleventy'
 * export default function (eleventyConfig) {
 *   eleventyConfig.addPlugin(arabicNews, {formats: ['txt']})
 * }
 * ```
 *
 * Layouts get `content` (the `<article>`) and, under `dataKey`, the page
 * data: `headline`, `description`, `lang`, `dir`, `jsonLd`, `jsonLdText`,
 * `jsonLdInContent`, `quotes`.
 *
 * @param eleventyConfig
 *   Eleventy's configuration API.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Nothing.
 */
export function arabicNewsEleventy(
  eleventyConfig: EleventyConfig,
  options?: Readonly<EleventyPluginOptions> | null
): undefined {
  const {formats: givenFormats, dataKey: givenDataKey, ...presetOptions} = objectOption(options)
  const formats = normalizeFormats(givenFormats ?? DEFAULT_ELEVENTY_FORMATS)
  const dataKey = givenDataKey ?? DEFAULT_ELEVENTY_DATA_KEY
  if (typeof dataKey !== 'string' || dataKey === '') {
    throw new TypeError('Expected `dataKey` to be a non-empty string, not `' + String(dataKey) + '`')
  }

  const warn = (message: string): undefined => {
    eleventyConfig.logger?.warn(message)
    return undefined
  }
  // Front matter is untrusted: its permalink must stay in the output folder.
  const permalink = createPermalinkCompiler(warn)

  for (const format of formats) {
    const render = createRenderer(format, presetOptions, eleventyConfig)

    eleventyConfig.addTemplateFormats(format)
    eleventyConfig.addExtension(format, {
      outputFileExtension: 'html',
      read: true,
      compileOptions: {cache: false, permalink},
      async getData(inputPath) {
        const {page, bypassesOutput} = await render(inputPath)
        if (!bypassesOutput) return {[dataKey]: page}
        warn(
          'Ignoring `permalinkBypassOutputDir` in the front matter of `' +
            inputPath +
            '`: articles stay in the output folder'
        )
        return {[dataKey]: page, permalinkBypassOutputDir: false}
      },
      async compile(_inputContent, inputPath) {
        return async function () {
          const {html} = await render(inputPath)
          return html
        }
      }
    })
  }

  return undefined
}

export default arabicNewsEleventy

/**
 * Check the list of formats.
 *
 * @param formats
 *   Formats as given.
 * @returns
 *   The formats, without repeats.
 */
function normalizeFormats(formats: ReadonlyArray<EleventyFormat>): Array<EleventyFormat> {
  if (!isList(formats) || formats.length === 0) {
    throw new TypeError("Expected `formats` to be a non-empty list of `'txt'` and `'md'`")
  }

  for (const format of formats as ReadonlyArray<unknown>) {
    if (format !== 'txt' && format !== 'md') {
      throw new TypeError("Expected `formats` to hold `'txt'` or `'md'`, not `" + String(format) + '`')
    }
  }

  return [...new Set(formats)]
}

/**
 * Make a function that processes a file once per content: data for the
 * cascade (`getData`) and the HTML (`compile`) come from the same run.
 *
 * @param format
 *   Template format.
 * @param options
 *   Preset options.
 * @param eleventyConfig
 *   Eleventy's configuration API (for its logger).
 * @returns
 *   Processing function.
 */
function createRenderer(
  format: EleventyFormat,
  options: Readonly<IntegrationOptions>,
  eleventyConfig: EleventyConfig
): (inputPath: string) => Promise<Rendered> {
  const cache = new Map<string, Promise<Rendered>>()
  let processor: Promise<ArabicNewsProcessor> | undefined

  return async function (inputPath) {
    const value = await readFile(inputPath, 'utf8')
    const key = inputPath + '\u0000' + value
    let result = cache.get(key)

    if (!result) {
      // Keep one version per path: a changed file replaces the old entry.
      for (const cached of cache.keys()) {
        if (cached.startsWith(inputPath + '\u0000')) cache.delete(cached)
      }

      processor ??=
        format === 'md'
          ? createMarkdownProcessor(options)
          : Promise.resolve(arabicNews(options).use(rehypeArabicNewsPageData, {jsonLd: options.jsonLd}).freeze())
      result = processor.then((ready) => run(ready, inputPath, value))
      cache.set(key, result)
      result.catch(() => cache.delete(key))
    }

    return result
  }

  async function run(ready: ArabicNewsProcessor, inputPath: string, value: string): Promise<Rendered> {
    const file = await ready.process(new VFile({path: inputPath, value}))
    for (const message of file.messages) eleventyConfig.logger?.warn(String(message))
    const page = file.data.arabicNewsPage
    /* c8 ignore next -- the page data plugin always runs last. */
    if (!page) throw new Error('Missing page data for `' + inputPath + '`')
    const bypassesOutput = Boolean(file.data.matter?.['permalinkBypassOutputDir'])
    return {value, html: String(file), page, bypassesOutput}
  }
}

/**
 * Processor for markdown articles: `remark-parse` and `remark-frontmatter`
 * (peer packages, loaded when `md` is asked for), `remark-gfm` when
 * installed, then the preset's plugins and page data.
 *
 * @param options
 *   Preset options.
 * @returns
 *   Frozen processor.
 */
async function createMarkdownProcessor(options: Readonly<IntegrationOptions>): Promise<ArabicNewsProcessor> {
  const remarkParse = await importPeer<typeof import('remark-parse')>('remark-parse')
  const remarkFrontmatter = await importPeer<typeof import('remark-frontmatter')>('remark-frontmatter')
  const remarkGfm = await importPeer<typeof import('remark-gfm')>('remark-gfm').catch(() => undefined)
  const parser = unified().use(remarkParse.default).use(remarkFrontmatter.default)
  if (remarkGfm) parser.use(remarkGfm.default)
  return completeProcessor(parser, options).use(rehypeArabicNewsPageData, {jsonLd: options.jsonLd}).freeze()
}

/**
 * Import a package the site installs itself.
 *
 * @param name
 *   Package name.
 * @returns
 *   The module.
 */
async function importPeer<Module>(name: string): Promise<Module> {
  try {
    return (await import(name)) as Module
  } catch (error) {
    throw new Error(
      'Cannot load `' + name + '`, needed for `.md` articles: install it in the site (`npm install ' + name + '`)',
      {cause: error}
    )
  }
}
