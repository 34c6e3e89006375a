/**
 * Finding paragraphs that a CMS joined into one line.
 */

/**
 * Some outlets lost their line breaks at source and join paragraphs with a
 * run of spaces and no-break spaces. A run of three or more whitespace
 * characters holding at least one no-break space is such a join: ordinary
 * prose never needs one.
 */
const join = /[ \t\u00A0\u2007\u202F]{3,}/g

/**
 * Find the ranges of the paragraphs in one line.
 *
 * @param text
 *   The line, already trimmed.
 * @returns
 *   `[start, end]` offsets of each paragraph inside `text`.
 */
export function splitJoinedParagraphs(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  join.lastIndex = 0
  let match = join.exec(text)

  while (match) {
    if (/[\u00A0\u2007\u202F]/.test(match[0])) {
      ranges.push([start, match.index])
      start = match.index + match[0].length
    }

    match = join.exec(text)
  }

  ranges.push([start, text.length])
  return ranges
}
