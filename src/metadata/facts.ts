/**
 * The one resolver: front matter, options and what the text shows merged
 * into one typed record of the article, `ArticleFacts`.
 *
 * Renderers (JSON-LD, `<head>` metadata, the `<article>` wrapper, page data
 * for Astro and Eleventy, the command line's records) read these facts and
 * nothing else, so that each fact is worked out once, by one rule.
 *
 * Precedence, for each fact: defaults < options < front matter; what the text
 * shows (headline, dateline, bylines, lead, quotes, word count) fills what
 * front matter leaves open, before the site-wide defaults that stand in for
 * a missing author.
 */

import type {ArabicNewsData, FrontMatter, HeadlineSource} from '../types.js'
import {classifyParty, cleanPartyName, isNamedPerson} from './authors.js'
import {readDate, isValidTimeZone, type ArticleDate, type TimeZoneFormatters} from './date.js'
import {
  collapseWhiteSpace,
  countWords,
  dropFinalFullStop,
  firstSentence,
  normalizeArabic,
  characterLength,
  truncateAtWord
} from './text.js'
import {checkUrl} from '../url.js'
import {isList} from '../options.js'
import {asList, isRecord} from './values.js'

/** Base direction of text. */
export type Direction = 'rtl' | 'ltr' | 'auto'

/** A person or organisation as given in front matter or options. */
export interface PartyInput {
  /** Name only: no job title, honorific or «بقلم». */
  readonly name: string
  /** Page that identifies the party (absolute, or relative to `baseUrl`). */
  readonly url?: string | null | undefined
  /** Profiles of the same party elsewhere. */
  readonly sameAs?: string | ReadonlyArray<string> | null | undefined
  /** Kind of party; guessed from the name when absent (agencies and outlets are organisations). */
  readonly type?: 'Person' | 'Organization' | null | undefined
}

/** An image as given in front matter or options. */
export interface ImageInput {
  /** URL of the image (absolute, or relative to `baseUrl`). */
  readonly url: string
  /** Width in pixels. */
  readonly width?: number | null | undefined
  /** Height in pixels. */
  readonly height?: number | null | undefined
  /** Caption. */
  readonly caption?: string | null | undefined
}

/** The publisher, as given in options. */
export interface PublisherInput {
  /** Name of the outlet (example: `'صحيفة الأفق'`). */
  readonly name: string
  /** Home page of the outlet. */
  readonly url?: string | null | undefined
  /** Logo: URL, or URL with size. */
  readonly logo?: string | ImageInput | null | undefined
}

/** Settings after the attacher checked the options. */
export interface NewsArticleSettings {
  /** Time zone of dates without offset. */
  readonly timeZone: string
  /** Default language (canonical BCP 47 tag). */
  readonly language: string
  /** Default base direction (default: `'rtl'`). */
  readonly direction?: Direction | undefined
  /** Base for relative URLs. */
  readonly baseUrl?: string | undefined
  /** Site-wide publisher. */
  readonly publisher?: PublisherInput | undefined
  /** The site-wide publisher resolved once (see `resolveSitePublisher`); without it, resolved for each file. */
  readonly sitePublisher?: SitePublisher | undefined
  /** Author when neither front matter nor a byline names one. */
  readonly defaultAuthor?: string | PartyInput | ReadonlyArray<string | PartyInput> | undefined
  /** More names to treat as organisations. */
  readonly organizations: ReadonlyArray<string>
  /** Whether to keep the body text (`articleBody`). */
  readonly articleBody: boolean
  /** Site-wide `isAccessibleForFree`. */
  readonly isAccessibleForFree?: boolean | undefined
  /** Longest derived headline. */
  readonly headlineMaxLength: number
  /** Longest derived description. */
  readonly descriptionMaxLength: number
  /** Current time, in milliseconds since the epoch. */
  readonly now: () => number
}

/** The publisher of the options, resolved (by `resolveSitePublisher`). */
export interface SitePublisher {
  /** The publisher, or `undefined` when the options name none. */
  readonly publisher: ArticlePublisher | undefined
  /** Problems found resolving it, reported for each file. */
  readonly problems: ReadonlyArray<MetadataProblem>
}

/** A problem found while resolving, to be reported as a file message. */
export interface MetadataProblem {
  /** What is wrong and what to do. */
  reason: string
  /** Stable rule name. */
  ruleId: string
  /** Front matter key the problem is about, when there is one. */
  key?: string | undefined
}

/** A person or organisation who wrote the article. */
export interface ArticleParty {
  /** Kind of party. */
  type: 'Person' | 'Organization'
  /** Name. */
  name: string
  /** Page that identifies the party. */
  url?: string | undefined
  /** Profiles of the same party elsewhere. */
  sameAs: Array<string>
}

/** An image of the article, or a logo. */
export interface ArticleImage {
  /** Absolute URL. */
  url: string
  /** Width in pixels. */
  width?: number | undefined
  /** Height in pixels. */
  height?: number | undefined
  /** Caption (or `alt` text). */
  caption?: string | undefined
  /** Whether it was given as an object (`{url, width}`) rather than a bare URL. */
  described: boolean
}

/** The outlet that publishes the article. */
export interface ArticlePublisher {
  /** Name. */
  name: string
  /** Home page. */
  url?: string | undefined
  /** Logo. */
  logo?: ArticleImage | undefined
}

/** Where the language and direction came from. */
export type FactSource = 'front-matter' | 'options'

/** The one resolved record of an article. */
export interface ArticleFacts {
  /** Headline, when one is known. */
  headline?: string | undefined
  /** Where the headline came from (`'lead'` when derived from it). */
  headlineSource?: HeadlineSource | 'lead' | undefined
  /** Short description: front matter, else the lead cut at a word. */
  description?: string | undefined
  /** Text of the lead, dateline excluded. */
  lead?: string | undefined
  /** Canonical BCP 47 tag (example: `'ar-EG'`). */
  language: string
  /** Where `language` came from. */
  languageSource: FactSource
  /** Base direction. */
  direction: Direction
  /** Where `direction` came from. */
  directionSource: FactSource
  /** IANA time zone the dates are written in. */
  timeZone: string
  /** Publication date. */
  datePublished?: ArticleDate | undefined
  /** Modification date. */
  dateModified?: ArticleDate | undefined
  /** Authors: front matter, else bylines, else the default author. */
  authors: Array<ArticleParty>
  /** Publisher: front matter, else options. */
  publisher?: ArticlePublisher | undefined
  /** Images from front matter. */
  images: Array<ArticleImage>
  /** Canonical URL of the article. */
  url?: string | undefined
  /** Sections (first is the main one). */
  sections: Array<string>
  /** Keywords. */
  keywords: Array<string>
  /** Dateline as written (front matter, else the text). */
  dateline?: string | undefined
  /** Words in the body, bylines and boilerplate excluded. */
  wordCount: number
  /** Named persons quoted in block quotations, in order of first quotation. */
  speakers: Array<string>
  /** Whether the article is free to read, when known. */
  isAccessibleForFree?: boolean | undefined
  /** Plain text of the body blocks without bylines and boilerplate, when `articleBody` is on. */
  body?: string | undefined
}

/** What `resolveArticleFacts` gives. */
export interface FactsResult {
  /** The facts. */
  facts: ArticleFacts
  /** Problems, in the order found. */
  problems: Array<MetadataProblem>
}

/** What the text yields (`file.data.arabicNews`, or what a tree shows without the structure plugin). */
export type TextData = Partial<
  Pick<
    ArabicNewsData,
    'headline' | 'headlineSource' | 'lead' | 'dateline' | 'asides' | 'quotes' | 'wordCount' | 'bodyText'
  >
>

/** Credit lines that name someone who did not write the article (photos, translation, graphics). */
const creditLine =
  /^(?:تصوير|عدسة|صور|صورة|فيديو|ترجمة|رسوم|رسم|إنفوجراف|انفوجراف|جرافيك|مونتاج|تنسيق|photo|photos|video|translated)/iu

/** Front matter keys read for each fact, in order of preference. */
export const FRONT_MATTER_KEYS = {
  headline: ['headline', 'title'],
  description: ['description', 'summary', 'excerpt'],
  datePublished: ['datePublished', 'published', 'date'],
  dateModified: ['dateModified', 'modified', 'updated', 'lastmod'],
  author: ['author', 'authors'],
  publisher: ['publisher'],
  image: ['image', 'images'],
  inLanguage: ['inLanguage', 'lang', 'language'],
  direction: ['dir', 'direction'],
  articleSection: ['articleSection', 'section', 'category'],
  keywords: ['keywords', 'tags'],
  dateline: ['dateline'],
  url: ['url', 'canonical', 'permalink'],
  isAccessibleForFree: ['isAccessibleForFree', 'free'],
  timeZone: ['timeZone', 'timezone']
} as const

/**
 * Resolve the facts of an article.
 *
 * @param matter
 *   Front matter (may be empty).
 * @param text
 *   What the text yields (`file.data.arabicNews`, or an equivalent).
 * @param settings
 *   Checked settings.
 * @param formatters
 *   Time zone formatters of the processor (optional: else made for this
 *   article).
 * @returns
 *   The facts and the problems found.
 */
export function resolveArticleFacts(
  matter: FrontMatter,
  text: TextData,
  settings: NewsArticleSettings,
  formatters: TimeZoneFormatters = new Map()
): FactsResult {
  const problems: Array<MetadataProblem> = []
  const language = readLanguage(matter, settings, problems)
  const direction = readDirection(matter, settings, problems)
  const timeZone = readTimeZone(matter, settings, formatters, problems)
  // Named rather than spread into the record: a record made from a spread
  // gets its properties added one at a time, each a slow step.
  const {headline, headlineSource} = readHeadline(matter, text, settings, problems)
  const {datePublished, dateModified} = readDates(matter, {timeZone, formatters}, settings, problems)
  const facts: ArticleFacts = {
    headline,
    headlineSource,
    description: readDescription(matter, text, settings, problems),
    lead: nonEmpty(text.lead),
    language: language.value,
    languageSource: language.source,
    direction: direction.value,
    directionSource: direction.source,
    timeZone,
    datePublished,
    dateModified,
    authors: readAuthors(matter, text, settings, problems),
    publisher: readPublisher(matter, settings, problems),
    images: readImages(matter, settings.baseUrl, problems),
    sections: readTextList(matter, FRONT_MATTER_KEYS.articleSection, false, problems),
    keywords: readTextList(matter, FRONT_MATTER_KEYS.keywords, true, problems),
    wordCount:
      typeof text.wordCount === 'number' && text.wordCount > 0 ? text.wordCount : countWords(text.bodyText ?? []),
    dateline: readText(matter, FRONT_MATTER_KEYS.dateline, problems) ?? datelineText(text),
    speakers: readSpeakers(text, settings),
    url: readUrlField(matter, FRONT_MATTER_KEYS.url, settings.baseUrl, problems),
    isAccessibleForFree:
      readBoolean(matter, FRONT_MATTER_KEYS.isAccessibleForFree, problems) ?? settings.isAccessibleForFree,
    body: settings.articleBody ? bodyOf(text) : undefined
  }
  return {facts, problems}
}

/**
 * Headline: front matter, else what the structure plugin found, else one
 * derived from the lead.
 */
function readHeadline(
  matter: FrontMatter,
  text: TextData,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): Pick<ArticleFacts, 'headline' | 'headlineSource'> {
  const fromMatter = readText(matter, FRONT_MATTER_KEYS.headline, problems)
  if (fromMatter !== undefined) return {headline: collapseWhiteSpace(fromMatter), headlineSource: 'front-matter'}
  const fromText = nonEmpty(text.headline)
  if (fromText !== undefined) return {headline: collapseWhiteSpace(fromText), headlineSource: text.headlineSource}
  const derived = text.lead === undefined ? undefined : deriveHeadline(text.lead, settings.headlineMaxLength)
  // Without headline and lead there is nothing to describe; the structure plugin reports the empty article.
  if (derived === undefined) return {}
  problems.push({
    reason:
      'Unexpected missing headline, derived one from the lead: add a `title` to the front matter or a headline line',
    ruleId: 'derived-headline'
  })
  return {headline: derived, headlineSource: 'lead'}
}

/** Description: front matter, else the lead cut at a word. */
function readDescription(
  matter: FrontMatter,
  text: TextData,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): string | undefined {
  const description = readText(matter, FRONT_MATTER_KEYS.description, problems)
  if (description !== undefined) return collapseWhiteSpace(description)
  if (nonEmpty(text.lead) === undefined) return undefined
  return truncateAtWord(text.lead ?? '', settings.descriptionMaxLength).value
}

/** Publication and modification dates, checked against each other and the clock. */
function readDates(
  matter: FrontMatter,
  zone: Zone,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): Pick<ArticleFacts, 'datePublished' | 'dateModified'> {
  const published = readDateField(matter, FRONT_MATTER_KEYS.datePublished, zone, problems)
  const modified = readDateField(matter, FRONT_MATTER_KEYS.dateModified, zone, problems)

  if (published && published.value.instant > settings.now()) {
    problems.push({
      reason: 'Unexpected publication date in the future (`' + published.value.iso + '`)',
      ruleId: 'future-date',
      key: published.key
    })
  }

  if (published && modified && modified.value.instant < published.value.instant) {
    problems.push({
      reason:
        'Unexpected modification date (`' +
        modified.value.iso +
        '`) before the publication date (`' +
        published.value.iso +
        '`)',
      ruleId: 'modified-before-published',
      key: modified.key
    })
  }

  return {datePublished: published?.value, dateModified: modified?.value}
}

/**
 * Derive a headline from the lead: the whole lead when it fits, else its
 * first sentence when that fits, else the lead cut at a word.
 *
 * @param lead
 *   Text of the lead.
 * @param max
 *   Longest headline in characters.
 * @returns
 *   Headline, or `undefined` for an empty lead.
 */
export function deriveHeadline(lead: string, max: number): string | undefined {
  const text = collapseWhiteSpace(lead)
  if (text === '') return undefined
  const whole = dropFinalFullStop(text)
  if (characterLength(whole) <= max) return whole
  const sentence = firstSentence(text)
  if (sentence !== undefined && characterLength(sentence) <= max) return sentence
  return truncateAtWord(whole, max).value
}

/**
 * Read a list of persons or organisations (front matter `author`, options
 * `defaultAuthor`): a name, a `{name, url, sameAs, type}` object, or a list
 * of these. A string with commas holds several names.
 *
 * @param value
 *   Raw value.
 * @param baseUrl
 *   Base for relative URLs.
 * @param organizations
 *   More names to treat as organisations.
 * @param problems
 *   Where problems go.
 * @param key
 *   Front matter key or option name, for messages.
 * @returns
 *   Parties, without repeats.
 */
export function toParties(
  value: unknown,
  baseUrl: string | undefined,
  organizations: ReadonlyArray<string>,
  problems: Array<MetadataProblem>,
  key: string
): Array<ArticleParty> {
  const parties: Array<ArticleParty> = []
  const seen = new Set<string>()

  for (const item of asList(value)) {
    if (typeof item === 'string') {
      for (const name of item.split(/[,،;؛|]/)) {
        addParty({name})
      }
    } else if (isRecord(item) && typeof item['name'] === 'string') {
      addParty(item)
    } else if (item !== undefined && item !== null) {
      problems.push({
        reason: 'Unexpected `' + key + '` value, expected a name or `{name, url}`',
        ruleId: 'invalid-front-matter',
        key
      })
    }
  }

  return parties

  function addParty(input: Record<string, unknown>): undefined {
    let name = cleanPartyName(String(input['name']))
    if (name === '') return
    if (!isPartyName(name)) {
      problems.push({
        reason: 'Unexpected `' + key + '` value `' + name + '`, expected the name of a person or organisation',
        ruleId: 'invalid-author',
        key
      })
      return
    }

    const explicit = input['type'] ?? input['@type']
    const type = explicit === 'Person' || explicit === 'Organization' ? explicit : classifyParty(name, organizations)
    // «أحمد علي (صنعاء)»: a person’s name ends before the place in parentheses.
    if (type === 'Person') name = name.replace(/\s*\([^()]*\)$/u, '') || name
    const dedupeKey = normalizeArabic(name)
    if (seen.has(dedupeKey)) return
    seen.add(dedupeKey)
    const url =
      input['url'] === undefined || input['url'] === null
        ? undefined
        : urlOrProblem(input['url'], baseUrl, problems, key)
    const sameAs = asList(input['sameAs'])
      .map((item) => urlOrProblem(item, baseUrl, problems, key))
      .filter((item) => item !== undefined)
    parties.push({type, name, url, sameAs})
    return undefined
  }
}

/**
 * Tell whether text can be a name: it has letters, no digits, and is not a
 * day of the week (bylines exported from some sites hold dates).
 *
 * @param name
 *   Cleaned name.
 * @returns
 *   Whether it can name a person or organisation.
 */
export function isPartyName(name: string): boolean {
  if (!/\p{L}/u.test(name) || /\p{N}/u.test(name)) return false
  const key = normalizeArabic(name).toLowerCase()
  return !/^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|fri|sat|(?:يوم )?(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت))$/u.test(
    key
  )
}

/**
 * Read the quoted speakers that are named persons.
 *
 * @param text
 *   What the text yields (`quotes` of kind `'block'` with a `speaker`).
 * @param settings
 *   Settings (for extra organisation names).
 * @returns
 *   One name per speaker, in order of first quotation.
 */
export function readSpeakers(text: TextData, settings: Pick<NewsArticleSettings, 'organizations'>): Array<string> {
  const speakers: Array<string> = []
  const seen = new Set<string>()

  for (const quote of text.quotes ?? []) {
    if (quote.kind !== 'block' || typeof quote.speaker !== 'string' || quote.speakerUnnamed) continue
    const name = collapseWhiteSpace(quote.speaker)
    const key = normalizeArabic(name)
    if (name === '' || seen.has(key) || !isNamedPerson(name, settings.organizations)) continue
    seen.add(key)
    speakers.push(name)
  }

  return speakers
}

/**
 * Canonicalise a BCP 47 language tag.
 *
 * @param value
 *   Tag (example: `'AR-eg'`).
 * @returns
 *   Canonical tag (example: `'ar-EG'`), or `undefined` when invalid.
 */
export function canonicalLanguage(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value.trim())[0]
  } catch {
    return undefined
  }
}

/**
 * Whether a value is a direction.
 *
 * @param value
 *   The value.
 * @returns
 *   Whether it is `'rtl'`, `'ltr'` or `'auto'`.
 */
export function isDirection(value: unknown): value is Direction {
  return value === 'rtl' || value === 'ltr' || value === 'auto'
}

/** The time zone of an article and the formatters to read dates in it. */
interface Zone {
  timeZone: string
  formatters: TimeZoneFormatters
}

/** Time zone: front matter, else options. */
function readTimeZone(
  matter: FrontMatter,
  settings: NewsArticleSettings,
  formatters: TimeZoneFormatters,
  problems: Array<MetadataProblem>
): string {
  const found = pick(matter, FRONT_MATTER_KEYS.timeZone)
  if (!found) return settings.timeZone
  if (typeof found.value === 'string' && isValidTimeZone(found.value.trim(), formatters)) return found.value.trim()
  problems.push({
    reason: 'Unexpected unknown time zone `' + String(found.value) + '`, expected an IANA name such as `Asia/Riyadh`',
    ruleId: 'invalid-time-zone',
    key: found.key
  })
  return settings.timeZone
}

/** A date from the first front matter key that has one. */
function readDateField(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  zone: Zone,
  problems: Array<MetadataProblem>
): {key: string; value: ArticleDate} | undefined {
  const found = pick(matter, keys)
  if (!found) return undefined
  const result = readDate(found.value, zone.timeZone, zone.formatters)
  if (result.ok) return {key: found.key, value: result.value}
  problems.push({reason: 'Unexpected `' + found.key + '`: ' + result.reason, ruleId: 'invalid-date', key: found.key})
  return undefined
}

/** Authors: front matter, else bylines (credit lines excluded), else the default author. */
function readAuthors(
  matter: FrontMatter,
  text: TextData,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): Array<ArticleParty> {
  const found = pick(matter, FRONT_MATTER_KEYS.author)
  if (found) return toParties(found.value, settings.baseUrl, settings.organizations, problems, found.key)
  const bylines = (text.asides ?? [])
    .filter((aside) => aside.kind === 'byline' && !creditLine.test(collapseWhiteSpace(aside.text)))
    .map((aside) => aside.name ?? '')
    .filter((name) => name.trim() !== '')
  if (bylines.length > 0) return toParties(bylines, settings.baseUrl, settings.organizations, problems, 'byline')
  if (settings.defaultAuthor === undefined) return []
  return toParties(settings.defaultAuthor, settings.baseUrl, settings.organizations, problems, 'defaultAuthor')
}

/** Publisher: front matter (a name or `{name, url, logo}`), else options. */
function readPublisher(
  matter: FrontMatter,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): ArticlePublisher | undefined {
  const found = pick(matter, FRONT_MATTER_KEYS.publisher)
  // The site's publisher is the same for every file: resolved once, with the options.
  if (!found && settings.sitePublisher) return copySitePublisher(settings.sitePublisher, problems)
  const site = settings.publisher
  let input: Record<string, unknown> | undefined = site ? {name: site.name, url: site.url, logo: site.logo} : undefined
  let key = 'publisher'

  if (found) {
    key = found.key
    if (typeof found.value === 'string' && found.value.trim() !== '') {
      input = {name: found.value}
    } else if (isRecord(found.value) && typeof found.value['name'] === 'string') {
      input = found.value
    } else {
      problems.push({
        reason: 'Unexpected `publisher` value, expected a name or `{name, url, logo}`',
        ruleId: 'invalid-front-matter',
        key
      })
    }
  }

  return input ? toPublisher(input, key, settings.baseUrl, problems) : undefined
}

/**
 * Resolve the publisher of the options as `readPublisher` does for a file
 * whose front matter names none: once, instead of for every file (its URLs
 * are parsed as `URL`s, which costs more than the rest of the facts).
 *
 * @param publisher
 *   Publisher of the options.
 * @param baseUrl
 *   Base for relative URLs.
 * @returns
 *   The publisher and the problems found resolving it.
 */
export function resolveSitePublisher(
  publisher: PublisherInput | undefined,
  baseUrl: string | undefined
): SitePublisher {
  const problems: Array<MetadataProblem> = []
  const input = publisher ? {name: publisher.name, url: publisher.url, logo: publisher.logo} : undefined
  return {publisher: input ? toPublisher(input, 'publisher', baseUrl, problems) : undefined, problems}
}

/**
 * @param site
 *   Publisher of the options, resolved.
 * @param problems
 *   Where the problems of resolving it go (again for each file).
 * @returns
 *   A copy of the publisher, for one file.
 */
function copySitePublisher(site: SitePublisher, problems: Array<MetadataProblem>): ArticlePublisher | undefined {
  for (const problem of site.problems) problems.push({...problem})
  const {publisher} = site
  return publisher && {...publisher, logo: publisher.logo && {...publisher.logo}}
}

/**
 * @param input
 *   Publisher as given (`{name, url, logo}`).
 * @param key
 *   Front matter key or option name, for messages.
 * @param baseUrl
 *   Base for relative URLs.
 * @param problems
 *   Where problems go.
 * @returns
 *   The publisher, or `undefined` without a name.
 */
function toPublisher(
  input: Record<string, unknown>,
  key: string,
  baseUrl: string | undefined,
  problems: Array<MetadataProblem>
): ArticlePublisher | undefined {
  const name = collapseWhiteSpace(String(input['name']))
  if (name === '') return undefined
  const given = input['url']
  const url = given === undefined || given === null ? undefined : urlOrProblem(given, baseUrl, problems, key)
  const logoInput = input['logo']
  const logo = logoInput === undefined || logoInput === null ? undefined : toImage(logoInput, baseUrl, problems, key)
  return {name, url, logo}
}

/** Images from front matter. */
function readImages(
  matter: FrontMatter,
  baseUrl: string | undefined,
  problems: Array<MetadataProblem>
): Array<ArticleImage> {
  const found = pick(matter, FRONT_MATTER_KEYS.image)
  if (!found) return []
  const images: Array<ArticleImage> = []
  for (const item of asList(found.value)) {
    const image = toImage(item, baseUrl, problems, found.key)
    if (image !== undefined) images.push(image)
  }

  return images
}

/** An image: a URL, or `{url, width, height, caption}`. */
function toImage(
  value: unknown,
  baseUrl: string | undefined,
  problems: Array<MetadataProblem>,
  key: string
): ArticleImage | undefined {
  if (typeof value === 'string') {
    const url = urlOrProblem(value, baseUrl, problems, key)
    return url === undefined ? undefined : {url, described: false}
  }

  if (!isRecord(value)) {
    problems.push({
      reason: 'Unexpected `' + key + '` value, expected a URL or `{url, width, height}`',
      ruleId: 'invalid-front-matter',
      key
    })
    return undefined
  }

  const url = urlOrProblem(value['url'] ?? value['src'], baseUrl, problems, key)
  if (url === undefined) return undefined
  const caption = value['caption'] ?? value['alt']
  return {
    url,
    width: toPixels(value['width']),
    height: toPixels(value['height']),
    caption: typeof caption === 'string' && caption.trim() !== '' ? collapseWhiteSpace(caption) : undefined,
    described: true
  }
}

/** Language: front matter, else options; canonicalised once here. */
function readLanguage(
  matter: FrontMatter,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): {value: string; source: FactSource} {
  const found = pick(matter, FRONT_MATTER_KEYS.inLanguage)
  if (!found) return {value: settings.language, source: 'options'}
  const tag = typeof found.value === 'string' ? canonicalLanguage(found.value) : undefined
  if (tag !== undefined) return {value: tag, source: 'front-matter'}
  problems.push({
    reason: 'Unexpected `' + found.key + '` value `' + String(found.value) + '`, expected a BCP 47 tag such as `ar`',
    ruleId: 'invalid-front-matter',
    key: found.key
  })
  return {value: settings.language, source: 'options'}
}

/** Direction: front matter, else options. */
function readDirection(
  matter: FrontMatter,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): {value: Direction; source: FactSource} {
  const fallback = {value: settings.direction ?? 'rtl', source: 'options' as const}
  const found = pick(matter, FRONT_MATTER_KEYS.direction)
  if (!found) return fallback
  const value = typeof found.value === 'string' ? found.value.trim() : found.value
  if (isDirection(value)) return {value, source: 'front-matter'}
  problems.push({
    reason: 'Unexpected `' + found.key + '` value `' + String(found.value) + '`, expected `rtl`, `ltr` or `auto`',
    ruleId: 'invalid-front-matter',
    key: found.key
  })
  return fallback
}

/** Texts from the first front matter key that has any. */
function readTextList(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  splitCommas: boolean,
  problems: Array<MetadataProblem>
): Array<string> {
  const found = pick(matter, keys)
  if (!found) return []
  const values: Array<string> = []
  const seen = new Set<string>()

  for (const item of asList(found.value)) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      problems.push({
        reason: 'Unexpected `' + found.key + '` value, expected text or a list of texts',
        ruleId: 'invalid-front-matter',
        key: found.key
      })
      continue
    }

    for (const part of splitCommas ? String(item).split(/[,،]/) : [String(item)]) {
      const value = collapseWhiteSpace(part)
      if (value !== '' && !seen.has(value)) {
        seen.add(value)
        values.push(value)
      }
    }
  }

  return values
}

/** Text from the first front matter key that has one. */
function readText(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  problems: Array<MetadataProblem>
): string | undefined {
  const value = readField(matter, keys, problems, 'text', (value) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
  )
  return value === undefined ? undefined : nonEmpty(collapseWhiteSpace(value))
}

/** A boolean from the first front matter key that has one. */
function readBoolean(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  problems: Array<MetadataProblem>
): boolean | undefined {
  return readField(matter, keys, problems, '`true` or `false`', (value) =>
    typeof value === 'boolean' ? value : undefined
  )
}

/**
 * The value of the first front matter key that has one, when `accept` takes
 * it; else a problem saying what was expected.
 */
function readField<T>(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  problems: Array<MetadataProblem>,
  expected: string,
  accept: (value: unknown) => T | undefined
): T | undefined {
  const found = pick(matter, keys)
  if (!found) return undefined
  const value = accept(found.value)
  if (value !== undefined) return value
  problems.push({
    reason: 'Unexpected `' + found.key + '` value, expected ' + expected,
    ruleId: 'invalid-front-matter',
    key: found.key
  })
  return undefined
}

/** A URL from the first front matter key that has one. */
function readUrlField(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  baseUrl: string | undefined,
  problems: Array<MetadataProblem>
): string | undefined {
  const found = pick(matter, keys)
  return found ? urlOrProblem(found.value, baseUrl, problems, found.key) : undefined
}

/** A checked URL, or a problem. */
function urlOrProblem(
  value: unknown,
  baseUrl: string | undefined,
  problems: Array<MetadataProblem>,
  key: string
): string | undefined {
  const result = checkUrl(value, baseUrl)
  if (result.ok) return result.value
  problems.push({reason: 'Unexpected URL in `' + key + '`, dropped it: ' + result.reason, ruleId: 'invalid-url', key})
  return undefined
}

/** The dateline of the text, without its trailing separator. */
function datelineText(text: TextData): string | undefined {
  const value = text.dateline?.text
  if (value === undefined) return undefined
  return nonEmpty(collapseWhiteSpace(value).replace(/[\s:：\-–—]+$/u, ''))
}

/** Body blocks without bylines and boilerplate, one blank line apart. */
function bodyOf(text: TextData): string | undefined {
  if (!text.bodyText || text.bodyText.length === 0) return undefined
  const asides = new Set((text.asides ?? []).map((aside) => collapseWhiteSpace(aside.text)))
  const body = text.bodyText
    .map((block) => collapseWhiteSpace(block))
    .filter((block) => block !== '' && !asides.has(block))
    .join('\n\n')
  return body === '' ? undefined : body
}

/** Find the first key with a value; `null`, `undefined`, `''` and `[]` count as absent. */
function pick(matter: FrontMatter, keys: ReadonlyArray<string>): {key: string; value: unknown} | undefined {
  for (const key of keys) {
    if (!Object.hasOwn(matter, key)) continue
    const value = matter[key]
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue
    if (isList(value) && value.length === 0) continue
    return {key, value}
  }

  return undefined
}

/** A positive whole number of pixels. */
function toPixels(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined
}

/** The text, unless blank. */
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}
