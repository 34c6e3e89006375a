/**
 * Reading items the code knows are there: the item itself, and a
 * `RangeError` (never `undefined` carried on) when the reasoning is wrong.
 */

import {describe, expect, it} from 'vitest'
import {firstItem, itemAt, lastItem} from '../src/text/items.js'

describe('itemAt, firstItem, lastItem', () => {
  it('read the item at an index, the first and the last', () => {
    const list = ['أ', 'ب', 'ج']
    expect(itemAt(list, 1)).toBe('ب')
    expect(firstItem(list)).toBe('أ')
    expect(lastItem(list)).toBe('ج')
  })

  it('keep falsy items (0, empty text) that are there', () => {
    expect(itemAt([0, 1], 0)).toBe(0)
    expect(lastItem(['x', ''])).toBe('')
  })

  it('throw a RangeError past either end, and never count a negative index from the end', () => {
    expect(() => itemAt(['a'], 1)).toThrow(RangeError)
    expect(() => itemAt(['a', 'b'], -1)).toThrow(/Expected an item at -1 of 2/)
    expect(() => firstItem([])).toThrow(RangeError)
    expect(() => lastItem([])).toThrow(/Expected an item at -1 of 0/)
  })
})
