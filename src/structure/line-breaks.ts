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

/** Closing punctuation alone on a line: the end of the paragraph above, broken off (`.`, `".`, `”.`). */
const STRAY_CLOSING = /^[\s.!?؟…،,;؛:"”»’)\]]+$/

/**
 * Give back to the paragraph above a line that holds only the punctuation
 * closing it (a full stop, a closing quote mark): a break before the last
 * character is a slip of the source, not a new paragraph.
 *
 * @param tree
 *   The tree (changed in place).
 * @returns
 *   Nothing.
 */
export function joinStrayClosings(tree: Root): undefined {
  const children: Array<RootContent> = []

  for (const child of tree.children) {
    const previous = children.at(-1)
    if (child.type === 'paragraph' && previous?.type === 'paragraph' && closesParagraph(child, previous)) {
      previous.children.push(...child.children)
      const start = previous.position?.start
      const end = child.position?.end
      if (start && end) previous.position = {start, end}
    } else {
      children.push(child)
    }
  }

  tree.children = children
  return undefined
}

/** Marks a stray line may close, with the marks that open them (a straight quote mark opens itself). */
const CLOSERS: ReadonlyArray<[closing: string, opening: string]> = [
  ['"', '"'],
  ['”', '“'],
  ['»', '«'],
  ['’', '‘'],
  [')', '('],
  [']', '[']
]

/**
 * Whether a paragraph holds only punctuation that closes the paragraph
 * before: full stops and commas always; a quote mark or bracket only when
 * that paragraph left one open (a straight `"` alone may as well open the
 * next line's quotation).
 *
 * @param node
 *   A paragraph.
 * @param previous
 *   The paragraph before it.
 * @returns
 *   Whether it does.
 */
function closesParagraph(node: Paragraph, previous: Paragraph): boolean {
  if (!node.children.every((child) => child.type === 'text')) return false
  const value = toValue(node)
  if (!STRAY_CLOSING.test(value)) return false
  const before = toValue(previous)
  return CLOSERS.every(([closing, opening]) => !value.includes(closing) || leftOpen(before, opening, closing))
}

/**
 * @param text
 *   Text.
 * @param opening
 *   A mark that opens.
 * @param closing
 *   The mark that closes it (the same for a straight quote mark).
 * @returns
 *   Whether the text leaves one open.
 */
function leftOpen(text: string, opening: string, closing: string): boolean {
  const opened = text.split(opening).length - 1
  if (opening === closing) return opened % 2 === 1
  return opened > text.split(closing).length - 1
}

/**
 * @param node
 *   A paragraph.
 * @returns
 *   Its text (text nodes only).
 */
function toValue(node: Paragraph): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}
