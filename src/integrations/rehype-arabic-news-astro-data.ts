/**
 * rehype plugin that passes what a layout needs to Astro through
 * `file.data.astro.frontmatter`.
 */

import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {astroFrontmatter} from '../metadata/host.js'
import {collectPageData, definedFields} from './page-data.js'

/**
 * Merge headline, description, language, direction, JSON-LD (`jsonLd`,
 * `jsonLdText`) and quotations into `file.data.astro.frontmatter`, where
 * Astro hands them to layouts (`Astro.props.frontmatter`) and to
 * `render(entry)` (`remarkPluginFrontmatter`).
 *
 * Fields already in the front matter are kept: they win over what the text
 * yields. Use it last among the rehype plugins (after the JSON-LD plugin).
 *
 * @returns
 *   Transform.
 */
export const rehypeArabicNewsAstroData: Plugin<[], Root> = function () {
  return function (tree, file) {
    const page = collectPageData(tree, file)
    const frontmatter = astroFrontmatter(file, true) ?? {}
    file.data.arabicNewsPage = page

    for (const [key, value] of Object.entries(definedFields(page))) {
      if (frontmatter[key] === undefined) frontmatter[key] = value
    }
  }
}
