/**
 * The one call from `build` and `merge` to the site writer (`writeSite` in
 * `./site/`): the pages about the articles (home, sections, feeds,
 * sitemaps) from their records.
 */

import {reporter} from 'vfile-reporter'
import type {TextStream} from './feedback.js'
import {toReportFile, type PlainMessage} from './messages.js'
import {writeSite, type SiteOutputSettings, type SiteReport} from './site/index.js'
import type {ArticleRecord} from './site/record.js'

/**
 * Write the site pages around the article pages.
 *
 * @param records
 *   Records of every published article, in input order.
 * @param settings
 *   Site settings (“now” comes from `env`).
 * @param outputRoot
 *   Output folder.
 * @param env
 *   Environment (`SOURCE_DATE_EPOCH` fixes “now” for reproducible builds).
 * @returns
 *   Files written and messages.
 */
export async function writeSitePages(
  records: ReadonlyArray<ArticleRecord>,
  settings: Omit<SiteOutputSettings, 'now'>,
  outputRoot: string,
  env: Readonly<Record<string, string | undefined>> = {}
): Promise<SiteReport> {
  return writeSite(records, {...settings, now: reproducibleNow(env)}, outputRoot)
}

/**
 * “Now” from `SOURCE_DATE_EPOCH` (seconds since the epoch), so that a build
 * and a merge of the same articles write the same files.
 *
 * @param env
 *   Environment.
 * @returns
 *   Date, or `undefined` for the real now.
 */
export function reproducibleNow(env: Readonly<Record<string, string | undefined>>): Date | undefined {
  const value = env['SOURCE_DATE_EPOCH']
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  return new Date(Number(value) * 1000)
}

/**
 * Print the site writer's messages.
 *
 * @param stderr
 *   Stream.
 * @param messages
 *   Messages.
 * @param options
 *   Colour and quiet.
 * @returns
 *   Nothing.
 */
export function reportSiteMessages(
  stderr: TextStream,
  messages: ReadonlyArray<PlainMessage>,
  options: {color: boolean; quiet: boolean}
): undefined {
  if (messages.length === 0) return undefined
  const text = reporter([toReportFile('site pages', messages)], {color: options.color, silent: options.quiet})
  if (text.trim() !== '') stderr.write(text + '\n')
  return undefined
}
