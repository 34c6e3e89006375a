/**
 * What shapes the site pages, feeds and sitemaps around the articles: given
 * by `build` and `merge` to `writeSite`, from flags and the configuration
 * file (flags win), plain data so that a shard report can carry it.
 */

import path from 'node:path'
import {DEFAULT_DIGITS, DEFAULT_HIJRI, type Digits} from '../../display/format.js'

/** Who the site is (the command line's site settings have this shape). */
export interface SiteIdentity {
  /** Name of the site. */
  siteName?: string | undefined
  /** Absolute URL the output folder is served from. */
  baseUrl?: string | undefined
  /** Publisher organisation name. */
  publisher?: string | undefined
  /** IANA time zone. */
  timeZone?: string | undefined
  /** BCP 47 language tag of the articles. */
  language?: string | undefined
}

/** A stylesheet or layout that cannot be loaded. */
export class SiteError extends Error {}

/** Settings of `writeSite`. */
export interface SiteOutputSettings {
  /** Site name, base URL, publisher, time zone, language. */
  site: SiteIdentity
  /**
   * Stylesheet copied into the output (under a content-hashed name) and
   * linked from every page: a file path, `false` for none, `undefined` for
   * the package's `style.css`.
   */
  css?: string | false | undefined
  /** Path of an ES module whose default export replaces the built-in layout of site pages. */
  layout?: string | undefined
  /** Articles per list page (default: `DEFAULT_PER_PAGE`). */
  perPage?: number | undefined
  /** Articles per feed (default: `DEFAULT_FEED_SIZE`). */
  feedSize?: number | undefined
  /** Digits of dates and counts the site writes (default: `'locale'`). */
  digits?: Digits | undefined
  /** Show the Hijri date beside the Gregorian one (default: `false`). */
  hijri?: boolean | undefined
  /** Publication name in the Google News sitemap, exactly as on the articles (default: publisher, else site name). */
  publicationName?: string | undefined
  /** The time the build counts from for the news sitemap’s two days (default: now). */
  now?: Date | string | undefined
}

/** Default articles per list page. */
export const DEFAULT_PER_PAGE = 20

/** Default articles per feed. */
export const DEFAULT_FEED_SIZE = 20

/** Settings after defaults. */
export interface ResolvedSiteSettings {
  site: SiteIdentity
  language: string
  siteName: string
  publicationName: string
  baseUrl: URL | undefined
  css: string | false | undefined
  layout: string | undefined
  perPage: number
  feedSize: number
  digits: Digits
  hijri: boolean
  now: Date
}

/** Name of a site without `siteName`. */
const UNNAMED_SITE = 'أخبار'

/** Language of a site without `language`. */
export const DEFAULT_SITE_LANGUAGE = 'ar'

/**
 * @param site
 *   Site settings.
 * @returns
 *   Name of the site: `siteName`, else the publisher, else `أخبار`.
 */
export function siteNameOf(site: SiteIdentity): string {
  return site.siteName ?? site.publisher ?? UNNAMED_SITE
}

/**
 * Fill in defaults.
 *
 * @param settings
 *   Settings as given.
 * @returns
 *   Resolved settings.
 * @throws {TypeError}
 *   When a value is out of range.
 */
export function resolveSiteSettings(settings: SiteOutputSettings): ResolvedSiteSettings {
  const {site} = settings
  const siteName = siteNameOf(site)
  const now = settings.now === undefined ? new Date() : new Date(settings.now)
  if (Number.isNaN(now.getTime()))
    throw new TypeError('Expected `now` to be a date, not `' + String(settings.now) + '`')
  return {
    site,
    language: site.language ?? DEFAULT_SITE_LANGUAGE,
    siteName,
    publicationName: settings.publicationName ?? site.publisher ?? siteName,
    baseUrl:
      site.baseUrl === undefined ? undefined : new URL(site.baseUrl.endsWith('/') ? site.baseUrl : site.baseUrl + '/'),
    css: settings.css,
    layout: settings.layout,
    perPage: positive(settings.perPage, 'perPage', DEFAULT_PER_PAGE),
    feedSize: positive(settings.feedSize, 'feedSize', DEFAULT_FEED_SIZE),
    digits: settings.digits ?? DEFAULT_DIGITS,
    hijri: settings.hijri ?? DEFAULT_HIJRI,
    now
  }
}

/**
 * Check a positive whole number.
 *
 * @param value
 *   Value.
 * @param name
 *   Name, for the error.
 * @param fallback
 *   Default.
 * @returns
 *   Number.
 */
function positive(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1)
    throw new TypeError('Expected `' + name + '` to be a positive whole number, not `' + String(value) + '`')
  return value
}

/** Settings of the site pages that come from the configuration file (and `--css`). */
export type SitePagesConfig = Omit<SiteOutputSettings, 'site' | 'now'>

/** Keys of the configuration file for the site pages. */
export const PAGE_KEYS = ['css', 'layout', 'perPage', 'feedSize', 'digits', 'hijri', 'publicationName'] as const

/**
 * Whether a configuration key belongs to the site pages.
 *
 * @param key
 *   Key.
 * @returns
 *   Whether it does.
 */
export function isPageKey(key: string): key is (typeof PAGE_KEYS)[number] {
  return (PAGE_KEYS as ReadonlyArray<string>).includes(key)
}

/**
 * Read one site-page key of the configuration file. Paths (`css`,
 * `layout`) are relative to the file.
 *
 * @param pages
 *   Settings read so far (changed).
 * @param key
 *   Key.
 * @param value
 *   Value in the file.
 * @param file
 *   Path of the configuration file.
 * @returns
 *   What is wrong with the value, if anything.
 */
export function readPageKey(
  pages: SitePagesConfig,
  key: (typeof PAGE_KEYS)[number],
  value: unknown,
  file: string
): string | undefined {
  const invalid = (expected: string): string => `Invalid \`${key}\` in \`${file}\`: expected ${expected}`
  switch (key) {
    case 'css':
    case 'layout': {
      if (key === 'css' && value === false) pages.css = false
      else if (typeof value === 'string' && value.trim() !== '') pages[key] = path.resolve(path.dirname(file), value)
      else return invalid(key === 'css' ? 'a file path, or false' : 'a file path')
      return undefined
    }
    case 'perPage':
    case 'feedSize': {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return invalid('a positive whole number')
      pages[key] = value
      return undefined
    }
    case 'digits': {
      if (value !== 'latn' && value !== 'arab' && value !== 'locale') return invalid('"latn", "arab" or "locale"')
      pages.digits = value
      return undefined
    }
    case 'hijri': {
      if (typeof value !== 'boolean') return invalid('a boolean')
      pages.hijri = value
      return undefined
    }
    case 'publicationName': {
      if (typeof value !== 'string' || value.trim() === '') return invalid('a non-empty string')
      pages.publicationName = value
      return undefined
    }
  }
}

/** What article pages take from the site settings. */
export interface ArticlePageSettings {
  /** Address of the stylesheet, from the site root. */
  css?: string | undefined
  /** Digits of the header's dates. */
  digits?: Digits | undefined
  /** Hijri date in the header. */
  hijri?: boolean | undefined
}
