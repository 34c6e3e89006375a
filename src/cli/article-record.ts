/**
 * The `ArticleRecord` of a rendered article, read from what the pipeline
 * learnt (`file.data`), and the check of records read back from a manifest
 * or a shard report (untrusted JSON).
 */

import type {VFile} from 'vfile'
import {isRecord} from '../metadata/values.js'
import {isList} from '../options.js'
import type {ArticleRecord} from './site/record.js'

/** Where the record's article is. */
export interface RecordPlace {
  /** Input path, `/`-separated. */
  input: string
  /** Output path, `/`-separated. */
  output: string
  /** Page address (absolute, or root-relative without a base URL). */
  url: string
  /** Base URL as a folder (ends in `/`), when there is one. */
  baseUrl?: string | undefined
}

/**
 * Make the record of a processed file.
 *
 * @param file
 *   File after the pipeline ran.
 * @param place
 *   Input, output and address.
 * @returns
 *   Record.
 */
export function recordOf(file: VFile, place: RecordPlace): ArticleRecord {
  // The preset always resolves the facts; a file without them was never processed.
  const facts = file.data.articleFacts
  if (!facts) throw new Error('Expected `file.data.articleFacts`: run the file through the preset first')
  const record: ArticleRecord = {
    input: place.input,
    output: place.output,
    url: canonicalOnSite(facts.url, place.baseUrl) ?? place.url,
    headline: text(facts.headline) ?? fileStem(place.input),
    language: facts.language,
    authors: facts.authors.map((author) => author.name).filter((name) => name.trim() !== '')
  }
  setIf(record, 'description', text(facts.description))
  setIf(record, 'datePublished', facts.datePublished?.iso)
  setIf(record, 'dateModified', facts.dateModified?.iso)
  setIf(record, 'section', text(facts.sections[0]) ?? folderOf(place.input))
  setIf(record, 'image', text(facts.images[0]?.url))
  return record
}

/**
 * Check a record read from JSON (a manifest or a shard report).
 *
 * @param value
 *   Parsed JSON.
 * @returns
 *   The record, or `undefined` when it is not one.
 */
export function asRecord(value: unknown): ArticleRecord | undefined {
  if (!isRecord(value)) return undefined
  const {input, output, url, headline, language, authors} = value
  if (
    typeof input !== 'string' ||
    typeof output !== 'string' ||
    typeof url !== 'string' ||
    typeof headline !== 'string' ||
    typeof language !== 'string' ||
    !isList(authors) ||
    !authors.every((name): name is string => typeof name === 'string')
  ) {
    return undefined
  }
  const record: ArticleRecord = {input, output, url, headline, language, authors: [...authors]}
  for (const key of ['description', 'datePublished', 'dateModified', 'section', 'image'] as const) {
    const field = value[key]
    if (field === undefined) continue
    if (typeof field !== 'string') return undefined
    record[key] = field
  }
  return record
}

/**
 * The canonical URL when it is a page of this site (under the base URL); a
 * canonical to another site (the original of a copy) is not where the page is.
 *
 * @param url
 *   Canonical URL.
 * @param baseUrl
 *   Base URL as a folder.
 * @returns
 *   The URL, or `undefined`.
 */
function canonicalOnSite(url: string | undefined, baseUrl: string | undefined): string | undefined {
  return url !== undefined && baseUrl !== undefined && url.startsWith(baseUrl) ? url : undefined
}

/**
 * A non-empty string, if the value is one.
 *
 * @param value
 *   Value.
 * @returns
 *   String or `undefined`.
 */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/**
 * Name of an input without folder and extension.
 *
 * @param input
 *   Input path.
 * @returns
 *   Name.
 */
function fileStem(input: string): string {
  const name = input.slice(input.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/**
 * Folder of an input (the section when front matter gives none).
 *
 * @param input
 *   Input path.
 * @returns
 *   Folder path, or `undefined` at the top.
 */
function folderOf(input: string): string | undefined {
  const slash = input.lastIndexOf('/')
  return slash === -1 ? undefined : input.slice(0, slash)
}

/**
 * Set an optional field when it has a value (records carry no `undefined`,
 * so that they survive JSON as they are).
 *
 * @param record
 *   Record.
 * @param key
 *   Field.
 * @param value
 *   Value.
 * @returns
 *   Nothing.
 */
function setIf(
  record: ArticleRecord,
  key: 'description' | 'datePublished' | 'dateModified' | 'section' | 'image',
  value: string | undefined
): undefined {
  if (value !== undefined) record[key] = value
  return undefined
}
