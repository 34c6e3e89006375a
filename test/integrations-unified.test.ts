/**
 * The plugins in other unified pipelines: after `remark-parse` and
 * `remark-gfm`, before `remark-rehype` and `rehype-stringify`, and in MDX.
 */

import {compile, run} from '@mdx-js/mdx'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {rehypeArabicNewsArticle, rehypeArabicNewsJsonLd, remarkArabicNewsStructure} from 'remark-arabic-news'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {remarkArabicNewsQuotes} from '../src/remark-arabic-news-quotes.js'

const markdown = `---
title: أمطار غزيرة تغلق طرقا في المدينة
date: 2025-11-03
---

الرباط - خاص: أغلقت السلطات صباح اليوم عددا من **الطرق** بعد أمطار غزيرة هطلت طوال الليل على المدينة وضواحيها.

وقال المسؤول عن الطرق في المدينة «نعمل على فتح الطرق قبل المساء».

## الطرق المغلقة

| الطريق | الحالة |
| --- | --- |
| الساحلي | مغلق |

وأوضحت مديرية الأرصاد أن الأمطار ستتواصل حتى نهاية الأسبوع مع انخفاض في درجات الحرارة.
`

describe('in a remark pipeline', () => {
  it('runs after remark-parse and remark-gfm, before remark-rehype and rehype-stringify', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkGfm)
      .use(remarkArabicNewsStructure)
      .use(remarkArabicNewsQuotes)
      .use(remarkRehype)
      .use(rehypeArabicNewsArticle)
      .use(rehypeArabicNewsJsonLd)
      .use(rehypeStringify)
      .process(markdown)
    const html = String(file)

    expect(html).toMatch(
      /^<article dir="rtl" lang="ar">\n<h1>أمطار غزيرة تغلق طرقا في المدينة<\/h1>\n<p><span class="dateline">الرباط - خاص:<\/span> أغلقت/
    )
    expect(html).toContain('<strong>الطرق</strong>')
    expect(html).toContain('<h2>الطرق المغلقة</h2>')
    expect(html).toContain('<td>مغلق</td>')
    expect(html).toMatch(
      /<figure class="quote" data-speaker="المسؤول[^"]*">\n<figcaption>وقال المسؤول عن الطرق في المدينة <\/figcaption>\n<blockquote>\n<p>«نعمل على فتح الطرق قبل المساء»\.<\/p>\n<\/blockquote>\n<\/figure>/
    )
    expect(html).not.toContain('title:')
    expect(file.data.matter).toMatchObject({title: 'أمطار غزيرة تغلق طرقا في المدينة', date: '2025-11-03'})
    expect(file.data.arabicNews?.headlineSource).toBe('front-matter')

    const scripts = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? []
    expect(scripts).toHaveLength(1)
    const jsonLd = JSON.parse(scripts[0]!.replace(/^<script[^>]*>|<\/script>$/g, '')) as Record<string, unknown>
    expect(jsonLd).toMatchObject({'@type': 'NewsArticle', headline: 'أمطار غزيرة تغلق طرقا في المدينة'})
    expect(String(jsonLd['datePublished'])).toMatch(/^2025-11-03/)
  })

  it('splits soft line breaks of plain lines into paragraphs', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkArabicNewsStructure)
        .use(remarkRehype)
        .use(rehypeArabicNewsArticle)
        .use(rehypeStringify)
        .process('عنوان الخبر هنا\n\nالسطر الأول من الخبر.\nالسطر الثاني من الخبر.\n')
    )
    expect(html).toBe(
      '<article dir="rtl" lang="ar">\n<h1>عنوان الخبر هنا</h1>\n<p>السطر الأول من الخبر.</p>\n<p>السطر الثاني من الخبر.</p>\n</article>\n'
    )
  })
})

describe('in MDX (@mdx-js/mdx)', () => {
  it('compiles and runs with the plugins', async () => {
    const file = await compile(markdown, {
      outputFormat: 'function-body',
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkArabicNewsStructure, remarkArabicNewsQuotes],
      rehypePlugins: [rehypeArabicNewsArticle, rehypeArabicNewsJsonLd]
    })
    expect(file.data.newsArticle).toMatchObject({'@type': 'NewsArticle', headline: 'أمطار غزيرة تغلق طرقا في المدينة'})

    const {default: Content} = await run(file, {...runtime, baseUrl: import.meta.url})
    const html = renderToHtml(Content({})).replace(/>\n+</g, '><')

    expect(html).toMatch(
      /^<article dir="rtl" lang="ar"><h1>أمطار غزيرة تغلق طرقا في المدينة<\/h1><p><span class="dateline">الرباط - خاص:<\/span> أغلقت/
    )
    expect(html).toContain('<h2>الطرق المغلقة</h2>')
    expect(html).toMatch(
      /<figure class="quote" data-speaker="[^"]+"><figcaption>وقال المسؤول عن الطرق في المدينة <\/figcaption><blockquote><p>«نعمل على فتح الطرق قبل المساء»\.<\/p><\/blockquote><\/figure>/
    )
    const scripts = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? []
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(scripts[0]!.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual(file.data.newsArticle)
  })
})

/** An element made by the small JSX runtime below. */
interface Node {
  type: string | typeof Fragment
  props: Record<string, unknown>
}

const Fragment = Symbol('Fragment')

/** A JSX runtime that builds plain objects, enough to run compiled MDX. */
const runtime = {
  Fragment,
  jsx: (type: string | typeof Fragment, props: Record<string, unknown>): Node => ({type, props}),
  jsxs: (type: string | typeof Fragment, props: Record<string, unknown>): Node => ({type, props})
}

/**
 * Serialise what the runtime built to HTML (text escaped, except in `script`).
 *
 * @param value
 *   Element, text, or list.
 * @param raw
 *   Whether text is raw (inside `script`).
 * @returns
 *   HTML.
 */
function renderToHtml(value: unknown, raw = false): string {
  if (value === null || value === undefined || value === false) return ''
  if (Array.isArray(value)) return value.map((child) => renderToHtml(child, raw)).join('')
  if (typeof value === 'string' || typeof value === 'number') {
    return raw ? String(value) : String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;')
  }

  const {type, props} = value as Node
  const children = renderToHtml(props['children'], type === 'script')
  if (type === Fragment) return children
  let attributes = ''
  for (const [key, attribute] of Object.entries(props)) {
    if (key === 'children') continue
    const name = key === 'className' ? 'class' : key
    attributes += ' ' + name + '="' + String(attribute).replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"'
  }

  return '<' + String(type) + attributes + '>' + children + '</' + String(type) + '>'
}
