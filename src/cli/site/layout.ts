/**
 * The built-in layout of site pages (home, section, author), as a hast tree
 * made with `hastscript`: every text is escaped by `rehype-stringify`, none
 * by hand. A site replaces it with a module of its own (`layout` in the
 * configuration file) whose default export has the same signature.
 */

import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {DisplayDate} from '../../display/format.js'

/** A link to another page of the site. */
export interface PageLink {
  /** Text of the link. */
  name: string
  /** Address, relative to the page. */
  href: string
}

/** A feed of the page, for `<link rel="alternate">`. */
export interface FeedLink {
  /** Media type (`application/atom+xml`, `application/rss+xml`, `application/feed+json`). */
  type: string
  /** Title of the feed. */
  title: string
  /** Address, relative to the page. */
  href: string
}

/** An article as listed. */
export interface ListedArticle {
  headline: string
  /** Address of the article, relative to the page. */
  href: string
  description?: string | undefined
  /** Publication date as shown. */
  date?: DisplayDate | undefined
  section?: PageLink | undefined
  authors: Array<PageLink>
  /** Language of the article, when it differs from the page’s. */
  language?: string | undefined
}

/** Page numbers of a list. */
export interface Pagination {
  /** This page (1-based). */
  page: number
  /** Number of pages. */
  pages: number
  /** “Page 2 of 3”, in the site’s digits. */
  label: string
  previous?: string | undefined
  next?: string | undefined
}

/** Words the layout writes, in the site’s language. */
export interface PageLabels {
  sections: string
  pages: string
  previous: string
  next: string
  feeds: string
  empty: string
  by: string
  hijri: string
}

/** Everything a layout needs to draw one site page. */
export interface SitePage {
  /** What the page lists. */
  kind: 'home' | 'section' | 'author'
  language: string
  direction: 'rtl' | 'ltr'
  siteName: string
  /** Heading of the page. */
  heading: string
  /** Text of `<title>`. */
  title: string
  description?: string | undefined
  /** Absolute address of the page, when the site has a base URL. */
  canonical?: string | undefined
  /** Stylesheet, relative to the page. */
  stylesheet?: string | undefined
  /** Home page, relative to the page. */
  home: string
  sections: Array<PageLink>
  feeds: Array<FeedLink>
  articles: Array<ListedArticle>
  pagination: Pagination
  labels: PageLabels
}

/** A layout: a page’s data in, a hast tree (or, from a template engine, an HTML string) out. */
export type Layout = (page: SitePage) => Root | string | Promise<Root | string>

/**
 * The built-in layout.
 *
 * @param page
 *   Page data.
 * @returns
 *   Complete HTML document as hast.
 */
export const defaultLayout: Layout = function (page) {
  const head: Array<ElementContent> = [
    h('meta', {charSet: 'utf-8'}),
    h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    h('title', page.title),
    ...(page.description ? [h('meta', {name: 'description', content: page.description})] : []),
    ...(page.canonical ? [h('link', {rel: 'canonical', href: page.canonical})] : []),
    ...(page.stylesheet ? [h('link', {rel: 'stylesheet', href: page.stylesheet})] : []),
    ...page.feeds.map((feed) => h('link', {rel: 'alternate', type: feed.type, title: feed.title, href: feed.href}))
  ]

  const body = h('body', {className: ['arabic-news-site']}, [
    h('header', {className: ['site-header']}, [
      h('a', {className: ['site-name'], href: page.home}, page.siteName),
      ...(page.sections.length > 0
        ? [
            h('nav', {ariaLabel: page.labels.sections}, [
              h(
                'ul',
                page.sections.map((link) => h('li', [h('a', {href: link.href}, link.name)]))
              )
            ])
          ]
        : [])
    ]),
    h('main', {className: ['arabic-news', 'site-list']}, [
      h('h1', page.heading),
      ...(page.articles.length > 0
        ? [
            h(
              'ol',
              {className: ['article-list']},
              page.articles.map((article) => listItem(article, page.labels))
            )
          ]
        : [h('p', page.labels.empty)]),
      ...pagination(page)
    ]),
    h('footer', {className: ['site-footer']}, [
      h('p', [
        page.labels.feeds + ': ',
        ...joined(
          page.feeds.map((feed) => h('a', {href: feed.href, type: feed.type}, feed.title)),
          ' · '
        )
      ])
    ])
  ])

  const html = h('html', {lang: page.language, dir: page.direction}, [h('head', head), body])
  lineUp(html)
  return {type: 'root', children: [{type: 'doctype'}, {type: 'text', value: '\n'}, html, {type: 'text', value: '\n'}]}
}

/** Elements whose children are blocks. */
const BLOCK_CONTAINERS = new Set(['html', 'head', 'body', 'header', 'nav', 'main', 'footer', 'ol', 'ul', 'li'])

/**
 * Put each child of an element that holds only elements on a line of its
 * own, so that the page reads (and diffs) well; text is left as it is.
 *
 * @param node
 *   Element.
 * @returns
 *   Nothing.
 */
function lineUp(node: Element): undefined {
  if (!BLOCK_CONTAINERS.has(node.tagName) || node.children.length < 2) return undefined
  if (!node.children.every((child) => child.type === 'element')) return undefined
  const children: Array<ElementContent> = [{type: 'text', value: '\n'}]
  for (const child of node.children) {
    if (child.type === 'element') lineUp(child)
    children.push(child, {type: 'text', value: '\n'})
  }

  node.children = children
  return undefined
}

/**
 * One article of a list.
 *
 * @param article
 *   Article.
 * @param labels
 *   Words.
 * @returns
 *   `<li>`.
 */
function listItem(article: ListedArticle, labels: PageLabels): Element {
  const meta: Array<ElementContent> = []
  const text = (value: string): ElementContent => ({type: 'text', value})
  if (article.date) {
    meta.push(h('time', {dateTime: article.date.datetime}, article.date.text))
    if (article.date.hijri)
      meta.push(text(' '), h('span', {className: ['hijri'], title: labels.hijri}, '(' + article.date.hijri + ')'))
  }

  if (article.section) {
    if (meta.length > 0) meta.push(text(' · '))
    meta.push(h('a', {href: article.section.href}, article.section.name))
  }

  if (article.authors.length > 0) {
    if (meta.length > 0) meta.push(text(' · '))
    meta.push(
      text(labels.by + ' '),
      ...joined(
        article.authors.map((author) => h('a', {href: author.href}, author.name)),
        '، '
      )
    )
  }

  return h('li', {lang: article.language}, [
    h('h2', [h('a', {href: article.href}, article.headline)]),
    ...(meta.length > 0 ? [h('p', {className: ['article-meta']}, meta)] : []),
    ...(article.description ? [h('p', {className: ['description']}, article.description)] : [])
  ])
}

/**
 * Links to the previous and next pages of a list.
 *
 * @param page
 *   Page data.
 * @returns
 *   Navigation, or nothing for a list of one page.
 */
function pagination(page: SitePage): Array<Element> {
  const {pagination: numbers, labels} = page
  if (numbers.pages < 2) return []
  const items: Array<ElementContent> = []
  if (numbers.previous) items.push(h('a', {rel: 'prev', href: numbers.previous}, labels.previous))
  items.push(h('span', {ariaCurrent: 'page'}, numbers.label))
  if (numbers.next) items.push(h('a', {rel: 'next', href: numbers.next}, labels.next))
  return [h('nav', {className: ['pagination'], ariaLabel: labels.pages}, joined(items, ' '))]
}

/**
 * Put a separator between nodes.
 *
 * @param nodes
 *   Nodes.
 * @param separator
 *   Text between two nodes.
 * @returns
 *   Nodes and separators.
 */
function joined(nodes: ReadonlyArray<ElementContent>, separator: string): Array<ElementContent> {
  const result: Array<ElementContent> = []
  for (const [index, node] of nodes.entries()) {
    if (index > 0) result.push({type: 'text', value: separator})
    result.push(node)
  }

  return result
}
