/**
 * The character-by-character text measures agree with their definitions in
 * regular expressions (which they replaced for speed) on any text.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isWhitespace} from '../src/parsing/trim.js'
import {arabicLetter, countScripts, countWords, latinLetter} from '../src/structure/text.js'

/** Words by definition: runs between white space that hold a letter or a digit. */
function wordsByDefinition(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

/** Letters by script by definition, links and addresses left out. */
function scriptsByDefinition(text: string): {arabic: number; latin: number} {
  let arabic = 0
  let latin = 0
  for (const token of text.split(/\s+/)) {
    if (token.includes('@') || /^(?:https?:\/\/|www\.)/i.test(token)) continue
    for (const character of token) {
      if (arabicLetter.test(character)) arabic++
      else if (latinLetter.test(character)) latin++
    }
  }

  return {arabic, latin}
}

/** Pieces that real news text is made of, and the odd ones. */
const piece = fc.oneof(
  fc.constantFrom(
    ' ',
    '\u00A0',
    '\t',
    '\n',
    '\u2009',
    '\u200F',
    '\uFEFF',
    '\u3000',
    '@',
    'www.',
    'https://',
    'HTTP://',
    '،',
    '؟',
    '٪'
  ),
  fc.constantFrom('قال', 'الرئيس', 'ـ', 'ً', '١٢', '12', 'COVID-19', 'Éé', '×', '÷', 'ﻻ', '𝐀', '\uD800', '\uDC00', '😀'),
  fc.string({unit: 'binary', maxLength: 3})
)
const text = fc.array(piece, {maxLength: 30}).map((pieces) => pieces.join(''))

describe('text measures', () => {
  it('finds white space as `\\s` does, for every code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isWhitespace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)))
    }
  })

  it('counts words as its definition does', () => {
    fc.assert(
      fc.property(text, (value) => countWords(value) === wordsByDefinition(value)),
      {numRuns: 2000}
    )
  })

  it('counts letters by script as its definition does', () => {
    fc.assert(
      fc.property(text, (value) => {
        const {arabic, latin} = countScripts(value)
        const expected = scriptsByDefinition(value)
        return arabic === expected.arabic && latin === expected.latin
      }),
      {numRuns: 2000}
    )
  })

  it('counts every letter and number of any plane', () => {
    for (let point = 0; point <= 0x10ffff; point += 7) {
      if (point >= 0xd800 && point <= 0xdfff) continue
      const value = 'a ' + String.fromCodePoint(point) + ' ' + String.fromCodePoint(point) + 'x'
      expect(countWords(value), point.toString(16)).toBe(wordsByDefinition(value))
    }
  })
})
