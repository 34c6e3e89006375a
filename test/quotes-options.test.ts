import {describe, expect, it} from 'vitest'
import {
  DEFAULT_KEEP_INLINE,
  DEFAULT_MAX_MESSAGES_PER_RULE,
  DEFAULT_MAX_QUOTE_PARAGRAPHS,
  DEFAULT_MIN_BLOCK_WORDS,
  DEFAULT_SPEECH_VERBS,
  DEFAULT_TITLES,
  remarkArabicNewsQuotes
} from 'remark-arabic-news'
import {normalizeQuotesOptions} from '../src/quotes/options.js'

describe('quotes options', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_MIN_BLOCK_WORDS).toBe(6)
    expect(DEFAULT_SPEECH_VERBS).toEqual([])
    expect(DEFAULT_TITLES).toEqual([])
    expect(DEFAULT_KEEP_INLINE).toBe(false)
    expect(DEFAULT_MAX_QUOTE_PARAGRAPHS).toBe(4)
    expect(DEFAULT_MAX_MESSAGES_PER_RULE).toBe(5)
  })

  it('applies the defaults', () => {
    const settings = normalizeQuotesOptions(undefined)
    expect(settings).toMatchObject({
      minBlockWords: DEFAULT_MIN_BLOCK_WORDS,
      keepInline: DEFAULT_KEEP_INLINE,
      maxQuoteParagraphs: DEFAULT_MAX_QUOTE_PARAGRAPHS,
      maxMessagesPerRule: DEFAULT_MAX_MESSAGES_PER_RULE
    })
    expect([...settings.speechVerbs]).toEqual([])
    expect([...settings.titles]).toEqual([])
    expect(normalizeQuotesOptions(null)).toEqual(settings)
    expect(normalizeQuotesOptions({minBlockWords: null, keepInline: undefined})).toEqual(settings)
  })

  it('takes options, folding extra words', () => {
    const settings = normalizeQuotesOptions({
      minBlockWords: 9,
      keepInline: true,
      speechVerbs: ['استنكرَ', 'استنكرت'],
      titles: ['المطران'],
      maxQuoteParagraphs: 2,
      maxMessagesPerRule: 1
    })
    expect(settings.minBlockWords).toBe(9)
    expect(settings.keepInline).toBe(true)
    expect([...settings.speechVerbs]).toEqual(['استنكر', 'استنكرت'])
    expect([...settings.titles]).toEqual(['مطران'])
    expect(settings.maxQuoteParagraphs).toBe(2)
    expect(settings.maxMessagesPerRule).toBe(1)
  })

  it('layers options on a base (front matter over options)', () => {
    const base = normalizeQuotesOptions({minBlockWords: 9, titles: ['المطران']})
    const settings = normalizeQuotesOptions({titles: ['الحاخام'], keepInline: true}, base)
    expect(settings.minBlockWords).toBe(9)
    expect(settings.keepInline).toBe(true)
    expect([...settings.titles]).toEqual(['مطران', 'حاخام'])
  })

  it('throws a `TypeError` naming a bad option', () => {
    expect(() => normalizeQuotesOptions({minBlockWords: 0})).toThrow(/`minBlockWords`/)
    expect(() => normalizeQuotesOptions({minBlockWords: 2.5})).toThrow(TypeError)
    // @ts-expect-error: runtime check.
    expect(() => normalizeQuotesOptions({keepInline: 'yes'})).toThrow(/`keepInline`/)
    // @ts-expect-error: runtime check.
    expect(() => normalizeQuotesOptions({speechVerbs: 'قال'})).toThrow(/`speechVerbs`/)
    expect(() => normalizeQuotesOptions({titles: ['']})).toThrow(/`titles`/)
    expect(() => normalizeQuotesOptions({maxQuoteParagraphs: -1})).toThrow(/`maxQuoteParagraphs`/)
    expect(() => normalizeQuotesOptions({maxMessagesPerRule: 0})).toThrow(/`maxMessagesPerRule`/)
    // @ts-expect-error: runtime check.
    expect(() => normalizeQuotesOptions('x')).toThrow(TypeError)
  })

  it('checks options when the plugin is attached', () => {
    // @ts-expect-error: runtime check.
    expect(() => remarkArabicNewsQuotes.call(undefined as never, {minBlockWords: 'six'})).toThrow(/`minBlockWords`/)
  })
})
