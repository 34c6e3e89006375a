/**
 * Turning offsets into unist points.
 */

import type {Point, Position} from 'unist'
import {itemAt} from '../text/items.js'
import type {SourceLine} from './lines.js'

/** Turns offsets of one text into points and positions. */
export interface Locator {
  /**
   * Point of an offset.
   *
   * @param offset
   *   0-based offset into the text.
   * @returns
   *   The point (1-based line and column).
   */
  point(offset: number): Point
  /**
   * Position of a range.
   *
   * @param start
   *   Offset of the first character.
   * @param end
   *   Offset just past the last character.
   * @returns
   *   The position.
   */
  position(start: number, end: number): Position
}

/**
 * Make a locator for text split into lines.
 *
 * @param lines
 *   Lines of the text, from `splitLines`.
 * @returns
 *   The locator.
 */
export function createLocator(lines: ReadonlyArray<SourceLine>): Locator {
  let last = 0

  return {point, position}

  function point(offset: number): Point {
    // Lookups come mostly in order, so start from the last line found
    // (`splitLines` gives at least one line; past the last, there is no next).
    let index = itemAt(lines, last).start > offset ? 0 : last
    while ((lines[index + 1]?.start ?? Infinity) <= offset) index++
    last = index
    const line = itemAt(lines, index)
    return {line: index + 1, column: offset - line.start + 1, offset}
  }

  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }
}

/**
 * A point some characters further on the same line: the one way positions
 * inside a line are worked out from the start of a node.
 *
 * @param point
 *   The point.
 * @param by
 *   How many characters (UTF-16 code units).
 * @returns
 *   The new point (with an offset when the point has one).
 */
export function shiftPoint(point: Point, by: number): Point {
  return point.offset === undefined
    ? {line: point.line, column: point.column + by}
    : {line: point.line, column: point.column + by, offset: point.offset + by}
}

/**
 * Position of part of a text node, when the node's value maps one to one to
 * its place in the source (same line, same length).
 *
 * @param position
 *   Position of the whole node.
 * @param length
 *   Length of its value.
 * @param from
 *   Offset of the part in the value.
 * @param to
 *   Offset after the part.
 * @returns
 *   Position of the part (the whole node's position when the mapping is not
 *   one to one).
 */
export function subPosition(
  position: Position | undefined,
  length: number,
  from: number,
  to: number
): Position | undefined {
  if (!position) return undefined
  if (!isOneToOne(position, length)) return structuredClone(position)
  return {start: shiftPoint(position.start, from), end: shiftPoint(position.start, to)}
}

/**
 * Whether a node's value maps one to one onto its place in the source: on
 * one line, as long there as the value (an offset in the value is then the
 * same offset from the node's start).
 *
 * @param position
 *   Position of the node.
 * @param length
 *   Length of its value.
 * @returns
 *   Whether parts of the value can be placed by shifting the start.
 */
export function isOneToOne(position: Position, length: number): boolean {
  const {start, end} = position
  return (
    start.line === end.line &&
    end.column - start.column === length &&
    (start.offset === undefined || end.offset === undefined || end.offset - start.offset === length)
  )
}
