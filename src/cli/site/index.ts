/**
 * `writeSite`: what `arabic-news build` and `arabic-news merge` write around
 * the article pages — the stylesheet, home, section and author pages, feeds,
 * sitemaps and `robots.txt` — from the records of the built articles.
 */

import type {Root} from 'hast'
import {Buffer} from 'node:buffer'
import {toHtml} from 'hast-util-to-html'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {latestFirst, siteLists} from './collect.js'
import {siteDigest} from './digest.js'
import {feedLinks, feedUsesNow, listFeeds, listsWithFeeds} from './feeds.js'
import {defaultLayout, type Layout} from './layout.js'
import {encodeSegments, pageOutput, planPages} from './pages.js'
import type {ArticleRecord} from './record.js'
import {resolveSiteSettings, SiteError, type SiteOutputSettings} from './settings.js'
import {generalSitemaps, newsSitemaps, robotsTxt, type SitemapEntry} from './sitemaps.js'
import {readStylesheet} from './stylesheet.js'
import {isInPlace, SiteWriter} from './write.js'
import {
  contentHash,
  emptyListing,
  readListing,
  removeStale,
  serialiseListing,
  SITE_LISTING,
  type SiteListing
} from './listing.js'

export type {ArticleRecord} from './record.js'
export type {FeedLink, Layout, ListedArticle, PageLabels, PageLink, Pagination, SitePage} from './layout.js'
export {defaultLayout} from './layout.js'
export {
  DEFAULT_FEED_SIZE,
  DEFAULT_PER_PAGE,
  SiteError,
  type SiteIdentity,
  type SiteOutputSettings,
  type SitePagesConfig
} from './settings.js'
export {readStylesheet, type Stylesheet} from './stylesheet.js'

/** A warning about the site (the shape of the command line's messages). */
export interface SiteMessage {
  reason: string
  fatal: false
  ruleId: string
  source: string
}

/** What `writeSite` did. */
export interface SiteReport {
  /** Files written, relative to the output folder, in order. */
  files: Array<string>
  /** Files left as they were: the last run wrote the same contents there. */
  unchanged: Array<string>
  /** Problems (a page not written because an article is there, feeds left out without a base URL). */
  messages: Array<SiteMessage>
}

/** Site files being written at once, at most. */
const WRITES_IN_FLIGHT = 8

/** A site file written, or left as the last run wrote it. */
interface Outcome {
  output: string
  wrote: boolean
}

/** Source of the site's messages. */
const SOURCE = 'arabic-news'

/** File in the output folder listing what the last `writeSite` wrote, so the next one removes what is gone. */
export {SITE_LISTING} from './listing.js'

/**
 * Write the site around the built articles.
 *
 * @param records
 *   One record per article page written (any order).
 * @param settings
 *   Site settings.
 * @param outDir
 *   Output folder (absolute, or relative to the working directory).
 * @returns
 *   Files written and messages.
 * @throws {SiteError}
 *   When the stylesheet or layout given cannot be loaded.
 */
export async function writeSite(
  records: ReadonlyArray<ArticleRecord>,
  settings: SiteOutputSettings,
  outDir: string
): Promise<SiteReport> {
  const resolved = resolveSiteSettings(settings)
  const root = path.resolve(outDir)
  const report: SiteReport = {files: [], unchanged: [], messages: []}
  const taken = new Set(records.map((record) => record.output))
  const articles = latestFirst(records.filter((record) => safeRecord(record, resolved.baseUrl, report)))
  const lists = siteLists(articles)
  const layout = await loadLayout(resolved.layout)
  const {baseUrl} = resolved
  const previous = await readListing(root)
  const writer = new SiteWriter(root)
  const stylesheet = readStylesheet(resolved.css, resolved.site.baseUrl)
  const written: SiteListing = {...emptyListing(), digest: siteDigest(records, resolved, stylesheet?.name)}
  // Same inputs as the last run, and its files still in place: only what
  // depends on the time of this run is made again.
  const reuse = written.digest !== undefined && written.digest === previous.digest && keepTimeless(root, previous)
  // What became of each file, in the order they were made: files are
  // written a few at a time (each waits on the file system, one after the
  // other they took seconds for a large site), and reported in that order.
  const outcomes: Array<Promise<Outcome>> = []

  /**
   * Remove what the last run wrote and this one did not (a section gone, a
   * stylesheet changed), then list what this run wrote.
   *
   * @returns
   *   The report.
   */
  const finish = async (): Promise<SiteReport> => {
    for (const outcome of outcomes) {
      const {output, wrote} = await outcome
      ;(wrote ? report.files : report.unchanged).push(output)
    }
    await removeStale(root, previous, new Set([...written.files.keys(), ...taken]))
    const listing = serialiseListing(written)
    if (listing !== previous.text) await writer.write(SITE_LISTING, listing)
    return report
  }

  /**
   * Write one file inside the output folder, unless an article is there.
   *
   * @param output
   *   Path relative to the output folder.
   * @param data
   *   Contents.
   * @param dated
   *   Whether the contents depend on the time of the run.
   * @returns
   *   Nothing.
   */
  const write = async (output: string, data: string | Uint8Array, dated = false): Promise<undefined> => {
    if (taken.has(output)) {
      if (!dated) written.taken.push(output)
      report.messages.push(takenMessage(output))
      return undefined
    }

    const file = {hash: contentHash(data), size: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength}
    written.files.set(output, file)
    if (dated) written.dated.add(output)
    // Same contents as the last run wrote, still there: nothing to write.
    const outcome: Promise<Outcome> =
      previous.files.get(output)?.hash === file.hash && isInPlace(root, output, file.size)
        ? Promise.resolve({output, wrote: false})
        : writer.write(output, data).then(() => ({output, wrote: true}))
    // Its failure is thrown where it is awaited, below or in `finish`.
    outcome.catch(() => undefined)
    outcomes.push(outcome)
    await outcomes[outcomes.length - 1 - WRITES_IN_FLIGHT]
    return undefined
  }

  if (stylesheet) await write(stylesheet.name, stylesheet.bytes)

  if (reuse) {
    for (const [output, file] of previous.files) {
      if (previous.dated.has(output) || written.files.has(output)) continue
      written.files.set(output, file)
      outcomes.push(Promise.resolve({output, wrote: false}))
    }

    for (const output of previous.taken) report.messages.push(takenMessage(output))
    written.taken.push(...previous.taken)
  } else {
    const feeds = feedLinks(baseUrl ? listsWithFeeds(lists) : [], resolved)
    for (const planned of planPages(lists, feeds, resolved, stylesheet?.name)) {
      const tree = await layout(planned.page)
      await write(planned.output, typeof tree === 'string' ? tree : serialise(tree))
    }
  }

  if (!baseUrl) {
    report.messages.push({
      reason: 'No feeds, sitemaps or robots.txt: they need absolute addresses (set `--base-url` or `baseUrl`)',
      fatal: false,
      ruleId: 'site-no-base-url',
      source: SOURCE
    })
    return finish()
  }

  for (const list of listsWithFeeds(lists)) {
    const dated = feedUsesNow(list)
    if (reuse && !dated) continue
    for (const file of listFeeds(list, resolved, baseUrl)) await write(file.output, file.text, dated)
  }

  if (!reuse) {
    const entries: Array<SitemapEntry> = [
      ...lists.map((list) => ({
        url: new URL(encodeSegments(pageOutput(list, 1).replace(/index\.html$/, '')), baseUrl).href,
        lastmod: list.articles[0]?.datePublished
      })),
      ...articles.map((record) => ({
        url: new URL(record.url, baseUrl).href,
        lastmod: record.dateModified ?? record.datePublished
      }))
    ]
    for (const file of await generalSitemaps(entries, baseUrl)) await write(file.output, file.text)
  }

  const news = await newsSitemaps(articles, resolved, baseUrl)
  for (const file of news) await write(file.output, file.text, true)
  const robots = robotsTxt(['sitemap.xml', ...news.map((file) => file.output)], baseUrl)
  if (robots.ok) await write(robots.file.output, robots.file.text, true)
  else report.messages.push(robotsMessage(baseUrl, robots.sitemapLines))
  return finish()
}

/**
 * Take over the files of the last run that do not depend on its time, when
 * every one of them is still in place.
 *
 * @param root
 *   Output folder (absolute).
 * @param previous
 *   The last run's listing.
 * @returns
 *   Whether they all are.
 */
function keepTimeless(root: string, previous: SiteListing): boolean {
  for (const [output, file] of previous.files) {
    if (!previous.dated.has(output) && !isInPlace(root, output, file.size)) return false
  }

  return true
}

/**
 * The message for a site file not written because an article is there.
 *
 * @param output
 *   Output path.
 * @returns
 *   Message.
 */
function takenMessage(output: string): SiteMessage {
  return {
    reason: `Not writing \`${output}\`: an article is written there`,
    fatal: false,
    ruleId: 'site-path-taken',
    source: SOURCE
  }
}

/**
 * Whether a record can be linked: an output path inside the output folder,
 * an `http:` or `https:` address (records may come from shard reports).
 *
 * @param record
 *   Record.
 * @param baseUrl
 *   Base URL, if any.
 * @param report
 *   Report, to add a warning to.
 * @returns
 *   Whether to list it.
 */
function safeRecord(record: ArticleRecord, baseUrl: URL | undefined, report: SiteReport): boolean {
  let url: URL | undefined
  try {
    url = new URL(record.url, baseUrl ?? 'https://site.invalid/')
  } catch {
    url = undefined
  }

  const output = record.output.split('/')
  const inside =
    !record.output.startsWith('/') && !output.includes('..') && !output.includes('') && !record.output.includes('\\')
  if (inside && url && (url.protocol === 'https:' || url.protocol === 'http:')) return true
  report.messages.push({
    reason: `Not listing \`${record.input}\`: ${inside ? 'its address is not http(s)' : 'its output path leaves the output folder'}`,
    fatal: false,
    ruleId: 'site-unsafe-record',
    source: SOURCE
  })
  return false
}

/**
 * @param baseUrl
 *   Base URL with a path.
 * @param sitemapLines
 *   `Sitemap:` lines for the host's `robots.txt`.
 * @returns
 *   Why no `robots.txt` was written, and what to add to the host's.
 */
function robotsMessage(baseUrl: URL, sitemapLines: ReadonlyArray<string>): SiteMessage {
  return {
    reason:
      `No robots.txt: crawlers read it only at \`${new URL('/robots.txt', baseUrl).href}\`, outside this site's ` +
      `folder \`${baseUrl.pathname}\`; add there: ${sitemapLines.join(', ')}`,
    fatal: false,
    ruleId: 'site-robots-sub-path',
    source: SOURCE
  }
}

/**
 * Serialise a page.
 *
 * @param tree
 *   Page as hast.
 * @returns
 *   HTML.
 */
function serialise(tree: Root): string {
  const html = toHtml(tree)
  return html.endsWith('\n') ? html : html + '\n'
}

/**
 * Load the layout of site pages.
 *
 * @param file
 *   Path of an ES module whose default export is a layout, if any.
 * @returns
 *   Layout.
 * @throws {SiteError}
 *   When it cannot be loaded or is not a function.
 */
async function loadLayout(file: string | undefined): Promise<Layout> {
  if (file === undefined) return defaultLayout
  let loaded: unknown
  try {
    loaded = await import(pathToFileURL(path.resolve(file)).href)
  } catch (error) {
    throw new SiteError(`Cannot load layout \`${file}\`: ${error instanceof Error ? error.message : String(error)}`)
  }

  const layout = typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : undefined
  if (typeof layout !== 'function') throw new SiteError(`Layout \`${file}\` has no default export that is a function`)
  return layout as Layout
}
