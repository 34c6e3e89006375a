/**
 * The README's "Use" example: render the seed article.
 *
 * Run: `npm run build && npx tsx examples/use.ts`
 */

import {readFile} from 'node:fs/promises'
import {arabicNews} from 'remark-arabic-news'
import {reporter} from 'vfile-reporter'

const text = await readFile(new URL('articles/seed-article.txt', import.meta.url), 'utf8')
const file = await arabicNews().process(text)

console.error(reporter(file))
console.log(String(file))
