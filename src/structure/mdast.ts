/**
 * Small helpers to cut mdast text nodes while keeping their positions.
 */

import type {Nodes, PhrasingContent, RootContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Point, Position} from 'unist'
import {firstItem, itemAt} from '../text/items.js'
import {partitionPoint} from '../text/sorted.js'

/**
 * The text of a node, as `mdast-util-to-string` gives it, read directly
 * when the node holds one text node (every line of plain text): the
 * structure reads each block's text several times.
 *
 * @param node
 *   The node.
 * @returns
 *   Its text.
 */
export function textOf(node: Nodes | RootContent | PhrasingContent): string {
  if ('children' in node && node.children.length === 1) {
    const only = firstItem<Nodes | RootContent | PhrasingContent>(node.children)
    if (only.type === 'text') return only.value
  }

  return toString(node)
}

/** Where an exact text node starts in its file, and where its value breaks lines. */
interface Source {
  start: {line: number; column: number; offset: number}
  /** Offsets in the value of each line break. */
  breaks: ReadonlyArray<number>
}

/**
 * Where a text node that maps onto its source starts, and its line breaks:
 * found again on each call, as a scan of one paragraph costs less than
 * keeping it (one line of plain text has none).
 *
 * @param node
 *   The text node.
 * @returns
 *   Its source, or `undefined` when the node does not map onto its source.
 */
function sourceOf(node: Text): Source | undefined {
  const start = node.position?.start
  const end = node.position?.end
  if (start?.offset === undefined || end?.offset === undefined || end.offset - start.offset !== node.value.length) {
    return undefined
  }

  const breaks: Array<number> = []
  let index = node.value.indexOf('\n')
  while (index !== -1) {
    breaks.push(index)
    index = node.value.indexOf('\n', index + 1)
  }

  if (end.line - start.line !== breaks.length) return undefined
  return {start: {line: start.line, column: start.column, offset: start.offset}, breaks}
}

/**
 * Point at an offset inside an exact text node.
 *
 * @param source
 *   Where the node starts and breaks lines.
 * @param offset
 *   Offset in its value.
 * @returns
 *   The point in the file.
 */
function pointAt(source: Source, offset: number): Point {
  const {start, breaks} = source
  // The number of line breaks before the offset.
  const low = partitionPoint(breaks.length, (index) => itemAt(breaks, index) < offset)

  if (low === 0) return {line: start.line, column: start.column + offset, offset: start.offset + offset}
  return {line: start.line + low, column: offset - itemAt(breaks, low - 1), offset: start.offset + offset}
}

/**
 * Position of a range inside a text node: exact when the node maps onto its
 * source, else the node's own position.
 *
 * @param node
 *   The text node.
 * @param start
 *   Offset where the range starts in the value.
 * @param end
 *   Offset where it ends.
 * @returns
 *   The position, or `undefined` when the node has none.
 */
export function positionIn(node: Text, start: number, end: number): Position | undefined {
  const source = sourceOf(node)
  if (source) return {start: pointAt(source, start), end: pointAt(source, end)}
  return node.position ? structuredClone(node.position) : undefined
}

/**
 * Cut a piece out of a text node.
 *
 * @param node
 *   The text node.
 * @param start
 *   Offset where the piece starts in the value.
 * @param end
 *   Offset where it ends.
 * @returns
 *   A new text node with its position.
 */
export function sliceText(node: Text, start: number, end: number): Text {
  const piece: Text = {type: 'text', value: node.value.slice(start, end)}
  const position = positionIn(node, start, end)
  if (position) piece.position = position
  return piece
}
