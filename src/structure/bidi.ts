/**
 * Finding left-to-right runs inside right-to-left text.
 */

/** A left-to-right run: where it starts and ends in the text. */
export interface LtrRun {
  start: number
  end: number
}

/**
 * URLs and e-mail addresses, which are always left to right. An address
 * starts where a run of address characters starts, so that a long run without
 * `@` is scanned once, not once per character.
 */
const link = String.raw`(?:https?:\/\/|www\.)[^\s«»"“”<>()]+[^\s«»"“”<>().,،؛:!?؟]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+`
/** A word of Latin script, with the joiners that occur inside names (`COVID-19`, `O'Neil`, `AT&T`). */
const latinWord = String.raw`[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F](?:[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]|[-'’&.+_/#@](?=[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]))*`
/** Words after the first may start with a digit (`iPhone 15 Pro`). */
const latinOrNumber = String.raw`(?:${latinWord}|[0-9]+(?:[.,:][0-9]+)*(?![\u0600-\u06FF]))`
/** A run: a link, or Latin words separated by spaces. */
const run = new RegExp(`${link}|${latinWord}(?:[ \\u00A0]+${latinOrNumber})*`, 'g')

/**
 * Find the left-to-right runs in a text.
 *
 * @param text
 *   The text.
 * @returns
 *   The runs in order.
 */
export function findLtrRuns(text: string): Array<LtrRun> {
  const runs: Array<LtrRun> = []
  run.lastIndex = 0
  let match = run.exec(text)

  while (match) {
    let end = match.index + match[0].length
    // Punctuation after a run belongs to the Arabic sentence around it.
    while (end > match.index + 1 && /[\s.,:]/.test(text.charAt(end - 1))) end--

    // `&quot;` and other entity names left over from HTML are not words.
    const entity = text.charAt(match.index - 1) === '&' && text.charAt(end) === ';'
    if (!entity) runs.push({start: match.index, end})
    match = run.exec(text)
  }

  return runs
}
