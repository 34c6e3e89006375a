import {describe, expect, it} from 'vitest'
import {AnalysedText, TextAnalyses} from '../src/text/analysis.js'
import {foldArabic, loosePattern} from '../src/text/fold.js'
import {countWords, splitClitics, tokenize} from '../src/text/tokens.js'

describe('foldArabic', () => {
  it('folds spelling variants', () => {
    expect(foldArabic('إِنّ مُسْتشفى الأطفـــال')).toBe('ان مستشفي الاطفال')
    expect(foldArabic('مسؤول رئيس هيئة')).toBe('مسوول رييس هييه')
  })

  it('drops invisible marks inside words', () => {
    expect(foldArabic('الوزي\u200Fر')).toBe('الوزير')
  })

  it('returns text with nothing to fold as it is', () => {
    expect(foldArabic('abc 123')).toBe('abc 123')
  })
})

describe('loosePattern', () => {
  it('matches phrases however they are written', () => {
    const pattern = new RegExp(loosePattern('صلى الله عليه وسلم'))
    expect(pattern.test('صلّى اللهُ عليه وسلّم')).toBe(true)
    expect(pattern.test('صلى الله عليه  وسلم')).toBe(true)
    expect(pattern.test('صلى الله عليه')).toBe(false)
  })
})

describe('tokenize', () => {
  it('gives words with offsets, leaving out marks and entities', () => {
    const tokens = tokenize('لـ«الوكالة» &quot;نص&quot; @user_1')
    expect(tokens.map((token) => [token.value, token.start, token.definite])).toEqual([
      ['لـ', 0, false],
      ['الوكالة', 3, true],
      ['نص', 18, false],
      ['@user_1', 27, false]
    ])
  })

  it('reads a slice with offsets into the whole text', () => {
    const text = 'قال الوزير: «نعم»'
    expect(tokenize(text, 4, 10).map((token) => [token.value, token.start, token.end])).toEqual([['الوزير', 4, 10]])
  })

  it('drops a leading tatweel and runs that fold to nothing', () => {
    expect(tokenize('لـ ـــالعام \u064E').map((token) => token.value)).toEqual(['لـ', 'العام'])
  })

  it('reads the article only as written', () => {
    expect(tokenize('إليسا الله الأمن').map((token) => token.definite)).toEqual([false, true, true])
  })
})

describe('splitClitics', () => {
  const split = (word: string) => {
    const {prefix, stem, suffix} = splitClitics(word, foldArabic(word))
    return [prefix, stem, suffix]
  }

  it('splits conjunctions, prepositions and the article', () => {
    expect(split('وقال')).toEqual(['و', 'قال', ''])
    expect(split('للصحفيين')).toEqual(['لل', 'صحفيين', ''])
    expect(split('بالوزارة')).toEqual(['بال', 'وزاره', ''])
    expect(split('والمتحدثون')).toEqual(['وال', 'متحدثون', ''])
  })

  it('splits pronoun suffixes, not a final ة', () => {
    expect(split('مدربه')).toEqual(['', 'مدرب', 'ه'])
    expect(split('مدربة')).toEqual(['', 'مدربه', ''])
    expect(split('بيانها')).toEqual(['', 'بيان', 'ها'])
  })

  it('leaves short words and the name of God whole', () => {
    expect(split('محمد')).toEqual(['', 'محمد', ''])
    expect(split('الله')).toEqual(['', 'الله', ''])
    expect(split('علي')).toEqual(['', 'علي', ''])
  })
})

describe('countWords', () => {
  it('counts words with letters or digits', () => {
    expect(countWords('قال: « 3 أيام – فقط »')).toBe(4)
    expect(countWords('لـ«تحالف الراغبين»')).toBe(3)
    expect(countWords('— … !')).toBe(0)
  })
})

describe('AnalysedText', () => {
  it('finds sentence bounds', () => {
    const text = new AnalysedText('جملة أولى. جملة ثانية؟ جملة ثالثة')
    expect(text.sentenceStart(15)).toBe(10)
    expect(text.sentenceEnd(15)).toBe(22)
    expect(text.sentenceStart(3)).toBe(0)
    expect(text.sentenceEnd(25)).toBe(text.text.length)
    expect(text.sentenceStart(15, 12)).toBe(12)
  })

  it('does not end a sentence at an abbreviation', () => {
    expect(new AnalysedText('وقال د. أحمد كلاما').sentenceStart(12)).toBe(0)
  })

  it('counts words once, and in a range', () => {
    const text = new AnalysedText('قال الوزير: «سنبدأ العمل غدا».')
    expect(text.wordCount).toBe(5)
    expect(text.wordsIn(13, 28)).toBe(3)
    expect(text.tokensIn(0, 11).map((token) => token.value)).toEqual(['قال', 'الوزير'])
    expect(text.tokenIndexAt(12)).toBe(2)
  })

  it('folds the whole text', () => {
    expect(new AnalysedText('قالت الهيئة').folded).toBe('قالت الهييه')
  })
})

describe('TextAnalyses', () => {
  it('analyses each text once', () => {
    const analyses = new TextAnalyses()
    expect(analyses.of('نص')).toBe(analyses.of('نص'))
    expect(analyses.of('نص')).not.toBe(analyses.of('نص آخر'))
  })
})
