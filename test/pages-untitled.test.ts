/**
 * Pages of articles in another language, or with little to name them by:
 * the title, the author tag and the header.
 */

import type {Root} from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {arabicNews, rehypeArabicNewsDocument, rehypeArabicNewsHeader} from 'remark-arabic-news'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {recordOf} from '../src/cli/article-record.js'

describe('pages with little to name them by', () => {
  it('names a page without headline or file name “Untitled” in its language', async () => {
    const untitled = async (language: string) =>
      String(
        await unified()
          .use(rehypeParse, {fragment: true})
          .use(rehypeArabicNewsDocument, {language})
          .use(rehypeStringify)
          .process(new VFile({value: '<hr>'}))
      ).match(/<title>([^<]*)<\/title>/)?.[1]
    expect(await untitled('en')).toBe('Untitled')
    expect(await untitled('ar-EG')).toBe('بلا عنوان')
  })

  it('joins the authors of a page in English with a Latin comma, of an Arabic page with an Arabic one', async () => {
    const authors = async (language: string) => {
      const file = await arabicNews({document: true, language}).process(
        '---\ntitle: Port expansion\nauthor: [Sara Ali, Mona Harbi]\n---\nThe new berth opened today.\n'
      )
      return String(file).match(/<meta name="author" content="([^"]*)">/)?.[1]
    }

    expect(await authors('en')).toBe('Sara Ali, Mona Harbi')
    expect(await authors('ar')).toBe('Sara Ali، Mona Harbi')
  })

  it('leaves a tree without an article as it is in the header plugin', async () => {
    const tree: Root = {type: 'root', children: [{type: 'element', tagName: 'p', properties: {}, children: []}]}
    const copy = structuredClone(tree)
    await unified().use(rehypeArabicNewsHeader).run(tree, new VFile())
    expect(tree).toEqual(copy)
  })

  it('takes the file name for the record of an article with nothing to make a headline of', async () => {
    const headline = async (input: string) => {
      const file = await arabicNews().process(new VFile({value: ''}))
      return recordOf(file, {input, output: 'x.html', url: '/x.html'}).headline
    }

    expect(await headline('world/report.final.txt')).toBe('report.final')
    expect(await headline('world/report')).toBe('report')
    expect(await headline('world/.hidden')).toBe('.hidden')
  })
})
