/**
 * rehype plugin that records what a page layout needs on `file.data.arabicNewsPage`.
 */

import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {collectPageData, normalizePageDataOptions, type PageDataOptions} from './page-data.js'

/**
 * Record headline, description, language, direction, JSON-LD and quotations
 * on `file.data.arabicNewsPage`, for hosts that render layouts themselves.
 *
 * Reads the facts (`remarkArabicNewsFacts`) and what the text yields; give
 * it the preset's `jsonLd` option so that the data says what the page holds.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsPageData: Plugin<[(Readonly<PageDataOptions> | null | undefined)?], Root> = function (
  options
) {
  const settings = normalizePageDataOptions(options)
  return function (_, file) {
    file.data.arabicNewsPage = collectPageData(file, settings)
  }
}
