/**
 * Site pages: for each list (home, section, author) and each of its pages,
 * the data a layout draws (`SitePage`), with links relative to the page so
 * that the site works from any folder of a server.
 */

import path from 'node:path'
import {createFormatters, isRightToLeft} from '../../display/format.js'
import {firstItem} from '../../text/items.js'
import {listFolder, paginate, type ArticleList} from './collect.js'
import type {FeedLink, PageLabels, PageLink, SitePage} from './layout.js'
import type {ArticleRecord} from './record.js'
import type {ResolvedSiteSettings} from './settings.js'

/** A site page to write. */
export interface PlannedPage {
  /** Output path, relative to the output folder. */
  output: string
  page: SitePage
}

/** Feeds of a list, relative to the output folder (absent without a base URL). */
export type ListFeeds = ReadonlyArray<{type: string; title: string; output: string}>

/** Words of the built-in pages, by language. */
const LABELS: Readonly<Record<'ar' | 'en', PageLabels & {page: (page: string, pages: string) => string}>> = {
  ar: {
    sections: 'الأقسام',
    pages: 'الصفحات',
    previous: 'الصفحة السابقة',
    next: 'الصفحة التالية',
    feeds: 'الخلاصات',
    empty: 'لا مقالات بعد.',
    by: 'بقلم',
    hijri: 'التاريخ الهجري',
    page: (page, pages) => `الصفحة ${page} من ${pages}`
  },
  en: {
    sections: 'Sections',
    pages: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    feeds: 'Feeds',
    empty: 'No articles yet.',
    by: 'By',
    hijri: 'Hijri date',
    page: (page, pages) => `Page ${page} of ${pages}`
  }
}

/**
 * Output path of page `n` of a list.
 *
 * @param list
 *   List.
 * @param n
 *   Page number (1-based).
 * @returns
 *   Path relative to the output folder.
 */
export function pageOutput(list: Pick<ArticleList, 'folder'>, n: number): string {
  return list.folder + (n === 1 ? '' : `page/${n}/`) + 'index.html'
}

/**
 * Plan every page of every list, one at a time: the pages of a large site
 * are not all held at once.
 *
 * @param lists
 *   Lists (the first is the home page).
 * @param feeds
 *   Feeds of each list, by folder.
 * @param settings
 *   Site settings.
 * @param stylesheet
 *   Stylesheet path relative to the output folder, if any.
 * @returns
 *   Pages.
 */
export function* planPages(
  lists: ReadonlyArray<ArticleList>,
  feeds: ReadonlyMap<string, ListFeeds>,
  settings: ResolvedSiteSettings,
  stylesheet: string | undefined
): Generator<PlannedPage, undefined, undefined> {
  const primary = firstItem(settings.language.split('-')).toLowerCase()
  const labels = primary === 'ar' ? LABELS.ar : LABELS.en
  const direction = isRightToLeft(settings.language) ? 'rtl' : 'ltr'
  const folders = new Map<string, string>()
  for (const list of lists) if (list.name !== undefined) folders.set(list.kind + ':' + list.folder, list.folder)
  const sectionLists = lists.filter((list) => list.kind === 'section')
  const formatters = createFormatters(settings)

  for (const list of lists) {
    const pages = paginate(list.articles, settings.perPage)
    for (const [index, articles] of pages.entries()) {
      const n = index + 1
      const output = pageOutput(list, n)
      const href = (target: string): string => relativeHref(output, target)
      const count = formatters.count
      const heading = list.name ?? settings.siteName
      const suffix = n > 1 ? ' - ' + labels.page(count(n), count(pages.length)) : ''
      const page: SitePage = {
        kind: list.kind,
        language: settings.language,
        direction,
        siteName: settings.siteName,
        heading,
        title: (list.kind === 'home' ? settings.siteName : heading + ' - ' + settings.siteName) + suffix,
        canonical: settings.baseUrl
          ? new URL(encodeSegments(output.replace(/index\.html$/, '')), settings.baseUrl).href
          : undefined,
        stylesheet: stylesheet === undefined ? undefined : href(stylesheet),
        home: href(''),
        sections: sectionLists.map((section) => ({name: section.name ?? '', href: href(section.folder)})),
        feeds: (feeds.get(list.folder) ?? []).map((feed): FeedLink => ({
          type: feed.type,
          title: feed.title,
          href: href(feed.output)
        })),
        articles: articles.map((record) => ({
          headline: record.headline,
          href: href(record.output),
          description: record.description,
          date: record.datePublished === undefined ? undefined : formatters.date(record.datePublished),
          section: link(record.section, 'section'),
          authors: record.authors.flatMap((name) => link(name, 'author') ?? []),
          language: sameLanguage(record, settings) ? undefined : record.language
        })),
        pagination: {
          page: n,
          pages: pages.length,
          label: labels.page(count(n), count(pages.length)),
          previous: n > 1 ? href(pageOutput(list, n - 1).replace(/index\.html$/, '')) : undefined,
          next: n < pages.length ? href(pageOutput(list, n + 1).replace(/index\.html$/, '')) : undefined
        },
        labels
      }
      yield {output, page}

      /**
       * Link to the page of a section or author.
       *
       * @param name
       *   Name.
       * @param kind
       *   Kind.
       * @returns
       *   Link, if the list exists.
       */
      function link(name: string | undefined, kind: 'section' | 'author'): PageLink | undefined {
        const folder = name === undefined ? undefined : folders.get(kind + ':' + listFolder(kind, name))
        return folder === undefined || name === undefined ? undefined : {name, href: href(folder)}
      }
    }
  }

  return undefined
}

/**
 * Link from one output file to another output path (a folder when it ends
 * in `/`).
 *
 * @param from
 *   Output path of the page.
 * @param to
 *   Output path linked to (`''` for the home folder).
 * @returns
 *   Relative, percent-encoded address.
 */
export function relativeHref(from: string, to: string): string {
  const fromFolder = path.posix.dirname(from)
  const isFolder = to === '' || to.endsWith('/')
  let relative = path.posix.relative(fromFolder === '.' ? '' : fromFolder, to === '' ? '.' : to)
  if (isFolder) relative = relative === '' ? './' : relative + '/'
  return encodeSegments(relative)
}

/**
 * Percent-encode each segment of a path, keeping the slashes.
 *
 * @param value
 *   Path.
 * @returns
 *   Address.
 */
export function encodeSegments(value: string): string {
  return value
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/')
}

/**
 * Whether an article is in the site’s language.
 *
 * @param record
 *   Article.
 * @param settings
 *   Site settings.
 * @returns
 *   Whether the languages match.
 */
function sameLanguage(record: ArticleRecord, settings: ResolvedSiteSettings): boolean {
  return record.language.toLowerCase() === settings.language.toLowerCase()
}
