/**
 * Full pages from hostile or degenerate input: always a complete, valid
 * page, whatever the dates, and even for an empty article.
 */

import {arabicNews} from 'remark-arabic-news'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {countFailures, parseHtml, reportNumbers} from './property-helpers.js'

const failures = countFailures()
afterAll(() => {
  reportNumbers(`adversarial-pages: 4 kinds of degenerate page checked, ${failures()} failed`)
})

describe('full pages from degenerate input', () => {
  it('renders a date whose year becomes 10000 in the newsroom’s time zone', async () => {
    // 9999-12-31T23:59:59Z is 10000-01-01T02:59:59+03:00 in Riyadh.
    for (const key of ['date', 'modified']) {
      const processor = arabicNews({document: true, jsonLd: {timeZone: 'Asia/Riyadh'}})
      const file = await processor.process('---\n' + key + ': 9999-12-31T23:59:59Z\n---\nنص الخبر.\n')
      const value = JSON.stringify(file.data.newsArticle)
      // Either dropped with a warning, or written as a date `Date.parse` reads.
      for (const date of value.match(/"date(?:Published|Modified)":"([^"]+)"/g) ?? []) {
        expect(Number.isNaN(Date.parse(date.split('":"')[1]!.slice(0, -1))), date).toBe(false)
      }
    }
  })

  it('gives every page a `<title>` with text, even for an empty article', async () => {
    for (const input of ['', '   \n\n  ', '---\ntitle: ""\n---\n']) {
      const html = String(await arabicNews({document: true}).process(input))
      const titles: Array<string> = []
      const tree = parseHtml(html, true)
      const visit = (node: {children?: Array<unknown>}): void => {
        for (const child of node.children ?? []) {
          const element = child as {type: string; tagName?: string; children?: Array<{type: string; value?: string}>}
          if (element.type === 'element' && element.tagName === 'title')
            titles.push((element.children ?? []).map((text) => text.value ?? '').join(''))
          visit(element as {children?: Array<unknown>})
        }
      }
      visit(tree)
      expect(titles, JSON.stringify(input)).toHaveLength(1)
      expect(titles[0]?.trim(), JSON.stringify(input)).not.toBe('')
    }
  })

  it('writes no character HTML forbids when a host gives front matter with control characters', async () => {
    // Hosts (Eleventy, Astro) read front matter themselves; `"\x85"` in YAML is NEL, a C1 control.
    const file = new VFile({
      value: 'نص الخبر.\n',
      data: {matter: {title: 'عنوان\u0085\u0001\uFFFE', description: 'وصف\u009F', author: 'كاتب\u0000'}}
    })
    const html = String(await arabicNews({document: true}).process(file))
    const forbidden = html.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g) ?? []
    expect(
      forbidden.map((character) => 'U+' + character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'))
    ).toEqual([])
  })

  it('puts the article of a full page in one `<main>` landmark', async () => {
    const html = String(await arabicNews({document: true}).process('عنوان الخبر\n\nنص الخبر.\n'))
    expect(html).toMatch(/<body>\s*<main>\s*<article[^>]*>[\s\S]*<\/article>\s*<\/main>\s*<\/body>/)
  })
})
