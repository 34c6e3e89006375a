/**
 * rehype plugin that gives the article a visible header: the headline,
 * then a line with the dateline place, the publication and update times
 * (`<time datetime>`), the authors and the section.
 */

import type {Element, ElementContent, Root} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {
  createFormatters,
  digitsOption,
  DEFAULT_HIJRI,
  type Digits,
  type DisplayDate,
  type Formatters
} from './display/format.js'
import {booleanOption, objectOption, stringOption} from './options.js'
import {DEFAULT_DOCUMENT_LANGUAGE as DEFAULT_LANGUAGE} from './metadata/defaults.js'
import {resolveArticleFacts, type ArticleFacts, type NewsArticleSettings} from './metadata/facts.js'
import {collectFrontMatter} from './metadata/matter.js'
import {normalizeFactsOptions, timeZoneOption} from './metadata/settings.js'

/** Configuration for `rehypeArabicNewsHeader`. */
export interface HeaderOptions {
  /** BCP 47 tag of the generated text; the article's own language wins (default: `'ar'`). */
  readonly language?: string | null | undefined
  /** Digits of dates: `'latn'` (0-9), `'arab'` (٠-٩) or `'locale'` (as the language's locale writes them) (default: `'locale'`). */
  readonly digits?: Digits | null | undefined
  /** Give the Hijri (Umm al-Qura) date beside the Gregorian one (default: `false`). */
  readonly hijri?: boolean | null | undefined
  /** IANA time zone to show times in, such as `'Asia/Riyadh'` (default: the offset each date is written with). */
  readonly timeZone?: string | null | undefined
}

/** What the header says about an article. */
interface HeaderFacts {
  place?: string | undefined
  published?: string | undefined
  modified?: string | undefined
  authors: Array<string>
  section?: string | undefined
}

/** How the header writes in one language: its dates and its list of authors. */
interface HeaderWriters {
  /** BCP 47 tag. */
  language: string
  /** Dates. */
  formatters: Formatters
  /** Authors, joined as the language joins a list. */
  list: Intl.ListFormat
}

/** Words of the header, by language. */
const LABELS: Readonly<Record<'ar' | 'en', {modified: string; by: string; hijri: string}>> = {
  ar: {modified: 'آخر تحديث', by: 'بقلم', hijri: 'التاريخ الهجري'},
  en: {modified: 'Updated', by: 'By', hijri: 'Hijri date'}
}

/**
 * Put the headline of the `<article>` in a `<header>` with the facts
 * readers look for, from `file.data.articleFacts` (set by
 * `remarkArabicNewsFacts`; without them, resolved from front matter), and
 * the dateline place from `file.data.arabicNews`. Dates and counts are
 * generated text and follow `digits`; the text of the article is never
 * changed.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsHeader: Plugin<[(Readonly<HeaderOptions> | null | undefined)?], Root> = function (
  options
) {
  const given = objectOption(options)
  const language = stringOption(given.language, 'language') ?? DEFAULT_LANGUAGE
  const digits = digitsOption(given.digits)
  const hijri = booleanOption(given.hijri, 'hijri', DEFAULT_HIJRI)
  const timeZone = timeZoneOption(given.timeZone)
  // Without the facts plugin, front matter is read with the default settings.
  const defaults = normalizeFactsOptions(undefined)
  // `Intl` formatters are costly to make: one set per language for all the articles.
  const writers = new Map<string, HeaderWriters>()
  const writersFor = (articleLanguage: string): HeaderWriters => {
    let found = writers.get(articleLanguage)
    if (!found) {
      found = {
        language: articleLanguage,
        formatters: createFormatters({language: articleLanguage, digits, hijri, timeZone}),
        list: listFormat(articleLanguage)
      }
      writers.set(articleLanguage, found)
    }

    return found
  }

  return function (tree, file) {
    const article = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'article')
    if (!article) return
    const facts = file.data.articleFacts ?? factsOf(file, defaults)
    // The article's own language (front matter) wins over the option.
    const articleLanguage = facts.languageSource === 'front-matter' ? facts.language : language
    const meta = metaLine(headerFacts(file, facts), writersFor(articleLanguage))
    const index = article.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1')
    const headline = index === -1 ? undefined : article.children[index]
    if (meta.length === 0 && headline === undefined) return

    const header: Element = {
      type: 'element',
      tagName: 'header',
      properties: {className: ['article-header']},
      children: [
        {type: 'text', value: '\n'},
        ...(headline ? [headline, {type: 'text' as const, value: '\n'}] : []),
        ...(meta.length > 0
          ? [
              {type: 'element' as const, tagName: 'p', properties: {className: ['article-meta']}, children: meta},
              {type: 'text' as const, value: '\n'}
            ]
          : [])
      ]
    }
    if (index === -1) article.children.splice(firstBlock(article), 0, header, {type: 'text', value: '\n'})
    else article.children.splice(index, 1, header)
  }
}

/**
 * Where a header without headline goes: before the first block.
 *
 * @param article
 *   Article.
 * @returns
 *   Index.
 */
function firstBlock(article: Element): number {
  const index = article.children.findIndex((node) => node.type === 'element')
  return index === -1 ? article.children.length : index
}

/**
 * The line under the headline.
 *
 * @param facts
 *   Facts.
 * @param writers
 *   How to write dates and authors.
 * @returns
 *   Content (empty when nothing is known).
 */
function metaLine(facts: HeaderFacts, writers: HeaderWriters): Array<ElementContent> {
  const labels = writers.language.toLowerCase().startsWith('ar') ? LABELS.ar : LABELS.en
  const parts: Array<Array<ElementContent>> = []
  if (facts.place) parts.push([span('place', [text(facts.place)])])
  const published = facts.published === undefined ? undefined : writers.formatters.date(facts.published)
  if (published) parts.push(time('published', published, labels.hijri))
  const modified = facts.modified === undefined ? undefined : writers.formatters.date(facts.modified)
  if (modified && modified.text !== published?.text) {
    parts.push([span('modified', [text(labels.modified + ': '), ...time(undefined, modified, labels.hijri)])])
  }

  if (facts.authors.length > 0)
    parts.push([span('authors', [text(labels.by + ' '), ...authorList(facts.authors, writers.list)])])
  if (facts.section) parts.push([span('section', [text(facts.section)])])

  const line: Array<ElementContent> = []
  for (const [number, part] of parts.entries()) {
    if (number > 0) line.push(text(' · '))
    line.push(...part)
  }

  return line
}

/**
 * A `<time>` with its Hijri date, if any.
 *
 * @param className
 *   Class of the `<time>`.
 * @param date
 *   Date as shown.
 * @param hijriLabel
 *   Title of the Hijri date.
 * @returns
 *   Content.
 */
function time(className: string | undefined, date: DisplayDate, hijriLabel: string): Array<ElementContent> {
  const result: Array<ElementContent> = [
    {
      type: 'element',
      tagName: 'time',
      properties: {dateTime: date.datetime, ...(className ? {className: [className]} : {})},
      children: [text(date.text)]
    }
  ]
  if (date.hijri)
    result.push(text(' '), {
      type: 'element',
      tagName: 'span',
      properties: {className: ['hijri'], title: hijriLabel},
      children: [text('(' + date.hijri + ')')]
    })
  return result
}

/**
 * Author names joined as the language joins a list (`أ وب`).
 *
 * @param authors
 *   Names.
 * @param format
 *   List format of the language.
 * @returns
 *   Content.
 */
function authorList(authors: ReadonlyArray<string>, format: Intl.ListFormat): Array<ElementContent> {
  return format
    .formatToParts(authors)
    .map((part) =>
      part.type === 'element'
        ? {type: 'element', tagName: 'span', properties: {className: ['author']}, children: [text(part.value)]}
        : text(part.value)
    )
}

/**
 * @param language
 *   BCP 47 tag.
 * @returns
 *   How the language joins a list, else how the default language does.
 */
function listFormat(language: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(language, {type: 'conjunction'})
  } catch {
    return new Intl.ListFormat(DEFAULT_LANGUAGE, {type: 'conjunction'})
  }
}

/**
 * What the header shows: the facts, and the dateline place the structure
 * plugin found.
 *
 * @param file
 *   File.
 * @param facts
 *   Facts of the article.
 * @returns
 *   What the header shows.
 */
function headerFacts(file: VFile, facts: ArticleFacts): HeaderFacts {
  return {
    place: file.data.arabicNews?.dateline?.place,
    published: facts.datePublished?.iso,
    modified: facts.dateModified?.iso,
    authors: facts.authors.map((author) => author.name),
    section: facts.sections[0]
  }
}

/**
 * The facts of a file when `remarkArabicNewsFacts` did not run (a host's own
 * pipeline): resolved from its front matter by the same rules.
 *
 * @param file
 *   File.
 * @param settings
 *   Settings to resolve with.
 * @returns
 *   Facts.
 */
function factsOf(file: VFile, settings: NewsArticleSettings): ArticleFacts {
  return resolveArticleFacts(collectFrontMatter(file).matter, {}, settings).facts
}

/**
 * A text node.
 *
 * @param value
 *   Text.
 * @returns
 *   Node.
 */
function text(value: string): ElementContent {
  return {type: 'text', value}
}

/**
 * A `<span>` with a class.
 *
 * @param className
 *   Class.
 * @param children
 *   Content.
 * @returns
 *   Element.
 */
function span(className: string, children: Array<ElementContent>): Element {
  return {type: 'element', tagName: 'span', properties: {className: [className]}, children}
}
