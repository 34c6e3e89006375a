/**
 * The structure plugin adds its classes to those a paragraph already has
 * (from a host or an earlier plugin) instead of replacing them.
 */

import type {Paragraph, Root} from 'mdast'
import {remarkArabicNewsStructure} from 'remark-arabic-news'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

function paragraph(value: string, className?: Array<string>): Paragraph {
  return {
    type: 'paragraph',
    children: [{type: 'text', value}],
    ...(className ? {data: {hProperties: {className}}} : {})
  }
}

describe('classes of a byline', () => {
  it('are added to the classes the paragraph has', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        paragraph('قال الوزير إن الخطة جاهزة تماما للتنفيذ في الأسابيع المقبلة.'),
        paragraph('كتب: سامر الحيدري', ['from-host'])
      ]
    }
    await unified().use(remarkArabicNewsStructure).run(tree)
    expect(tree.children[1]?.data).toEqual({hProperties: {className: ['from-host', 'byline']}, newsRole: 'byline'})
  })
})
