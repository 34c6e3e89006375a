/**
 * The naive rule the targets are compared with: any line holding a quoted
 * span of six or more words becomes a blockquote, its speaker the two words
 * after the first speech verb. Used with `--baseline` to check the scorer.
 */

const MARKS = /«([^«»]*)»|“([^“”]*)”|"([^"]*)"/g
const VERB =
  /(?:^|\s)[وف]?(?:قال|قالت|أضاف|أضافت|أوضح|أوضحت|أكد|أكدت|تابع|تابعت|أشار|أشارت|صرح|صرحت|اعتبر|اعتبرت|حذر|حذرت|لفت|لفتت|شدد|شددت|ذكر|ذكرت|أعلن|أعلنت|يقول|تقول)\s+(\S+(?:\s+\S+)?)/u

/**
 * Render an article with the naive rule.
 *
 * @param lines
 *   Lines of the article file.
 * @returns
 *   HTML.
 */
export function naiveHtml(lines: ReadonlyArray<string>): string {
  const escape = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  const out: Array<string> = []
  for (const line of lines) {
    if (!line.trim()) continue
    let block = false
    for (const match of line.matchAll(MARKS)) {
      const inner = match[1] ?? match[2] ?? match[3] ?? ''
      if (inner.trim().split(/\s+/).length >= 6) block = true
    }

    if (block) {
      const speaker = VERB.exec(line)?.[1]
      const attribute = speaker ? ` data-speaker="${escape(speaker)}"` : ''
      out.push(`<blockquote${attribute}><p>${escape(line)}</p></blockquote>`)
    } else {
      out.push(`<p>${escape(line)}</p>`)
    }
  }

  return out.join('\n')
}
