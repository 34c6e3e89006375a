/**
 * Speech words are read from a map built in advance when no extra verbs are
 * given: the map reads every word as the word-by-word reading does.
 */

import {describe, expect, it} from 'vitest'
import {readSpeechWord} from '../src/speakers/lexicon.js'
import {foldArabic} from '../src/text/fold.js'

/** Words with and without prefixes, speech words and others. */
const words = [
  'قال',
  'وقال',
  'فقال',
  'وقالت',
  'يقول',
  'تقول',
  'أقول',
  'نقول',
  'قالوا',
  'يقولون',
  'قائلا',
  'مضيفا',
  'بقوله',
  'وبقولها',
  'فبقوله',
  'لقوله',
  'ولتصريحه',
  'بحسب',
  'وبحسب',
  'حسبما',
  'وفقا',
  'نقلا',
  'بين',
  'وبين',
  'تابع',
  'وتابع',
  'دعا',
  'ودعا',
  'طالب',
  'وطالب',
  'بقال',
  'لقال',
  'وأكد',
  'أكدت',
  'روى',
  'روت',
  'نفى',
  'نفت',
  'ونفى',
  'رأى',
  'رأت',
  'الرئيس',
  'وزارة',
  'بيروت',
  'و',
  'ب',
  ''
]

describe('readSpeechWord', () => {
  it('reads every word as the word-by-word reading with an unrelated extra verb does', () => {
    // An extra verb that matches none of the words takes the word-by-word path.
    const unrelated = new Set([foldArabic('تمتم')])
    for (const word of words) {
      const folded = foldArabic(word)
      expect(readSpeechWord(folded), word).toEqual(readSpeechWord(folded, unrelated))
      expect(readSpeechWord(folded, new Set()), word).toEqual(readSpeechWord(folded, unrelated))
    }
  })

  it('still reads extra verbs, with prefixes', () => {
    const extra = new Set([foldArabic('تمتم')])
    expect(readSpeechWord(foldArabic('وتمتم'), extra)).toMatchObject({form: 'verb'})
    expect(readSpeechWord(foldArabic('وتمتم'))).toBe(undefined)
  })
})
