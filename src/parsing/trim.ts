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
  // Most characters of news text are letters, Latin or Arabic: one range test for them.
  if ((code > 0x20 && code < 0xa0) || (code > 0xa0 && code < 0x16_80)) return false
  switch (code) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff: {
      return true
    }

    default: {
      return code >= 0x2000 && code <= 0x200a
    }
  }
}
