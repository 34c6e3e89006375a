/**
 * unified parser for plain-text news: one paragraph per line, nothing
 * interpreted as markup.
 */

import type {Paragraph, Root, RootContent, Yaml} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {replaceForbiddenCharacters, replaceForbiddenDeep} from './parsing/characters.js'
import {findFrontMatter, keyPositions, lineText, readFrontMatter} from './parsing/front-matter.js'
import {splitJoinedParagraphs} from './parsing/joined-paragraphs.js'
import {splitLines} from './parsing/lines.js'
import {createLocator} from './parsing/position.js'
import {trimRange} from './parsing/trim.js'
import {booleanOption, objectOption} from './options.js'
import {source} from './source.js'
import './types.js'

/** Configuration for `remarkArabicNewsParse`. */
export interface ParseOptions {
  /**
   * Read a YAML front matter block (`---` … `---`) at the top of the file
   * into `file.data.matter` (default: `true`).
   */
  readonly frontMatter?: boolean | null | undefined
  /**
   * Split lines in which a CMS joined paragraphs with runs of spaces and
   * no-break spaces (default: `true`).
   */
  readonly splitJoinedParagraphs?: boolean | null | undefined
}

/** Default of `ParseOptions.frontMatter`. */
export const DEFAULT_FRONT_MATTER = true
/** Default of `ParseOptions.splitJoinedParagraphs`. */
export const DEFAULT_SPLIT_JOINED_PARAGRAPHS = true

/** Normalised parse options. */
interface ParseSettings {
  frontMatter: boolean
  splitJoined: boolean
}

/**
 * Parse plain-text news into mdast: every non-empty line is a paragraph, and
 * characters such as `*`, `#`, `<` or `&` stay text.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Nothing (sets the processor's parser).
 */
export const remarkArabicNewsParse: Plugin<[(Readonly<ParseOptions> | null | undefined)?], string, Root> = function (
  options
) {
  const settings = normalizeParseOptions(options)

  this.parser = function (document, file) {
    return parsePlainText(document, file, settings)
  }
}

/**
 * Check and normalise parse options.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Settings with defaults applied.
 */
function normalizeParseOptions(options: Readonly<ParseOptions> | null | undefined): ParseSettings {
  const given = objectOption(options)
  return {
    frontMatter: booleanOption(given.frontMatter, 'frontMatter', DEFAULT_FRONT_MATTER),
    splitJoined: booleanOption(given.splitJoinedParagraphs, 'splitJoinedParagraphs', DEFAULT_SPLIT_JOINED_PARAGRAPHS)
  }
}

/**
 * Parse plain text into an mdast tree.
 *
 * @param document
 *   The text.
 * @param file
 *   The file, for front matter data and messages.
 * @param settings
 *   Normalised options.
 * @returns
 *   The tree.
 */
function parsePlainText(document: string, file: VFile, settings: ParseSettings): Root {
  // Characters HTML cannot carry become U+FFFD first: same length, so every offset holds.
  const replaced = replaceForbiddenCharacters(document)
  const value = replaced.value
  const lines = splitLines(value)
  const locate = createLocator(lines)
  if (replaced.count > 0) {
    file.message(
      'Unexpected character ' +
        replaced.firstCode +
        ' that HTML does not allow (NUL, a control character, a noncharacter or a lone surrogate), expected text: replaced with U+FFFD' +
        (replaced.count > 1 ? ' (' + replaced.count + ' such characters in the file)' : ''),
      {place: locate.position(replaced.first, replaced.first + 1), ruleId: 'forbidden-character', source}
    )
  }

  const children: Array<RootContent> = []
  let first = 0
  const byteOrderMark = value.charCodeAt(0) === 0xfe_ff

  if (settings.frontMatter) {
    const fences = findFrontMatter(value, lines, 0)

    if (fences) {
      const yamlStart = Math.min(fences.open.end + lineBreakLength(value, fences.open.end), fences.close.start)
      const yamlSource = value.slice(yamlStart, fences.close.start).replace(/\r?\n$|\r$/, '')
      const result = readFrontMatter(yamlSource)

      if (result.ok) {
        file.data.matter = {...file.data.matter, ...replaceForbiddenDeep(result.data)}
        file.data.matterPositions = keyPositions(value, lines, locate, yamlStart, result.keys)
        const node: Yaml = {
          type: 'yaml',
          value: yamlSource,
          position: locate.position(fences.open.start, fences.close.end)
        }
        children.push(node)
        first = fences.close.index + 1
      } else {
        const line = fences.open.index + 1 + result.line
        file.message(
          'Unexpected invalid YAML front matter (' +
            result.reason +
            '), expected a mapping such as `title: …`; the block is kept as text',
          {
            place: {line, column: result.column},
            ruleId: 'front-matter-invalid',
            source
          }
        )
      }
    }
  }

  for (const line of lines.slice(first)) {
    // A BOM belongs to the encoding, not to the text.
    const lineStart = line.index === 0 && byteOrderMark ? line.start + 1 : line.start
    const [start, end] = trimRange(value, lineStart, line.end)
    if (start === end) continue
    const text = lineText(value, {...line, start, end})
    const ranges = settings.splitJoined ? splitJoinedParagraphs(text) : [[0, text.length] as [number, number]]

    for (const [from, to] of ranges) {
      children.push(paragraph(value.slice(start + from, start + to), start + from, start + to))
    }
  }

  const root: Root = {type: 'root', children}
  const end = value.length
  root.position = locate.position(0, end)
  return root

  function paragraph(text: string, from: number, to: number): Paragraph {
    // The paragraph and its one text node cover the same range: one position
    // object serves both (positions are never changed in place), which saves
    // three objects per line on texts of many short lines.
    const position = locate.position(from, to)
    return {type: 'paragraph', children: [{type: 'text', value: text, position}], position}
  }
}

/**
 * Length of the line break at an offset.
 *
 * @param value
 *   The text.
 * @param offset
 *   Offset of a line's end.
 * @returns
 *   2 for CRLF, 1 for another terminator, 0 at the end of the text.
 */
function lineBreakLength(value: string, offset: number): number {
  if (offset >= value.length) return 0
  return value.charCodeAt(offset) === 13 && value.charCodeAt(offset + 1) === 10 ? 2 : 1
}
