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
    ...named('section', 'sections/', sections),
    ...named('author', 'authors/', authors)
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
 * Lists for named groups, each in a folder of its own (two names with the
 * same slug get a hash to stay apart).
 *
 * @param kind
 *   Kind of list.
 * @param prefix
 *   Folder of all lists of this kind.
 * @param groups
 *   Articles by name.
 * @returns
 *   Lists, by name.
 */
function named(
  kind: 'section' | 'author',
  prefix: string,
  groups: Map<string, Array<ArticleRecord>>
): Array<ArticleList> {
  const names = [...groups.keys()].sort(compare)
  const counts = new Map<string, number>()
  for (const name of names) counts.set(slug(name), (counts.get(slug(name)) ?? 0) + 1)
  return names.map((name) => {
    const base = slug(name)
    const segment = (counts.get(base) ?? 0) > 1 ? base + '-' + shortHash(name) : base
    return {kind, name, folder: prefix + segment + '/', articles: groups.get(name) ?? []}
  })
}

/**
 * Group articles by names (an article can have several authors).
 *
 * @param records
 *   Articles, in order.
 * @param names
 *   Names of one article.
 * @returns
 *   Articles by name, each in the original order.
 */
function group(
  records: ReadonlyArray<ArticleRecord>,
  names: (record: ArticleRecord) => ReadonlyArray<string>
): Map<string, Array<ArticleRecord>> {
  const groups = new Map<string, Array<ArticleRecord>>()
  for (const record of records) {
    for (const raw of new Set(
      names(record)
        .map((name) => name.trim())
        .filter(Boolean)
    )) {
      let list = groups.get(raw)
      if (!list) groups.set(raw, (list = []))
      list.push(record)
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
