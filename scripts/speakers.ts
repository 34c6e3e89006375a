/**
 * Every quotation's speaker over a whole corpus, one line each, so that a
 * change to the speaker rules can be judged on all articles, labelled or not:
 * run it before and after, then `diff` the two outputs.
 *
 * Usage: `npx tsx scripts/speakers.ts [corpus] > speakers.tsv`
 *
 * Each line: file, line:column of the quotation, its kind, the reading that
 * gave the speaker (`-` for none), the speaker (`-` for none), and the first
 * words of the quotation. Nothing is written into the project.
 */

import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {arabicNews} from '../src/index.js'

/** How many characters of each quotation identify it in the output. */
const QUOTE_PREFIX = 40

const corpus = path.resolve(process.argv[2] ?? '../shared/corpus')
const folder = path.join(corpus, 'articles')
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
const processor = arabicNews()
const rows: Array<string> = []

for (const name of names) {
  const file = await processor.process(readFileSync(path.join(folder, name), 'utf8'))
  const paths = file.data.speakerPaths ?? []
  for (const quote of file.data.arabicNews?.quotes ?? []) {
    const place = quote.position ? `${quote.position.start.line}:${quote.position.start.column}` : '-'
    const reading = quote.speaker ? (paths.find((entry) => entry.text === quote.text)?.via ?? '-') : '-'
    const words = quote.text.replaceAll(/\s+/g, ' ').slice(0, QUOTE_PREFIX)
    rows.push([name, place, quote.kind, reading, quote.speaker ?? '-', words].join('\t'))
  }
}

process.stdout.write(rows.join('\n') + '\n')
