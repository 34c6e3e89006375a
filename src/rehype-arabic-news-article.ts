/**
 * rehype plugin that wraps the article in `<article dir="rtl" lang="ar">`
 * and puts one block per line.
 */

import type {Element, ElementContent, Root} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {resolveArticleFacts, type ArticleFacts, type Direction} from './metadata/facts.js'
import {collectFrontMatter} from './metadata/matter.js'
import {directionOption, languageOption, normalizeFactsOptions} from './metadata/settings.js'
import {objectOption} from './options.js'
import './types.js'

export type {Direction} from './metadata/facts.js'
export {DEFAULT_DIRECTION} from './metadata/settings.js'

/** Configuration for `rehypeArabicNewsArticle`. */
export interface ArticleOptions {
  /** BCP 47 language tag of the article, such as `'ar'` or `'ar-EG'` (default: `'ar'`). */
  readonly language?: string | null | undefined
  /** Base direction of the article (default: `'rtl'`). */
  readonly direction?: Direction | null | undefined
}

/** Default of `ArticleOptions.language`. */
export const DEFAULT_LANGUAGE = 'ar'

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

/**
 * Wrap the article in `<article>` with its language and direction, and put
 * one block per line so that serialised HTML diffs well.
 *
 * Language and direction are those of `file.data.articleFacts` (from
 * `remarkArabicNewsFacts`): front matter (`inLanguage`, `lang` or
 * `language`, and `dir` or `direction`) over the options; without the facts,
 * the options over the defaults, and front matter over both.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsArticle: Plugin<[(Readonly<ArticleOptions> | null | undefined)?], Root> = function (
  options
) {
  const defaults = normalizeArticleOptions(options)

  return function (tree, file) {
    const facts = file.data.articleFacts ?? factsOf(file, defaults)
    const language = facts.languageSource === 'front-matter' ? facts.language : defaults.language
    const direction = facts.directionSource === 'front-matter' ? facts.direction : defaults.direction
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
export function normalizeArticleOptions(options: Readonly<ArticleOptions> | null | undefined): {
  language: string
  direction: Direction
} {
  const given = objectOption(options)
  return {language: languageOption(given.language ?? DEFAULT_LANGUAGE), direction: directionOption(given.direction)}
}

/**
 * The facts of a file when `remarkArabicNewsFacts` did not run (language and
 * direction are all this plugin reads).
 *
 * @param file
 *   The file.
 * @param defaults
 *   Checked options.
 * @returns
 *   The facts.
 */
function factsOf(file: VFile, defaults: {language: string; direction: Direction}): ArticleFacts {
  const {matter} = collectFrontMatter(file)
  return resolveArticleFacts(matter, {}, normalizeFactsOptions(defaults)).facts
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
  const blocks: Array<Element> = []
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    // Inline content keeps its white space: only lists of blocks are lined up.
    if (child.type !== 'element' || !blockElements.has(child.tagName)) return
    blocks.push(child)
  }

  for (const child of blocks) {
    if (containers.has(child.tagName)) lineUpBlocks(child)
  }

  const children: Array<ElementContent> = [{type: 'text', value: '\n'}]
  for (const child of blocks) children.push(child, {type: 'text', value: '\n'})
  node.children = children
  return undefined
}
