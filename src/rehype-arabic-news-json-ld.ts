/**
 * rehype plugin that writes the facts of an article as a schema.org
 * `NewsArticle` in JSON-LD.
 */

import type {Root} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {DEFAULT_SCRIPT} from './metadata/defaults.js'
import {resolveArticleFacts, type ArticleFacts, type NewsArticleSettings, type TextData} from './metadata/facts.js'
import {collectFrontMatter} from './metadata/matter.js'
import {toNewsArticle} from './metadata/news-article.js'
import {checkWeekdays, reportProblems} from './metadata/report.js'
import {serializeJsonLd} from './metadata/serialize.js'
import {normalizeFactsOptions, type FactsOptions} from './metadata/settings.js'
import {headOf, leadPlace, textFromTree} from './metadata/hast.js'
import {booleanOption} from './options.js'
import './types.js'

export type {ImageInput, PartyInput, PublisherInput} from './metadata/facts.js'

/**
 * Configuration for `rehypeArabicNewsJsonLd`. The site-wide defaults
 * (`publisher`, `timeZone`, …) are those of `remarkArabicNewsFacts`, and are
 * used only when that plugin did not run.
 */
export interface JsonLdOptions extends Omit<FactsOptions, 'direction'> {
  /**
   * Whether to append `<script type="application/ld+json">` to the tree;
   * without it the object is only on `file.data.newsArticle` (default: `true`).
   */
  readonly script?: boolean | null | undefined
}

/** Settings of the plugin after checking. */
interface JsonLdSettings extends NewsArticleSettings {
  readonly script: boolean
}

/**
 * Describe the article as a schema.org `NewsArticle` in JSON-LD.
 *
 * Writes `file.data.articleFacts` (from `remarkArabicNewsFacts`); without
 * them, resolves the facts itself from front matter (`file.data.matter`, or
 * Astro’s `file.data.astro.frontmatter`), the options, and what the
 * structure and quotation plugins found (`file.data.arabicNews`; without it,
 * the `h1` and paragraphs of the tree). Puts the object on
 * `file.data.newsArticle` and appends a `<script type="application/ld+json">`
 * that nothing in the data can break out of: to the `<head>` when the tree is
 * already a page (run it after `rehypeArabicNewsDocument`), else to the end
 * of the tree.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsJsonLd: Plugin<[(Readonly<JsonLdOptions> | null | undefined)?], Root> = function (
  options
) {
  const settings = normalizeJsonLdOptions(options)

  return function (tree, file) {
    const facts = file.data.articleFacts ?? resolveFromTree(tree, file, settings)
    const article = toNewsArticle(facts)
    file.data.newsArticle = article

    if (settings.script) {
      // JSON-LD belongs in the head of a page; a fragment carries it at its end.
      const parent = headOf(tree) ?? tree
      parent.children.push(
        {
          type: 'element',
          tagName: 'script',
          properties: {type: 'application/ld+json'},
          children: [{type: 'text', value: serializeJsonLd(article)}]
        },
        {type: 'text', value: '\n'}
      )
    }
  }
}

/**
 * Check options of `rehypeArabicNewsJsonLd` and fill in defaults.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Settings.
 * @throws {TypeError}
 *   When an option has the wrong type or value; the message names it.
 */
export function normalizeJsonLdOptions(options: Readonly<JsonLdOptions> | null | undefined): JsonLdSettings {
  return {...normalizeFactsOptions(options), script: booleanOption(options?.script, 'script', DEFAULT_SCRIPT)}
}

/**
 * Resolve the facts of a file when `remarkArabicNewsFacts` did not run.
 *
 * @param tree
 *   The hast tree.
 * @param file
 *   The file.
 * @param settings
 *   Checked options.
 * @returns
 *   The facts.
 */
function resolveFromTree(tree: Root, file: VFile, settings: NewsArticleSettings): ArticleFacts {
  const {matter} = collectFrontMatter(file)
  const text: TextData = file.data.arabicNews ?? textFromTree(tree)
  const {facts, problems} = resolveArticleFacts(matter, text, settings)
  // Without the structure plugin's findings the lead is the tree's first body block.
  reportProblems(file, problems, file.data.arabicNews ? undefined : leadPlace(tree))
  checkWeekdays(tree, file, facts)
  return facts
}
