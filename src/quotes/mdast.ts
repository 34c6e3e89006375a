/**
 * Read the text of a paragraph and cut its phrasing content at text offsets,
 * keeping nodes such as `newsIsolate` or `newsDateline` whole where possible
 * and giving every piece an exact position.
 */

import type {Heading, Paragraph, PhrasingContent} from 'mdast'
import type {Point, Position} from 'unist'
import {isOneToOne, shiftPoint, subPosition} from '../parsing/position.js'

/** Any phrasing node, as far as cutting is concerned. */
type Phrasing = PhrasingContent

/**
 * Text of a paragraph: its text (and inline code) values in order.
 *
 * @param node
 *   Paragraph, heading or phrasing node.
 * @returns
 *   Text; offsets into it are what {@link sliceChildren} cuts at.
 */
export function phrasingText(node: Paragraph | Heading | Phrasing): string {
  if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) {
    return node.value
  }

  if ('children' in node) {
    let value = ''
    for (const child of node.children) value += phrasingText(child)
    return value
  }

  return ''
}

/**
 * Copy the part of some phrasing nodes between two text offsets.
 *
 * Text is cut; a container (`newsIsolate`, `emphasis`, `link`, …) that is cut
 * is copied with the part of its children inside the range. Nodes without
 * text (`break`, `image`) go with the range they start in; those at the very
 * end go with the last range.
 *
 * @param children
 *   Phrasing nodes.
 * @param start
 *   Offset of the first character.
 * @param end
 *   Offset after the last character.
 * @returns
 *   Copies of the nodes (or parts of nodes) in the range.
 */
export function sliceChildren(children: ReadonlyArray<Phrasing>, start: number, end: number): Array<Phrasing> {
  const total = children.reduce((sum, child) => sum + phrasingText(child).length, 0)
  return sliceFrom(children, start, end, 0, total)
}

/**
 * @param children
 * @param start
 * @param end
 * @param offset
 * @param total
 */
function sliceFrom(
  children: ReadonlyArray<Phrasing>,
  start: number,
  end: number,
  offset: number,
  total: number
): Array<Phrasing> {
  const result: Array<Phrasing> = []
  let at = offset
  for (const child of children) {
    const length = phrasingText(child).length
    const childStart = at
    const childEnd = at + length
    at = childEnd

    if (length === 0) {
      if (childStart >= start && (childStart < end || (childStart === end && end === total))) {
        result.push(structuredClone(child))
      }

      continue
    }

    if (childEnd <= start || childStart >= end) continue

    if ((child.type === 'text' || child.type === 'inlineCode') && 'value' in child) {
      const from = Math.max(start, childStart) - childStart
      const to = Math.min(end, childEnd) - childStart
      const copy = {...child, value: child.value.slice(from, to)}
      const position = subPosition(child.position, child.value.length, from, to)
      if (position) copy.position = position
      else delete copy.position
      result.push(copy)
      continue
    }

    if ('children' in child) {
      if (childStart >= start && childEnd <= end) {
        result.push(structuredClone(child))
        continue
      }

      const inner = sliceFrom(child.children, start, end, childStart, total)
      const copy: Phrasing = {...structuredClone({...child, children: []}), children: inner}
      const position = spanOf(inner)
      if (position) copy.position = position
      result.push(copy)
    }
  }

  return result
}

/**
 * Point at a text offset inside a paragraph.
 *
 * @param children
 *   Phrasing nodes of the paragraph.
 * @param offset
 *   Offset into their text.
 * @returns
 *   Point, when the text node holding it has a position.
 */
export function pointAt(children: ReadonlyArray<Phrasing>, offset: number): Point | undefined {
  let at = 0
  let found: Point | undefined
  let lastEnd: Point | undefined
  const walk = (nodes: ReadonlyArray<Phrasing>): undefined => {
    for (const node of nodes) {
      if (found) return undefined
      if ((node.type === 'text' || node.type === 'inlineCode') && 'value' in node) {
        const length = node.value.length
        const position = node.position
        if (offset < at + length) {
          if (position) {
            found = isOneToOne(position, length) ? shiftPoint(position.start, offset - at) : {...position.start}
          }

          at = Number.POSITIVE_INFINITY
          return undefined
        }

        at += length
        if (position) lastEnd = {...position.end}
      } else if ('children' in node) {
        walk(node.children)
      }
    }

    return undefined
  }

  walk(children)
  return found ?? (offset >= at ? lastEnd : undefined)
}

/**
 * Position that spans some nodes.
 *
 * @param nodes
 *   Nodes.
 * @returns
 *   From the start of the first positioned node to the end of the last.
 */
export function spanOf(nodes: ReadonlyArray<{position?: Position | undefined}>): Position | undefined {
  const first = nodes.find((node) => node.position)?.position
  const last = nodes.findLast((node) => node.position)?.position
  if (!first || !last) return undefined
  return {start: {...first.start}, end: {...last.end}}
}
