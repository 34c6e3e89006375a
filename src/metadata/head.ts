/**
 * The metadata tags of a page's `<head>`: title, description, canonical link,
 * Open Graph, `article:*` and Twitter card tags, written from the facts.
 *
 * These are the tags `rehype-meta` writes, in its order and its form, for the
 * options the document plugin used to give it. They are written here straight
 * into a `<head>` that holds none of them yet: `rehype-meta` looks each tag up
 * with a CSS selector before it adds it (some twenty selectors parsed and
 * matched per page), which measured more than half the cost of a full page's
 * `<head>`, for a search that never finds anything in a new page.
 */

import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {firstItem} from '../text/items.js'

/** An image of the page. */
export interface HeadImage {
  /** Absolute URL. */
  url: string
  /** Width in pixels. */
  width?: number | undefined
  /** Height in pixels. */
  height?: number | undefined
  /** Text alternative. */
  alt?: string | undefined
}

/** What the head says about the page. */
export interface HeadFields {
  /** Whether to write Open Graph and `article:*` tags. */
  og: boolean
  /** Whether to write Twitter card tags. */
  twitter: boolean
  /** Title of the page (the headline). */
  title: string
  /** Site name, after the title and in `og:site_name`. */
  siteName?: string | undefined
  /** Text between title and site name. */
  separator: string
  /** Description. */
  description?: string | undefined
  /** Canonical URL. */
  url?: string | undefined
  /** Publication date (ISO 8601, with its offset). */
  published?: string | undefined
  /** Modification date (ISO 8601, with its offset). */
  modified?: string | undefined
  /** Main section. */
  section?: string | undefined
  /** Keywords. */
  keywords: ReadonlyArray<string>
  /** Authors, joined. */
  author?: string | undefined
  /** Images. */
  images: ReadonlyArray<HeadImage>
  /** Twitter handle of the site. */
  siteTwitter?: string | undefined
  /** Language of the page, for the labels of Twitter data. */
  language: string
}

/** Open Graph takes at most six images and six tags. */
const ogLimit = 6

/** Labels of Twitter data, by language (English otherwise). */
const twitterLabels: Readonly<Record<string, {section: string}>> = {ar: {section: 'القسم'}}

/**
 * Add the metadata tags to a `<head>`, one per line, after what it holds.
 *
 * @param head
 *   The `<head>` (with its `<title>`, from `rehype-document`).
 * @param fields
 *   What to say.
 * @returns
 *   Nothing.
 */
export function writeHeadMeta(head: Element, fields: HeadFields): undefined {
  const title = [fields.title, fields.siteName].filter(Boolean).join(fields.separator || ' - ')
  const existing = head.children.find((node): node is Element => node.type === 'element' && node.tagName === 'title')
  if (existing) existing.children = [{type: 'text', value: title}]
  const tags = [...(existing ? [] : [h('title', title)]), ...documentTags(fields), ...openGraphTags(fields)]
  tags.push(...twitterTags(fields))
  if (tags.length === 0) return undefined
  head.children.push({type: 'text', value: '\n'})
  for (const tag of tags) head.children.push(tag, {type: 'text', value: '\n'})
  return undefined
}

/**
 * Canonical link, description, keywords and author.
 *
 * @param fields
 *   What to say.
 * @returns
 *   Tags.
 */
function documentTags(fields: HeadFields): Array<ElementContent> {
  const tags: Array<ElementContent> = []
  if (fields.url) tags.push(element('link', {rel: ['canonical'], href: fields.url}))
  if (fields.description) tags.push(named('description', fields.description))
  const keywords = [...new Set(fields.keywords)]
  if (keywords.length > 0) tags.push(named('keywords', keywords.join(', ')))
  if (fields.author) tags.push(named('author', fields.author))
  return tags
}

/**
 * Open Graph and `article:*` tags.
 *
 * @param fields
 *   What to say.
 * @returns
 *   Tags.
 */
function openGraphTags(fields: HeadFields): Array<ElementContent> {
  if (!fields.og) return []
  const tags: Array<ElementContent> = [property('og:type', 'article')]
  if (fields.siteName) tags.push(property('og:site_name', fields.siteName))
  if (fields.url) tags.push(property('og:url', fields.url))
  if (fields.title) tags.push(property('og:title', fields.title))
  if (fields.description) tags.push(property('og:description', fields.description))

  for (const image of fields.images.slice(0, ogLimit)) {
    tags.push(property('og:image', image.url))
    if (image.alt) tags.push(property('og:image:alt', image.alt))
    if (image.width) tags.push(property('og:image:width', image.width))
    if (image.height) tags.push(property('og:image:height', image.height))
  }

  if (fields.published) tags.push(property('article:published_time', fields.published))
  if (fields.modified) tags.push(property('article:modified_time', fields.modified))
  if (fields.section) tags.push(property('article:section', fields.section))
  for (const keyword of fields.keywords.slice(0, ogLimit)) tags.push(property('article:tag', keyword))
  return tags
}

/**
 * Twitter card tags (`twitter:card` only with an image: with Open Graph,
 * `summary` is implied).
 *
 * @param fields
 *   What to say.
 * @returns
 *   Tags.
 */
function twitterTags(fields: HeadFields): Array<ElementContent> {
  if (!fields.twitter) return []
  const tags: Array<ElementContent> = []
  const [image] = fields.images
  if (image || !fields.og) tags.push(named('twitter:card', image ? 'summary_large_image' : 'summary'))

  if (image) {
    tags.push(named('twitter:image', image.url))
    if (image.alt) tags.push(named('twitter:image:alt', image.alt))
  }

  if (fields.siteTwitter) {
    tags.push(named('twitter:site', fields.siteTwitter.startsWith('@') ? fields.siteTwitter : '@' + fields.siteTwitter))
  }

  if (fields.section !== undefined) {
    const labels = twitterLabels[firstItem(fields.language.split('-'))]
    tags.push(named('twitter:label1', labels?.section ?? 'Posted in'), named('twitter:data1', fields.section))
  }

  return tags
}

/**
 * A `<meta name content>`.
 *
 * @param name
 *   Name.
 * @param content
 *   Content.
 * @returns
 *   Element.
 */
function named(name: string, content: string): Element {
  return element('meta', {name, content})
}

/**
 * A `<meta property content>`.
 *
 * @param name
 *   Property.
 * @param content
 *   Content.
 * @returns
 *   Element.
 */
function property(name: string, content: string | number): Element {
  // A size stays a number, as `h` keeps it.
  return typeof content === 'string' ? element('meta', {property: name, content}) : h('meta', {property: name, content})
}

/**
 * An empty element with its properties as hast writes them (what `h` gives
 * for these names, made directly: `h` looks up each property's definition,
 * several times the cost of the element itself, some twenty per page).
 *
 * @param tagName
 *   Tag name.
 * @param properties
 *   Properties, in hast form (`rel` as a list).
 * @returns
 *   Element.
 */
function element(tagName: string, properties: Element['properties']): Element {
  return {type: 'element', tagName, properties, children: []}
}
