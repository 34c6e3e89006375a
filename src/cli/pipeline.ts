/**
 * The one place where the command line calls the library: build the
 * processor once from the settings, then render article bytes to HTML.
 */

import {VFile} from 'vfile'
import {arabicNews, type ArabicNewsOptions} from '../index.js'
import type {SiteSettings} from './args.js'
import type {ArticlePageSettings} from './site/settings.js'
import {decodeArticle} from './decode.js'
import {CLI_SOURCE, toPlainMessage, type PlainMessage} from './messages.js'

/** Everything besides the text that changes the HTML of an article. */
export interface RenderSettings {
  /** Site settings (flags over configuration file). */
  site: SiteSettings
  /** Render fragments instead of full pages. */
  fragment: boolean
  /** Stylesheet and header dates of full pages. */
  page?: ArticlePageSettings | undefined
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

/** Rendered HTML (absent when the file failed) and messages. */
export interface RenderOutput {
  html?: string | undefined
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
  const processor = arabicNews(presetOptions(settings)).freeze()

  return async function (input) {
    const decoded = decodeArticle(input.bytes)
    if (!decoded.ok) {
      return {
        messages: [
          {reason: decoded.reason, fatal: true, line: decoded.line, ruleId: decoded.ruleId, source: CLI_SOURCE}
        ]
      }
    }

    const file = new VFile({path: input.path, value: decoded.text})
    if (settings.site.baseUrl !== undefined && input.outputPath !== undefined) {
      // The page’s address, as a host gives it; front matter `url` still wins.
      file.data.matter = {url: new URL(input.outputPath, settings.site.baseUrl).href}
    }

    let html: string | undefined
    let failure: unknown
    try {
      html = String(await processor.process(file))
    } catch (error) {
      failure = error
    }
    const messages = file.messages.map((message) => toPlainMessage(message))
    // `file.fail` already added its message; anything else thrown is added here.
    if (html === undefined && !file.messages.includes(failure as never)) messages.push(toPlainMessage(failure))
    return {html, messages}
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
  return {
    language: site.language,
    jsonLd: {
      publisher: publisher === undefined ? undefined : {name: publisher, url: site.baseUrl},
      baseUrl: site.baseUrl,
      timeZone: site.timeZone
    },
    header: settings.fragment ? false : {digits: settings.page?.digits, hijri: settings.page?.hijri},
    document: settings.fragment ? false : {siteName: site.siteName, css: settings.page?.css, robots: ARTICLE_ROBOTS}
  }
}
