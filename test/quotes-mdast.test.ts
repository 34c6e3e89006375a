import type {Paragraph, PhrasingContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {subPosition} from '../src/parsing/position.js'
import {phrasingText, pointAt, sliceChildren, spanOf} from '../src/quotes/mdast.js'

/**
 * @param value
 * @param column
 */
function text(value: string, column: number): PhrasingContent {
  return {
    type: 'text',
    value,
    position: {
      start: {line: 1, column, offset: column - 1},
      end: {line: 1, column: column + value.length, offset: column - 1 + value.length}
    }
  }
}

// `قال «نص» <bdi>ABC</bdi> ثم` with a break at the end.
const children: Array<PhrasingContent> = [
  text('قال «نص» ', 1),
  {
    type: 'newsIsolate',
    children: [text('ABC', 10)],
    data: {hName: 'bdi'},
    position: {start: {line: 1, column: 10, offset: 9}, end: {line: 1, column: 13, offset: 12}}
  },
  text(' ثم', 13),
  {type: 'break'}
]

describe('phrasing helpers', () => {
  it('reads the text of phrasing content', () => {
    const paragraph: Paragraph = {type: 'paragraph', children}
    expect(phrasingText(paragraph)).toBe('قال «نص» ABC ثم')
  })

  it('cuts text with exact positions', () => {
    const [piece] = sliceChildren(children, 4, 8)
    expect(piece).toEqual({
      type: 'text',
      value: '«نص»',
      position: {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 9, offset: 8}}
    })
  })

  it('copies a container cut in two with part of its children', () => {
    const pieces = sliceChildren(children, 7, 10)
    expect(pieces.map((node) => node.type)).toEqual(['text', 'newsIsolate'])
    const isolate = pieces[1] as {children: Array<{value: string}>; position: unknown; data: unknown}
    expect(isolate.children.map((child) => child.value)).toEqual(['A'])
    expect(isolate.data).toEqual({hName: 'bdi'})
    expect(isolate.position).toEqual({start: {line: 1, column: 10, offset: 9}, end: {line: 1, column: 11, offset: 10}})
  })

  it('keeps nodes without text with the range they end in', () => {
    const total = phrasingText({type: 'paragraph', children}).length
    expect(sliceChildren(children, 12, total).map((node) => node.type)).toEqual(['text', 'break'])
    expect(sliceChildren(children, 0, 12).some((node) => node.type === 'break')).toBe(false)
  })

  it('finds points at offsets', () => {
    expect(pointAt(children, 4)).toEqual({line: 1, column: 5, offset: 4})
    expect(pointAt(children, 10)).toEqual({line: 1, column: 11, offset: 10})
    expect(pointAt(children, 99)).toEqual({line: 1, column: 16, offset: 15})
    expect(pointAt([{type: 'text', value: 'نص'}], 1)).toBe(undefined)
  })

  it('keeps a whole position when text does not map one to one to the source', () => {
    const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 2, column: 3, offset: 10}}
    expect(subPosition(position, 8, 2, 4)).toEqual(position)
    expect(subPosition(undefined, 8, 2, 4)).toBe(undefined)
    const [piece] = sliceChildren([{type: 'text', value: 'a&amp;b', position}], 1, 3)
    expect(piece?.position).toEqual(position)
    expect(pointAt([{type: 'text', value: 'a&amp;b', position}], 2)).toEqual(position.start)
  })

  it('spans nodes', () => {
    expect(spanOf(children)).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 16, offset: 15}})
    expect(spanOf([{}])).toBe(undefined)
  })
})
