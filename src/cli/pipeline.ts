/**
 * The one place where the command line calls the library: build the
 * processor once from the settings, then render article bytes to HTML.
 */

import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {arabicNews, type ArabicNewsOptions, type ArabicNewsProcessor} from '../index.js'
import type {SiteSettings} from './args.js'
import type {ArticlePageSettings} from './site/settings.js'
import {recordOf} from './article-record.js'
import {decodeArticle} from './decode.js'
import {isMarkdownPath} from './markdown-path.js'
import {CLI_SOURCE, toPlainMessage, type PlainMessage} from './messages.js'
import {folderUrl, pageUrlOf, rootRelativeUrlOf} from './output-path.js'
import {frontMatterOf} from './plan.js'
import {articleNavigation, prependToBody} from './site/navigation.js'
import type {ArticleRecord} from './site/record.js'
import {DEFAULT_SITE_LANGUAGE, siteNameOf} from './site/settings.js'

/** Everything besides the text that changes the HTML of an article. */
export interface RenderSettings {
  /** Site settings (flags over configuration file). */
  site: SiteSettings
  /** Render fragments instead of full pages. */
  fragment: boolean
  /** Stylesheet and header dates of full pages. */
  page?: ArticlePageSettings | undefined
  /** Text encoding of the articles (default: UTF-8, or UTF-16 with a byte order mark). */
  encoding?: string | undefined
  /** Pages are `a/index.html`, addressed as `a/`. */
  cleanUrls?: boolean | undefined
}

/** Robots directive of article pages: large image previews (Google Discover shows large images only with it). */
export const ARTICLE_ROBOTS = 'max-image-preview:large'

/** One article to render. */
export interface RenderInput {
  /** Path shown in messages. */
  path: string
  /** File contents. */
  bytes: Uint8Array
  /** Output path relative to the output folder (for the page URL under `baseUrl`). */
  outputPath?: string | undefined
}

/** Rendered HTML (absent when the file failed), the article's record, and messages. */
export interface RenderOutput {
  html?: string | undefined
  /** What the article contributes to site pages, feeds and reports (with an output path). */
  record?: ArticleRecord | undefined
  messages: Array<PlainMessage>
}

/**
 * Create a renderer with one frozen processor.
 *
 * @param settings
 *   Render settings.
 * @returns
 *   Function rendering one article at a time.
 */
export function createRenderer(settings: RenderSettings): (input: RenderInput) => Promise<RenderOutput> {
  const options = presetOptions(settings)
  const text = arabicNews(options).freeze()
  const {site} = settings
  const siteLanguage = site.language ?? DEFAULT_SITE_LANGUAGE
  // Loaded with the first markdown article: plain text never needs the markdown parser.
  let markdown: Promise<ArabicNewsProcessor> | undefined

  return async function (input) {
    const decoded = decodeArticle(input.bytes, {encoding: settings.encoding})
    if (!decoded.ok) {
      return {
        messages: [
          {
            reason: decoded.reason,
            fatal: true,
            line: decoded.line,
            column: decoded.column,
            ruleId: decoded.ruleId,
            source: CLI_SOURCE
          }
        ]
      }
    }

    const file = new VFile({path: input.path, value: decoded.text})
    const isMarkdown = isMarkdownPath(input.path)
    const processor = isMarkdown
      ? await (markdown ??= import('./markdown.js').then((module) => module.createMarkdownProcessor(options)))
      : text
    const {baseUrl} = settings.site
    const url =
      input.outputPath === undefined
        ? undefined
        : baseUrl === undefined
          ? rootRelativeUrlOf(input.outputPath, settings.cleanUrls)
          : pageUrlOf(input.outputPath, baseUrl, settings.cleanUrls)
    if (baseUrl !== undefined && url !== undefined) {
      // The page’s address, as a host gives it; front matter `url` still wins
      // (it placed the page). A markdown file’s front matter is given here
      // too, as hosts do, since remark-frontmatter only marks it.
      file.data.matter = {url, ...(isMarkdown ? frontMatterOf(decoded.text) : undefined)}
    }

    let html: string | undefined
    let record: ArticleRecord | undefined
    let failure: unknown
    try {
      const tree = await processor.run(processor.parse(file), file)
      const made =
        input.outputPath === undefined || url === undefined
          ? undefined
          : recordOf(file, {
              input: input.path,
              output: input.outputPath,
              url,
              baseUrl: baseUrl === undefined ? undefined : folderUrl(baseUrl)
            })
      // A page of a site leads back to the home page and its section.
      if (made && !settings.fragment) prependToBody(tree, articleNavigation(made, siteNameOf(site), siteLanguage))
      html = processor.stringify(tree, file)
      record = made
    } catch (error) {
      failure = error
    }
    const messages = file.messages.map((message) => toPlainMessage(message))
    // `file.fail` already added its message; anything else thrown is added here.
    if (html === undefined && !(failure instanceof VFileMessage && file.messages.includes(failure))) {
      messages.push(toPlainMessage(failure))
    }
    return {html, record, messages}
  }
}

/**
 * Map command-line settings to the preset’s options.
 *
 * @param settings
 *   Render settings.
 * @returns
 *   Preset options.
 */
export function presetOptions(settings: RenderSettings): ArabicNewsOptions {
  const {site} = settings
  const publisher = site.publisher ?? site.siteName
  // A base URL is a folder: `https://example.com/news` keeps `news/` in every page URL.
  const baseUrl = site.baseUrl === undefined ? undefined : folderUrl(site.baseUrl)
  return {
    language: site.language,
    jsonLd: {
      publisher: publisher === undefined ? undefined : {name: publisher, url: baseUrl},
      baseUrl,
      timeZone: site.timeZone
    },
    header: settings.fragment ? false : {digits: settings.page?.digits, hijri: settings.page?.hijri},
    document: settings.fragment ? false : {siteName: site.siteName, css: settings.page?.css, robots: ARTICLE_ROBOTS}
  }
}
