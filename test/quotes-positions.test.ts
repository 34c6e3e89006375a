/**
 * Quotations in a tree made by hand, without positions (as another plugin
 * or a program may build it): the same figures and blockquotes as from
 * text, no node given a made-up position, and the quotations listed
 * without places.
 */

import type {Paragraph, Root} from 'mdast'
import {remarkArabicNewsQuotes} from 'remark-arabic-news'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

/**
 * @param texts
 *   Text of each paragraph.
 * @returns
 *   A root of paragraphs, none with a position.
 */
function tree(texts: ReadonlyArray<string>): Root {
  return {
    type: 'root',
    children: texts.map((value): Paragraph => ({type: 'paragraph', children: [{type: 'text', value}]}))
  }
}

/**
 * Run the quotes plugin alone on paragraphs without positions.
 *
 * @param texts
 *   Text of each paragraph.
 * @returns
 *   The tree, its quotations, and the types of the nodes given a position.
 */
async function quote(texts: ReadonlyArray<string>) {
  const file = new VFile()
  const root = await unified().use(remarkArabicNewsQuotes).run(tree(texts), file)
  const placed: Array<string> = []
  visit(root, (node) => {
    if (node.position) placed.push(node.type)
  })
  return {root, placed, quotes: file.data.arabicNews?.quotes ?? []}
}

describe('remarkArabicNewsQuotes on a tree without positions', () => {
  it('sets a quotation apart with its caption, giving no node a position', async () => {
    const {root, placed, quotes} = await quote([
      'مقدمة الخبر.',
      'وقال الوزير: «سنفتتح المدرسة الجديدة في بداية العام المقبل» وغادر القاعة.'
    ])
    expect(root.children.map((node) => node.type)).toEqual(['paragraph', 'newsQuotation'])
    const figure = root.children[1]
    expect(figure).toMatchObject({
      type: 'newsQuotation',
      data: {hName: 'figure', hProperties: {className: ['quote'], dataSpeaker: 'الوزير'}},
      children: [{type: 'newsCaption'}, {type: 'blockquote'}, {type: 'paragraph'}]
    })
    expect(placed).toEqual([])
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({kind: 'block', speaker: 'الوزير'})
    expect(quotes[0]).not.toHaveProperty('position')
  })

  it('gives each blockquote of a figure its own speaker when two people speak in one sentence', async () => {
    const {root, placed} = await quote([
      'مقدمة الخبر.',
      'وقال الوزير سامي الحداد: «سنفتتح المدرسة الجديدة في بداية العام المقبل»، فيما قالت المديرة هالة منصور: «نحن مستعدون لاستقبال الطلاب في موعدهم».'
    ])
    const speakers: Array<unknown> = []
    visit(root, 'blockquote', (node) => {
      speakers.push(node.data?.hProperties?.['dataSpeaker'])
    })
    expect(speakers).toEqual(['سامي الحداد', 'هالة منصور'])
    expect(root.children[1]?.data?.hProperties).not.toHaveProperty('dataSpeaker')
    expect(placed).toEqual([])
  })

  it('makes a paragraph that is all quote a blockquote, and a quotation over paragraphs one blockquote', async () => {
    const {root, placed, quotes} = await quote([
      'مقدمة الخبر.',
      'وقال المهندس وليد شريف:',
      '«المشروع سيغير وجه المدينة خلال السنوات القليلة المقبلة.',
      'وسنبدأ العمل فيه مع بداية الشهر القادم دون تأخير».'
    ])
    expect(root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'blockquote'])
    expect(root.children[2]).toMatchObject({
      data: {hProperties: {dataSpeaker: 'وليد شريف'}},
      children: [{type: 'paragraph'}, {type: 'paragraph'}]
    })
    expect(placed).toEqual([])
    expect(quotes.filter((item) => item.kind === 'block')).toHaveLength(1)
  })

  it('reports an unpaired mark without a place', async () => {
    const file = new VFile()
    await unified()
      .use(remarkArabicNewsQuotes)
      .run(tree(['مقدمة الخبر.', 'وقال إن «الخطة جاهزة ثم مضى.']), file)
    expect(file.messages.map((message) => [message.ruleId, message.place])).toEqual([['quote-unclosed', undefined]])
  })
})
