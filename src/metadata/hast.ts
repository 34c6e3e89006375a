/**
 * What a hast tree shows of an article, for renderers used without the
 * remark plugins.
 */

import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import type {Position} from 'unist'
import {SKIP, visit} from 'unist-util-visit'
import type {TextData} from './facts.js'
import {collapseWhiteSpace} from './text.js'

/** What the walk of a tree finds: the first `h1`, and each body block with where it is. */
interface TreeText {
  headline: string | undefined
  blocks: Array<{value: string; position: Position | undefined}>
}

/**
 * Position of the block the lead is read from (see `textFromTree`).
 *
 * @param tree
 *   The hast tree.
 * @returns
 *   Its position, when the tree has a lead and the lead has a position.
 */
export function leadPlace(tree: Root): Position | undefined {
  return readTree(tree).blocks[0]?.position
}

/**
 * What the text yields when the structure plugin did not run: first `h1`,
 * first body block (paragraph, crosshead or list item) as the lead, all of them.
 *
 * @param tree
 *   The hast tree.
 * @returns
 *   Text data.
 */
export function textFromTree(tree: Root): TextData {
  const {headline, blocks} = readTree(tree)
  const bodyText = blocks.map((block) => block.value)
  return {headline, lead: bodyText[0], bodyText, quotes: [], asides: []}
}

/**
 * @param tree
 *   The hast tree.
 * @returns
 *   Its first `h1` and its body blocks with text, outside scripts and styles.
 */
function readTree(tree: Root): TreeText {
  const found: TreeText = {headline: undefined, blocks: []}
  visit(tree, 'element', function (node: Element) {
    if (node.tagName === 'script' || node.tagName === 'style') return SKIP
    if (node.tagName === 'h1' && found.headline === undefined) found.headline = collapseWhiteSpace(toText(node))
    if (node.tagName === 'p' || node.tagName === 'h2' || node.tagName === 'li') {
      const value = collapseWhiteSpace(toText(node))
      if (value !== '') found.blocks.push({value, position: node.position})
      return SKIP
    }

    return undefined
  })
  return found
}

/**
 * The `<head>` of a page (`root > html > head`, as `rehype-document` makes
 * it): direct children only, no walk through the article.
 *
 * @param tree
 *   The hast tree.
 * @returns
 *   The head, when the tree is a page.
 */
export function headOf(tree: Root): Element | undefined {
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')
  return html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head')
}
