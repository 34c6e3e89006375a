/**
 * The digest of what the site pages are made from: the article records and
 * the site settings, but not the time of the run. When it matches the one
 * the last run recorded (`.arabic-news-site.json`), the pages that do not
 * depend on the time (home, sections, authors, the general sitemap, most
 * feeds) would come out byte for byte the same, so they are left as they
 * are instead of being laid out and serialised again.
 *
 * The time of the run reaches only the news sitemaps (the last two days),
 * `robots.txt` (which names them) and the feeds of a list without any dated
 * article (their `updated`): those are made again on every run.
 *
 * Only the built-in layout is covered (its code is the package's version);
 * a layout module of the site's own may read anything, so its pages are
 * always made again.
 */

import {createHash} from 'node:crypto'
import {packageVersion} from '../version.js'
import type {ArticleRecord} from './record.js'
import type {ResolvedSiteSettings} from './settings.js'

/**
 * Digest of a site's inputs.
 *
 * @param records
 *   Records, in the order given.
 * @param settings
 *   Resolved settings (`now` is left out).
 * @param stylesheet
 *   Name of the stylesheet in the output folder (it holds a hash of its contents), if any.
 * @returns
 *   SHA-256 (hex), or `undefined` when the pages do not depend on these alone (a layout of the site's own).
 */
export function siteDigest(
  records: ReadonlyArray<ArticleRecord>,
  settings: ResolvedSiteSettings,
  stylesheet: string | undefined
): string | undefined {
  if (settings.layout !== undefined) return undefined
  const digest = createHash('sha256')
  digest.update(stableJson({version: packageVersion, settings: {...settings, now: undefined}, stylesheet}) + '\n')
  for (const record of records) digest.update(JSON.stringify(RECORD_FIELDS.map((field) => record[field])) + '\n')
  return digest.digest('hex')
}

/** Every field of a record, in a fixed order (a record's own key order depends on how it was made). */
const RECORD_FIELDS = [
  'input',
  'output',
  'url',
  'headline',
  'description',
  'datePublished',
  'dateModified',
  'language',
  'section',
  'authors',
  'image'
] as const satisfies ReadonlyArray<keyof ArticleRecord>

/** A field of `ArticleRecord` missing from `RECORD_FIELDS` fails to compile here. */
export const everyRecordField: [Exclude<keyof ArticleRecord, (typeof RECORD_FIELDS)[number]>] extends [never]
  ? true
  : never = true

/**
 * JSON with the keys of every object in order, so that equal values give
 * equal text whichever way their objects were made (a record read from the
 * manifest, or sent by a worker).
 *
 * @param value
 *   Value (plain data; URLs and dates as `JSON.stringify` writes them).
 * @returns
 *   JSON text (`undefined` members are left out, as `JSON.stringify` does).
 */
export function stableJson(value: unknown): string {
  if (typeof value !== 'object' || value === null || value instanceof URL || value instanceof Date) {
    return JSON.stringify(value) ?? 'null'
  }

  if (Array.isArray(value)) return '[' + value.map((item: unknown) => stableJson(item)).join(',') + ']'
  let text = ''
  for (const key of Object.keys(value).sort()) {
    const member: unknown = Reflect.get(value, key)
    if (member === undefined || typeof member === 'function') continue
    text += (text === '' ? '' : ',') + JSON.stringify(key) + ':' + stableJson(member)
  }

  return '{' + text + '}'
}
