/**
 * The markdown path of the command line: `.md` articles go through
 * `remark-parse` (with `remark-frontmatter` and `remark-gfm`), then the
 * preset's plugin lists, as the README's unified pipeline does. Raw HTML in
 * markdown never reaches the output (`remark-rehype` leaves it out); each
 * piece left out gets a warning at its place.
 */

import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {completeProcessor, type ArabicNewsOptions, type ArabicNewsProcessor} from '../arabic-news.js'
import {CLI_SOURCE} from './messages.js'

/**
 * Make the markdown processor.
 *
 * @param options
 *   Preset options (as for plain text).
 * @returns
 *   Frozen processor.
 */
export function createMarkdownProcessor(options: Readonly<ArabicNewsOptions>): ArabicNewsProcessor {
  const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkWarnRawHtml)
  return completeProcessor(parser, options).freeze()
}

/**
 * Warn about raw HTML, which is left out of the page.
 *
 * @returns
 *   Transform.
 */
function remarkWarnRawHtml() {
  return function (tree: Root, file: VFile): undefined {
    visit(tree, 'html', (node) => {
      file.message('Unexpected raw HTML in markdown, expected text: left out of the page', {
        place: node.position,
        ruleId: 'raw-html',
        source: CLI_SOURCE
      })
    })
    return undefined
  }
}
