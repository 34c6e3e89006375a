/**
 * What renderers read from a hast tree when the remark plugins did not run:
 * the headline, the lead and the body's paragraphs, and where the lead is.
 */

import type {Root} from 'hast'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {leadPlace, textFromTree} from '../src/metadata/hast.js'

const at = (line: number) => ({start: {line, column: 1, offset: 0}, end: {line, column: 10, offset: 9}})

describe('textFromTree', () => {
  it('reads the first h1, and paragraphs, crossheads and list items, skipping scripts, styles and blanks', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('h1', '  عنوان   الخبر '),
        h('script', [h('p', 'ليس نصا')]),
        h('style', 'p { color: red }'),
        h('p', 'الفقرة الأولى'),
        h('p', '   '),
        h('h2', 'عنوان فرعي'),
        h('ul', [h('li', 'بند')]),
        h('h1', 'عنوان ثان')
      ]
    }
    expect(textFromTree(tree)).toEqual({
      headline: 'عنوان الخبر',
      lead: 'الفقرة الأولى',
      bodyText: ['الفقرة الأولى', 'عنوان فرعي', 'بند'],
      quotes: [],
      asides: []
    })
  })

  it('takes the first paragraph as the lead, even one that repeats the headline', () => {
    const tree: Root = {type: 'root', children: [h('h1', 'العنوان'), h('p', 'العنوان'), h('p', 'النص')]}
    expect(textFromTree(tree)).toMatchObject({headline: 'العنوان', lead: 'العنوان'})
    expect(textFromTree({type: 'root', children: []})).toMatchObject({headline: undefined, lead: undefined})
  })
})

describe('leadPlace', () => {
  it('is where the block the lead is read from is, whatever its kind', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {...h('h1', 'العنوان'), position: at(1)},
        {...h('p', '   '), position: at(2)},
        {...h('h2', 'عنوان فرعي أول'), position: at(3)},
        {...h('p', 'مقدمة الخبر'), position: at(4)}
      ]
    }
    expect(textFromTree(tree).lead).toBe('عنوان فرعي أول')
    expect(leadPlace(tree)).toEqual(at(3))
  })

  it('is unknown when the lead’s block has no position, or there is no lead', () => {
    expect(
      leadPlace({type: 'root', children: [h('p', 'بلا موضع'), {...h('p', 'مقدمة الخبر'), position: at(2)}]})
    ).toBeUndefined()
    expect(leadPlace({type: 'root', children: [{...h('h1', 'العنوان'), position: at(1)}]})).toBeUndefined()
  })
})
