/**
 * Sitemaps, written with the `sitemap` package: `sitemap.xml` for every
 * page (a sitemap index past 50,000 addresses or 50 MB), a Google News
 * sitemap of the last two days, and `robots.txt` naming them.
 *
 * Google's rules for news sitemaps
 * (developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * only articles published in the last two days; at most 1,000 `news:news`
 * per file; `news:publication` with `news:name` (exactly as on the articles)
 * and `news:language` (ISO 639); `news:publication_date` in W3C format;
 * `news:title`.
 */

import {Readable} from 'node:stream'
import {SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose} from 'sitemap'
import {timeOf} from './collect.js'
import {firstItem, lastItem} from '../../text/items.js'
import type {ArticleRecord} from './record.js'
import type {ResolvedSiteSettings} from './settings.js'

/** Limits of one sitemap file (sitemaps.org; Google). */
export interface SitemapLimits {
  /** Most addresses in one sitemap file. */
  urls: number
  /** Most bytes of one (uncompressed) sitemap file. */
  bytes: number
  /** Most `news:news` entries in one news sitemap. */
  news: number
  /** How far back a news sitemap goes, in milliseconds. */
  newsWindow: number
}

/** The limits of sitemaps.org and Google. */
export const SITEMAP_LIMITS: Readonly<SitemapLimits> = {
  urls: 50_000,
  bytes: 50 * 1024 * 1024,
  news: 1000,
  newsWindow: 2 * 24 * 60 * 60 * 1000
}

/** A file to write. */
export interface SitemapFile {
  /** Output path, relative to the output folder. */
  output: string
  text: string
}

/** One address of the general sitemap. */
export interface SitemapEntry {
  /** Absolute address. */
  url: string
  /** Last change (ISO 8601), if known. */
  lastmod?: string | undefined
}

const NEWS_NAMESPACES = {news: true, video: false, xhtml: false, image: false}
const PLAIN_NAMESPACES = {news: false, video: false, xhtml: false, image: false}

/** A news sitemap without entries (valid, and what Google asks for when nothing is recent); the library refuses to write one. */
const EMPTY_NEWS_SITEMAP =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>'

/** Bytes of the fixed parts of one `<url>` entry, with room for a `lastmod`. */
const ENTRY_OVERHEAD = 80
/** Bytes of the XML declaration and the `<urlset>` tags. */
const FILE_OVERHEAD = 200

/**
 * The general sitemap: one file, or an index with numbered files when the
 * entries pass a limit.
 *
 * @param entries
 *   Addresses.
 * @param baseUrl
 *   Base URL of the site.
 * @param limits
 *   Limits (for tests; default: the real ones).
 * @returns
 *   Files (`sitemap.xml` first).
 */
export async function generalSitemaps(
  entries: ReadonlyArray<SitemapEntry>,
  baseUrl: URL,
  limits: Readonly<SitemapLimits> = SITEMAP_LIMITS
): Promise<Array<SitemapFile>> {
  const chunks = chunkEntries(entries, limits)
  if (chunks.length === 1) return [{output: 'sitemap.xml', text: await urlset(firstItem(chunks), PLAIN_NAMESPACES)}]

  const files: Array<SitemapFile> = []
  const index: Array<{url: string; lastmod?: string}> = []
  for (const [number, chunk] of chunks.entries()) {
    const output = `sitemap-${number + 1}.xml`
    files.push({output, text: await urlset(chunk, PLAIN_NAMESPACES)})
    const lastmod = latest(chunk.map((entry) => entry.lastmod))
    index.push({url: new URL(output, baseUrl).href, ...(lastmod ? {lastmod} : {})})
  }

  const stream = new SitemapIndexStream()
  const done = streamToPromise(stream)
  for (const item of index) stream.write(item)
  stream.end()
  return [{output: 'sitemap.xml', text: (await done).toString()}, ...files]
}

/**
 * Google News sitemaps: articles published in the window before `now`
 * (none from the future), latest first, at most `limits.news` per file.
 *
 * @param records
 *   Articles, latest first.
 * @param settings
 *   Site settings.
 * @param baseUrl
 *   Base URL.
 * @param limits
 *   Limits.
 * @returns
 *   Files (`sitemap-news.xml`, then `sitemap-news-2.xml`…); one empty file when nothing is recent.
 */
export async function newsSitemaps(
  records: ReadonlyArray<ArticleRecord>,
  settings: ResolvedSiteSettings,
  baseUrl: URL,
  limits: Readonly<SitemapLimits> = SITEMAP_LIMITS
): Promise<Array<SitemapFile>> {
  const now = settings.now.getTime()
  const recent = records.filter((record) => {
    const time = timeOf(record.datePublished)
    return time !== undefined && time <= now && now - time <= limits.newsWindow
  })
  if (recent.length === 0) return [{output: 'sitemap-news.xml', text: EMPTY_NEWS_SITEMAP}]

  const files: Array<SitemapFile> = []
  for (let start = 0; start < recent.length; start += limits.news) {
    const items = recent.slice(start, start + limits.news).map((record): SitemapItemLoose => ({
      url: new URL(record.url, baseUrl).href,
      news: {
        publication: {name: settings.publicationName, language: newsLanguage(record.language || settings.language)},
        publication_date: w3cDate(record.datePublished ?? ''),
        title: record.headline
      }
    }))
    const number = start / limits.news + 1
    files.push({
      output: number === 1 ? 'sitemap-news.xml' : `sitemap-news-${number}.xml`,
      text: await writeItems(items, NEWS_NAMESPACES)
    })
  }

  return files
}

/**
 * `robots.txt`: everything may be crawled; where the sitemaps are.
 *
 * Crawlers read `robots.txt` only at the root of a host
 * (`https://example.com/robots.txt`): a site whose base URL has a path
 * (`https://example.com/ar/`) gets none, since one in its folder would be
 * ignored; the `Sitemap:` lines are what the host's own `robots.txt` should
 * add.
 *
 * @param sitemaps
 *   Output paths of the sitemaps to name (the index or single sitemap, and the news sitemaps).
 * @param baseUrl
 *   Base URL.
 * @returns
 *   File, or the `Sitemap:` lines alone when the site is not at the root of its host.
 */
export function robotsTxt(
  sitemaps: ReadonlyArray<string>,
  baseUrl: URL
): {ok: true; file: SitemapFile} | {ok: false; sitemapLines: Array<string>} {
  const sitemapLines = sitemaps.map((output) => 'Sitemap: ' + new URL(output, baseUrl).href)
  if (baseUrl.pathname !== '/') return {ok: false, sitemapLines}
  const lines = ['User-agent: *', 'Allow: /', '', ...sitemapLines]
  return {ok: true, file: {output: 'robots.txt', text: lines.join('\n') + '\n'}}
}

/**
 * News sitemaps want an ISO 639 code (`ar`), except `zh-cn` and `zh-tw`.
 *
 * @param language
 *   BCP 47 tag.
 * @returns
 *   Code.
 */
export function newsLanguage(language: string): string {
  const lower = language.toLowerCase()
  if (lower === 'zh-cn' || lower === 'zh-hans') return 'zh-cn'
  if (lower === 'zh-tw' || lower === 'zh-hant') return 'zh-tw'
  return firstItem(lower.split('-'))
}

/**
 * A date in W3C format with a time-zone offset: kept as written when it has
 * one (the article’s own offset), else the same instant in UTC.
 *
 * @param value
 *   ISO date.
 * @returns
 *   W3C date-time.
 */
export function w3cDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return value
  return new Date(value).toISOString()
}

/**
 * Cut entries into files within the limits.
 *
 * @param entries
 *   Entries.
 * @param limits
 *   Limits.
 * @returns
 *   Chunks (at least one).
 */
function chunkEntries(
  entries: ReadonlyArray<SitemapEntry>,
  limits: Readonly<SitemapLimits>
): Array<Array<SitemapEntry>> {
  const chunks: Array<Array<SitemapEntry>> = [[]]
  let bytes = FILE_OVERHEAD
  for (const entry of entries) {
    // What the escaped address weighs: `&` becomes `&amp;` and so on.
    const size = Buffer.byteLength(entry.url) + 5 * (entry.url.match(/[&<>"']/g)?.length ?? 0) + ENTRY_OVERHEAD
    let current = lastItem(chunks)
    if (current.length > 0 && (current.length >= limits.urls || bytes + size > limits.bytes)) {
      current = []
      chunks.push(current)
      bytes = FILE_OVERHEAD
    }

    current.push(entry)
    bytes += size
  }

  return chunks
}

/**
 * One `<urlset>`.
 *
 * @param entries
 *   Entries.
 * @param xmlns
 *   Namespaces.
 * @returns
 *   XML.
 */
async function urlset(entries: ReadonlyArray<SitemapEntry>, xmlns: typeof PLAIN_NAMESPACES): Promise<string> {
  return writeItems(
    entries.map((entry) => ({url: entry.url, ...(entry.lastmod ? {lastmod: entry.lastmod} : {})})),
    xmlns
  )
}

/**
 * Write sitemap items.
 *
 * @param items
 *   Items (at least one).
 * @param xmlns
 *   Namespaces.
 * @returns
 *   XML.
 */
async function writeItems(items: ReadonlyArray<SitemapItemLoose>, xmlns: typeof PLAIN_NAMESPACES): Promise<string> {
  const stream = new SitemapStream({xmlns})
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString()
}

/**
 * The latest of some dates.
 *
 * @param values
 *   ISO dates.
 * @returns
 *   The latest, if any.
 */
function latest(values: ReadonlyArray<string | undefined>): string | undefined {
  let best: string | undefined
  let bestTime = -Infinity
  for (const value of values) {
    const time = timeOf(value)
    if (time !== undefined && time > bestTime) {
      best = value
      bestTime = time
    }
  }

  return best
}
