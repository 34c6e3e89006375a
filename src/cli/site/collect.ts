/**
 * From article records to the lists a site is made of: the latest first,
 * grouped by section and by author, cut into pages, each list at a path of
 * its own that cannot leave the output folder.
 */

import {createHash} from 'node:crypto'
import type {ArticleRecord} from './record.js'

/** A list of articles with a page of its own (home, a section, an author). */
export interface ArticleList {
  /** What the list is. */
  kind: 'home' | 'section' | 'author'
  /** Section or author name (absent for the home page). */
  name?: string | undefined
  /** Folder of the list's pages, relative to the output folder (`''` for the home page, `sections/economy/`). */
  folder: string
  /** Articles, latest first. */
  articles: Array<ArticleRecord>
}

/** Most characters of a path segment made from a name. */
const MAX_SLUG_LENGTH = 60

/**
 * Order articles latest first; undated ones last; ties by headline, then
 * output path, so every build lists them the same way.
 *
 * @param records
 *   Articles.
 * @returns
 *   A new, sorted array.
 */
export function latestFirst(records: ReadonlyArray<ArticleRecord>): Array<ArticleRecord> {
  const keyed = records.map((record) => ({record, time: timeOf(record.datePublished)}))
  keyed.sort(
    (a, b) =>
      (b.time ?? -Infinity) - (a.time ?? -Infinity) ||
      compare(a.record.headline, b.record.headline) ||
      compare(a.record.output, b.record.output)
  )
  return keyed.map((entry) => entry.record)
}

/**
 * The lists of a site: home, then sections, then authors (each by name).
 *
 * @param records
 *   Articles, latest first.
 * @returns
 *   Lists.
 */
export function siteLists(records: ReadonlyArray<ArticleRecord>): Array<ArticleList> {
  const sections = group(records, (record) => (record.section ? [record.section] : []))
  const authors = group(records, (record) => record.authors)
  return [
    {kind: 'home', folder: '', articles: [...records]},
    ...named('section', sections),
    ...named('author', authors)
  ]
}

/**
 * Path segment for a name: letters (Arabic ones too) and digits kept, the
 * rest turned into dashes; never empty, never `.` or `..`.
 *
 * @param name
 *   Section or author name.
 * @returns
 *   Segment.
 */
export function slug(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '')
  return cleaned === '' ? shortHash(name) : cleaned
}

/**
 * Folder of the list of a section or author: from the name alone, so that
 * an article page can link to it before the site is listed.
 *
 * @param kind
 *   Kind of list.
 * @param name
 *   Section or author name.
 * @returns
 *   Folder relative to the output folder (`sections/اقتصاد/`).
 */
export function listFolder(kind: 'section' | 'author', name: string): string {
  return (kind === 'section' ? 'sections/' : 'authors/') + slug(name.trim()) + '/'
}

/**
 * Lists for named groups, each in a folder of its own.
 *
 * @param kind
 *   Kind of list.
 * @param groups
 *   Articles by slug, with the name shown.
 * @returns
 *   Lists, by name.
 */
function named(kind: 'section' | 'author', groups: Map<string, NamedGroup>): Array<ArticleList> {
  return [...groups.values()]
    .sort((a, b) => compare(a.name, b.name))
    .map((group) => ({kind, name: group.name, folder: listFolder(kind, group.name), articles: group.articles}))
}

/** Articles under one slug, with the name shown for them. */
interface NamedGroup {
  /** The first of the names written with this slug, in code point order. */
  name: string
  articles: Array<ArticleRecord>
}

/**
 * Group articles by the slug of their names (an article can have several
 * authors): names written differently that make the same folder
 * (`اقتصاد`, `اقتصـاد`; `Sport`, `sport`) are one list.
 *
 * @param records
 *   Articles, in order.
 * @param names
 *   Names of one article.
 * @returns
 *   Articles by slug, each group in the original order.
 */
function group(
  records: ReadonlyArray<ArticleRecord>,
  names: (record: ArticleRecord) => ReadonlyArray<string>
): Map<string, NamedGroup> {
  const groups = new Map<string, NamedGroup>()
  for (const record of records) {
    for (const raw of new Set(
      names(record)
        .map((name) => name.trim())
        .filter(Boolean)
    )) {
      const key = slug(raw)
      let entry = groups.get(key)
      if (!entry) groups.set(key, (entry = {name: raw, articles: []}))
      else if (compare(raw, entry.name) < 0) entry.name = raw
      // Two spellings in one article (`Sport`, `sport`) list it once.
      if (entry.articles.at(-1) !== record) entry.articles.push(record)
    }
  }

  return groups
}

/**
 * Cut a list into pages.
 *
 * @param items
 *   Items.
 * @param size
 *   Items per page.
 * @returns
 *   Pages (at least one, maybe empty).
 */
export function paginate<T>(items: ReadonlyArray<T>, size: number): Array<Array<T>> {
  const pages: Array<Array<T>> = []
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size))
  return pages.length === 0 ? [[]] : pages
}

/**
 * Milliseconds since the epoch of an ISO date.
 *
 * @param value
 *   ISO date.
 * @returns
 *   Time, or `undefined`.
 */
export function timeOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : time
}

/**
 * Compare strings in a stable, locale-free way.
 *
 * @param a
 *   One.
 * @param b
 *   Other.
 * @returns
 *   Order.
 */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Short hash of a name.
 *
 * @param value
 *   Name.
 * @returns
 *   Eight hex digits.
 */
function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8)
}
