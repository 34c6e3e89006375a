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
import {latestFirst, siteLists, type ArticleList} from './collect.js'
import {siteDigest} from './digest.js'
import {feedLinks, feedUsesNow, listFeeds, listsWithFeeds} from './feeds.js'
import {defaultLayout, type Layout} from './layout.js'
import {encodeSegments, pageOutput, planPages} from './pages.js'
import type {ArticleRecord} from './record.js'
import {resolveSiteSettings, SiteError, type ResolvedSiteSettings, type SiteOutputSettings} from './settings.js'
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
  const report: SiteReport = {files: [], unchanged: [], messages: []}
  const articles = latestFirst(records.filter((record) => safeRecord(record, resolved.baseUrl, report)))
  const lists = siteLists(articles)
  const layout = await loadLayout(resolved.layout)
  const stylesheet = readStylesheet(resolved.css, resolved.site.baseUrl)
  const root = path.resolve(outDir)
  const run = new SiteRun(
    root,
    records,
    report,
    await readListing(root),
    siteDigest(records, resolved, stylesheet?.name)
  )

  if (stylesheet) await run.write(stylesheet.name, stylesheet.bytes)
  if (run.reuse) run.keepTimeless()
  else await writeListPages(run, lists, resolved, layout, stylesheet?.name)

  const {baseUrl} = resolved
  if (!baseUrl) {
    report.messages.push({
      reason: 'No feeds, sitemaps or robots.txt: they need absolute addresses (set `--base-url` or `baseUrl`)',
      fatal: false,
      ruleId: 'site-no-base-url',
      source: SOURCE
    })
    return run.finish()
  }

  for (const list of listsWithFeeds(lists)) {
    const dated = feedUsesNow(list)
    if (run.reuse && !dated) continue
    for (const file of listFeeds(list, resolved, baseUrl)) await run.write(file.output, file.text, dated)
  }
  if (!run.reuse) await writeGeneralSitemaps(run, lists, articles, baseUrl)
  const news = await newsSitemaps(articles, resolved, baseUrl)
  for (const file of news) await run.write(file.output, file.text, true)
  const robots = robotsTxt(['sitemap.xml', ...news.map((file) => file.output)], baseUrl)
  if (robots.ok) await run.write(robots.file.output, robots.file.text, true)
  else report.messages.push(robotsMessage(baseUrl, robots.sitemapLines))
  return run.finish()
}

/**
 * One run of `writeSite`: the files it writes (a few at a time), what the
 * last run wrote, and the listing for the next one.
 */
class SiteRun {
  /**
   * Same inputs as the last run, and its files still in place: only what
   * depends on the time of this run is made again.
   */
  readonly reuse: boolean
  readonly #root: string
  readonly #report: SiteReport
  readonly #previous: SiteListing
  readonly #written: SiteListing
  /** Output paths of article pages, which site files never overwrite. */
  readonly #taken: ReadonlySet<string>
  readonly #writer: SiteWriter
  /**
   * What became of each file, in the order they were made: files are
   * written a few at a time (each waits on the file system, one after the
   * other they took seconds for a large site), and reported in that order.
   */
  readonly #outcomes: Array<Promise<Outcome>> = []

  /**
   * @param root
   *   Output folder (absolute).
   * @param records
   *   Records of the article pages.
   * @param report
   *   Report to fill.
   * @param previous
   *   The last run's listing.
   * @param digest
   *   Digest of what the site pages are made from.
   */
  constructor(
    root: string,
    records: ReadonlyArray<ArticleRecord>,
    report: SiteReport,
    previous: SiteListing,
    digest: string | undefined
  ) {
    this.#root = root
    this.#report = report
    this.#previous = previous
    this.#written = {...emptyListing(), digest}
    this.#taken = new Set(records.map((record) => record.output))
    this.#writer = new SiteWriter(root)
    this.reuse = digest !== undefined && digest === previous.digest && keepTimeless(root, previous)
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
  async write(output: string, data: string | Uint8Array, dated = false): Promise<undefined> {
    if (this.#taken.has(output)) {
      if (!dated) this.#written.taken.push(output)
      this.#report.messages.push(takenMessage(output))
      return undefined
    }

    const file = {hash: contentHash(data), size: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength}
    this.#written.files.set(output, file)
    if (dated) this.#written.dated.add(output)
    // Same contents as the last run wrote, still there: nothing to write.
    const outcome: Promise<Outcome> =
      this.#previous.files.get(output)?.hash === file.hash && isInPlace(this.#root, output, file.size)
        ? Promise.resolve({output, wrote: false})
        : this.#writer.write(output, data).then(() => ({output, wrote: true}))
    // Its failure is thrown where it is awaited, below or in `finish`.
    outcome.catch(() => undefined)
    this.#outcomes.push(outcome)
    await this.#outcomes[this.#outcomes.length - 1 - WRITES_IN_FLIGHT]
    return undefined
  }

  /**
   * Keep the files of the last run that do not depend on its time.
   *
   * @returns
   *   Nothing.
   */
  keepTimeless(): undefined {
    for (const [output, file] of this.#previous.files) {
      if (this.#previous.dated.has(output) || this.#written.files.has(output)) continue
      this.#written.files.set(output, file)
      this.#outcomes.push(Promise.resolve({output, wrote: false}))
    }
    for (const output of this.#previous.taken) this.#report.messages.push(takenMessage(output))
    this.#written.taken.push(...this.#previous.taken)
    return undefined
  }

  /**
   * Remove what the last run wrote and this one did not (a section gone, a
   * stylesheet changed), then list what this run wrote.
   *
   * @returns
   *   The report.
   */
  async finish(): Promise<SiteReport> {
    for (const outcome of this.#outcomes) {
      const {output, wrote} = await outcome
      ;(wrote ? this.#report.files : this.#report.unchanged).push(output)
    }
    await removeStale(this.#root, this.#previous, new Set([...this.#written.files.keys(), ...this.#taken]))
    const listing = serialiseListing(this.#written)
    if (listing !== this.#previous.text) await this.#writer.write(SITE_LISTING, listing)
    return this.#report
  }
}

/**
 * Write the home, section and author pages, laid out.
 *
 * @param run
 *   The run.
 * @param lists
 *   Lists of articles.
 * @param resolved
 *   Site settings.
 * @param layout
 *   Layout.
 * @param stylesheet
 *   Stylesheet's file name, if any.
 * @returns
 *   Nothing.
 */
async function writeListPages(
  run: SiteRun,
  lists: ReadonlyArray<ArticleList>,
  resolved: ResolvedSiteSettings,
  layout: Layout,
  stylesheet: string | undefined
): Promise<undefined> {
  const feeds = feedLinks(resolved.baseUrl ? listsWithFeeds(lists) : [], resolved)
  for (const planned of planPages(lists, feeds, resolved, stylesheet)) {
    const tree = await layout(planned.page)
    await run.write(planned.output, typeof tree === 'string' ? tree : serialise(tree))
  }
  return undefined
}

/**
 * Write the sitemaps of the lists and the articles.
 *
 * @param run
 *   The run.
 * @param lists
 *   Lists of articles.
 * @param articles
 *   Articles, latest first.
 * @param baseUrl
 *   Base URL.
 * @returns
 *   Nothing.
 */
async function writeGeneralSitemaps(
  run: SiteRun,
  lists: ReadonlyArray<ArticleList>,
  articles: ReadonlyArray<ArticleRecord>,
  baseUrl: URL
): Promise<undefined> {
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
  for (const file of await generalSitemaps(entries, baseUrl)) await run.write(file.output, file.text)
  return undefined
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
