/**
 * Small helpers to cut mdast text nodes while keeping their positions.
 */

import type {Nodes, PhrasingContent, RootContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Point, Position} from 'unist'
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
    const only = node.children[0]!
    if (only.type === 'text') return only.value
  }

  return toString(node)
}

/**
 * Whether a text node's value maps one to one onto its source, so offsets in
 * the value are offsets in the file. True for our plain-text parser; false
 * where markdown escapes or entities were decoded, or a line was joined.
 *
 * @param node
 *   The text node.
 * @returns
 *   Whether positions inside it can be computed.
 */
export function isExact(node: Text): boolean {
  return lineBreaksOf(node) !== undefined
}

/** Offsets of the line breaks in exact text nodes (`undefined` for others), computed once per node. */
const lineBreaks = new WeakMap<Text, ReadonlyArray<number> | undefined>()

/**
 * Offsets of the line breaks in a text node that maps onto its source.
 *
 * @param node
 *   The text node.
 * @returns
 *   The offsets, or `undefined` when the node does not map onto its source.
 */
function lineBreaksOf(node: Text): ReadonlyArray<number> | undefined {
  if (lineBreaks.has(node)) return lineBreaks.get(node)
  const start = node.position?.start
  const end = node.position?.end
  let result: Array<number> | undefined
  if (start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset === node.value.length) {
    result = []
    let index = node.value.indexOf('\n')
    while (index !== -1) {
      result.push(index)
      index = node.value.indexOf('\n', index + 1)
    }

    if (end.line - start.line !== result.length) result = undefined
  }

  lineBreaks.set(node, result)
  return result
}

/**
 * Point at an offset inside a text node.
 *
 * @param node
 *   The text node (must be exact, see `isExact`).
 * @param offset
 *   Offset in its value.
 * @returns
 *   The point in the file.
 */
function pointAt(node: Text, offset: number): Point {
  const start = node.position!.start
  const breaks = lineBreaksOf(node)!
  // The number of line breaks before the offset.
  const low = partitionPoint(breaks.length, (index) => breaks[index]! < offset)

  if (low === 0) return {line: start.line, column: start.column + offset, offset: start.offset! + offset}
  return {line: start.line + low, column: offset - breaks[low - 1]!, offset: start.offset! + offset}
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
  if (isExact(node)) return {start: pointAt(node, start), end: pointAt(node, end)}
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
