import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {stableJson} from '../src/cli/site/digest.js'
import {articleNavigation, prependToBody} from '../src/cli/site/navigation.js'
import type {ArticleRecord} from '../src/cli/site/record.js'
import {readStylesheet} from '../src/cli/site/stylesheet.js'
import {SiteWriter} from '../src/cli/site/write.js'

const record: ArticleRecord = {
  input: 'world/a.txt',
  output: 'world/a.html',
  url: '/world/a.html',
  headline: 'Rain in the north',
  language: 'en',
  section: 'World',
  authors: []
}

describe('site helpers', () => {
  it('writes JSON for values that JSON.stringify leaves out as null', () => {
    expect(stableJson(undefined)).toBe('null')
    expect(stableJson({b: 1, a: undefined, c: [undefined]})).toBe('{"b":1,"c":[null]}')
  })

  it('refuses a site file outside the output folder', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'site-writer-'))
    await expect(new SiteWriter(root).write('../outside.html', 'x')).rejects.toThrow(/outside the output folder/)
  })

  it('names the error of a stylesheet that cannot be read', () => {
    expect(() => readStylesheet(path.join(tmpdir(), 'no-such-style-sheet.css'), undefined)).toThrow(
      /Cannot read stylesheet .*ENOENT/
    )
  })

  it('labels the way back in the language of a page written left to right', () => {
    const html = toHtml(articleNavigation(record, 'The Site', 'en-GB'))
    expect(html).toMatch(/dir="ltr"/)
    expect(html).toMatch(/lang="en-GB"/)
    expect(html).toMatch(/>World</)
  })

  it('puts the way back in a body, and says when a page has none', () => {
    const navigation = articleNavigation(record, 'The Site', 'en')
    const noBody: Root = {type: 'root', children: [{type: 'text', value: 'fragment'}]}
    expect(prependToBody(noBody, navigation)).toBe(false)
    const page: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'html',
          properties: {},
          children: [
            {
              type: 'element',
              tagName: 'body',
              properties: {},
              children: [{type: 'element', tagName: 'main', properties: {}, children: []}]
            }
          ]
        }
      ]
    }
    expect(prependToBody(page, navigation)).toBe(true)
    expect(toHtml(page)).toMatch(/<body>\n<nav[^]*<\/nav>\n<main>/)
  })
})
