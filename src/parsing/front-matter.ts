/**
 * Finding and reading a YAML front matter block.
 */

import {isMap, isScalar, parseDocument, visit, type Document} from 'yaml'
import type {Position} from 'unist'
import {firstItem} from '../text/items.js'
import type {FrontMatter} from '../types.js'
import type {SourceLine} from './lines.js'
import type {Locator} from './position.js'

/** Where a front matter block is: its fences and the YAML between them. */
export interface FrontMatterFences {
  /** The opening `---` line. */
  open: SourceLine
  /** The closing `---` (or `...`) line. */
  close: SourceLine
}

/** A top-level key of front matter and where it is written. */
export interface FrontMatterKey {
  /** The key. */
  key: string
  /** Offset of the key in the YAML text. */
  offset: number
}

/** Result of reading YAML: data and where its keys are, or why it could not be read. */
export type FrontMatterResult =
  {ok: true; data: FrontMatter; keys: Array<FrontMatterKey>} | {ok: false; reason: string; line: number; column: number}

/**
 * Find a front matter block starting at the given line.
 *
 * @param value
 *   The whole text.
 * @param lines
 *   Its lines.
 * @param first
 *   Index of the first line to look at (after a BOM, the first line).
 * @returns
 *   The fences, or `undefined` when the text does not start with a block.
 */
export function findFrontMatter(
  value: string,
  lines: ReadonlyArray<SourceLine>,
  first: number
): FrontMatterFences | undefined {
  const open = lines[first]
  if (
    !open ||
    lineText(value, open)
      .replace(/^\uFEFF/, '')
      .trimEnd() !== '---'
  )
    return undefined

  for (let index = first + 1; index < lines.length; index++) {
    const line = lines[index]
    if (line === undefined) break
    const text = lineText(value, line).trimEnd()
    if (text === '---' || text === '...') return {open, close: line}
  }

  return undefined
}

/**
 * Read YAML front matter.
 *
 * Uses the YAML 1.2 core schema, so `date: 2025-09-04` stays a string and is
 * never turned into midnight UTC.
 *
 * @param source
 *   The YAML text between the fences.
 * @returns
 *   The data (an empty object for an empty block), or the problem with its
 *   place relative to the YAML text (1-based).
 */
export function readFrontMatter(source: string): FrontMatterResult {
  const document = parseDocument(source, {
    schema: 'core',
    prettyErrors: false,
    uniqueKeys: false,
    // A library never writes to the console (the `yaml` package warns there about odd keys).
    logLevel: 'error'
  })
  const error = document.errors[0]

  if (error) {
    const place = error.linePos?.[0]
    return {
      ok: false,
      // Its first line: `split` always gives one.
      reason: firstItem(error.message.split('\n')),
      line: place?.line ?? 1,
      column: place?.col ?? 1
    }
  }

  keepNumbersAsWritten(document)
  let data: unknown
  try {
    data = document.toJS({maxAliasCount: 100})
  } catch (error_) {
    return {ok: false, reason: error_ instanceof Error ? error_.message : String(error_), line: 1, column: 1}
  }

  if ((data === null || data === undefined) && !hasContent(source)) return {ok: true, data: {}, keys: []}

  if (!isMapping(data)) {
    return {ok: false, reason: 'Expected a mapping of keys to values', line: 1, column: 1}
  }

  const keys = keysOf(document)
  // `القاهرة: خبر` between two `---` lines is text, not settings: front
  // matter has at least one key written in Latin letters (`title`, `date`).
  if (keys.length > 0 && !keys.some((item) => /^[\x21-\x7E]+$/.test(item.key))) {
    return {ok: false, reason: 'no key in Latin letters, such as `title`', line: 1, column: 1}
  }

  return {ok: true, data, keys}
}

/**
 * Keep plain numbers that would be written back differently (`007`, `1.50`,
 * `0x10`, integers too big for a double) as the text they are: titles and ids
 * are text.
 *
 * @param document
 *   The parsed YAML (changed in place).
 * @returns
 *   Nothing.
 */
function keepNumbersAsWritten(document: Document): undefined {
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value !== 'number' || node.type !== 'PLAIN' || node.source === undefined) return
      if (String(node.value) !== node.source) node.value = node.source
    }
  })
  return undefined
}

/**
 * The top-level keys of a mapping, with their offsets.
 *
 * @param document
 *   The parsed YAML.
 * @returns
 *   Keys in order.
 */
function keysOf(document: Document): Array<FrontMatterKey> {
  const keys: Array<FrontMatterKey> = []
  if (!isMap(document.contents)) return keys
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && pair.key.range) keys.push({key: String(pair.key.value), offset: pair.key.range[0]})
  }

  return keys
}

/**
 * Whether YAML text holds anything but blank lines: comments and `~` are
 * text a reader would lose.
 *
 * @param source
 *   YAML text.
 * @returns
 *   Whether a line is not blank.
 */
function hasContent(source: string): boolean {
  return source.trim() !== ''
}

/**
 * Text of one line.
 *
 * @param value
 *   The whole text.
 * @param line
 *   The line.
 * @returns
 *   Its content without the terminator.
 */
export function lineText(value: string, line: SourceLine): string {
  return value.slice(line.start, line.end)
}

/**
 * Where each front matter key is written: its whole line, for messages about
 * its value.
 *
 * @param value
 *   The text.
 * @param lines
 *   Its lines.
 * @param locate
 *   Locator of the text.
 * @param yamlStart
 *   Offset of the YAML text.
 * @param keys
 *   Keys with offsets into the YAML text.
 * @returns
 *   Position of each key's line.
 */
export function keyPositions(
  value: string,
  lines: ReadonlyArray<SourceLine>,
  locate: Locator,
  yamlStart: number,
  keys: ReadonlyArray<FrontMatterKey>
): Record<string, Position> {
  const positions: Record<string, Position> = {}

  for (const {key, offset} of keys) {
    // The first place a key is written, as a reader looks for it.
    if (Object.hasOwn(positions, key)) continue
    const line = lines[locate.point(yamlStart + offset).line - 1]
    if (!line) continue
    const end = line.start + lineText(value, line).trimEnd().length
    Object.defineProperty(positions, key, {value: locate.position(line.start, end), enumerable: true})
  }

  return positions
}

/**
 * @param value
 *   What YAML gave.
 * @returns
 *   Whether it is a mapping of keys to values (not a list, a scalar or `null`).
 */
function isMapping(value: unknown): value is FrontMatter {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
