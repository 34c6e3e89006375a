/**
 * remark plugin that resolves the facts of an article once: front matter,
 * options and what the text shows, merged into `file.data.articleFacts`.
 */

import type {Paragraph, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Plugin} from 'unified'
import type {Position} from 'unist'
import {EXIT, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {TimeZoneFormatters} from './metadata/date.js'
import {resolveArticleFacts, type ArticleFacts, type NewsArticleSettings} from './metadata/facts.js'
import {collectFrontMatter} from './metadata/matter.js'
import {checkWeekdays, reportProblems} from './metadata/report.js'
import {normalizeFactsOptions, type FactsOptions} from './metadata/settings.js'
import {collapseWhiteSpace} from './metadata/text.js'
import './types.js'

export type {FactsOptions} from './metadata/settings.js'

declare module 'vfile' {
  interface DataMap {
    /** The resolved facts of the article (from `remarkArabicNewsFacts`): what every renderer reads. */
    articleFacts: ArticleFacts
  }
}

/**
 * Resolve the facts of an article into `file.data.articleFacts`: headline,
 * description, language and direction (canonical), dates, authors,
 * publisher, images, URL, sections, keywords, dateline, word count and the
 * persons quoted.
 *
 * Runs after `remarkArabicNewsStructure` and `remarkArabicNewsQuotes`, whose
 * findings it reads from `file.data.arabicNews`. Warns about values it cannot
 * use (at their front matter key), a headline derived from the lead (at the
 * lead), a publication date in the future, and a weekday named as “today”
 * (`اليوم الخميس`) that is not the day of publication.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const remarkArabicNewsFacts: Plugin<[(Readonly<FactsOptions> | null | undefined)?], Root> = function (options) {
  const settings = normalizeFactsOptions(options)
  // Made once for the processor: the formatters of the time zones its articles use.
  const formatters: TimeZoneFormatters = new Map()

  return function (tree, file) {
    file.data.articleFacts = resolveFacts(tree, file, settings, formatters)
  }
}

/**
 * Resolve and report the facts of one file.
 *
 * @param tree
 *   The mdast tree.
 * @param file
 *   The file.
 * @param settings
 *   Checked options.
 * @param formatters
 *   Time zone formatters of the processor.
 * @returns
 *   The facts.
 */
function resolveFacts(
  tree: Root,
  file: VFile,
  settings: NewsArticleSettings,
  formatters: TimeZoneFormatters
): ArticleFacts {
  const {matter} = collectFrontMatter(file, tree)
  const text = file.data.arabicNews ?? {}
  const {facts, problems} = resolveArticleFacts(matter, text, settings, formatters)
  // Only a derived headline is placed at the lead: look for it then only.
  const derived = problems.some((problem) => problem.ruleId === 'derived-headline')
  reportProblems(file, problems, derived ? leadPosition(tree, facts.lead) : undefined)
  checkWeekdays(tree, file, facts)
  return facts
}

/**
 * Where the lead is: the paragraph the structure plugin marked, else the
 * first paragraph that starts like it.
 *
 * @param tree
 *   The mdast tree.
 * @param lead
 *   Text of the lead.
 * @returns
 *   Its position, when known.
 */
function leadPosition(tree: Root, lead: string | undefined): Position | undefined {
  const probe = lead === undefined ? '' : collapseWhiteSpace(lead).slice(0, 24)
  let marked: Position | undefined
  let found: Position | undefined
  visit(tree, 'paragraph', function (node: Paragraph) {
    if (!node.position) return undefined
    if (node.data?.newsRole === 'lead') {
      marked = node.position
      return EXIT
    }

    if (!found && (probe === '' || collapseWhiteSpace(toString(node)).includes(probe))) found = node.position
    return undefined
  })
  return marked ?? found
}
