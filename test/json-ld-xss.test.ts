/**
 * Hostile values in every field must never break out of the JSON-LD script
 * or put an unsafe URL in the page.
 */

import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {arabicNews, type ArabicNewsOptions} from 'remark-arabic-news'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const payloads = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >x',
  '<!--<script>',
  '-->',
  '<![CDATA[x]]>',
  'a\u2028b\u2029c',
  '"\'`',
  '\\"}]}</script>',
  '&lt;/script&gt;',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '\u0000\uD800',
  'ب'.repeat(50_000) + '</script>'
]

const unsafeScheme = /^\s*(?:javascript|data|vbscript):/i
const parser = unified().use(rehypeParse)

/** Values of URL properties (`url`, `@id`, `sameAs`, `logo`, `image` items) in a JSON value, except `@context`. */
function urlValues(value: unknown, key = ''): Array<string> {
  if (typeof value === 'string') return ['url', '@id', 'sameAs', 'logo', 'image'].includes(key) ? [value] : []
  if (Array.isArray(value)) return value.flatMap((item) => urlValues(item, key))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, item]) => urlValues(item, name))
  }

  return []
}

function withQuery(payload: string): string {
  const url = new URL('https://example.com/i.jpg')
  url.searchParams.set('q', payload)
  return url.href
}

async function render(payload: string, document: boolean) {
  const options: ArabicNewsOptions = {
    jsonLd: {
      publisher: {name: payload, url: withQuery(payload)},
      organizations: [payload],
      articleBody: true,
      now: '2030-01-01T00:00:00Z'
    },
    document: document ? {siteName: payload, siteTwitter: payload} : false
  }
  // Very long values go through front matter and options only: the text itself is measured in bench/.
  const inText = payload.length > 1000 ? payload.slice(-100) : payload
  const file = new VFile({value: 'نص الخبر: ' + inText + '\n\nوقال محمد علي «' + inText + '».'})
  file.data.astro = {
    frontmatter: {
      title: payload,
      description: payload,
      date: '2025-09-04',
      author: [payload, {name: 'سارة ' + payload, url: payload, sameAs: [payload, 'https://example.com/' + payload]}],
      image: [payload, {url: payload}, withQuery(payload)],
      section: payload,
      keywords: [payload, payload + '،ب'],
      dateline: payload,
      url: payload
    }
  }
  await arabicNews(options).process(file)
  return file
}

describe('hostile values in every field', () => {
  for (const document of [false, true]) {
    for (const payload of payloads) {
      it((document ? 'page: ' : 'fragment: ') + JSON.stringify(payload.slice(0, 40)), async () => {
        const file = await render(payload, document)
        const html = String(file)
        const tree = parser.parse(html) as Root
        const scripts: Array<Element> = []
        const urls: Array<string> = []

        visit(tree, 'element', function (node) {
          if (node.tagName === 'script') scripts.push(node)
          for (const name of ['href', 'src']) {
            const value = node.properties[name]
            if (typeof value === 'string') urls.push(value)
          }

          const property = String(node.properties['property'] ?? node.properties['name'] ?? '')
          if (/^(?:og:url|og:image|twitter:image)$/.test(property)) urls.push(String(node.properties['content']))
        })

        // One script, holding exactly the JSON of `file.data.newsArticle`.
        expect(scripts).toHaveLength(1)
        const script = scripts[0]
        expect(script?.properties['type']).toBe('application/ld+json')
        expect(script?.children).toHaveLength(1)
        const text = script?.children[0]?.type === 'text' ? script.children[0].value : ''
        expect(text).not.toMatch(/[<>&\u2028\u2029]/)
        expect(JSON.parse(text)).toEqual(file.data.newsArticle)

        // The payload reached the JSON-LD (it was not just dropped everywhere).
        expect(file.data.newsArticle).toMatchObject({description: expect.any(String)})

        // URL fields of the JSON-LD and URL attributes of the page hold only http(s) URLs.
        const jsonUrls = urlValues(file.data.newsArticle)
        expect(jsonUrls.length).toBeGreaterThan(0)
        for (const url of jsonUrls) expect(url).toMatch(/^https?:\/\//)
        for (const url of urls) expect(url, url).not.toMatch(unsafeScheme)

        // Nothing became a comment or an element of its own.
        let comments = 0
        visit(tree, 'comment', () => {
          comments++
        })
        expect(comments).toBe(0)
      })
    }
  }

  it('keeps Arabic as characters', async () => {
    const file = await render('خبر «عاجل»', false)
    const html = String(file)
    expect(html).toContain('"headline":"خبر «عاجل»"')
    expect(html).not.toMatch(/\\u06[0-9a-f]{2}/i)
  })
})
