/**
 * The article the project was started from, checked against what its readers
 * expect: blocks in order, the subheading, the quotations and their speakers.
 */

import {readFileSync} from 'node:fs'
import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {arabicNews} from 'remark-arabic-news'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

const seed = readFileSync(new URL('../examples/articles/seed-article.txt', import.meta.url), 'utf8')

describe('seed article', async () => {
  const file = await arabicNews().process(seed)
  const tree = unified().use(rehypeParse, {fragment: true}).parse(String(file)) as Root
  const article = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'article')!
  const blocks = article.children.filter(
    (node): node is Element => node.type === 'element' && node.tagName !== 'script'
  )

  /**
   * Text of an element.
   *
   * @param node
   *   The element.
   * @returns
   *   Its text.
   */
  function text(node: Element): string {
    return node.children
      .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : ''))
      .join('')
  }

  it('is an RTL Arabic article without headline', () => {
    expect(article.properties).toEqual({dir: 'rtl', lang: 'ar'})
    expect(blocks.some((node) => node.tagName === 'h1')).toBe(false)
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-headline')
  })

  it('keeps the 16 lines in order, line 7 as a subheading', () => {
    const lines = seed.trim().split('\n')
    // Figures and the narrative after them come from one line: group blocks back into lines.
    let line = 0
    let rest = ''
    for (const node of blocks) {
      const value = text(node).replace(/\s+/g, '')
      if (!rest) {
        rest = lines[line]!.replace(/\s+/g, '')
        if (line === 6) expect(node.tagName).toBe('h2')
        else expect(['p', 'figure', 'blockquote']).toContain(node.tagName)
      }

      expect(rest.startsWith(value)).toBe(true)
      rest = rest.slice(value.length)
      if (!rest) line++
    }

    expect(line).toBe(16)
  })

  it('makes block quotes of the four statements, one figure per quoted sentence, with their speakers', () => {
    const figures = blocks.filter((node) => node.tagName === 'figure')
    expect(figures.map((node) => node.properties.dataSpeaker)).toEqual([
      'ماريا زاخاروفا',
      'فلاديمير بوتين',
      'فولوديمير زيلينسكي'
    ])
    const quotes = figures.flatMap((figure) =>
      figure.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'blockquote')
    )
    expect(quotes).toHaveLength(4)
    for (const figure of figures) {
      const [caption, quote] = figure.children.filter((node): node is Element => node.type === 'element')
      expect(caption?.tagName).toBe('figcaption')
      expect(quote?.tagName).toBe('blockquote')
    }

    // The narrative's comma stays outside the blockquote.
    for (const quote of quotes) expect(text(quote).trim()).toMatch(/^«[^«»]+»\.?$/)
  })

  it('keeps the rest of a quoted sentence in its figure, after the blockquote', () => {
    const figures = blocks.filter((node) => node.tagName === 'figure')
    const parts = (figure: Element) =>
      figure.children
        .filter((node): node is Element => node.type === 'element')
        .map((node) => node.tagName + ':' + text(node).trim().slice(0, 12))
    // Zakharova's sentence: one figure, both quotations, the narrative between them.
    expect(parts(figures[0]!)).toEqual([
      'figcaption:وقالت المتحد',
      'blockquote:«روسيا ليست ',
      'p:، محذّرة من ',
      'blockquote:«أيّا كان شك'
    ])
    // Zelensky's: the rest of the sentence follows the blockquote, in the figure.
    expect(parts(figures[2]!)).toEqual(['figcaption:وأوضح الرئيس', 'blockquote:«للأسف لم نر', 'p:، معربا عن ث'])
  })

  it('leaves names and short terms inline', () => {
    const quotes = file.data.arabicNews!.quotes
    const inline = quotes.filter((quote) => quote.kind === 'inline').map((quote) => quote.text)
    for (const term of ['تحالف الراغبين', 'للطمأنة', 'خطرا', 'أيا كان شكله', 'تدخّل أجنبي']) {
      expect(inline).toContain(term)
    }

    expect(quotes.filter((quote) => quote.kind === 'block')).toHaveLength(4)
  })

  it('lists the speakers as mentions in the JSON-LD', () => {
    const names = (file.data.newsArticle?.mentions as unknown as Array<{name: string}>).map((person) => person.name)
    expect(names).toEqual(expect.arrayContaining(['ماريا زاخاروفا', 'فلاديمير بوتين', 'فولوديمير زيلينسكي']))
  })
})
