/**
 * remark plugin that resolves the facts of an article once: front matter,
 * options and what the text shows, merged into `file.data.articleFacts`.
 */

import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {TimeZoneFormatters} from './metadata/date.js'
import {resolveArticleFacts, type ArticleFacts, type NewsArticleSettings} from './metadata/facts.js'
import {collectFrontMatter} from './metadata/matter.js'
import {checkWeekdays, reportProblems} from './metadata/report.js'
import {normalizeFactsOptions, type FactsOptions} from './metadata/settings.js'
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
 * use (at their front matter key), a publication date in the future, and a
 * weekday named as “today” (`اليوم الخميس`) that is not the day of
 * publication. An article without headline is reported once, by
 * `remarkArabicNewsStructure` (`missing-headline`), whose lead the headline
 * is then derived from.
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
  // A headline is derived only from the lead the structure plugin found, and
  // that plugin reports the missing headline itself: nothing here is placed at the lead.
  reportProblems(file, problems, undefined)
  checkWeekdays(tree, file, facts)
  return facts
}
