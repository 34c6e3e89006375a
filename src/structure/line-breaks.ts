/**
 * Turning line breaks inside markdown paragraphs into paragraph boundaries.
 */

import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {sliceText} from './mdast.js'

/**
 * Split every top-level paragraph at its soft line breaks (`\n` in text) and
 * hard breaks, so that each line is a paragraph, as in plain-text news.
 * Line breaks inside links, emphasis and other phrasing stay as they are.
 *
 * @param tree
 *   The tree (changed in place).
 * @returns
 *   Nothing.
 */
export function splitLineBreaks(tree: Root): undefined {
  const children: Array<RootContent> = []

  for (const child of tree.children) {
    if (child.type === 'paragraph') children.push(...splitParagraph(child))
    else children.push(child)
  }

  tree.children = children
  return undefined
}

/**
 * Split one paragraph at its line breaks.
 *
 * @param node
 *   The paragraph.
 * @returns
 *   One or more paragraphs.
 */
function splitParagraph(node: Paragraph): Array<Paragraph> {
  // The line being filled is always the last of `lines`.
  let current: Array<PhrasingContent> = []
  const lines = [current]
  const newLine = (): undefined => {
    current = []
    lines.push(current)
    return undefined
  }

  for (const child of node.children) {
    if (child.type === 'break') {
      newLine()
    } else if (child.type === 'text' && child.value.includes('\n')) {
      let start = 0
      let index = child.value.indexOf('\n')
      while (index !== -1) {
        if (index > start) current.push(sliceText(child, start, index))
        newLine()
        start = index + 1
        index = child.value.indexOf('\n', start)
      }

      if (start < child.value.length) current.push(sliceText(child, start, child.value.length))
    } else {
      current.push(child)
    }
  }

  if (lines.length === 1) return [node]

  return lines
    .filter((line) => line.some(hasContent))
    .map((line) => {
      const paragraph: Paragraph = {type: 'paragraph', children: line}
      const first = line[0]?.position
      const last = line.at(-1)?.position
      if (first && last) paragraph.position = {start: first.start, end: last.end}
      else if (node.position) paragraph.position = structuredClone(node.position)
      return paragraph
    })
}

/**
 * Whether a phrasing node holds something other than white space.
 *
 * @param node
 *   The node.
 * @returns
 *   Whether it has content.
 */
function hasContent(node: PhrasingContent): boolean {
  return node.type !== 'text' || node.value.trim() !== ''
}
