/**
 * Build a schema.org `NewsArticle` from front matter, site-wide settings and
 * what the structure and quotation plugins learnt from the text.
 *
 * Nothing is invented: a property without data is left out.
 */

import type {
  ImageObject,
  NewsArticle,
  NewsArticleLeaf,
  Organization,
  Person,
  QuantitativeValue,
  WithContext
} from 'schema-dts'
import type {ArabicNewsData, FrontMatter} from '../types.js'
import {classifyParty, cleanPartyName, isNamedPerson} from './authors.js'
import {readDate, isValidTimeZone, type ArticleDate} from './date.js'
import {
  collapseWhiteSpace,
  countWords,
  dropFinalFullStop,
  firstSentence,
  normalizeArabic,
  characterLength,
  truncateAtWord
} from './text.js'
import {checkUrl} from './url.js'

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
  /** Default `inLanguage`. */
  readonly language: string
  /** Base for relative URLs. */
  readonly baseUrl?: string | undefined
  /** Site-wide publisher. */
  readonly publisher?: PublisherInput | undefined
  /** Author when neither front matter nor a byline names one. */
  readonly defaultAuthor?: string | PartyInput | ReadonlyArray<string | PartyInput> | undefined
  /** More names to treat as organisations. */
  readonly organizations: ReadonlyArray<string>
  /** Whether to add `articleBody`. */
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

/** A problem found while building, to be reported as a file message. */
export interface MetadataProblem {
  /** What is wrong and what to do. */
  reason: string
  /** Stable rule name. */
  ruleId: string
  /** Front matter key the problem is about, when there is one. */
  key?: string | undefined
}

/** What `buildNewsArticle` makes. */
export interface NewsArticleResult {
  /** The JSON-LD object. */
  article: WithContext<NewsArticle>
  /** Problems, in the order found. */
  problems: Array<MetadataProblem>
  /** Time zone the dates were placed in. */
  timeZone: string
  /** Publication date, when known. */
  published?: ArticleDate | undefined
  /** Whether the headline was derived from the lead. */
  headlineDerived: boolean
}

/** What the text yields, when the structure plugin did not run. */
export type TextData = Partial<
  Pick<ArabicNewsData, 'headline' | 'lead' | 'dateline' | 'asides' | 'quotes' | 'wordCount' | 'bodyText'>
>

/** Credit lines that name someone who did not write the article (photos, translation, graphics). */
const creditLine =
  /^(?:تصوير|عدسة|صور|صورة|فيديو|ترجمة|رسوم|رسم|إنفوجراف|انفوجراف|جرافيك|مونتاج|تنسيق|photo|photos|video|translated)/iu

/** Front matter keys read for each property, in order of preference. */
export const FRONT_MATTER_KEYS = {
  headline: ['headline', 'title'],
  description: ['description', 'summary', 'excerpt'],
  datePublished: ['datePublished', 'published', 'date'],
  dateModified: ['dateModified', 'modified', 'updated', 'lastmod'],
  author: ['author', 'authors'],
  publisher: ['publisher'],
  image: ['image', 'images'],
  inLanguage: ['inLanguage', 'lang', 'language'],
  articleSection: ['articleSection', 'section', 'category'],
  keywords: ['keywords', 'tags'],
  dateline: ['dateline'],
  url: ['url', 'canonical', 'permalink'],
  isAccessibleForFree: ['isAccessibleForFree', 'free'],
  timeZone: ['timeZone', 'timezone']
} as const

/**
 * Build a `NewsArticle` (JSON-LD with `@context`).
 *
 * Precedence per property: settings (site-wide defaults) < front matter;
 * text-derived values (headline, lead, dateline, word count, quotes) fill
 * what front matter leaves open.
 *
 * @param matter
 *   Front matter (may be empty).
 * @param text
 *   What the text yields (`file.data.arabicNews`, or an equivalent).
 * @param settings
 *   Checked settings.
 * @returns
 *   The article, problems found, and the publication date.
 */
export function buildNewsArticle(
  matter: FrontMatter,
  text: TextData,
  settings: NewsArticleSettings
): NewsArticleResult {
  const problems: Array<MetadataProblem> = []
  const article: WithContext<NewsArticleLeaf> = {'@context': 'https://schema.org', '@type': 'NewsArticle'}
  const timeZone = readTimeZone(matter, settings, problems)
  const baseUrl = settings.baseUrl
  let headlineDerived = false

  // Headline: front matter, else what the structure plugin found, else the lead.
  const headline = readText(matter, FRONT_MATTER_KEYS.headline, problems) ?? nonEmpty(text.headline)
  if (headline === undefined) {
    const derived = text.lead === undefined ? undefined : deriveHeadline(text.lead, settings.headlineMaxLength)
    // Without headline and lead there is nothing to describe; the structure plugin reports the empty article.
    if (derived !== undefined) {
      article.headline = derived
      headlineDerived = true
      problems.push({
        reason:
          'Unexpected missing headline, derived one from the lead: add a `title` to the front matter or a headline line',
        ruleId: 'derived-headline'
      })
    }
  } else {
    article.headline = collapseWhiteSpace(headline)
  }

  const description = readText(matter, FRONT_MATTER_KEYS.description, problems)
  if (description !== undefined) {
    article.description = collapseWhiteSpace(description)
  } else if (nonEmpty(text.lead) !== undefined) {
    article.description = truncateAtWord(text.lead ?? '', settings.descriptionMaxLength).value
  }

  const published = readDateField(matter, FRONT_MATTER_KEYS.datePublished, timeZone, problems)
  const modified = readDateField(matter, FRONT_MATTER_KEYS.dateModified, timeZone, problems)
  if (published) {
    article.datePublished = published.value.iso
    if (published.value.instant > settings.now()) {
      problems.push({
        reason: 'Unexpected publication date in the future (`' + published.value.iso + '`)',
        ruleId: 'future-date',
        key: published.key
      })
    }
  }

  if (modified) {
    article.dateModified = modified.value.iso
    if (published && modified.value.instant < published.value.instant) {
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
  }

  const authors = readAuthors(matter, text, settings, problems)
  if (authors.length > 0) article.author = authors

  const publisher = readPublisher(matter, settings, problems)
  if (publisher) article.publisher = publisher

  const images = readImages(matter, baseUrl, problems)
  if (images.length > 0) article.image = images

  article.inLanguage = readLanguage(matter, settings, problems)

  const sections = readTextList(matter, FRONT_MATTER_KEYS.articleSection, false, problems)
  const [firstSection] = sections
  if (sections.length > 1) article.articleSection = sections
  else if (firstSection !== undefined) article.articleSection = firstSection

  const keywords = readTextList(matter, FRONT_MATTER_KEYS.keywords, true, problems)
  if (keywords.length > 0) article.keywords = keywords

  const wordCount =
    typeof text.wordCount === 'number' && text.wordCount > 0 ? text.wordCount : countWords(text.bodyText ?? [])
  if (wordCount > 0) article.wordCount = wordCount

  const dateline = readText(matter, FRONT_MATTER_KEYS.dateline, problems) ?? datelineText(text)
  if (dateline !== undefined) article.dateline = dateline

  const mentions = readMentions(text, settings)
  if (mentions.length > 0) article.mentions = mentions

  const url = readUrlField(matter, FRONT_MATTER_KEYS.url, baseUrl, problems)
  if (url !== undefined) {
    article.url = url
    article.mainEntityOfPage = {'@type': 'WebPage', '@id': url}
  }

  const free = readBoolean(matter, FRONT_MATTER_KEYS.isAccessibleForFree, problems) ?? settings.isAccessibleForFree
  if (free !== undefined) article.isAccessibleForFree = free

  if (settings.articleBody && text.bodyText && text.bodyText.length > 0) {
    const asides = new Set((text.asides ?? []).map((aside) => collapseWhiteSpace(aside.text)))
    const body = text.bodyText
      .map((block) => collapseWhiteSpace(block))
      .filter((block) => block !== '' && !asides.has(block))
      .join('\n\n')
    if (body !== '') article.articleBody = body
  }

  return {article, problems, timeZone, published: published?.value, headlineDerived}
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
 *   `Person` and `Organization` objects.
 */
export function toParties(
  value: unknown,
  baseUrl: string | undefined,
  organizations: ReadonlyArray<string>,
  problems: Array<MetadataProblem>,
  key: string
): Array<Person | Organization> {
  const items = Array.isArray(value) ? (value as Array<unknown>) : [value]
  const parties: Array<Person | Organization> = []
  const seen = new Set<string>()

  for (const item of items) {
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

  function addParty(input: Record<string, unknown>) {
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
    const party: Record<string, unknown> = {'@type': type, name}
    const url =
      input['url'] === undefined || input['url'] === null
        ? undefined
        : urlOrProblem(input['url'], baseUrl, problems, key)
    if (url !== undefined) party['url'] = url
    const sameAs = toArray(input['sameAs'])
      .map((item) => urlOrProblem(item, baseUrl, problems, key))
      .filter((item) => item !== undefined)
    if (sameAs.length === 1) party['sameAs'] = sameAs[0]
    else if (sameAs.length > 1) party['sameAs'] = sameAs
    parties.push(party as unknown as Person | Organization)
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
 *   One `Person` per speaker, in order of first quotation.
 */
export function readMentions(text: TextData, settings: Pick<NewsArticleSettings, 'organizations'>): Array<Person> {
  const mentions: Array<Person> = []
  const seen = new Set<string>()

  for (const quote of text.quotes ?? []) {
    if (quote.kind !== 'block' || typeof quote.speaker !== 'string') continue
    const name = collapseWhiteSpace(quote.speaker)
    const key = normalizeArabic(name)
    if (name === '' || seen.has(key) || !isNamedPerson(name, settings.organizations)) continue
    seen.add(key)
    mentions.push({'@type': 'Person', name})
  }

  return mentions
}

function readTimeZone(matter: FrontMatter, settings: NewsArticleSettings, problems: Array<MetadataProblem>): string {
  const found = pick(matter, FRONT_MATTER_KEYS.timeZone)
  if (!found) return settings.timeZone
  if (typeof found.value === 'string' && isValidTimeZone(found.value.trim())) return found.value.trim()
  problems.push({
    reason: 'Unexpected unknown time zone `' + String(found.value) + '`, expected an IANA name such as `Asia/Riyadh`',
    ruleId: 'invalid-time-zone',
    key: found.key
  })
  return settings.timeZone
}

function readDateField(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  timeZone: string,
  problems: Array<MetadataProblem>
): {key: string; value: ArticleDate} | undefined {
  const found = pick(matter, keys)
  if (!found) return undefined
  const result = readDate(found.value, timeZone)
  if (result.ok) return {key: found.key, value: result.value}
  problems.push({reason: 'Unexpected `' + found.key + '`: ' + result.reason, ruleId: 'invalid-date', key: found.key})
  return undefined
}

function readAuthors(
  matter: FrontMatter,
  text: TextData,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): Array<Person | Organization> {
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

function readPublisher(
  matter: FrontMatter,
  settings: NewsArticleSettings,
  problems: Array<MetadataProblem>
): Organization | undefined {
  const found = pick(matter, FRONT_MATTER_KEYS.publisher)
  let input: PublisherInput | undefined = settings.publisher
  let key = 'publisher'

  if (found) {
    key = found.key
    if (typeof found.value === 'string' && found.value.trim() !== '') {
      input = {name: found.value}
    } else if (isRecord(found.value) && typeof found.value['name'] === 'string') {
      input = found.value as unknown as PublisherInput
    } else {
      problems.push({
        reason: 'Unexpected `publisher` value, expected a name or `{name, url, logo}`',
        ruleId: 'invalid-front-matter',
        key
      })
    }
  }

  if (!input) return undefined
  const name = collapseWhiteSpace(input.name)
  if (name === '') return undefined
  const publisher: Record<string, unknown> = {'@type': 'Organization', name}
  const url =
    input.url === undefined || input.url === null ? undefined : urlOrProblem(input.url, settings.baseUrl, problems, key)
  if (url !== undefined) publisher['url'] = url
  if (input.logo !== undefined && input.logo !== null) {
    const logo = toImageObject(input.logo, settings.baseUrl, problems, key)
    if (logo !== undefined) publisher['logo'] = typeof logo === 'string' ? {'@type': 'ImageObject', url: logo} : logo
  }

  return publisher as unknown as Organization
}

function readImages(
  matter: FrontMatter,
  baseUrl: string | undefined,
  problems: Array<MetadataProblem>
): Array<string | ImageObject> {
  const found = pick(matter, FRONT_MATTER_KEYS.image)
  if (!found) return []
  const images: Array<string | ImageObject> = []
  for (const item of toArray(found.value)) {
    const image = toImageObject(item, baseUrl, problems, found.key)
    if (image !== undefined) images.push(image)
  }

  return images
}

function toImageObject(
  value: unknown,
  baseUrl: string | undefined,
  problems: Array<MetadataProblem>,
  key: string
): string | ImageObject | undefined {
  if (typeof value === 'string') return urlOrProblem(value, baseUrl, problems, key)
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
  const image: Record<string, unknown> = {'@type': 'ImageObject', url}
  const width = toPixels(value['width'])
  const height = toPixels(value['height'])
  const caption = value['caption'] ?? value['alt']
  if (width !== undefined) image['width'] = pixels(width)
  if (height !== undefined) image['height'] = pixels(height)
  if (typeof caption === 'string' && caption.trim() !== '') image['caption'] = collapseWhiteSpace(caption)
  return image as unknown as ImageObject
}

function readLanguage(matter: FrontMatter, settings: NewsArticleSettings, problems: Array<MetadataProblem>): string {
  const found = pick(matter, FRONT_MATTER_KEYS.inLanguage)
  if (!found) return settings.language
  const tag = typeof found.value === 'string' ? canonicalLanguage(found.value) : undefined
  if (tag !== undefined) return tag
  problems.push({
    reason: 'Unexpected `' + found.key + '` value `' + String(found.value) + '`, expected a BCP 47 tag such as `ar`',
    ruleId: 'invalid-front-matter',
    key: found.key
  })
  return settings.language
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

  for (const item of toArray(found.value)) {
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

function readText(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  problems: Array<MetadataProblem>
): string | undefined {
  const found = pick(matter, keys)
  if (!found) return undefined
  if (typeof found.value === 'string' || typeof found.value === 'number') {
    return nonEmpty(collapseWhiteSpace(String(found.value)))
  }

  problems.push({
    reason: 'Unexpected `' + found.key + '` value, expected text',
    ruleId: 'invalid-front-matter',
    key: found.key
  })
  return undefined
}

function readBoolean(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  problems: Array<MetadataProblem>
): boolean | undefined {
  const found = pick(matter, keys)
  if (!found) return undefined
  if (typeof found.value === 'boolean') return found.value
  problems.push({
    reason: 'Unexpected `' + found.key + '` value, expected `true` or `false`',
    ruleId: 'invalid-front-matter',
    key: found.key
  })
  return undefined
}

function readUrlField(
  matter: FrontMatter,
  keys: ReadonlyArray<string>,
  baseUrl: string | undefined,
  problems: Array<MetadataProblem>
): string | undefined {
  const found = pick(matter, keys)
  return found ? urlOrProblem(found.value, baseUrl, problems, found.key) : undefined
}

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

function datelineText(text: TextData): string | undefined {
  const value = text.dateline?.text
  if (value === undefined) return undefined
  return nonEmpty(collapseWhiteSpace(value).replace(/[\s:：\-–—]+$/u, ''))
}

/** Find the first key with a value; `null`, `undefined` and `''` count as absent. */
function pick(matter: FrontMatter, keys: ReadonlyArray<string>): {key: string; value: unknown} | undefined {
  for (const key of keys) {
    if (!Object.hasOwn(matter, key)) continue
    const value = matter[key]
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue
    if (Array.isArray(value) && value.length === 0) continue
    return {key, value}
  }

  return undefined
}

/**
 * A size in pixels as schema.org wants it: `width` and `height` take a
 * `Distance` or a `QuantitativeValue`, not a bare number. `E37` is the
 * UN/CEFACT code for pixels.
 */
function pixels(value: number): QuantitativeValue {
  return {'@type': 'QuantitativeValue', value, unitCode: 'E37'}
}

function toPixels(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined
}

function toArray(value: unknown): Array<unknown> {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? (value as Array<unknown>) : [value]
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}
