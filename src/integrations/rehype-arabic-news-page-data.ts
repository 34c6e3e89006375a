/**
 * rehype plugin that records what a page layout needs on `file.data.arabicNewsPage`.
 */

import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {collectPageData} from './page-data.js'

/**
 * Record headline, description, language, direction, JSON-LD and quotations
 * on `file.data.arabicNewsPage`, for hosts that render layouts themselves.
 *
 * Use it last among the rehype plugins (after the JSON-LD plugin).
 *
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsPageData: Plugin<[], Root> = function () {
  return function (tree, file) {
    file.data.arabicNewsPage = collectPageData(tree, file)
  }
}
