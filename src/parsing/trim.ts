/**
 * Trimming ranges of text without losing their offsets.
 */

/**
 * Narrow a range so that it starts and ends on a non-whitespace character.
 *
 * @param value
 *   The whole text.
 * @param start
 *   Offset where the range starts.
 * @param end
 *   Offset where the range ends (exclusive).
 * @returns
 *   The trimmed range; empty (`start === end`) when it held only whitespace.
 */
export function trimRange(value: string, start: number, end: number): [number, number] {
  while (start < end && isWhitespace(value.charCodeAt(start))) start++
  while (end > start && isWhitespace(value.charCodeAt(end - 1))) end--
  return [start, end]
}

/**
 * Whether a UTF-16 code unit is white space (as `\s` in JavaScript: this
 * includes the no-break space and the byte order mark).
 *
 * @param code
 *   The code unit.
 * @returns
 *   Whether it is white space.
 */
export function isWhitespace(code: number): boolean {
  return /\s/.test(String.fromCharCode(code))
}
