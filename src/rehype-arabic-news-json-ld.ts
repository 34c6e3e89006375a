/**
 * rehype plugin that describes the article as a schema.org `NewsArticle` in
 * JSON-LD, and checks the dates the text speaks of.
 */

import type {Element, Root, Text} from 'hast'
import {toText} from 'hast-util-to-text'
import type {Plugin} from 'unified'
import type {Point, Position} from 'unist'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {
  DEFAULT_ARTICLE_BODY,
  DEFAULT_DESCRIPTION_MAX_LENGTH,
  DEFAULT_HEADLINE_MAX_LENGTH,
  DEFAULT_IN_LANGUAGE,
  DEFAULT_SCRIPT,
  DEFAULT_TIME_ZONE
} from './metadata/defaults.js'
import {isValidTimeZone} from './metadata/date.js'
import {
  buildNewsArticle,
  canonicalLanguage,
  type NewsArticleSettings,
  type PartyInput,
  type PublisherInput,
  type TextData
} from './metadata/news-article.js'
import {serializeJsonLd} from './metadata/serialize.js'
import {collapseWhiteSpace} from './metadata/text.js'
import {checkUrl} from './metadata/url.js'
import {findTodayWeekdays} from './metadata/weekday.js'
import {copyWithoutForbidden} from './parsing/characters.js'
import {booleanOption} from './options.js'
import {source} from './source.js'
import type {FrontMatter} from './types.js'

export type {ImageInput, PartyInput, PublisherInput} from './metadata/news-article.js'

/** Configuration for `rehypeArabicNewsJsonLd`: site-wide defaults, overridden per file by front matter. */
export interface JsonLdOptions {
  /**
   * The outlet that publishes the articles, written as `publisher`
   * (`Organization` with `logo`); front matter `publisher` replaces it
   * (default: none, `publisher` left out).
   */
  readonly publisher?: Readonly<PublisherInput> | null | undefined
  /**
   * Author when front matter has no `author` and the text no byline: a name,
   * `{name, url, sameAs, type}`, or a list (default: none, `author` left out).
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
  /** BCP 47 tag for `inLanguage`; front matter `lang`/`language` overrides it (default: `'ar'`). */
  readonly language?: string | null | undefined
  /** Whether to add the plain text of the body as `articleBody` (default: `false`). */
  readonly articleBody?: boolean | null | undefined
  /** Site-wide `isAccessibleForFree`; front matter `isAccessibleForFree`/`free` overrides it (default: none, left out). */
  readonly isAccessibleForFree?: boolean | null | undefined
  /** More author names to write as `Organization` (and to leave out of `mentions`) (default: `[]`). */
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
  /**
   * Whether to append `<script type="application/ld+json">` to the tree;
   * without it the object is only on `file.data.newsArticle` (default: `true`).
   */
  readonly script?: boolean | null | undefined
}

/** Settings of the plugin after checking. */
interface JsonLdSettings extends NewsArticleSettings {
  readonly script: boolean
}

/** English day names, for messages. */
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/**
 * Describe the article as a schema.org `NewsArticle` in JSON-LD.
 *
 * Reads front matter (`file.data.matter`, or Astro’s
 * `file.data.astro.frontmatter`), the options, and what the structure and
 * quotation plugins found (`file.data.arabicNews`; without it, the `h1` and
 * paragraphs of the tree). Puts the object on `file.data.newsArticle` and
 * appends a `<script type="application/ld+json">` that nothing in the data
 * can break out of. Warns about a derived headline, a publication date in
 * the future, and a weekday named as “today” (`اليوم الخميس`) that is not
 * the day of publication.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsJsonLd: Plugin<[(Readonly<JsonLdOptions> | null | undefined)?], Root> = function (
  options
) {
  const settings = normalizeJsonLdOptions(options)

  return function (tree, file) {
    const matter = frontMatterOf(file)
    const text: TextData = file.data.arabicNews ?? textFromTree(tree)
    const result = buildNewsArticle(matter, text, settings)

    for (const problem of result.problems) {
      const place =
        problem.ruleId === 'derived-headline'
          ? leadPlace(tree, text.lead)
          : problem.key === undefined
            ? undefined
            : frontMatterPlace(file, problem.key)
      // Problems in options or in data from a host have no place of their own in the text.
      file.message(problem.reason, {place: place ?? {line: 1, column: 1}, ruleId: problem.ruleId, source})
    }

    if (result.published) checkWeekdays(tree, file, result.published.weekday, result.published.date, result.timeZone)

    file.data.newsArticle = result.article

    if (settings.script) {
      tree.children.push(
        {
          type: 'element',
          tagName: 'script',
          properties: {type: 'application/ld+json'},
          children: [{type: 'text', value: serializeJsonLd(result.article)}]
        },
        {type: 'text', value: '\n'}
      )
    }
  }
}

/**
 * Check options of `rehypeArabicNewsJsonLd` and fill in defaults.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Settings.
 * @throws {TypeError}
 *   When an option has the wrong type or value; the message names it.
 */
export function normalizeJsonLdOptions(options: Readonly<JsonLdOptions> | null | undefined): JsonLdSettings {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object')
  }

  const given = options ?? {}
  const timeZone = given.timeZone ?? DEFAULT_TIME_ZONE
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
    throw new TypeError(
      'Expected `timeZone` to be an IANA time zone such as `Asia/Riyadh`, not `' + String(timeZone) + '`'
    )
  }

  const language =
    typeof given.language === 'string' ? canonicalLanguage(given.language) : (given.language ?? DEFAULT_IN_LANGUAGE)
  if (typeof language !== 'string') {
    throw new TypeError('Expected `language` to be a BCP 47 tag such as `ar`, not `' + String(given.language) + '`')
  }

  let baseUrl: string | undefined
  if (given.baseUrl !== null && given.baseUrl !== undefined) {
    const result = checkUrl(given.baseUrl)
    if (!result.ok)
      throw new TypeError('Expected `baseUrl` to be an absolute `http:` or `https:` URL: ' + result.reason)
    baseUrl = result.value
  }

  const publisher = given.publisher ?? undefined
  if (publisher !== undefined) {
    if (typeof publisher !== 'object' || typeof publisher.name !== 'string' || publisher.name.trim() === '') {
      throw new TypeError('Expected `publisher` to be an object with a `name`')
    }

    const logo = typeof publisher.logo === 'object' && publisher.logo !== null ? publisher.logo.url : publisher.logo
    for (const [name, url] of [
      ['publisher.url', publisher.url],
      ['publisher.logo', logo]
    ] as const) {
      const result = url === null || url === undefined ? undefined : checkUrl(url, baseUrl)
      if (result && !result.ok)
        throw new TypeError('Expected `' + name + '` to be an `http:` or `https:` URL: ' + result.reason)
    }
  }

  const defaultAuthor = given.defaultAuthor ?? undefined
  if (defaultAuthor !== undefined && !isPartyList(defaultAuthor)) {
    throw new TypeError('Expected `defaultAuthor` to be a name, `{name, url}`, or a list of them')
  }

  const organizations = given.organizations ?? []
  if (!Array.isArray(organizations) || !organizations.every((name) => typeof name === 'string')) {
    throw new TypeError('Expected `organizations` to be a list of names')
  }

  const isAccessibleForFree = given.isAccessibleForFree ?? undefined
  if (isAccessibleForFree !== undefined && typeof isAccessibleForFree !== 'boolean') {
    throw new TypeError('Expected `isAccessibleForFree` to be a boolean')
  }

  return {
    timeZone,
    language,
    baseUrl,
    publisher,
    defaultAuthor,
    organizations: organizations as ReadonlyArray<string>,
    articleBody: booleanOption(given.articleBody, 'articleBody', DEFAULT_ARTICLE_BODY),
    isAccessibleForFree,
    headlineMaxLength: lengthOption(given.headlineMaxLength, 'headlineMaxLength', DEFAULT_HEADLINE_MAX_LENGTH),
    descriptionMaxLength: lengthOption(
      given.descriptionMaxLength,
      'descriptionMaxLength',
      DEFAULT_DESCRIPTION_MAX_LENGTH
    ),
    now: nowOption(given.now),
    script: booleanOption(given.script, 'script', DEFAULT_SCRIPT)
  }
}

/**
 * Get the front matter of a file: `file.data.matter`, over Astro’s
 * `file.data.astro.frontmatter` when both exist.
 *
 * @param file
 *   The file.
 * @returns
 *   Front matter (empty object when there is none).
 */
export function frontMatterOf(file: VFile): FrontMatter {
  const astro = file.data.astro?.frontmatter
  const matter = file.data.matter
  // Hosts give front matter as they read it: characters HTML cannot carry are
  // replaced here, as the plain-text parser does for its own.
  return copyWithoutForbidden(astro && matter ? {...astro, ...matter} : (matter ?? astro ?? {}))
}

/**
 * Find where a front matter key is written, to point messages at it.
 *
 * @param file
 *   The file, with its text when it has one.
 * @param key
 *   Top-level YAML key.
 * @returns
 *   Position of the key’s line, or `undefined` when it cannot be found.
 */
export function frontMatterPlace(file: VFile, key: string): Position | undefined {
  const value = typeof file.value === 'string' ? file.value : String(file.value ?? '')
  const lines = value.split('\n')
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined
  let offset = (lines[0] ?? '').length + 1

  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const trimmed = line.trimEnd()
    if (trimmed === '---' || trimmed === '...') return undefined
    if (line.startsWith(key + ':') || line.startsWith(key + ' :')) {
      return {
        start: {line: index + 1, column: 1, offset},
        end: {line: index + 1, column: trimmed.length + 1, offset: offset + trimmed.length}
      }
    }

    offset += line.length + 1
  }

  return undefined
}

function checkWeekdays(tree: Root, file: VFile, weekday: number, date: string, timeZone: string): undefined {
  visit(tree, function (node) {
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return SKIP
    if (node.type !== 'text') return undefined

    for (const mention of findTodayWeekdays(node.value)) {
      if (mention.weekday === weekday) continue
      file.message(
        'Unexpected weekday `' +
          mention.text +
          '` (' +
          weekdayNames[mention.weekday] +
          '): the article is published on ' +
          weekdayNames[weekday] +
          ' ' +
          date +
          ' (' +
          timeZone +
          ')',
        {place: placeIn(node, mention.index, mention.length), ruleId: 'weekday-mismatch', source}
      )
    }

    return undefined
  })
  return undefined
}

/** Position of a span of a text node; exact when the node maps one to one onto one source line. */
function placeIn(node: Text, index: number, length: number): Position | undefined {
  const position = node.position
  if (!position) return undefined
  const {start, end} = position
  const exact =
    start.line === end.line &&
    start.offset !== undefined &&
    end.offset !== undefined &&
    end.offset - start.offset === node.value.length
  if (!exact) return position
  return {start: shift(start, index), end: shift(start, index + length)}
}

function shift(point: Point, by: number): Point {
  return point.offset === undefined
    ? {line: point.line, column: point.column + by}
    : {line: point.line, column: point.column + by, offset: point.offset + by}
}

/** Position of the paragraph that holds the lead. */
function leadPlace(tree: Root, lead: string | undefined): Position | undefined {
  const probe = lead === undefined ? '' : collapseWhiteSpace(lead).slice(0, 24)
  let place: Position | undefined
  visit(tree, 'element', function (node) {
    if (place || node.tagName !== 'p' || !node.position) return undefined
    if (probe === '' || collapseWhiteSpace(toText(node)).includes(probe)) place = node.position
    return undefined
  })
  return place
}

/** What the text yields when the structure plugin did not run: first `h1`, first paragraph, all paragraphs. */
function textFromTree(tree: Root): TextData {
  let headline: string | undefined
  const bodyText: Array<string> = []
  visit(tree, 'element', function (node: Element) {
    if (node.tagName === 'script' || node.tagName === 'style') return SKIP
    if (node.tagName === 'h1' && headline === undefined) headline = collapseWhiteSpace(toText(node))
    if (node.tagName === 'p' || node.tagName === 'h2' || node.tagName === 'li') {
      const value = collapseWhiteSpace(toText(node))
      if (value !== '') bodyText.push(value)
      return SKIP
    }

    return undefined
  })
  const lead = bodyText.find((value, index) => index === 0 || value !== headline)
  return {headline, lead, bodyText, quotes: [], asides: []}
}

function isPartyList(value: unknown): boolean {
  const items = Array.isArray(value) ? (value as Array<unknown>) : [value]
  return items.every(
    (item) =>
      typeof item === 'string' ||
      (typeof item === 'object' && item !== null && typeof (item as Record<string, unknown>)['name'] === 'string')
  )
}

function lengthOption(value: unknown, name: string, fallback: number): number {
  if (value === null || value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 10) {
    throw new TypeError('Expected `' + name + '` to be an integer of at least 10, not `' + String(value) + '`')
  }

  return value
}

function nowOption(value: JsonLdOptions['now']): () => number {
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
