import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {arabicNews, remarkArabicNewsQuotes} from 'remark-arabic-news'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {checkPreservation} from '../scripts/lib/preservation.js'

/**
 * @param text
 * @param options
 */
async function run(text: string, options?: Parameters<typeof arabicNews>[0]) {
  const file = await arabicNews({jsonLd: false, ...options}).process(text)
  // The article wrapper puts each block on a line of its own.
  const html = String(file).replace(/>\n+</g, '><')
  return {html, file, quotes: file.data.arabicNews?.quotes ?? []}
}

/**
 * @param input
 * @param html
 */
function preserved(input: string, html: string) {
  return checkPreservation(input, html, false).ok
}

const seed = readFileSync(new URL('../fixtures/seed-article/input.txt', import.meta.url), 'utf8')

describe('remarkArabicNewsQuotes on the seed article', async () => {
  const {html, quotes} = await run(seed)
  const blocks = quotes.filter((quote) => quote.kind === 'block')

  it('sets the four statements apart with their speakers', () => {
    expect(blocks.map((quote) => quote.speaker)).toEqual([
      'ماريا زاخاروفا',
      'ماريا زاخاروفا',
      'فلاديمير بوتين',
      'فولوديمير زيلينسكي'
    ])
    expect(blocks.map((quote) => quote.speakerAsWritten)).toEqual([undefined, undefined, 'بوتين', 'الرئيس الأوكراني'])
    // Zakharova's two statements are one sentence: one figure.
    expect(html.match(/<figure class="quote[^"]*" data-speaker="[^"]+">/g)).toHaveLength(3)
  })

  it('keeps names, terms and fragments inline', () => {
    const inline = quotes.filter((quote) => quote.kind === 'inline').map((quote) => quote.text)
    expect(inline).toEqual(
      expect.arrayContaining([
        'تحالف الراغبين',
        'للطمأنة',
        'خطرا',
        'أيا كان شكله',
        'تدخّل أجنبي',
        'زيادة الضغط على روسيا للتقدم نحو حل دبلوماسي'
      ])
    )
    expect(html).toContain('لـ«تحالف الراغبين» الداعم')
    expect(html).toContain('<h2>«تدخّل أجنبي»</h2>')
  })

  it('keeps the narrative in the figcaption and the rest of the sentence in the figure', () => {
    expect(html).toContain(
      '<figure class="quote quote-unnamed" data-speaker="فلاديمير بوتين"><figcaption>وأضاف بوتين في مؤتمر صحفي عقد في ختام زيارته التي استمرت 4 أيام إلى الصين </figcaption><blockquote><p>«إذا لم ننجح في التوصل إلى اتفاق بشأن أوكرانيا، فسوف نحقق أهدافنا بالوسائل العسكرية».</p></blockquote></figure>'
    )
    expect(html).toContain(
      '<p>«للأسف لم نرَ بعد مؤشرات من جانب روسيا تظهر أنها ترغب في وضع حد للحرب»</p></blockquote><p>، معربا عن ثقته بأن الولايات المتحدة'
    )
  })

  it('keeps every character once, in order', () => {
    expect(preserved(seed, html)).toBe(true)
  })

  it('records where each quote is', () => {
    const first = blocks[0]!
    expect(first.position?.start).toEqual({
      line: 9,
      column: 108,
      offset: seed.split('\n').slice(0, 8).join('\n').length + 1 + 107
    })
    const lines = seed.split('\n')
    const {start, end} = first.position!
    expect(lines[start.line - 1]!.slice(start.column - 1, end.column - 1)).toBe('«' + first.text + '»')
  })
})

describe('remarkArabicNewsQuotes markup', () => {
  it('puts an attribution after the quote last in the figure', async () => {
    const {html, quotes} = await run(
      'مقدمة الخبر.\n\n«سنعود أقوى في الموسم المقبل بإذن الله»، قال المدرب فادي سعد بعد المباراة.'
    )
    expect(html).toContain(
      '<figure class="quote" data-speaker="فادي سعد"><blockquote><p>«سنعود أقوى في الموسم المقبل بإذن الله»</p></blockquote><figcaption>، قال المدرب فادي سعد بعد المباراة.</figcaption></figure>'
    )
    expect(quotes.find((quote) => quote.kind === 'block')?.speaker).toBe('فادي سعد')
  })

  it('makes a paragraph that is all quote a blockquote with the speaker', async () => {
    const input = 'مقدمة الخبر.\n\nوقال المهندس وليد شريف:\n\n«المشروع سيغير وجه المدينة خلال السنوات القليلة المقبلة».'
    const {html} = await run(input)
    expect(html).toContain(
      '<blockquote data-speaker="وليد شريف"><p>«المشروع سيغير وجه المدينة خلال السنوات القليلة المقبلة».</p></blockquote>'
    )
    expect(preserved(input, html)).toBe(true)
  })

  it('sets two quotes of one sentence apart in one figure, narrative between them', async () => {
    const input =
      'مقدمة.\n\nوقالت الوزيرة هالة منصور إن «المدارس ستفتح في موعدها المحدد دون أي تأخير»، مؤكدة أن «لا تأجيل للعام الدراسي مهما حدث هذا العام».'
    const {html} = await run(input)
    expect(html.match(/<figure/g)).toHaveLength(1)
    expect(html.match(/<blockquote/g)).toHaveLength(2)
    expect(html).toContain('</blockquote><p>، مؤكدة أن </p><blockquote>')
    expect(preserved(input, html)).toBe(true)
  })

  it('sets words after `قال …:` apart as a quotation without marks, up to where the narrative resumes', async () => {
    const input =
      'مقدمة.\n\nوقال المدير: سنبدأ العمل في المبنى الجديد خلال الشهر المقبل، مشيرا إلى أن الخطة جاهزة.\n\nوقال مصدر: إن الخطة ستعلن غدا في مؤتمر صحفي بالعاصمة.'
    const {html, quotes} = await run(input)
    expect(html).toContain(
      '<figcaption>وقال المدير: </figcaption><blockquote><p>سنبدأ العمل في المبنى الجديد خلال الشهر المقبل</p></blockquote><p>، مشيرا إلى أن الخطة جاهزة.</p></figure>'
    )
    expect(quotes).toMatchObject([
      {kind: 'block', open: '', close: '', text: 'سنبدأ العمل في المبنى الجديد خلال الشهر المقبل'}
    ])
    // Reported speech (`قال: إن` without the speaker's own voice) stays narrative.
    expect(html).toContain('<p>وقال مصدر: إن الخطة ستعلن غدا في مؤتمر صحفي بالعاصمة.</p>')
    expect(preserved(input, html)).toBe(true)
  })

  it('warns when a quotation without marks runs over sentences to the end of its paragraph', async () => {
    const {file} = await run('مقدمة.\n\nوقال أحد السكان: الحي أصبح أجمل بكثير من قبل. نشكر كل من ساعد في ذلك.')
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['quote-unmarked-end', 3, 18]
    ])
  })

  it('joins a quote over several paragraphs in one blockquote', async () => {
    const input =
      'مقدمة.\n\nوكتب الوزير على صفحته: "نحن ماضون في الطريق الذي اخترناه\n\nولن نتراجع عنه مهما كان الثمن".\n\nوانتهى الاجتماع.'
    const {html, file, quotes} = await run(input)
    expect(html).toContain(
      '<blockquote><p>"نحن ماضون في الطريق الذي اخترناه</p><p>ولن نتراجع عنه مهما كان الثمن".</p></blockquote>'
    )
    expect(quotes[0]).toMatchObject({
      kind: 'block',
      text: 'نحن ماضون في الطريق الذي اخترناه\nولن نتراجع عنه مهما كان الثمن'
    })
    expect(file.messages).toEqual([])
    expect(preserved(input, html)).toBe(true)
  })

  it('keeps every quote inline with `keepInline`, still listing speakers', async () => {
    const input = 'مقدمة.\n\nوقال رئيس البلدية ماهر سليم «سنفتح الحديقة للجميع بعد انتهاء الصيانة».'
    const {html, quotes} = await run(input, {quotes: {keepInline: true}})
    expect(html).not.toContain('<blockquote')
    expect(quotes).toMatchObject([{kind: 'inline', speaker: 'ماهر سليم'}])
  })

  it('reads options from front matter', async () => {
    const input =
      '---\ntitle: خبر\nquotes:\n  keepInline: true\n---\nوقال رئيس البلدية ماهر سليم «سنفتح الحديقة للجميع بعد انتهاء الصيانة».'
    const {html} = await run(input)
    expect(html).not.toContain('<blockquote')
  })

  it('warns about bad front matter options and uses the options', async () => {
    const input =
      '---\ntitle: خبر\nquotes:\n  minBlockWords: lots\n---\nوقال رئيس البلدية ماهر سليم «سنفتح الحديقة للجميع بعد انتهاء الصيانة».'
    const {html, file} = await run(input)
    expect(html).toContain('<blockquote')
    expect(file.messages.map((message) => message.ruleId)).toContain('quotes-front-matter')
  })

  it('works on trees from remark-parse, cutting inline nodes', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkArabicNewsQuotes)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process('وقال الوزير: «سنفتتح *المدرسة الجديدة* في بداية العام المقبل» وغادر القاعة.')
    expect(String(file)).toBe(
      '<figure class="quote" data-speaker="الوزير"><figcaption>وقال الوزير: </figcaption><blockquote>\n<p>«سنفتتح <em>المدرسة الجديدة</em> في بداية العام المقبل»</p>\n</blockquote><p> وغادر القاعة.</p></figure>'
    )
  })
})

describe('remarkArabicNewsQuotes on headings', () => {
  it('lists quoted spans of headings and reports their broken marks, changing nothing', async () => {
    const input = 'الوزير: «لن نتراجع عن قرار رفع الأسعار مهما حدث»\n\nمقدمة الخبر.\n\n«قرار جديد\n\nنص الخبر.'
    const {html, quotes, file} = await run(input)
    expect(html).toContain('<h1>الوزير: «لن نتراجع عن قرار رفع الأسعار مهما حدث»</h1>')
    expect(html).not.toContain('<blockquote')
    expect(quotes[0]).toMatchObject({kind: 'inline', text: 'لن نتراجع عن قرار رفع الأسعار مهما حدث'})
    expect(quotes[0]!.speaker).toBe(undefined)
    expect(file.messages.map((message) => message.ruleId)).toContain('quote-unclosed')
  })
})

describe('remarkArabicNewsQuotes messages', () => {
  it('warns about an unbalanced mark with its place and leaves the text', async () => {
    const input = 'مقدمة.\n\nوقال «نص بلا نهاية و"كلمة.'
    const {html, file} = await run(input)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['quote-unclosed', 3, 6],
      ['quote-unclosed', 3, 21]
    ])
    expect(preserved(input, html)).toBe(true)
  })

  it('caps warnings of a kind and sums up the rest', async () => {
    const input = 'مقدمة.\n\n' + 'كلمة» '.repeat(12)
    const {file} = await run(input)
    const reasons = file.messages.map((message) => message.reason)
    expect(reasons).toHaveLength(6)
    expect(reasons.at(-1)).toMatch(/^7 more closing quote marks without partner \(12 in all\)/)
    expect(file.messages.every((message) => message.line === 3 && message.source === 'remark-arabic-news')).toBe(true)
  })
})

describe('remarkArabicNewsQuotes on bad input', () => {
  it('takes a 10,000-word quote', async () => {
    const words = Array.from({length: 10_000}, (_, index) => 'كلمة' + String(index % 10)).join(' ')
    const input = 'مقدمة.\n\nوقال الوزير: «' + words + '».'
    const {html, quotes} = await run(input)
    expect(quotes).toMatchObject([{kind: 'block'}])
    expect(preserved(input, html)).toBe(true)
  })

  it('takes 10,000 unbalanced marks with a handful of messages', async () => {
    const input = 'مقدمة.\n\nوقال ' + '«'.repeat(10_000) + ' نص'
    const {html, file} = await run(input)
    expect(file.messages.length).toBeLessThanOrEqual(6)
    expect(preserved(input, html)).toBe(true)
  })

  it('takes alternating marks of every kind', async () => {
    const input =
      'مقدمة.\n\n' +
      Array.from(
        {length: 10_000},
        (_, index) => ['«', '“', '„', '‹', '"', '»', '”', '“', '›', '&quot;'][index % 10]
      ).join('كلمة ')
    const {html, file} = await run(input)
    expect(file.messages.length).toBeLessThanOrEqual(12)
    expect(preserved(input, html)).toBe(true)
  })

  it('keeps every character of any mix of words and marks', async () => {
    const piece = fc.constantFrom(
      'قال',
      'وأضاف',
      'إن',
      'الوزير',
      'كلمة',
      ':',
      '،',
      '.',
      '«',
      '»',
      '“',
      '”',
      '„',
      '"',
      '&quot;',
      'لـ',
      'في',
      ' ',
      ' ',
      ' '
    )
    const paragraph = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join('').trim())
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, {minLength: 1, maxLength: 5}), async (paragraphs) => {
        const input = 'مقدمة.\n\n' + paragraphs.filter(Boolean).join('\n\n')
        const {html} = await run(input)
        expect(preserved(input, html)).toBe(true)
      }),
      {numRuns: 150}
    )
  })
})
