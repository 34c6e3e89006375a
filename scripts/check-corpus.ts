/**
 * Run every article of a folder through the pipeline and report exceptions
 * and lost or added text.
 *
 * Usage: `npm run check:corpus -- <folder>` (default `../shared/corpus/articles`).
 * Exits 1 when any article throws or loses text.
 */

import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {arabicNews} from '../src/index.js'
import {checkPreservation} from './lib/preservation.js'

const folder = process.argv[2] ?? '../shared/corpus/articles'
const names = (await readdir(folder)).filter((name) => name.endsWith('.txt') || name.endsWith('.md')).sort()
const processor = arabicNews().freeze()
let exceptions = 0
let losses = 0
let warnings = 0
const started = performance.now()

for (const name of names) {
  const input = await readFile(join(folder, name), 'utf8')
  try {
    const file = await processor.process(new VFile({path: name, value: input}))
    warnings += file.messages.length
    const result = checkPreservation(input, String(file), file.data.arabicNews?.headlineSource === 'front-matter')
    if (!result.ok) {
      losses++
      console.log(
        'loss  ' +
          name +
          ' at ' +
          result.difference +
          ': expected `' +
          result.expected.slice(result.difference, result.difference + 30) +
          '`, got `' +
          result.actual.slice(result.difference, result.difference + 30) +
          '`'
      )
    }
  } catch (error) {
    exceptions++
    console.log('error ' + name + ': ' + String((error as Error).stack ?? error))
  }
}

const seconds = (performance.now() - started) / 1000
console.log(
  `check:corpus: ${names.length} articles, ${exceptions} exceptions, ${losses} losses, ${warnings} warnings, ${seconds.toFixed(1)} s`
)
process.exitCode = exceptions + losses > 0 ? 1 : 0
