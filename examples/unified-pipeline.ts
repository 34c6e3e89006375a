/**
 * The plugins after `remark-parse` and `remark-gfm`, before `remark-rehype`
 * and `rehype-stringify`: a markdown article written one paragraph per line.
 *
 * Run: `npm run build && npx tsx examples/unified-pipeline.ts`
 */

import {readFile} from 'node:fs/promises'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {
  rehypeArabicNewsArticle,
  rehypeArabicNewsJsonLd,
  remarkArabicNewsQuotes,
  remarkArabicNewsStructure
} from 'remark-arabic-news'
import {unified} from 'unified'
import {reporter} from 'vfile-reporter'

const markdown = await readFile(new URL('markdown/harbour-report.md', import.meta.url), 'utf8')

const file = await unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkArabicNewsStructure)
  .use(remarkArabicNewsQuotes)
  .use(remarkRehype)
  .use(rehypeArabicNewsArticle)
  .use(rehypeArabicNewsJsonLd, {timeZone: 'Asia/Beirut'})
  .use(rehypeStringify)
  .process(markdown)

console.error(reporter(file))
console.log(String(file))
