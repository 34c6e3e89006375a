/**
 * rehype plugin that wraps the article in `<article dir="rtl" lang="ar">`
 * and puts one block per line.
 */

import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {source} from './source.js'
import type {FrontMatter} from './types.js'

/** Base direction of text. */
export type Direction = 'rtl' | 'ltr' | 'auto'

/** Configuration for `rehypeArabicNewsArticle`. */
export interface ArticleOptions {
  /** BCP 47 language tag of the article, such as `'ar'` or `'ar-EG'` (default: `'ar'`). */
  readonly language?: string | null | undefined
  /** Base direction of the article (default: `'rtl'`). */
  readonly direction?: Direction | null | undefined
}

/** Default of `ArticleOptions.language`. */
export const DEFAULT_LANGUAGE = 'ar'
/** Default of `ArticleOptions.direction`. */
export const DEFAULT_DIRECTION: Direction = 'rtl'

/** Elements whose children are blocks, each put on its own line. */
const containers = new Set(['article', 'blockquote', 'figure', 'section', 'header', 'footer', 'ol', 'ul', 'div'])

/** Elements that are blocks: a container holding only these gets one per line. */
const blockElements = new Set([
  ...containers,
  'address',
  'aside',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'nav',
  'p',
  'pre',
  'script',
  'table'
])

/** A well-formed BCP 47 language tag (language, then subtags). */
const languageTag = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/

/**
 * Wrap the article in `<article>` with its language and direction, and put
 * one block per line so that serialised HTML diffs well.
 *
 * Language and direction come from, in increasing precedence: defaults,
 * options, front matter (`lang` or `language`, and `dir`).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsArticle: Plugin<[(Readonly<ArticleOptions> | null | undefined)?], Root> = function (
  options
) {
  const defaults = normaliseArticleOptions(options)

  return function (tree, file) {
    const {language, direction} = articleLanguage(defaults, file)
    const article: Element = {
      type: 'element',
      tagName: 'article',
      properties: {dir: direction, lang: language},
      children: tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
    }
    lineUpBlocks(article)
    tree.children = [article, {type: 'text', value: '\n'}]
  }
}

/**
 * Check and normalise article options.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Language and direction.
 */
export function normaliseArticleOptions(options: Readonly<ArticleOptions> | null | undefined): {
  language: string
  direction: Direction
} {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object')
  }

  const language = options?.language ?? DEFAULT_LANGUAGE
  if (typeof language !== 'string' || !languageTag.test(language)) {
    throw new TypeError(
      'Expected `language` to be a BCP 47 language tag such as `ar-EG`, not `' + String(language) + '`'
    )
  }

  const direction = options?.direction ?? DEFAULT_DIRECTION
  if (!isDirection(direction)) {
    throw new TypeError("Expected `direction` to be `'rtl'`, `'ltr'` or `'auto'`, not `" + String(direction) + '`')
  }

  return {language, direction}
}

/**
 * Language and direction of one file: options, overridden by front matter.
 *
 * @param defaults
 *   Normalised options.
 * @param file
 *   The file.
 * @returns
 *   Language and direction for this file.
 */
export function articleLanguage(
  defaults: {language: string; direction: Direction},
  file: VFile
): {language: string; direction: Direction} {
  const matter: FrontMatter = file.data.matter ?? {}
  let {language, direction} = defaults
  const givenLanguage = matter.lang ?? matter.language
  const givenDirection = matter.dir ?? matter.direction

  if (givenLanguage !== undefined) {
    if (typeof givenLanguage === 'string' && languageTag.test(givenLanguage)) language = givenLanguage
    else warn('language', givenLanguage)
  }

  if (givenDirection !== undefined) {
    if (isDirection(givenDirection)) direction = givenDirection
    else warn('direction', givenDirection)
  }

  return {language, direction}

  function warn(field: string, value: unknown): undefined {
    file.message(
      'Unexpected front matter ' +
        field +
        ' `' +
        String(value) +
        '`, expected ' +
        (field === 'language' ? 'a BCP 47 tag such as `ar-EG`' : '`rtl`, `ltr` or `auto`'),
      {place: {line: 1, column: 1}, ruleId: 'front-matter-' + field, source}
    )
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
function isDirection(value: unknown): value is Direction {
  return value === 'rtl' || value === 'ltr' || value === 'auto'
}

/**
 * Put each block child of a container on its own line, recursively.
 *
 * @param node
 *   The element.
 * @returns
 *   Nothing.
 */
export function lineUpBlocks(node: Element | Root): undefined {
  const blocks = node.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === '')
  ) as Array<RootContent>
  // Inline content keeps its white space: only lists of blocks are lined up.
  if (!blocks.every((child) => child.type === 'element' && blockElements.has(child.tagName))) return

  for (const child of blocks) {
    if (child.type === 'element' && containers.has(child.tagName)) lineUpBlocks(child)
  }

  const children: Array<RootContent> = [{type: 'text', value: '\n'}]
  for (const child of blocks) children.push(child, {type: 'text', value: '\n'})
  node.children = children as Array<ElementContent>
  return undefined
}
