/**
 * The way back from an article page: a breadcrumb to the home page and to
 * the page of the article's section, before the article's `<main>`. Both
 * addresses come from the article alone (its output path and its record),
 * so a page built once stays right however the site grows.
 */

import type {Element, Root} from 'hast'
import {h} from 'hastscript'
import {isRightToLeft} from '../../display/format.js'
import {firstItem} from '../../text/items.js'
import {listFolder} from './collect.js'
import {relativeHref} from './pages.js'
import type {ArticleRecord} from './record.js'

/** Name of the breadcrumb landmark, by language. */
const LABELS: Readonly<Record<'ar' | 'en', string>> = {ar: 'مسار التصفح', en: 'Breadcrumb'}

/**
 * @param record
 *   The article's record (its output path and section).
 * @param siteName
 *   Name of the site, the text of the link home.
 * @param language
 *   Language of the site.
 * @returns
 *   `<nav>` with a list of links: home, then the section when there is one.
 */
export function articleNavigation(record: ArticleRecord, siteName: string, language: string): Element {
  const href = (target: string): string => relativeHref(record.output, target)
  const primary = firstItem(language.split('-')).toLowerCase()
  const links = [h('li', [h('a', {href: href('')}, siteName)])]
  if (record.section) links.push(h('li', [h('a', {href: href(listFolder('section', record.section))}, record.section)]))
  return h(
    'nav',
    {
      className: ['site-breadcrumb'],
      ariaLabel: primary === 'ar' ? LABELS.ar : LABELS.en,
      dir: isRightToLeft(language) ? 'rtl' : 'ltr',
      lang: language
    },
    ['\n', h('ol', ['\n', ...links.flatMap((link) => [link, '\n'])]), '\n']
  )
}

/**
 * Put a navigation at the start of a page's `<body>`.
 *
 * @param tree
 *   Full page.
 * @param navigation
 *   `<nav>`.
 * @returns
 *   Whether the page had a `<body>` to put it in.
 */
export function prependToBody(tree: Root, navigation: Element): boolean {
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')
  const body = html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'body')
  if (!body) return false
  const first = body.children[0]
  const gap = first?.type === 'text' && first.value.trim() === '' ? [] : [{type: 'text' as const, value: '\n'}]
  body.children.unshift({type: 'text', value: '\n'}, navigation, ...gap)
  return true
}
