/**
 * Checking that every character of an article's body reaches the output, in
 * order, exactly once.
 */

import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {replaceForbiddenCharacters} from '../../src/parsing/characters.js'
import {findFrontMatter, readFrontMatter} from '../../src/parsing/front-matter.js'
import {splitLines} from '../../src/parsing/lines.js'

/** Result of comparing an input body with an output. */
export interface PreservationResult {
  /** Whether the output holds exactly the body's characters, in order. */
  ok: boolean
  /** Body characters, white space removed. */
  expected: string
  /** Output characters, white space removed. */
  actual: string
  /** Offset of the first difference (in the white-space-free strings), or -1. */
  difference: number
}

const htmlParser = unified().use(rehypeParse, {fragment: true})

/**
 * The body of an input: the text without BOM and without a valid front
 * matter block.
 *
 * @param input
 *   The input text.
 * @returns
 *   The body.
 */
export function bodyOf(input: string): string {
  // Characters HTML cannot carry are replaced one for one with U+FFFD (and
  // reported): the body is compared as the parser reads it.
  input = replaceForbiddenCharacters(input).value
  const lines = splitLines(input)
  const fences = findFrontMatter(input, lines, 0)
  let body = input
  if (fences) {
    const yaml = input.slice(fences.open.end, fences.close.start).replace(/^\r?\n|^\r/, '')
    if (readFrontMatter(yaml.replace(/\r?\n$|\r$/, '')).ok) body = input.slice(fences.close.end)
  }

  return body.replace(/^\uFEFF/, '')
}

/**
 * Text of the article in an HTML output: all text inside `<article>` (or the
 * whole output when there is none), scripts left out, and the headline left
 * out when it came from front matter.
 *
 * @param html
 *   The HTML.
 * @param skipHeadline
 *   Whether to leave out the `<h1>` (a front matter title is not body text).
 * @returns
 *   The text.
 */
export function articleText(html: string, skipHeadline: boolean): string {
  const tree = htmlParser.parse(html) as Root
  const article = find(tree, (node) => node.tagName === 'article') ?? tree
  let text = ''
  let headlineSkipped = !skipHeadline
  walk(article)
  return text

  function walk(node: Root | Element): void {
    for (const child of node.children) {
      if (child.type === 'text') text += child.value
      else if (child.type === 'element') {
        if (child.tagName === 'script' || child.tagName === 'template') continue
        if (!headlineSkipped && child.tagName === 'h1') {
          headlineSkipped = true
          continue
        }

        walk(child)
      }
    }
  }
}

/**
 * Compare an input's body with an output's article text.
 *
 * @param input
 *   The input text.
 * @param html
 *   The output HTML.
 * @param skipHeadline
 *   Whether the output's `<h1>` came from front matter.
 * @returns
 *   The comparison.
 */
export function checkPreservation(input: string, html: string, skipHeadline = false): PreservationResult {
  const expected = bodyOf(input).replace(/\s+/g, '')
  const actual = articleText(html, skipHeadline).replace(/\s+/g, '')
  let difference = -1
  if (expected !== actual) {
    difference = 0
    while (expected[difference] === actual[difference]) difference++
  }

  return {ok: difference === -1, expected, actual, difference}
}

/**
 * Find the first element that passes a test.
 *
 * @param node
 *   Where to look.
 * @param test
 *   The test.
 * @returns
 *   The element, if any.
 */
function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = find(child, test)
    if (found) return found
  }

  return undefined
}
