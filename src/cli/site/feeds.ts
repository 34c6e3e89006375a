/**
 * Feeds of the latest articles (RSS 2.0, Atom 1.0, JSON Feed), site-wide and
 * per section, written with the `feed` package. Feed readers lay Arabic out
 * from the language and from `dir` on the HTML they show, so both are given.
 */

import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {Feed, type Item} from 'feed'
import {isRightToLeft} from '../../display/format.js'
import {isRecord} from '../../metadata/values.js'
import type {ArticleList} from './collect.js'
import {encodeSegments, type ListFeeds} from './pages.js'
import type {ArticleRecord} from './record.js'
import type {ResolvedSiteSettings} from './settings.js'

/** One feed file to write. */
export interface FeedFile {
  /** Output path, relative to the output folder. */
  output: string
  /** Contents. */
  text: string
}

/** File names of the three formats in the folder of a list, with their media types. */
export const FEED_FORMATS = [
  {name: 'feed.xml', type: 'application/atom+xml', title: 'Atom'},
  {name: 'rss.xml', type: 'application/rss+xml', title: 'RSS'},
  {name: 'feed.json', type: 'application/feed+json', title: 'JSON Feed'}
] as const

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
/** Letters of any script. */
const LETTER = /\p{L}/u
/** Right-to-left mark: makes the first strong character of a title right to left. */
const RLM = '\u200F'

/**
 * The lists that get feeds: the home page (site-wide) and each section.
 *
 * @param lists
 *   All lists.
 * @returns
 *   Lists with feeds.
 */
export function listsWithFeeds(lists: ReadonlyArray<ArticleList>): Array<ArticleList> {
  return lists.filter((list) => list.kind === 'home' || list.kind === 'section')
}

/**
 * Where each list’s feeds are, for the `<link rel="alternate">` of its pages.
 *
 * @param lists
 *   Lists with feeds.
 * @param settings
 *   Site settings.
 * @returns
 *   Feeds by list folder.
 */
export function feedLinks(lists: ReadonlyArray<ArticleList>, settings: ResolvedSiteSettings): Map<string, ListFeeds> {
  const links = new Map<string, ListFeeds>()
  for (const list of lists) {
    const title = feedTitle(list, settings)
    links.set(
      list.folder,
      FEED_FORMATS.map((format) => ({
        type: format.type,
        title: title + ' (' + format.title + ')',
        output: list.folder + format.name
      }))
    )
  }

  return links
}

/**
 * Whether the feeds of a list take their `updated` time from the time of
 * the run: no article of the list has a publication date.
 *
 * @param list
 *   List.
 * @returns
 *   Whether they do.
 */
export function feedUsesNow(list: ArticleList): boolean {
  return !list.articles.some((record) => validDate(record.datePublished))
}

/**
 * Write the feeds of one list.
 *
 * @param list
 *   List (articles latest first).
 * @param settings
 *   Site settings (with a base URL: feeds need absolute addresses).
 * @param baseUrl
 *   Base URL.
 * @returns
 *   Atom, RSS and JSON files.
 */
export function listFeeds(list: ArticleList, settings: ResolvedSiteSettings, baseUrl: URL): Array<FeedFile> {
  const absolute = (output: string): string => new URL(encodeSegments(output), baseUrl).href
  const items = list.articles.filter((record) => isDated(record)).slice(0, settings.feedSize)
  const latest = items
    .map((record) =>
      validDate(record.dateModified) ? Date.parse(record.dateModified) : Date.parse(record.datePublished)
    )
    .sort((a, b) => b - a)[0]
  const links = Object.fromEntries(
    FEED_FORMATS.map((format) => [
      format.name === 'feed.xml' ? 'atom' : format.name === 'rss.xml' ? 'rss' : 'json',
      absolute(list.folder + format.name)
    ])
  )
  const feed = new Feed({
    id: absolute(list.folder),
    title: rtlSafe(feedTitle(list, settings), settings.language),
    link: absolute(list.folder),
    language: settings.language,
    updated: new Date(latest ?? settings.now.getTime()),
    generator: false,
    feedLinks: links,
    description: settings.siteName,
    copyright: settings.publicationName
  })

  for (const record of items) feed.addItem(feedItem(record, settings, baseUrl))

  return [
    {output: list.folder + 'feed.xml', text: withAtomLanguage(feed.atom1(), settings.language)},
    {output: list.folder + 'rss.xml', text: feed.rss2()},
    {output: list.folder + 'feed.json', text: asJsonFeed11(feed.json1(), settings.language, items)}
  ]
}

/**
 * One entry of a feed.
 *
 * @param record
 *   Article (with a valid publication date).
 * @param settings
 *   Site settings.
 * @param baseUrl
 *   Base URL, for articles recorded with root-relative addresses.
 * @returns
 *   Item.
 */
function feedItem(record: DatedRecord, settings: ResolvedSiteSettings, baseUrl: URL): Item {
  const link = new URL(record.url, baseUrl).href
  const published = new Date(record.datePublished)
  const modified = validDate(record.dateModified) ? new Date(record.dateModified) : published
  const language = record.language || settings.language
  const direction = isRightToLeft(language) ? 'rtl' : 'ltr'
  // Titles are HTML in Atom (`type="html"`) and often read as HTML from RSS:
  // escaped, so that a `<` in a headline stays a character.
  const title = toHtml({type: 'text', value: rtlSafe(record.headline, language)})
  const summary: Element = h('div', {dir: direction, lang: language}, [h('p', record.description ?? record.headline)])
  return {
    title,
    id: link,
    link,
    date: modified,
    published,
    description: toHtml(summary),
    // The JSON writer of `feed` fails on an empty author list.
    ...(record.authors.length > 0 ? {author: record.authors.map((name) => ({name}))} : {}),
    ...(record.section ? {category: [{name: record.section, term: record.section}]} : {})
  }
}

/**
 * Title of a list’s feeds.
 *
 * @param list
 *   List.
 * @param settings
 *   Site settings.
 * @returns
 *   Title.
 */
function feedTitle(list: ArticleList, settings: ResolvedSiteSettings): string {
  return list.kind === 'home' || list.name === undefined ? settings.siteName : list.name + ' - ' + settings.siteName
}

/**
 * Start a title of a right-to-left language with a right-to-left mark when
 * its first letter is left to right (`iPhone 17 يصل…`), so that readers
 * that guess the direction from the first letter lay it out right to left.
 * The words are not changed.
 *
 * @param title
 *   Title.
 * @param language
 *   Its language.
 * @returns
 *   Title, maybe with a leading mark.
 */
export function rtlSafe(title: string, language: string): string {
  if (!isRightToLeft(language)) return title
  const first = [...title].find((character) => LETTER.test(character))
  return first !== undefined && !RTL_LETTER.test(first) ? RLM + title : title
}

/**
 * Add `xml:lang` to an Atom feed (the `feed` package writes none, and feed
 * readers take the direction of entries from it).
 *
 * @param xml
 *   Atom document from `feed`.
 * @param language
 *   BCP 47 tag (checked: letters, digits and dashes only).
 * @returns
 *   Atom document.
 */
function withAtomLanguage(xml: string, language: string): string {
  const opening = '<feed xmlns="http://www.w3.org/2005/Atom">'
  if (!/^[A-Za-z0-9-]+$/.test(language) || !xml.includes(opening)) return xml
  return xml.replace(opening, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`)
}

/**
 * Make the JSON Feed that `feed` writes (version 1) a JSON Feed 1.1: with
 * the feed's `language` and each item's, and every author of an item in
 * `authors` (`author`, which holds only the first, stays for readers of 1.0).
 *
 * @param json
 *   JSON Feed from `feed`.
 * @param language
 *   Language of the site.
 * @param records
 *   The articles of the items, in order.
 * @returns
 *   JSON Feed 1.1.
 */
function asJsonFeed11(json: string, language: string, records: ReadonlyArray<ArticleRecord>): string {
  const parsed: unknown = JSON.parse(json)
  if (!isRecord(parsed) || !Array.isArray(parsed['items'])) return json
  const items = parsed['items'].map((item: unknown, index) => {
    const record = records[index]
    if (!isRecord(item) || !record) return item
    return {
      ...item,
      ...(record.authors.length > 0 ? {authors: record.authors.map((name) => ({name}))} : {}),
      language: record.language || language
    }
  })
  const {items: _items, ...head} = parsed
  return JSON.stringify({...head, version: 'https://jsonfeed.org/version/1.1', language, items}, null, 4)
}

/**
 * Whether a value is a date `Date.parse` reads.
 *
 * @param value
 *   ISO date.
 * @returns
 *   Whether it is valid.
 */
function validDate(value: string | undefined): value is string {
  return value !== undefined && !Number.isNaN(Date.parse(value))
}

/** A record with a publication date a feed can use. */
type DatedRecord = ArticleRecord & {datePublished: string}

/**
 * Whether a record has a publication date a feed can use.
 *
 * @param record
 *   Record.
 * @returns
 *   Whether its `datePublished` parses.
 */
function isDated(record: ArticleRecord): record is DatedRecord {
  return validDate(record.datePublished)
}
