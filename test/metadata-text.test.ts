import {describe, expect, it} from 'vitest'
import {classifyParty, cleanPartyName, isNamedPerson} from '../src/metadata/authors.js'
import {serializeJsonLd} from '../src/metadata/serialize.js'
import {
  characterLength,
  collapseWhiteSpace,
  countWords,
  dropFinalFullStop,
  ELLIPSIS,
  firstSentence,
  normalizeArabic,
  truncateAtWord
} from '../src/metadata/text.js'
import {checkUrl} from '../src/url.js'
import {ARABIC_WEEKDAYS, findTodayWeekdays, weekdayFromName} from '../src/metadata/weekday.js'

describe('text', () => {
  it('collapses white space, NBSP included', () => {
    expect(collapseWhiteSpace('  قال\u00A0\u00A0الوزير \n اليوم ')).toBe('قال الوزير اليوم')
  })

  it('normalises Arabic for comparison', () => {
    expect(normalizeArabic('الإثنين')).toBe('الاثنين')
    expect(normalizeArabic('أيّـــا كان')).toBe('ايا كان')
    expect(normalizeArabic('القاهرة فى')).toBe('القاهره في')
  })

  it('counts Arabic words, with punctuation, quote marks, digits and tatweel', () => {
    expect(countWords(['وقال الرئيس «لن نتراجع»، مضيفاً: سنمضي قدماً.'])).toBe(7)
    expect(countWords(['لـ«تحالف الراغبين»'])).toBe(3)
    expect(countWords(['استمرت ٤ أيام و4 ساعات'])).toBe(5)
    expect(countWords(['', '  ', '—'])).toBe(0)
    expect(countWords(['كتب', 'سطرين'])).toBe(2)
    expect(countWords(["Macron's visit"])).toBe(2)
  })

  it('measures length in characters, not UTF-16 units', () => {
    expect(characterLength('😀ب')).toBe(2)
  })

  it('cuts at a word and never in the middle of one', () => {
    const text =
      'وأصر الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر على أن أي قوة أوروبية تحتاج إلى دعم'
    for (const max of [20, 33, 47, 60, 80]) {
      const {value, truncated} = truncateAtWord(text, max)
      expect(truncated).toBe(true)
      expect(characterLength(value)).toBeLessThanOrEqual(max)
      expect(value.endsWith(ELLIPSIS)).toBe(true)
      const kept = value.slice(0, -1)
      expect(text.startsWith(kept)).toBe(true)
      // The next character of the text after what was kept is a space: a whole word.
      expect(text.charAt(kept.length)).toBe(' ')
    }
  })

  it('does not end a cut text with punctuation or a word that leads on', () => {
    expect(truncateAtWord('التقى المبعوث بالقادة في باريس، اليوم الخميس', 32).value).toBe(
      'التقى المبعوث بالقادة في باريس…'
    )
    expect(truncateAtWord('التقى المبعوث بالقادة في باريس الخميس', 26).value).toBe('التقى المبعوث بالقادة…')
  })

  it('leaves text that fits alone', () => {
    expect(truncateAtWord('  خبر   قصير ', 20)).toEqual({value: 'خبر قصير', truncated: false})
  })

  it('cuts one very long word hard', () => {
    const {value} = truncateAtWord('ب'.repeat(50), 10)
    expect(value).toBe('ب'.repeat(9) + ELLIPSIS)
  })

  it('finds a first sentence', () => {
    expect(firstSentence('قال الوزير إن الاتفاق قريب. وأضاف أن المحادثات مستمرة.')).toBe('قال الوزير إن الاتفاق قريب')
    expect(firstSentence('هل ينجح الاتفاق؟ يبدو ذلك.')).toBe('هل ينجح الاتفاق؟')
    expect(firstSentence('جملة واحدة فقط.')).toBeUndefined()
    expect(firstSentence('بلغ النمو 3.5 في المئة')).toBeUndefined()
  })

  it('drops one final full stop', () => {
    expect(dropFinalFullStop('انتهى.')).toBe('انتهى')
    expect(dropFinalFullStop('وهكذا...')).toBe('وهكذا...')
  })
})

describe('weekdays', () => {
  it('knows the seven days', () => {
    expect(ARABIC_WEEKDAYS).toHaveLength(7)
    for (const [index, name] of ARABIC_WEEKDAYS.entries()) expect(weekdayFromName(name)).toBe(index)
  })

  it('reads spelling variants', () => {
    expect(weekdayFromName('الإثنين')).toBe(1)
    expect(weekdayFromName('الأثنين')).toBe(1)
    expect(weekdayFromName('اثنين')).toBe(1)
    expect(weekdayFromName('الاربعاء')).toBe(3)
    expect(weekdayFromName('الجمعه')).toBe(5)
    expect(weekdayFromName('الثلاثا')).toBe(2)
    expect(weekdayFromName('السابع')).toBeUndefined()
  })

  it('finds a weekday named as today', () => {
    const text = 'وأعلنت روسيا، اليوم الخميس، رفضها'
    expect(findTodayWeekdays(text)).toEqual([
      {index: text.indexOf('اليوم'), length: 12, weekday: 4, text: 'اليوم الخميس'}
    ])
    expect(findTodayWeekdays('صباح اليوم، الإثنين')[0]?.weekday).toBe(1)
    expect(findTodayWeekdays('واليومَ الجمعةَ')[0]?.weekday).toBe(5)
    expect(findTodayWeekdays('اليوم\u00A0الأحد واليوم السبت').map((mention) => mention.weekday)).toEqual([0, 6])
  })

  it('ignores lookalikes', () => {
    expect(findTodayWeekdays('صحيفة اليوم السابع')).toEqual([])
    expect(findTodayWeekdays('اليوم الخميسي')).toEqual([])
    expect(findTodayWeekdays('اليومين الخميس والجمعة')).toEqual([])
    expect(findTodayWeekdays('يوم الخميس')).toEqual([])
    expect(findTodayWeekdays('باليوم الخميس')).toEqual([])
  })
})

describe('parties', () => {
  it('removes byline words', () => {
    expect(cleanPartyName('بقلم: سارة أحمد')).toBe('سارة أحمد')
    expect(cleanPartyName('كتب - محمد علي')).toBe('محمد علي')
    expect(cleanPartyName('By Jane Doe')).toBe('Jane Doe')
    expect(cleanPartyName('كتبي محمد')).toBe('كتبي محمد')
  })

  it('tells agencies and outlets from persons', () => {
    for (const name of [
      'وكالة الأنباء السعودية (واس)',
      'واس',
      'رويترز',
      'أ ش أ',
      'القاهرة - أ ش أ',
      'فرانس برس',
      'أ ف ب',
      'صحيفة الأفق',
      'قناة العربية',
      'فريق التحرير',
      'بي بي سي',
      'Reuters',
      'Al-Ufuq News'
    ]) {
      expect(classifyParty(name), name).toBe('Organization')
    }

    for (const name of ['سارة أحمد', 'محمد عبد الله', 'ماريا زاخاروفا', 'Jane Doe', 'وائل السيد']) {
      expect(classifyParty(name), name).toBe('Person')
    }
  })

  it('takes more organisation names from options', () => {
    expect(classifyParty('الأفق')).toBe('Person')
    expect(classifyParty('الأفق', ['الافق'])).toBe('Organization')
  })

  it('keeps named persons and leaves out descriptions', () => {
    for (const name of ['ماريا زاخاروفا', 'فلاديمير بوتين', 'فولوديمير زيلينسكي', 'كير ستارمر', 'Mark Rutte']) {
      expect(isNamedPerson(name), name).toBe(true)
    }

    for (const name of [
      'مصدر أمني',
      'البيان',
      'مصادر مطلعة',
      'الرئيس الأوكراني',
      'وزير الخارجية',
      'المتحدثة باسم الخارجية',
      'الكرملين',
      'شهود عيان',
      'وكالة رويترز',
      'أحد المسؤولين',
      'هو',
      '«»',
      ''
    ]) {
      expect(isNamedPerson(name), name).toBe(false)
    }
  })
})

describe('URLs', () => {
  it('accepts absolute http(s) URLs and normalises them', () => {
    expect(checkUrl('https://example.com')).toEqual({ok: true, value: 'https://example.com/'})
    expect(checkUrl(' http://example.com/أخبار ')).toEqual({
      ok: true,
      value: 'http://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1'
    })
  })

  it('resolves relative URLs against a base URL', () => {
    expect(checkUrl('/news/1', 'https://example.com/ar/')).toEqual({ok: true, value: 'https://example.com/news/1'})
    expect(checkUrl('https://exa mple.com/', 'https://example.com/')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^invalid URL/)
    })
    expect(checkUrl('news/1', 'https://example.com/ar/')).toEqual({ok: true, value: 'https://example.com/ar/news/1'})
  })

  it('drops other schemes, relative URLs without base, credentials and non-strings', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      'ftp://example.com',
      'mailto:a@b.c',
      '/news/1',
      'https://user:pw@example.com',
      '',
      42,
      undefined
    ]) {
      expect(checkUrl(value).ok, String(value)).toBe(false)
    }

    expect(checkUrl('javascript:alert(1)', 'https://example.com/').ok).toBe(false)
  })
})

describe('serializeJsonLd', () => {
  it('escapes what could end the script, and keeps Arabic', () => {
    const value = {headline: '</script><!-- «خبر» & -->', line: 'a\u2028b\u2029c'}
    const json = serializeJsonLd(value)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('«خبر»')
    expect(json).not.toMatch(/\\u06/)
    expect(json).toBe(
      '{"headline":"\\u003c/script\\u003e\\u003c!-- «خبر» \\u0026 --\\u003e","line":"a\\u2028b\\u2029c"}'
    )
    expect(JSON.parse(json)).toEqual(value)
  })

  it('indents when asked', () => {
    expect(serializeJsonLd({a: 1}, 2)).toBe('{\n  "a": 1\n}')
  })
})
