import {describe, expect, it} from 'vitest'
import {classifyQuote, hasAttributionAfter, isList, isStatement} from '../src/quotes/classify.js'
import {isNamingWord} from '../src/quotes/lexicon.js'
import {fromCodePointIndex, isPunctuationOnly, toCodePointIndex} from '../src/quotes/text.js'
import {AnalysedText} from '../src/text/analysis.js'
import {foldArabic} from '../src/text/fold.js'

const settings = {minBlockWords: 6, keepInline: false}

/**
 * Classify the first `«…»` of a paragraph.
 *
 * @param text
 * @param options
 */
function kindOf(text: string, options: Partial<typeof settings> = {}) {
  const open = text.indexOf('«')
  const close = text.indexOf('»', open)
  const whole = isPunctuationOnly(text.slice(0, open)) && isPunctuationOnly(text.slice(close + 1))
  return classifyQuote(
    {
      text,
      analysis: new AnalysedText(text),
      open,
      contentStart: open + 1,
      content: text.slice(open + 1, close),
      after: text.slice(close + 1),
      depth: 0,
      whole
    },
    {...settings, ...options}
  )
}

describe('classifyQuote', () => {
  it('makes a statement after a speech verb a block', () => {
    expect(kindOf('وقال الوزير «سنفتتح المدرسة الجديدة في بداية العام المقبل».')).toMatchObject({
      kind: 'block',
      reason: 'speech',
      words: 7
    })
  })

  it('makes a statement after a complementiser or a colon a block', () => {
    expect(kindOf('وأكدت الوزارة أن «المشروع سيكتمل قبل نهاية الصيف الحالي».').kind).toBe('block')
    expect(kindOf('وكتب على صفحته: «شكرا لكل من وقف معنا في هذه الأيام».').kind).toBe('block')
  })

  it('keeps short spans inline', () => {
    expect(kindOf('وقال الوزير «سنبدأ غدا».')).toMatchObject({kind: 'inline', reason: 'short', words: 2})
  })

  it('honours `minBlockWords`', () => {
    const text = 'وقال الوزير «سنفتتح المدرسة الجديدة في بداية العام المقبل».'
    expect(kindOf(text, {minBlockWords: 8}).kind).toBe('inline')
    expect(kindOf(text, {minBlockWords: 7}).kind).toBe('block')
  })

  it('keeps every span inline with `keepInline`', () => {
    expect(kindOf('وقال الوزير «سنفتتح المدرسة الجديدة في بداية العام المقبل».', {keepInline: true})).toMatchObject({
      kind: 'inline',
      reason: 'keep-inline'
    })
  })

  it('keeps names after naming words inline', () => {
    expect(kindOf('وأطلقت الجمعية حملة «معا من أجل مدينة أنظف وأجمل للجميع» أمس.')).toMatchObject({
      kind: 'inline',
      reason: 'name'
    })
    expect(kindOf('ونشر كتابا بعنوان «رحلة في ذاكرة المدن القديمة والأسواق الشعبية».').reason).toBe('name')
  })

  it('keeps fragments after a preposition, a glued prefix or a demonstrative inline', () => {
    expect(kindOf('ودعا إلى العمل من أجل «تعزيز التعاون بين البلدين في مجالات الطاقة».').reason).toBe('fragment')
    expect(kindOf('وانضم لـ«صف المدافعين عن البيئة والشواطئ النظيفة».').reason).toBe('fragment')
    expect(kindOf('وانضم لـ«تحالف المدن الساحلية لحماية البيئة والشواطئ».').reason).toBe('name')
    expect(kindOf('وأشار إلى أنه تأثر من هذا «الهجوم الإعلامي المنظم على الفريق ولاعبيه».').reason).toBe('fragment')
  })

  it('makes a quoted clause a block even after a prefix', () => {
    expect(kindOf('وطالبت النقابة بـ«أن تعيد الشركة العمال المفصولين إلى أعمالهم».')).toMatchObject({
      kind: 'block',
      reason: 'speech'
    })
  })

  it('keeps a list of names inline', () => {
    expect(kindOf('وقال إن أحزاب «الوسط والعمل الوطني والشباب الحر والكرامة» انسحبت.')).toMatchObject({
      kind: 'inline',
      reason: 'name'
    })
  })

  it('makes a paragraph that is all quote a block', () => {
    expect(kindOf('«لن نتراجع عن مطالبنا مهما طال الوقت».')).toMatchObject({
      kind: 'block',
      reason: 'whole-paragraph'
    })
  })

  it('makes a quote attributed after it a block', () => {
    expect(kindOf('«سنواصل العمل حتى آخر يوم من الموسم»، قال المدرب بعد المباراة.')).toMatchObject({
      kind: 'block',
      reason: 'attribution-after'
    })
  })

  it('makes a long statement a block without a cue', () => {
    expect(
      kindOf(
        'وفي ختام الاجتماع تقرر «مخاطبة الجهات المعنية بشأن الطريق، وتشكيل لجنة تتابع ما تم الاتفاق عليه مع الأهالي خلال الشهر المقبل».'
      ).reason
    ).toBe('long-statement')
  })

  it('keeps a quote without any cue inline', () => {
    expect(kindOf('وعرض الفيلم مشاهد من «حياة الصيادين على ضفاف البحيرة الكبيرة» أمس.').kind).toBe('inline')
    expect(kindOf('وقع الحادث قرب «محطة القطار الرئيسية في وسط العاصمة القديمة» ليلا.')).toMatchObject({
      kind: 'inline',
      reason: 'no-cue'
    })
  })

  it('keeps nested quotes inline', () => {
    const result = classifyQuote(
      {
        text: 'x',
        analysis: new AnalysedText('x'),
        open: 0,
        contentStart: 1,
        content: 'سنفتتح المدرسة الجديدة في بداية العام',
        after: '',
        depth: 1,
        whole: false
      },
      settings
    )
    expect(result).toMatchObject({kind: 'inline', reason: 'nested'})
  })
})

describe('isStatement, isList, hasAttributionAfter', () => {
  it('tells statements from names', () => {
    expect(isStatement('لن نقبل بهذا القرار')).toBe(true)
    expect(isStatement('وسنواصل العمل حتى النهاية')).toBe(true)
    expect(isStatement('المهرجان الدولي للفيلم القصير')).toBe(false)
  })

  it('tells lists from sentences', () => {
    expect(isList('الشروق والأهرام والأخبار والجمهورية')).toBe(true)
    expect(isList('الميناء – المطار – المحطة')).toBe(true)
    expect(isList('جهود الفريق واضحة ويعمل على مدار الساعة')).toBe(false)
  })

  it('finds attributions after a quote', () => {
    expect(hasAttributionAfter('، قال المتحدث.')).toBe(true)
    expect(hasAttributionAfter(' بحسب البيان.')).toBe(true)
    expect(hasAttributionAfter(' على حد قوله.')).toBe(true)
    expect(hasAttributionAfter('. وقال المتحدث')).toBe(false)
    expect(hasAttributionAfter(' في الساحة الكبيرة')).toBe(false)
  })
})

describe('naming words', () => {
  it('knows indefinite naming nouns, with prefixes', () => {
    expect(isNamingWord(foldArabic('حملة'))).toBe(true)
    expect(isNamingWord(foldArabic('بمشروع'))).toBe(true)
    expect(isNamingWord(foldArabic('بعنوان'))).toBe(true)
    expect(isNamingWord(foldArabic('يسمى'))).toBe(true)
    expect(isNamingWord(foldArabic('التقرير'))).toBe(false)
    expect(isNamingWord(foldArabic('الوزير'))).toBe(false)
  })
})

describe('offsets', () => {
  it('converts between code points and UTF-16 indices', () => {
    const text = 'أ😀ب'
    expect(toCodePointIndex(text, 3)).toBe(2)
    expect(fromCodePointIndex(text, 2)).toBe(3)
    expect(toCodePointIndex('نص', 1)).toBe(1)
  })
})
