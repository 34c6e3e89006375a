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

/**
 * Position of the paragraph that holds the lead.
 *
 * @param tree
 *   The hast tree.
 * @param lead
 *   Text of the lead.
 * @returns
 *   Its position, when found.
 */
export function leadPlace(tree: Root, lead: string | undefined): Position | undefined {
  const probe = lead === undefined ? '' : collapseWhiteSpace(lead).slice(0, 24)
  let place: Position | undefined
  visit(tree, 'element', function (node) {
    if (place || node.tagName !== 'p' || !node.position) return undefined
    if (probe === '' || collapseWhiteSpace(toText(node)).includes(probe)) place = node.position
    return undefined
  })
  return place
}

/**
 * What the text yields when the structure plugin did not run: first `h1`,
 * first paragraph, all paragraphs.
 *
 * @param tree
 *   The hast tree.
 * @returns
 *   Text data.
 */
export function textFromTree(tree: Root): TextData {
  let headline: string | undefined
  const bodyText: Array<string> = []
  visit(tree, 'element', function (node: Element) {
    if (node.tagName === 'script' || node.tagName === 'style') return SKIP
    if (node.tagName === 'h1' && headline === undefined) headline = collapseWhiteSpace(toText(node))
    if (node.tagName === 'p' || node.tagName === 'h2' || node.tagName === 'li') {
      const value = collapseWhiteSpace(toText(node))
      if (value !== '') bodyText.push(value)
      return SKIP
    }

    return undefined
  })
  return {headline, lead: bodyText[0], bodyText, quotes: [], asides: []}
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
