/**
 * Checking the options the facts are resolved with (site-wide defaults).
 */

import {booleanOption, countOption, isList, objectOption} from '../options.js'
import {isValidTimeZone} from './date.js'
import {
  DEFAULT_ARTICLE_BODY,
  DEFAULT_DESCRIPTION_MAX_LENGTH,
  DEFAULT_HEADLINE_MAX_LENGTH,
  DEFAULT_IN_LANGUAGE,
  DEFAULT_TIME_ZONE
} from './defaults.js'
import {
  canonicalLanguage,
  isDirection,
  type Direction,
  type NewsArticleSettings,
  type PartyInput,
  type PublisherInput,
  resolveSitePublisher
} from './facts.js'
import {checkUrl} from '../url.js'
import {asList, isRecord} from './values.js'

/** Default of `FactsOptions.direction`. */
export const DEFAULT_DIRECTION: Direction = 'rtl'

/** Site-wide defaults of the facts of every article; front matter overrides them per file. */
export interface FactsOptions {
  /** BCP 47 tag of the articles; front matter `inLanguage`/`lang`/`language` overrides it (default: `'ar'`). */
  readonly language?: string | null | undefined
  /** Base direction of the articles; front matter `dir`/`direction` overrides it (default: `'rtl'`). */
  readonly direction?: Direction | null | undefined
  /**
   * The outlet that publishes the articles (`Organization` with `logo`);
   * front matter `publisher` replaces it (default: none).
   */
  readonly publisher?: Readonly<PublisherInput> | null | undefined
  /**
   * Author when front matter has no `author` and the text no byline: a name,
   * `{name, url, sameAs, type}`, or a list (default: none).
   */
  readonly defaultAuthor?:
    string | Readonly<PartyInput> | ReadonlyArray<string | Readonly<PartyInput>> | null | undefined
  /**
   * Absolute `http:`/`https:` URL that relative URLs in front matter and
   * options (`url`, `image`, author `url`, logo) are resolved against
   * (default: none, relative URLs are dropped with a warning).
   */
  readonly baseUrl?: string | null | undefined
  /**
   * IANA time zone of the newsroom (example: `'Asia/Riyadh'`): dates without
   * time or offset are read in it and all dates are written with its offset;
   * front matter `timeZone` overrides it (default: `'UTC'`).
   */
  readonly timeZone?: string | null | undefined
  /** Whether to keep the plain text of the body (`articleBody`) (default: `false`). */
  readonly articleBody?: boolean | null | undefined
  /** Site-wide `isAccessibleForFree`; front matter `isAccessibleForFree`/`free` overrides it (default: none). */
  readonly isAccessibleForFree?: boolean | null | undefined
  /** More author names to treat as organisations (and to leave out of the speakers) (default: `[]`). */
  readonly organizations?: ReadonlyArray<string> | null | undefined
  /** Longest headline derived from the lead, in characters (default: `110`). */
  readonly headlineMaxLength?: number | null | undefined
  /** Longest description derived from the lead, in characters (default: `160`). */
  readonly descriptionMaxLength?: number | null | undefined
  /**
   * Current time, to find publication dates in the future: a `Date`, a
   * timestamp, an ISO string, or a function returning one (default: the
   * time when each file is processed).
   */
  readonly now?: Date | number | string | (() => Date | number) | null | undefined
}

/**
 * Check facts options and fill in defaults.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Settings.
 * @throws {TypeError}
 *   When an option has the wrong type or value; the message names it.
 */
export function normalizeFactsOptions(options: Readonly<FactsOptions> | null | undefined): NewsArticleSettings {
  const given = objectOption(options)
  const baseUrl = baseUrlOption(given.baseUrl)
  const publisher = publisherOption(given.publisher, baseUrl)
  return {
    timeZone: timeZoneOption(given.timeZone) ?? DEFAULT_TIME_ZONE,
    language: languageOption(given.language),
    direction: directionOption(given.direction),
    baseUrl,
    publisher,
    sitePublisher: resolveSitePublisher(publisher, baseUrl),
    defaultAuthor: defaultAuthorOption(given.defaultAuthor),
    organizations: organizationsOption(given.organizations),
    articleBody: booleanOption(given.articleBody, 'articleBody', DEFAULT_ARTICLE_BODY),
    isAccessibleForFree: optionalBoolean(given.isAccessibleForFree, 'isAccessibleForFree'),
    headlineMaxLength: countOption(given.headlineMaxLength, 'headlineMaxLength', DEFAULT_HEADLINE_MAX_LENGTH, 10),
    descriptionMaxLength: countOption(
      given.descriptionMaxLength,
      'descriptionMaxLength',
      DEFAULT_DESCRIPTION_MAX_LENGTH,
      10
    ),
    now: nowOption(given.now)
  }
}

/**
 * Check a `timeZone` option.
 *
 * @param value
 *   The value given.
 * @returns
 *   The time zone, or `undefined` when not given.
 * @throws {TypeError}
 *   When `Intl` does not know it.
 */
export function timeZoneOption(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'string' || !isValidTimeZone(value)) {
    throw new TypeError(
      'Expected `timeZone` to be an IANA time zone such as `Asia/Riyadh`, not `' + String(value) + '`'
    )
  }

  return value
}

/**
 * Check a language option and canonicalise it (`AR-eg` → `ar-EG`).
 *
 * @param value
 *   The value given.
 * @param name
 *   Name of the option (default: `'language'`).
 * @returns
 *   Canonical tag.
 */
export function languageOption(value: unknown, name = 'language'): string {
  const language = typeof value === 'string' ? canonicalLanguage(value) : (value ?? DEFAULT_IN_LANGUAGE)
  if (typeof language !== 'string') {
    throw new TypeError('Expected `' + name + '` to be a BCP 47 tag such as `ar`, not `' + String(value) + '`')
  }

  return language
}

/**
 * Check a direction option.
 *
 * @param value
 *   The value given.
 * @returns
 *   The direction.
 */
export function directionOption(value: unknown): Direction {
  const direction = value ?? DEFAULT_DIRECTION
  if (!isDirection(direction)) {
    throw new TypeError("Expected `direction` to be `'rtl'`, `'ltr'` or `'auto'`, not `" + String(direction) + '`')
  }

  return direction
}

/** Check `baseUrl`. */
function baseUrlOption(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const result = checkUrl(value)
  if (!result.ok) throw new TypeError('Expected `baseUrl` to be an absolute `http:` or `https:` URL: ' + result.reason)
  return result.value
}

/** Check `publisher`. */
function publisherOption(
  value: Readonly<PublisherInput> | null | undefined,
  baseUrl: string | undefined
): PublisherInput | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'object' || typeof value.name !== 'string' || value.name.trim() === '') {
    throw new TypeError('Expected `publisher` to be an object with a `name`')
  }

  const logo = typeof value.logo === 'object' && value.logo !== null ? value.logo.url : value.logo
  for (const [name, url] of [
    ['publisher.url', value.url],
    ['publisher.logo', logo]
  ] as const) {
    const result = url === null || url === undefined ? undefined : checkUrl(url, baseUrl)
    if (result && !result.ok) {
      throw new TypeError('Expected `' + name + '` to be an `http:` or `https:` URL: ' + result.reason)
    }
  }

  return value
}

/** Check `defaultAuthor`. */
function defaultAuthorOption(value: FactsOptions['defaultAuthor']): NewsArticleSettings['defaultAuthor'] {
  if (value === null || value === undefined) return undefined
  const valid = asList(value).every(
    (item) => typeof item === 'string' || (isRecord(item) && typeof item['name'] === 'string')
  )
  if (!valid) throw new TypeError('Expected `defaultAuthor` to be a name, `{name, url}`, or a list of them')
  return value
}

/** Check `organizations`. */
function organizationsOption(value: unknown): ReadonlyArray<string> {
  const organizations = value ?? []
  if (!isList(organizations) || !organizations.every((name): name is string => typeof name === 'string')) {
    throw new TypeError('Expected `organizations` to be a list of names')
  }

  return organizations.map(String)
}

/** Check an optional boolean. */
function optionalBoolean(value: unknown, name: string): boolean | undefined {
  if (value === null || value === undefined) return undefined
  return booleanOption(value, name, false)
}

/** Check `now`. */
function nowOption(value: FactsOptions['now']): () => number {
  if (value === null || value === undefined) return Date.now
  if (typeof value === 'function') {
    return function () {
      const result = value()
      const instant = result instanceof Date ? result.getTime() : result
      if (typeof instant !== 'number' || Number.isNaN(instant)) throw new TypeError('Expected `now()` to return a date')
      return instant
    }
  }

  const instant = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : value
  if (typeof instant !== 'number' || Number.isNaN(instant)) {
    throw new TypeError('Expected `now` to be a date, timestamp or ISO string, not `' + String(value) + '`')
  }

  return () => instant
}
