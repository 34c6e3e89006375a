/**
 * Small helpers to cut mdast text nodes while keeping their positions.
 */

import type {Text} from 'mdast'
import type {Point, Position} from 'unist'

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
  const start = node.position?.start
  const end = node.position?.end
  if (start?.offset === undefined || end?.offset === undefined) return false
  if (end.offset - start.offset !== node.value.length) return false
  let lines = 0
  for (const character of node.value) if (character === '\n') lines++
  return end.line - start.line === lines
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
  const before = node.value.slice(0, offset)
  const lineStart = before.lastIndexOf('\n')
  if (lineStart === -1) return {line: start.line, column: start.column + offset, offset: start.offset! + offset}
  let lines = 0
  for (const character of before) if (character === '\n') lines++
  return {line: start.line + lines, column: offset - lineStart, offset: start.offset! + offset}
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
