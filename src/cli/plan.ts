/**
 * Before an article is rendered: where its page goes and whether it is
 * published at all (drafts and future-dated articles are left out unless
 * asked for). Only the front matter decides, so only the head of the file
 * is read.
 */

import {closeSync, openSync, readSync} from 'node:fs'
import {readDate, type TimeZoneFormatters} from '../metadata/date.js'
import {DEFAULT_TIME_ZONE} from '../metadata/defaults.js'
import {readFrontMatter} from '../parsing/front-matter.js'
import type {FrontMatter} from '../types.js'
import {decodeArticle} from './decode.js'
import {outputPathOf, type OutputPathSettings} from './output-path.js'

/** Bytes read first to find the front matter; a longer block reads the whole file. */
const HEAD_BYTES = 4096

/** Front matter keys of the publication date, in order (as the metadata reads them). */
const DATE_KEYS: ReadonlyArray<string> = ['datePublished', 'published', 'date']

/** What decides where and whether pages are published. */
export interface PlanSettings extends OutputPathSettings {
  /** Publish drafts (`draft: true`) too. */
  readonly drafts?: boolean | undefined
  /** Publish articles dated in the future too. */
  readonly future?: boolean | undefined
  /** Time zone of dates without an offset. */
  readonly timeZone?: string | undefined
  /** Text encoding of the articles (default: UTF-8, or UTF-16 with a byte order mark). */
  readonly encoding?: string | undefined
  /** Now, in ms since the epoch (for tests). */
  readonly now?: number | undefined
  /** Time zone formatters kept for the build (else made for each article). */
  readonly formatters?: TimeZoneFormatters | undefined
}

/** Why an article is left out. */
export type LeftOut = {reason: 'draft'} | {reason: 'future'; date: string}

/** An article's plan: its output path, or why it has none, or why it is left out. */
export type Plan =
  | {kind: 'publish'; output: string}
  | {kind: 'leave-out'; output: string; why: LeftOut}
  | {kind: 'refuse'; reason: string}

/**
 * Plan one article from its text.
 *
 * @param relative
 *   Input path, `/`-separated.
 * @param text
 *   Text (or its head).
 * @param settings
 *   Settings.
 * @returns
 *   Plan.
 */
export function planArticle(relative: string, text: string, settings: PlanSettings): Plan {
  const matter = frontMatterOf(text)
  const placed = outputPathOf(relative, matter, settings)
  if (!placed.ok) return {kind: 'refuse', reason: placed.reason}
  const why = leftOut(matter, settings)
  return why ? {kind: 'leave-out', output: placed.output, why} : {kind: 'publish', output: placed.output}
}

/**
 * Plan one article from its file, reading only its head when the front
 * matter fits in it.
 *
 * @param relative
 *   Input path.
 * @param absolute
 *   Path to read.
 * @param size
 *   File size in bytes.
 * @param settings
 *   Settings.
 * @returns
 *   Plan (an unreadable or undecodable file gets the plan of its name: the worker reports why it fails).
 */
export function planFile(relative: string, absolute: string, size: number, settings: PlanSettings): Plan {
  let text = ''
  try {
    text = readHead(absolute, size, settings.encoding)
  } catch {
    // The worker reads it again and reports the problem.
  }
  return planArticle(relative, text, settings)
}

/**
 * Read the head of a file as text: enough for its front matter.
 *
 * @param absolute
 *   Path.
 * @param size
 *   File size.
 * @param encoding
 *   Encoding.
 * @returns
 *   Text (possibly cut at the end).
 */
function readHead(absolute: string, size: number, encoding: string | undefined): string {
  const descriptor = openSync(absolute, 'r')
  try {
    let length = Math.min(size, HEAD_BYTES)
    for (;;) {
      const bytes = Buffer.alloc(length)
      const read = readSync(descriptor, bytes, 0, length, 0)
      const head = bytes.subarray(0, read)
      const text = decodeHead(head, encoding)
      if (read < length || length >= size || !opensFrontMatter(text) || closesFrontMatter(text)) return text
      length = size
    }
  } finally {
    closeSync(descriptor)
  }
}

/**
 * Decode a head leniently (it may end inside a character).
 *
 * @param bytes
 *   Head bytes.
 * @param encoding
 *   Encoding.
 * @returns
 *   Text.
 */
function decodeHead(bytes: Uint8Array, encoding: string | undefined): string {
  const decoded = decodeArticle(bytes, {encoding, lenient: true})
  return decoded.ok ? decoded.text : ''
}

/** A front matter block at the start of a text (`---` … `---` or `...`). */
const frontMatterExpression = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/**
 * Whether a text opens with a front matter fence.
 *
 * @param text
 *   Text.
 * @returns
 *   Whether it does.
 */
function opensFrontMatter(text: string): boolean {
  return /^\uFEFF?---[ \t]*\r?\n/.test(text)
}

/**
 * Whether a text's front matter block is closed.
 *
 * @param text
 *   Text.
 * @returns
 *   Whether it is.
 */
function closesFrontMatter(text: string): boolean {
  return frontMatterExpression.test(text)
}

/**
 * Read the front matter of a text.
 *
 * @param text
 *   Text.
 * @returns
 *   Front matter, or `undefined` when there is none (or it is invalid: the
 *   render reports that).
 */
export function frontMatterOf(text: string): FrontMatter | undefined {
  const match = frontMatterExpression.exec(text)
  if (!match) return undefined
  const result = readFrontMatter(match[1] ?? '')
  return result.ok ? result.data : undefined
}

/**
 * Why an article is left out, if it is.
 *
 * @param matter
 *   Front matter.
 * @param settings
 *   Settings.
 * @returns
 *   Why, or `undefined` when it is published.
 */
function leftOut(matter: FrontMatter | undefined, settings: PlanSettings): LeftOut | undefined {
  if (!matter) return undefined
  const draft = matter['draft']
  if (!settings.drafts && (draft === true || (typeof draft === 'string' && draft.trim().toLowerCase() === 'true'))) {
    return {reason: 'draft'}
  }
  if (settings.future) return undefined
  const key = DATE_KEYS.find((name) => matter[name] !== undefined && matter[name] !== null)
  if (key === undefined) return undefined
  const date = readDate(matter[key], settings.timeZone ?? DEFAULT_TIME_ZONE, settings.formatters)
  if (date.ok && date.value.instant > (settings.now ?? Date.now())) return {reason: 'future', date: date.value.iso}
  return undefined
}

/**
 * Say why an article is left out.
 *
 * @param why
 *   Why.
 * @returns
 *   Message text.
 */
export function leftOutReason(why: LeftOut): string {
  return why.reason === 'draft'
    ? 'Not published: a draft (`draft: true`; see --drafts)'
    : `Not published: dated in the future (${why.date}; see --future)`
}
