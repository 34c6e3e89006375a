/**
 * Messages between the pipeline and the reports: vfile messages and thrown
 * values made plain (JSON-safe), and plain messages made vfile messages
 * again for `vfile-reporter`, with their places.
 */

import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {countMessages, toPlainMessage, toReportFile} from '../src/cli/messages.js'

describe('toPlainMessage', () => {
  it('keeps the reason, rule, source, fatality and a point or a whole range', () => {
    const point = new VFileMessage('at a point', {place: {line: 2, column: 3}, ruleId: 'r', source: 's'})
    expect(toPlainMessage(point)).toEqual({
      reason: 'at a point',
      fatal: undefined,
      line: 2,
      column: 3,
      endLine: undefined,
      endColumn: undefined,
      ruleId: 'r',
      source: 's'
    })
    const range = new VFileMessage('over a range', {
      place: {start: {line: 1, column: 1}, end: {line: 1, column: 9}}
    })
    range.fatal = false
    expect(toPlainMessage(range)).toMatchObject({fatal: false, line: 1, column: 1, endLine: 1, endColumn: 9})
    expect(toPlainMessage(new VFileMessage('nowhere'))).toMatchObject({line: undefined, endLine: undefined})
  })

  it('turns anything else thrown into a fatal `exception`', () => {
    expect(toPlainMessage(new Error('boom'))).toEqual({
      reason: 'Cannot process file: boom',
      fatal: true,
      ruleId: 'exception',
      source: 'arabic-news'
    })
    expect(toPlainMessage('text')).toMatchObject({reason: 'Cannot process file: text', fatal: true})
  })
})

describe('toReportFile', () => {
  it('places each message at its point or range (column 1 when unknown), or nowhere', () => {
    const file = toReportFile('a.txt', [
      {reason: 'point', fatal: false, line: 2},
      {reason: 'range', fatal: true, line: 1, column: 4, endLine: 3},
      {reason: 'file', fatal: undefined}
    ])
    const [point, range, whole] = file.messages
    expect(point?.place).toEqual({line: 2, column: 1})
    expect(point?.fatal).toBe(false)
    expect(range?.place).toEqual({start: {line: 1, column: 4}, end: {line: 3, column: 1}})
    expect(range?.fatal).toBe(true)
    expect(whole?.place).toBeUndefined()
    expect(whole?.file).toBe('a.txt')
  })

  it('round-trips a plain message', () => {
    const plain = {reason: 'x', fatal: false, line: 4, column: 2, endLine: 4, endColumn: 7, ruleId: 'y', source: 'z'}
    const [message] = toReportFile('a.txt', [plain]).messages
    expect(toPlainMessage(message)).toEqual(plain)
  })
})

describe('countMessages', () => {
  it('counts errors and warnings, and no info message', () => {
    expect(
      countMessages([
        {reason: 'a', fatal: true},
        {reason: 'b', fatal: false},
        {reason: 'c', fatal: false},
        {reason: 'd', fatal: undefined}
      ])
    ).toEqual({errors: 1, warnings: 2})
  })
})
