import {describe, expect, it} from 'vitest'
import {findQuotes, type QuoteScan} from '../src/quotes/marks.js'

/**
 * @param paragraphs
 * @param scan
 * @returns
 *   Each span as `depth:open…close:content` (content of one-paragraph spans).
 */
function describeSpans(paragraphs: Array<string>, scan: QuoteScan): Array<string> {
  return scan.spans.map((span) => {
    const text = paragraphs[span.open.paragraph]!
    const start = span.open.index + span.open.text.length
    const end = span.close && span.close.paragraph === span.open.paragraph ? span.close.index : text.length
    return `${span.depth}:${span.open.text}${span.close?.text ?? '∅'}:${text.slice(start, end)}`
  })
}

/**
 * @param paragraphs
 */
function spans(...paragraphs: Array<string>): Array<string> {
  return describeSpans(paragraphs, findQuotes(paragraphs))
}

describe('findQuotes', () => {
  it('pairs every kind of mark', () => {
    expect(spans('قال «أ» و“ب” و„ج“ و‹د›')).toEqual(['0:«»:أ', '0:“”:ب', '0:„“:ج', '0:‹›:د'])
  })

  it('pairs straight marks left to right', () => {
    expect(spans('شارك "فريق أ" و"فريق ب" في "الدوري"')).toEqual(['0:"":فريق أ', '0:"":فريق ب', '0:"":الدوري'])
  })

  it('reads `&quot;` leftovers as straight marks', () => {
    const text = 'أطلق &quot;المرصد&quot; تقريره'
    const scan = findQuotes([text])
    expect(describeSpans([text], scan)).toEqual(['0:&quot;&quot;:المرصد'])
    expect(scan.problems).toEqual([])
  })

  it('nests quotes of different kinds', () => {
    expect(spans('قال: «نرفض ما سماه “الحل المؤقت” رفضا تاما»')).toEqual([
      '0:«»:نرفض ما سماه “الحل المؤقت” رفضا تاما',
      '1:“”:الحل المؤقت'
    ])
  })

  it('nests guillemets in guillemets', () => {
    expect(spans('قال «ندعم مبادرة «سلام» بقوة»')).toEqual(['0:«»:ندعم مبادرة «سلام» بقوة', '1:«»:سلام'])
  })

  it('nests a straight-quoted name in a straight quote by the side marks touch', () => {
    expect(spans('وقال: "سنطلق حملة "معا" في الربيع المقبل".')).toEqual([
      '0:"":سنطلق حملة "معا" في الربيع المقبل',
      '1:"":معا'
    ])
  })

  it('pairs marks glued to prefixes', () => {
    expect(spans('ذهب لـ«المؤتمر» وبـ"الوفد" و«الهيئة» ولـ“المجلس”')).toEqual([
      '0:«»:المؤتمر',
      '0:"":الوفد',
      '0:«»:الهيئة',
      '0:“”:المجلس'
    ])
  })

  it('pairs reversed and doubled guillemets and curly marks', () => {
    expect(spans('قرأ »النشرة« ثم ”الملحق” ثم لـ»الوكالة»')).toEqual(['0:»«:النشرة', '0:””:الملحق', '0:»»:الوكالة'])
  })

  it('closes a quote in a later paragraph', () => {
    const paragraphs = ['وكتب في صفحته: "نحن ماضون في الطريق', 'ولن نتراجع عنه', 'مهما كان الثمن".']
    const scan = findQuotes(paragraphs)
    expect(scan.problems).toEqual([])
    expect(scan.spans).toHaveLength(1)
    expect(scan.spans[0]!.open).toMatchObject({paragraph: 0, index: 15})
    expect(scan.spans[0]!.close).toMatchObject({paragraph: 2, index: 14})
  })

  it('does not carry a quote over a block that is not a paragraph', () => {
    const scan = findQuotes(['قال: «نحن ماضون', '', 'نعم» قالها'])
    expect(scan.spans.filter((span) => span.close)).toEqual([])
    expect(scan.problems.map((problem) => problem.kind)).toEqual(['unclosed', 'unopened'])
  })

  it('does not carry a quote further than `maxParagraphs`', () => {
    const paragraphs = ['قال: «أ', 'ب', 'ج', 'د»']
    expect(findQuotes(paragraphs, {maxParagraphs: 3}).spans.some((span) => span.close)).toBe(false)
    expect(findQuotes(paragraphs, {maxParagraphs: 4}).spans[0]!.close?.paragraph).toBe(3)
  })

  it('drops a stray opening mark when a later paragraph opens a new quote', () => {
    const paragraphs = ['وأشار إلى ما وصفه " بالتقصير .', 'وأضاف أن " الحكومة لم تفعل شيئا " .']
    const scan = findQuotes(paragraphs)
    expect(describeSpans(paragraphs, scan)).toEqual(['0:"∅: بالتقصير .', '0:"": الحكومة لم تفعل شيئا '])
    expect(scan.spans[1]!.open.paragraph).toBe(1)
    expect(scan.problems).toEqual([{kind: 'unclosed', mark: {paragraph: 0, index: 18, text: '"', family: 'straight'}}])
  })

  it('reports unclosed and unopened marks and keeps them out of spans', () => {
    const scan = findQuotes(['قال «أ ثم ب» ثم ج»'])
    expect(scan.spans).toHaveLength(1)
    expect(scan.problems).toEqual([{kind: 'unopened', mark: {paragraph: 0, index: 17, text: '»', family: 'guillemet'}}])
  })

  it('lets a quote never closed run to the end of its paragraph', () => {
    const scan = findQuotes(['طالبت الحركة بـ«تشكيل حكومة جديدة فورا'])
    expect(scan.spans).toHaveLength(1)
    expect(scan.spans[0]!.close).toBe(undefined)
    expect(scan.problems.map((problem) => problem.kind)).toEqual(['unclosed'])
  })

  it('does not nest quotes inside a mark never closed', () => {
    const paragraphs = ['قال «نص قديم ثم أضاف «هذا كلام جديد» للصحفيين']
    expect(spans(...paragraphs)).toEqual(['0:«∅:نص قديم ثم أضاف «هذا كلام جديد» للصحفيين', '0:«»:هذا كلام جديد'])
  })

  it('keeps one unclosed span per paragraph however many marks are unbalanced', () => {
    const text = 'قال ' + '«'.repeat(10_000) + ' نص'
    const scan = findQuotes([text])
    expect(scan.spans).toHaveLength(1)
    expect(scan.problems).toHaveLength(10_000)
    expect(scan.problems.every((problem) => problem.kind === 'unclosed')).toBe(true)
  })

  it('lists quotes nested at most three deep', () => {
    const text = '«'.repeat(6) + 'نص' + '»'.repeat(6)
    const scan = findQuotes([text])
    expect(scan.problems).toEqual([])
    expect(scan.spans.map((span) => span.depth)).toEqual([0, 1, 2, 3])
  })

  it('survives every mark alternating', () => {
    const text = Array.from({length: 5000}, (_, index) => '«“„‹"»”“›"&quot;'.split('')[index % 10]).join(' كلمة ')
    const scan = findQuotes([text])
    for (const span of scan.spans) {
      expect(span.open.index).toBeLessThan(text.length)
      if (span.close) expect(span.close.index).toBeGreaterThan(span.open.index)
    }
  })
})
