/**
 * The visible article header: headline, dateline place, `<time>` for the
 * publication and the update, authors and section, in the digits and
 * calendars asked for, without changing a character of the article.
 */

import {describe, expect, it} from 'vitest'
import {arabicNews, rehypeArabicNewsHeader, type ArabicNewsOptions} from 'remark-arabic-news'
import type {Root} from 'hast'
import {VFile} from 'vfile'

const article = `---
title: توسعة الميناء تستقبل أول سفينة حاويات
date: 2025-09-04T10:30:00+03:00
modified: 2025-09-05T08:00:00+03:00
author: [سارة العلي, منى الحربي]
section: اقتصاد
---
الدمام - استقبل الرصيف الجديد في الميناء التجاري أول سفينة حاويات منذ 3 سنوات.

وقال المتحدث باسم الهيئة إن الرصيف يرفع الطاقة بنحو الثلث.
`

/**
 * Render an article.
 *
 * @param text
 *   Article.
 * @param options
 *   Preset options.
 * @returns
 *   HTML.
 */
async function render(text: string, options: ArabicNewsOptions = {}): Promise<string> {
  return String(await arabicNews({header: true, jsonLd: {timeZone: 'Asia/Riyadh'}, ...options}).process(text))
}

describe('rehypeArabicNewsHeader', () => {
  it('puts the headline in a header with place, times, authors and section', async () => {
    const html = await render(article)
    expect(html).toContain(
      '<header class="article-header">\n<h1>توسعة الميناء تستقبل أول سفينة حاويات</h1>\n<p class="article-meta">' +
        '<span class="place">الدمام</span> · ' +
        '<time datetime="2025-09-04T10:30:00+03:00" class="published">4 سبتمبر 2025 في 10:30 ص</time> · ' +
        '<span class="modified">آخر تحديث: <time datetime="2025-09-05T08:00:00+03:00">5 سبتمبر 2025 في 8:00 ص</time></span> · ' +
        '<span class="authors">بقلم <span class="author">سارة العلي</span> و<span class="author">منى الحربي</span></span> · ' +
        '<span class="section">اقتصاد</span></p>\n</header>'
    )
  })

  it('writes Arabic-Indic digits and the Hijri date when asked, and leaves the body as written', async () => {
    const html = await render(article, {header: {digits: 'arab', hijri: true}})
    expect(html).toContain(
      '>٤ سبتمبر ٢٠٢٥ في ١٠:٣٠ ص</time> <span class="hijri" title="التاريخ الهجري">(١٢ ربيع الأول ١٤٤٧ هـ)</span>'
    )
    expect(html).toContain('منذ 3 سنوات')
    const without = await render(article, {header: false})
    const body = (value: string) => value.slice(value.indexOf('<p>'))
    expect(body(html)).toBe(body(without))
  })

  it('reads the resolved facts without JSON-LD too, and writes no header without facts or headline', async () => {
    // The facts resolve dates in their own time zone (UTC unless given one).
    const html = await render(article, {jsonLd: false})
    expect(html).toContain(
      '<time datetime="2025-09-04T07:30:00+00:00" class="published">4 سبتمبر 2025 في 7:30 ص</time>'
    )
    expect(html).toContain('<span class="section">اقتصاد</span>')
    expect(await render('نص بلا عنوان ولا تاريخ.\n', {structure: {headlineFromFirstLine: false}})).not.toContain(
      '<header'
    )
  })

  it('gives a header without headline when only facts are known, in the article’s language', async () => {
    const file = new VFile()
    file.data.matter = {date: '2025-09-04', author: 'Jane Doe', lang: 'en'}
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'article',
          properties: {},
          children: [{type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'Text.'}]}]
        }
      ]
    }
    const transform = rehypeArabicNewsHeader.call(undefined as never, {digits: 'latn'}) as (
      tree: Root,
      file: VFile
    ) => undefined
    transform(tree, file)
    const header = (tree.children[0] as {children: Array<{tagName?: string; children?: unknown}>}).children[0]
    expect(header?.tagName).toBe('header')
    expect(JSON.stringify(header)).toContain('September 4, 2025')
    expect(JSON.stringify(header)).toContain('"By "')
  })

  it('shows times in a time zone when given one', async () => {
    const html = await render(article, {header: {timeZone: 'UTC'}})
    expect(html).toContain(
      '<time datetime="2025-09-04T10:30:00+03:00" class="published">4 سبتمبر 2025 في 7:30 ص</time>'
    )
  })

  it('checks its options', () => {
    expect(() => arabicNews({header: {digits: 'roman' as never}}).freeze()).toThrow(/`digits`/)
    expect(() => arabicNews({header: {hijri: 'yes' as never}}).freeze()).toThrow(/`hijri`/)
    expect(() => arabicNews({header: {language: 3 as never}}).freeze()).toThrow(/`language`/)
    expect(() => arabicNews({header: {timeZone: 'Mars/Olympus'}}).freeze()).toThrow(/`timeZone`/)
  })
})

describe('robots meta of full pages', () => {
  it('adds the robots directive asked for', async () => {
    const html = await render(article, {document: {robots: 'max-image-preview:large'}})
    expect(html).toContain('<meta name="robots" content="max-image-preview:large">')
    expect(await render(article, {document: true})).not.toContain('name="robots"')
  })
})
