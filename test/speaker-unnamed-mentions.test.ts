import {arabicNews} from 'remark-arabic-news'
import {describe, expect, it} from 'vitest'

// A `Person` in the JSON-LD is taken as a named person by search engines:
// a title or description the article ties to no name is shown beside its
// quote, but not listed in `mentions`.
describe('speakers tied to no name', () => {
  const input = [
    'البرنامج يعود في موسمه الجديد',
    '',
    'وقال مقدم البرنامج «سنعود إلى الشاشة في موعدنا المعتاد بعد استراحة قصيرة».',
    'وقال الوزير سامي الخطيب «لن نفرض ضرائب جديدة على الأسر ذات الدخل المحدود».'
  ].join('\n')

  it('keeps the description beside its quote and marks it in the quote data', async () => {
    const file = await arabicNews().process(input)
    const quotes = file.data.arabicNews?.quotes ?? []
    expect(quotes.map((quote) => [quote.speaker, quote.speakerUnnamed])).toEqual([
      ['مقدم البرنامج', true],
      ['سامي الخطيب', undefined]
    ])
    expect(String(file)).toContain('data-speaker="مقدم البرنامج"')
  })

  it('lists only the named person in mentions', async () => {
    const file = await arabicNews().process(input)
    expect(file.data.articleFacts?.speakers).toEqual(['سامي الخطيب'])
  })
})
