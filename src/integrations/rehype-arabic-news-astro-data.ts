/**
 * rehype plugin that passes what a layout needs to Astro through
 * `file.data.astro.frontmatter`.
 */

import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {writableAstroFrontmatter} from '../metadata/host.js'
import {collectPageData, definedFields, normalizePageDataOptions, type PageDataOptions} from './page-data.js'

/**
 * Merge headline, description, language, direction, JSON-LD (`jsonLd`,
 * `jsonLdText`) and quotations into `file.data.astro.frontmatter`, where
 * Astro hands them to layouts (`Astro.props.frontmatter`) and to
 * `render(entry)` (`remarkPluginFrontmatter`).
 *
 * Fields already in the front matter are kept: they win over what the text
 * yields. Give it the preset's `jsonLd` option so that the data says what
 * the page holds.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsAstroData: Plugin<[(Readonly<PageDataOptions> | null | undefined)?], Root> = function (
  options
) {
  const settings = normalizePageDataOptions(options)
  return function (_, file) {
    const page = collectPageData(file, settings)
    const frontmatter = writableAstroFrontmatter(file)
    file.data.arabicNewsPage = page

    for (const [key, value] of Object.entries(definedFields(page))) {
      if (frontmatter[key] === undefined) frontmatter[key] = value
    }
  }
}
