/**
 * Finding and reading a YAML front matter block.
 */

import {parseDocument} from 'yaml'
import type {FrontMatter} from '../types.js'
import type {SourceLine} from './lines.js'

/** Where a front matter block is: its fences and the YAML between them. */
export interface FrontMatterFences {
  /** The opening `---` line. */
  open: SourceLine
  /** The closing `---` (or `...`) line. */
  close: SourceLine
}

/** Result of reading YAML: data, or why it could not be read. */
export type FrontMatterResult =
  {ok: true; data: FrontMatter} | {ok: false; reason: string; line: number; column: number}

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
    const line = lines[index]!
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
      reason: error.message.split('\n')[0] ?? 'Invalid YAML',
      line: place?.line ?? 1,
      column: place?.col ?? 1
    }
  }

  let data: unknown
  try {
    data = document.toJS({maxAliasCount: 100})
  } catch (error_) {
    return {ok: false, reason: String((error_ as Error).message), line: 1, column: 1}
  }

  if (data === null || data === undefined) return {ok: true, data: {}}

  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      reason: 'Expected a mapping of keys to values',
      line: 1,
      column: 1
    }
  }

  return {ok: true, data: data as FrontMatter}
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
