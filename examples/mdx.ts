/**
 * The plugins in MDX: compile a markdown article to a JavaScript module.
 *
 * Run: `npm run build && npx tsx examples/mdx.ts`
 */

import {readFile} from 'node:fs/promises'
import {compile} from '@mdx-js/mdx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {
  rehypeArabicNewsArticle,
  rehypeArabicNewsJsonLd,
  remarkArabicNewsQuotes,
  remarkArabicNewsStructure
} from 'remark-arabic-news'

const mdx = await readFile(new URL('markdown/harbour-report.md', import.meta.url), 'utf8')

const file = await compile(mdx, {
  remarkPlugins: [remarkFrontmatter, remarkGfm, remarkArabicNewsStructure, remarkArabicNewsQuotes],
  rehypePlugins: [rehypeArabicNewsArticle, rehypeArabicNewsJsonLd]
})

console.log(String(file))
