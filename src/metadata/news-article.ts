/**
 * The schema.org `NewsArticle` of an article, written from its facts.
 *
 * Nothing is invented: a property without a fact is left out.
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
import type {FrontMatter} from '../types.js'
import type {ArticleDate} from './date.js'
import {
  readSpeakers,
  resolveArticleFacts,
  type ArticleFacts,
  type ArticleImage,
  type ArticleParty,
  type MetadataProblem,
  type NewsArticleSettings,
  type TextData
} from './facts.js'

export {canonicalLanguage, deriveHeadline, isPartyName, toParties, FRONT_MATTER_KEYS} from './facts.js'
export type {ImageInput, MetadataProblem, NewsArticleSettings, PartyInput, PublisherInput, TextData} from './facts.js'

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

/**
 * Resolve the facts of an article and write them as a `NewsArticle`.
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
  const {facts, problems} = resolveArticleFacts(matter, text, settings)
  return {
    article: toNewsArticle(facts),
    problems,
    timeZone: facts.timeZone,
    published: facts.datePublished,
    headlineDerived: facts.headlineSource === 'lead'
  }
}

/**
 * Write the facts of an article as a schema.org `NewsArticle` (JSON-LD
 * with `@context`).
 *
 * @param facts
 *   The facts.
 * @returns
 *   The object.
 */
export function toNewsArticle(facts: ArticleFacts): WithContext<NewsArticle> {
  const article: WithContext<NewsArticleLeaf> = {'@context': 'https://schema.org', '@type': 'NewsArticle'}
  const [section] = facts.sections
  if (facts.headline !== undefined) article.headline = facts.headline
  if (facts.description !== undefined) article.description = facts.description
  if (facts.datePublished) article.datePublished = facts.datePublished.iso
  if (facts.dateModified) article.dateModified = facts.dateModified.iso
  if (facts.authors.length > 0) article.author = facts.authors.map((party) => toParty(party))
  if (facts.publisher) article.publisher = toPublisher(facts.publisher)
  if (facts.images.length > 0) article.image = facts.images.map((image) => toImage(image))
  article.inLanguage = facts.language
  if (facts.sections.length > 1) article.articleSection = facts.sections
  else if (section !== undefined) article.articleSection = section
  if (facts.keywords.length > 0) article.keywords = facts.keywords
  if (facts.wordCount > 0) article.wordCount = facts.wordCount
  if (facts.dateline !== undefined) article.dateline = facts.dateline
  if (facts.speakers.length > 0) article.mentions = facts.speakers.map((name) => person(name))
  if (facts.url !== undefined) {
    article.url = facts.url
    article.mainEntityOfPage = {'@type': 'WebPage', '@id': facts.url}
  }

  if (facts.isAccessibleForFree !== undefined) article.isAccessibleForFree = facts.isAccessibleForFree
  if (facts.body !== undefined) article.articleBody = facts.body
  return article
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
  return readSpeakers(text, settings).map((name) => person(name))
}

/** A `Person` with a name. */
function person(name: string): Person {
  return {'@type': 'Person', name}
}

/** A `Person` or `Organization` with its links. */
function toParty(party: ArticleParty): Person | Organization {
  const [first] = party.sameAs
  const sameAs = party.sameAs.length > 1 ? party.sameAs : first
  if (party.type === 'Person') {
    const result: Person = {'@type': 'Person', name: party.name}
    if (party.url !== undefined) result.url = party.url
    if (sameAs !== undefined) result.sameAs = sameAs
    return result
  }

  const result: Organization = {'@type': 'Organization', name: party.name}
  if (party.url !== undefined) result.url = party.url
  if (sameAs !== undefined) result.sameAs = sameAs
  return result
}

/** The publisher as an `Organization` with a logo. */
function toPublisher(publisher: NonNullable<ArticleFacts['publisher']>): Organization {
  const result: Organization = {'@type': 'Organization', name: publisher.name}
  if (publisher.url !== undefined) result.url = publisher.url
  if (publisher.logo !== undefined) result.logo = imageObject(publisher.logo)
  return result
}

/** An image: the bare URL as given, or an `ImageObject`. */
function toImage(image: ArticleImage): string | ImageObject {
  return image.described ? imageObject(image) : image.url
}

/** An `ImageObject` with size and caption. */
function imageObject(image: ArticleImage): ImageObject {
  const result: ImageObject = {'@type': 'ImageObject', url: image.url}
  if (image.width !== undefined) result.width = pixels(image.width)
  if (image.height !== undefined) result.height = pixels(image.height)
  if (image.caption !== undefined) result.caption = image.caption
  return result
}

/**
 * A size in pixels as schema.org wants it: `width` and `height` take a
 * `Distance` or a `QuantitativeValue`, not a bare number. `E37` is the
 * UN/CEFACT code for pixels.
 */
function pixels(value: number): QuantitativeValue {
  return {'@type': 'QuantitativeValue', value, unitCode: 'E37'}
}
