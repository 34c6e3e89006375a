/**
 * rehype plugin that turns the article into a complete HTML page with the
 * metadata search engines and social networks read.
 */

import type {Element, ElementContent, Root, RootContent} from 'hast'
import {toText} from 'hast-util-to-text'
import rehypeDocument from 'rehype-document'
import rehypeMeta, {type Image as MetaImage, type Options as MetaOptions} from 'rehype-meta'
import type {NewsArticle, WithContext} from 'schema-dts'
import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {
  DEFAULT_DOCUMENT_DIRECTION,
  DEFAULT_DOCUMENT_LANGUAGE,
  DEFAULT_OPEN_GRAPH,
  DEFAULT_RESPONSIVE,
  DEFAULT_TITLE_SEPARATOR,
  DEFAULT_TWITTER
} from './metadata/defaults.js'
import {canonicalLanguage} from './metadata/news-article.js'
import {collapseWhiteSpace} from './metadata/text.js'
import {checkUrl} from './metadata/url.js'
import {booleanOption} from './options.js'
import {frontMatterOf} from './rehype-arabic-news-json-ld.js'

/** Base direction of a page. */
export type DocumentDirection = 'rtl' | 'ltr' | 'auto'

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

/** Labels rehype-meta writes in English, by language. */
const twitterLabels: Record<string, Record<string, string>> = {
  ar: {'Posted in': 'القسم', 'Reading time': 'مدة القراءة'}
}

/** Title of a page whose article has no headline and whose file has no name. */
const untitledArabic = 'بلا عنوان'

/**
 * Turn the tree into a complete HTML page: `<html lang dir>`, `<title>`,
 * description, canonical link, Open Graph, `article:*` and Twitter tags
 * (with `rehype-document` and `rehype-meta`), `og:locale`, an optional
 * stylesheet, and the JSON-LD script (if any) moved into `<head>`.
 *
 * The page describes the article from `file.data.newsArticle` (set by
 * `rehypeArabicNewsJsonLd`, which should run first); without it, from front
 * matter `title` and `description` or the first `h1`.
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
    const matter = frontMatterOf(file)
    const {language, direction} = pageLanguage(settings, matter)
    const article = file.data.newsArticle
    const fields = article ? fieldsFromArticle(article) : fieldsFromTree(tree, matter)
    // Every page needs a title: an article without headline is named by its
    // file, else plainly as untitled (in its language).
    const title = fields.title ?? (file.stem || undefined) ?? (language.startsWith('ar') ? untitledArabic : 'Untitled')
    const siteName = settings.siteName ?? fields.publisherName
    const ogLocale = language === settings.language ? defaultOgLocale : (settings.ogLocale ?? toOgLocale(language))

    // JSON-LD belongs in the head of a page.
    const scripts = tree.children.filter(isJsonLdScript)
    const content: Root = {type: 'root', children: tree.children.filter((node) => !isJsonLdScript(node))}
    trimBlankEdges(content)
    // The article is the page's main content: a `<main>` landmark lets
    // assistive technology go straight to it.
    const body: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'main',
          properties: {},
          children: [
            {type: 'text', value: '\n'},
            ...(content.children as Array<ElementContent>),
            {type: 'text', value: '\n'}
          ]
        }
      ]
    }

    // Both plugins also read `file.data`: a blank file keeps them to the values given here.
    const blank = new VFile()
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
    })(body, blank)

    const metaOptions: MetaOptions = {
      og: settings.og,
      twitter: settings.twitter,
      type: 'article',
      title,
      name: siteName,
      separator: settings.separator,
      description: fields.description,
      published: fields.published,
      modified: fields.modified,
      section: fields.section,
      tags: fields.keywords,
      author: fields.authors.length > 0 ? fields.authors.join(language.startsWith('ar') ? '، ' : ', ') : undefined,
      image: fields.images,
      siteTwitter: settings.siteTwitter
    }

    if (fields.url) {
      const url = new URL(fields.url)
      metaOptions.origin = url.origin
      metaOptions.pathname = url.pathname + url.search + url.hash
    }

    const head = findElement(page, 'head')
    // rehype-meta starts its tags on a new line of its own.
    if (head && isBlank(head.children.at(-1))) head.children.pop()
    rehypeMeta(metaOptions)(page, blank)

    if (head) {
      keepOffsets(head, fields)
      localiseLabels(head, language)
      for (const script of scripts) head.children.push(script, {type: 'text', value: '\n'})
    }

    return page
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
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object')
  }

  const given = options ?? {}
  const language = canonicalLanguage(String(given.language ?? DEFAULT_DOCUMENT_LANGUAGE))
  if (
    language === undefined ||
    (given.language !== null && given.language !== undefined && typeof given.language !== 'string')
  ) {
    throw new TypeError('Expected `language` to be a BCP 47 tag such as `ar`, not `' + String(given.language) + '`')
  }

  const direction = given.direction ?? DEFAULT_DOCUMENT_DIRECTION
  if (!isDirection(direction)) {
    throw new TypeError("Expected `direction` to be `'rtl'`, `'ltr'` or `'auto'`, not `" + String(direction) + '`')
  }

  const css: Array<unknown> =
    given.css === null || given.css === undefined ? [] : Array.isArray(given.css) ? [...given.css] : [given.css]
  if (!css.every((value) => typeof value === 'string' && value.trim() !== '')) {
    throw new TypeError('Expected `css` to be a URL or a list of URLs')
  }

  return {
    language,
    direction,
    css: css as Array<string>,
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
  images: Array<MetaImage>
  publisherName?: string | undefined
}

function fieldsFromArticle(article: WithContext<NewsArticle>): PageFields {
  const data = article as unknown as Record<string, unknown>
  const section = asList(data['articleSection']).find((value) => typeof value === 'string')
  const keywords = asList(data['keywords']).filter((value) => typeof value === 'string')
  const authors = asList(data['author'])
    .map((author) => asRecord(author)?.['name'])
    .filter((name) => typeof name === 'string')
  const images: Array<MetaImage> = []

  for (const image of asList(data['image'])) {
    if (typeof image === 'string') images.push({url: image})
    else {
      const object = asRecord(image)
      if (!object || typeof object['url'] !== 'string') continue
      const item: MetaImage = {url: object['url']}
      const width = pixelValue(object['width'])
      const height = pixelValue(object['height'])
      if (width !== undefined) item.width = width
      if (height !== undefined) item.height = height
      if (typeof object['caption'] === 'string') item.alt = object['caption']
      images.push(item)
    }
  }

  const publisher = asRecord(data['publisher'])
  return {
    title: stringField(data['headline']),
    description: stringField(data['description']),
    url: stringField(data['url']),
    published: stringField(data['datePublished']),
    modified: stringField(data['dateModified']),
    section: typeof section === 'string' ? section : undefined,
    keywords: keywords.length > 0 ? (keywords as Array<string>) : undefined,
    authors: authors as Array<string>,
    images,
    publisherName: stringField(publisher?.['name'])
  }
}

function fieldsFromTree(tree: Root, matter: Record<string, unknown>): PageFields {
  let heading: string | undefined
  visit(tree, 'element', function (node) {
    if (heading === undefined && node.tagName === 'h1') heading = collapseWhiteSpace(toText(node)) || undefined
  })
  const url = checkUrl(matter['url'])
  return {
    title: stringField(matter['title']) ?? heading,
    description: stringField(matter['description']),
    url: url.ok ? url.value : undefined,
    authors: [],
    images: []
  }
}

function pageLanguage(
  settings: DocumentSettings,
  matter: Record<string, unknown>
): {language: string; direction: DocumentDirection} {
  const givenLanguage = matter['lang'] ?? matter['language']
  const givenDirection = matter['dir'] ?? matter['direction']
  const language =
    (typeof givenLanguage === 'string' ? canonicalLanguage(givenLanguage) : undefined) ?? settings.language
  const direction = isDirection(givenDirection) ? givenDirection : settings.direction
  return {language, direction}
}

/** rehype-meta writes dates in UTC; keep the offsets of the JSON-LD, the same instants. */
function keepOffsets(head: Element, fields: PageFields): undefined {
  for (const child of head.children) {
    if (child.type !== 'element' || child.tagName !== 'meta') continue
    const property = child.properties['property']
    if (property === 'article:published_time' && fields.published) child.properties['content'] = fields.published
    if (property === 'article:modified_time' && fields.modified) child.properties['content'] = fields.modified
  }

  return undefined
}

function localiseLabels(head: Element, language: string): undefined {
  const labels = twitterLabels[language.split('-')[0] ?? '']
  if (!labels) return undefined

  for (const child of head.children) {
    if (child.type !== 'element' || child.tagName !== 'meta') continue
    const name = child.properties['name']
    const content = child.properties['content']
    if (
      typeof name === 'string' &&
      name.startsWith('twitter:label') &&
      typeof content === 'string' &&
      labels[content]
    ) {
      child.properties['content'] = labels[content]
    }
  }

  return undefined
}

function isJsonLdScript(node: RootContent): node is Element {
  return node.type === 'element' && node.tagName === 'script' && node.properties['type'] === 'application/ld+json'
}

function trimBlankEdges(root: Root): undefined {
  while (isBlank(root.children[0])) root.children.shift()
  while (isBlank(root.children.at(-1))) root.children.pop()
  return undefined
}

function isBlank(node: RootContent | undefined): boolean {
  return node !== undefined && node.type === 'text' && node.value.trim() === ''
}

function findElement(root: Root, tagName: string): Element | undefined {
  let found: Element | undefined
  visit(root, 'element', function (node) {
    if (!found && node.tagName === tagName) found = node
  })
  return found
}

/** Size of an image: a number, or a `QuantitativeValue` in pixels. */
function pixelValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  const quantity = asRecord(value)
  return quantity && typeof quantity['value'] === 'number' ? quantity['value'] : undefined
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function asList(value: unknown): Array<unknown> {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? (value as Array<unknown>) : [value]
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? collapseWhiteSpace(value) : undefined
}

function isDirection(value: unknown): value is DocumentDirection {
  return value === 'rtl' || value === 'ltr' || value === 'auto'
}

function stringOption(value: unknown, name: string): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'string')
    throw new TypeError('Expected `' + name + '` to be a string, not `' + String(value) + '`')
  return value
}
