/**
 * rehype plugin that turns the article into a complete HTML page with the
 * metadata search engines and social networks read.
 */

import type {ElementContent, Root, RootContent} from 'hast'
import rehypeDocument from 'rehype-document'
import type {Plugin} from 'unified'
import {VFile} from 'vfile'
import {
  DEFAULT_DOCUMENT_DIRECTION,
  DEFAULT_DOCUMENT_LANGUAGE,
  DEFAULT_OPEN_GRAPH,
  DEFAULT_RESPONSIVE,
  DEFAULT_TITLE_SEPARATOR,
  DEFAULT_TWITTER
} from './metadata/defaults.js'
import {resolveArticleFacts, type ArticleFacts, type Direction} from './metadata/facts.js'
import {headOf, textFromTree} from './metadata/hast.js'
import {writeHeadMeta, type HeadFields, type HeadImage} from './metadata/head.js'
import {collectFrontMatter} from './metadata/matter.js'
import {directionOption, languageOption, normalizeFactsOptions} from './metadata/settings.js'
import {booleanOption, isList, objectOption, stringOption} from './options.js'
import './types.js'

/** Base direction of a page (the same as `Direction`). */
export type DocumentDirection = Direction

/** Configuration for `rehypeArabicNewsDocument`. */
export interface DocumentOptions {
  /** BCP 47 tag for `<html lang>`; front matter `lang`/`language` overrides it (default: `'ar'`). */
  readonly language?: string | null | undefined
  /** Direction for `<html dir>`; front matter `dir`/`direction` overrides it (default: `'rtl'`). */
  readonly direction?: DocumentDirection | null | undefined
  /** URL of a stylesheet, or several, linked from `<head>` (default: none). */
  readonly css?: string | ReadonlyArray<string> | null | undefined
  /** Site name for `og:site_name` and the end of `<title>` (default: the `publisher` name of the JSON-LD, if any). */
  readonly siteName?: string | null | undefined
  /** Text between the page title and the site name in `<title>` (default: `' - '`). */
  readonly separator?: string | null | undefined
  /** Whether to add Open Graph (`og:*`, `article:*`) tags (default: `true`). */
  readonly og?: boolean | null | undefined
  /** Whether to add Twitter card tags (default: `true`). */
  readonly twitter?: boolean | null | undefined
  /** Twitter handle of the site, for `twitter:site` (default: none). */
  readonly siteTwitter?: string | null | undefined
  /** Whether to add the viewport meta tag (default: `true`). */
  readonly responsive?: boolean | null | undefined
  /**
   * Value of `og:locale` (example: `'ar_EG'`) (default: from the language:
   * `ar_AR` for Arabic without region, `language_REGION` when the tag has a
   * region, otherwise none).
   */
  readonly ogLocale?: string | null | undefined
  /** Content of `<meta name="robots">`, such as `'max-image-preview:large'` (large images in Google Discover) (default: none). */
  readonly robots?: string | null | undefined
}

/** Settings after checking. */
interface DocumentSettings {
  language: string
  direction: DocumentDirection
  css: Array<string>
  siteName: string | undefined
  separator: string
  og: boolean
  twitter: boolean
  siteTwitter: string | undefined
  responsive: boolean
  ogLocale: string | undefined
  robots: string | undefined
}

/** Title of a page whose article has no headline and whose file has no name. */
const untitledArabic = 'بلا عنوان'

/**
 * Turn the tree into a complete HTML page: `<html lang dir>`, `<title>`,
 * description, canonical link, Open Graph, `article:*` and Twitter tags
 * (with `rehype-document`, and the tags `rehype-meta` would write: see
 * `metadata/head.ts` for why they are written there), `og:locale` and an
 * optional stylesheet. Run `rehypeArabicNewsJsonLd` after it to have
 * the JSON-LD script in `<head>`.
 *
 * The page describes the article from `file.data.articleFacts` (set by
 * `remarkArabicNewsFacts`); without them, from facts resolved here from front
 * matter and the tree (its first `h1` and paragraphs).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsDocument: Plugin<[(Readonly<DocumentOptions> | null | undefined)?], Root> = function (
  options
) {
  const settings = normalizeDocumentOptions(options)
  // Reading a locale is costly next to the rest of a page: once for the usual language.
  const defaultOgLocale = settings.ogLocale ?? toOgLocale(settings.language)

  return function (tree, file) {
    const facts = file.data.articleFacts ?? factsFromTree(tree, file, settings)
    // Front matter speaks for its own article; the options for every page.
    const language = facts.languageSource === 'front-matter' ? facts.language : settings.language
    const direction = facts.directionSource === 'front-matter' ? facts.direction : settings.direction
    const fields = pageFields(facts)
    // Every page needs a title: an article without headline is named by its
    // file, else plainly as untitled (in its language).
    const title = fields.title ?? (file.stem || undefined) ?? (language.startsWith('ar') ? untitledArabic : 'Untitled')
    const siteName = settings.siteName ?? fields.publisherName
    const ogLocale = language === settings.language ? defaultOgLocale : (settings.ogLocale ?? toOgLocale(language))

    // rehype-document also reads `file.data`: a blank file keeps it to the values given here.
    const page = rehypeDocument({
      language,
      dir: direction,
      title,
      css: settings.css,
      responsive: settings.responsive,
      meta: [
        ...(settings.robots ? [{name: 'robots', content: settings.robots}] : []),
        ...(settings.og && ogLocale ? [{property: 'og:locale', content: ogLocale}] : [])
      ]
    })(mainOf(tree), new VFile())

    const head = headOf(page)
    // rehype-document ends the head with a line break; the tags start on a new line of their own.
    if (head && isBlank(head.children.at(-1))) head.children.pop()
    if (head) writeHeadMeta(head, headFields(fields, settings, {title, siteName, language}))
    return page
  }
}

/**
 * The page's body: the article in a `<main>` landmark, which lets assistive
 * technology go straight to it.
 *
 * @param tree
 *   The article.
 * @returns
 *   Body.
 */
function mainOf(tree: Root): Root {
  const content: Root = {type: 'root', children: [...tree.children]}
  trimBlankEdges(content)
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'main',
        properties: {},
        children: [
          {type: 'text', value: '\n'},
          ...content.children.filter((node) => isElementContent(node)),
          {type: 'text', value: '\n'}
        ]
      }
    ]
  }
}

/**
 * What the head's tags say, from the article's fields and the settings.
 *
 * @param fields
 *   The article's fields.
 * @param settings
 *   Settings.
 * @param page
 *   The page's title, site name and language.
 * @returns
 *   Head fields.
 */
function headFields(
  fields: PageFields,
  settings: DocumentSettings,
  page: {title: string; siteName: string | undefined; language: string}
): HeadFields {
  const {language} = page
  return {
    og: settings.og,
    twitter: settings.twitter,
    title: page.title,
    siteName: page.siteName,
    separator: settings.separator,
    description: fields.description,
    url: fields.url === undefined ? undefined : canonicalUrl(fields.url),
    published: fields.published,
    modified: fields.modified,
    section: fields.section,
    keywords: fields.keywords ?? [],
    author: fields.authors.length > 0 ? fields.authors.join(language.startsWith('ar') ? '، ' : ', ') : undefined,
    images: fields.images,
    siteTwitter: settings.siteTwitter,
    language
  }
}

/**
 * Check options of `rehypeArabicNewsDocument` and fill in defaults.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Settings.
 * @throws {TypeError}
 *   When an option has the wrong type or value; the message names it.
 */
export function normalizeDocumentOptions(options: Readonly<DocumentOptions> | null | undefined): DocumentSettings {
  const given = objectOption(options)
  const css: ReadonlyArray<unknown> =
    given.css === null || given.css === undefined ? [] : isList(given.css) ? given.css : [given.css]
  const urls = css.filter((value): value is string => typeof value === 'string' && value.trim() !== '')
  if (urls.length !== css.length) throw new TypeError('Expected `css` to be a URL or a list of URLs')

  return {
    language: languageOption(given.language ?? DEFAULT_DOCUMENT_LANGUAGE),
    direction: directionOption(given.direction ?? DEFAULT_DOCUMENT_DIRECTION),
    css: urls,
    siteName: stringOption(given.siteName, 'siteName'),
    separator: stringOption(given.separator, 'separator') ?? DEFAULT_TITLE_SEPARATOR,
    og: booleanOption(given.og, 'og', DEFAULT_OPEN_GRAPH),
    twitter: booleanOption(given.twitter, 'twitter', DEFAULT_TWITTER),
    siteTwitter: stringOption(given.siteTwitter, 'siteTwitter'),
    responsive: booleanOption(given.responsive, 'responsive', DEFAULT_RESPONSIVE),
    ogLocale: stringOption(given.ogLocale, 'ogLocale'),
    robots: stringOption(given.robots, 'robots')
  }
}

/**
 * Get the `og:locale` for a language tag.
 *
 * @param language
 *   BCP 47 tag (example: `'ar'`, `'ar-EG'`).
 * @returns
 *   Locale such as `'ar_AR'` or `'ar_EG'`; `undefined` for a tag without
 *   region other than Arabic.
 */
export function toOgLocale(language: string): string | undefined {
  let locale: Intl.Locale
  try {
    locale = new Intl.Locale(language)
  } catch {
    return undefined
  }

  if (locale.region) return locale.language + '_' + locale.region
  return locale.language === 'ar' ? 'ar_AR' : undefined
}

/** What the page says about the article. */
interface PageFields {
  title?: string | undefined
  description?: string | undefined
  url?: string | undefined
  published?: string | undefined
  modified?: string | undefined
  section?: string | undefined
  keywords?: Array<string> | undefined
  authors: Array<string>
  images: Array<HeadImage>
  publisherName?: string | undefined
}

/**
 * What the page says about the article, from its facts.
 *
 * @param facts
 *   The facts.
 * @returns
 *   Fields for the head.
 */
function pageFields(facts: ArticleFacts): PageFields {
  return {
    title: facts.headline,
    description: facts.description,
    url: facts.url,
    published: facts.datePublished?.iso,
    modified: facts.dateModified?.iso,
    section: facts.sections[0],
    keywords: facts.keywords.length > 0 ? facts.keywords : undefined,
    authors: facts.authors.map((author) => author.name),
    images: facts.images.map(function (image) {
      const item: HeadImage = {url: image.url}
      if (image.width !== undefined) item.width = image.width
      if (image.height !== undefined) item.height = image.height
      if (image.caption !== undefined) item.alt = image.caption
      return item
    }),
    publisherName: facts.publisher?.name
  }
}

/**
 * The facts of a file when `remarkArabicNewsFacts` did not run: resolved
 * here, without messages (the JSON-LD plugin reports them).
 *
 * @param tree
 *   The hast tree.
 * @param file
 *   The file.
 * @param settings
 *   Checked options.
 * @returns
 *   The facts.
 */
function factsFromTree(tree: Root, file: VFile, settings: DocumentSettings): ArticleFacts {
  const {matter} = collectFrontMatter(file)
  const text = file.data.arabicNews ?? textFromTree(tree)
  const options = normalizeFactsOptions({language: settings.language, direction: settings.direction})
  return resolveArticleFacts(matter, text, options).facts
}

/**
 * The canonical URL as a page gives it: origin, path, query and fragment.
 *
 * @param value
 *   Absolute URL (checked by the facts).
 * @returns
 *   The URL.
 */
function canonicalUrl(value: string): string {
  const url = new URL(value)
  return url.origin + url.pathname + url.search + url.hash
}

function trimBlankEdges(root: Root): undefined {
  while (isBlank(root.children[0])) root.children.shift()
  while (isBlank(root.children.at(-1))) root.children.pop()
  return undefined
}

function isBlank(node: RootContent | undefined): boolean {
  return node !== undefined && node.type === 'text' && node.value.trim() === ''
}

/**
 * @param node
 *   Child of the article's root.
 * @returns
 *   Whether it may go inside an element (all but a doctype, which the
 *   document writes itself).
 */
function isElementContent(node: RootContent): node is ElementContent {
  return node.type !== 'doctype'
}
