/**
 * Splitting text into lines, keeping exact offsets.
 */

/** One line of the source: where its content starts and ends (end exclusive, before the terminator). */
export interface SourceLine {
  /** 0-based index of the line. */
  index: number
  /** Offset of the first character of the line. */
  start: number
  /** Offset just past the last character of the line, before its terminator. */
  end: number
}

/**
 * Line terminators: CRLF, CR, LF, LINE SEPARATOR and PARAGRAPH SEPARATOR.
 * Why U+2028/U+2029: they end lines in word processors and CMS exports.
 */
const lineTerminator = /\r\n|[\n\r\u2028\u2029]/g

/**
 * Split a string into lines with their offsets.
 *
 * @param value
 *   The whole text.
 * @returns
 *   Every line, the last one included (possibly empty).
 */
export function splitLines(value: string): Array<SourceLine> {
  const lines: Array<SourceLine> = []
  let start = 0
  lineTerminator.lastIndex = 0
  let match = lineTerminator.exec(value)

  while (match) {
    lines.push({index: lines.length, start, end: match.index})
    start = match.index + match[0].length
    match = lineTerminator.exec(value)
  }

  lines.push({index: lines.length, start, end: value.length})
  return lines
}
