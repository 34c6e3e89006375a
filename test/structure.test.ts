import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {arabicNews, rehypeArabicNewsArticle, remarkArabicNewsStructure, type StructureOptions} from 'remark-arabic-news'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createDatelineMatcher, DEFAULT_AGENCIES} from '../src/structure/dateline.js'
import {matchAside} from '../src/structure/asides.js'
import {findLtrRuns} from '../src/structure/bidi.js'

/**
 * Render markdown with the structure plugin after `remark-parse`.
 *
 * @param value
 *   Markdown.
 * @param options
 *   Structure options.
 * @returns
 *   The processed file.
 */
async function markdown(value: string, options?: StructureOptions): Promise<VFile> {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkArabicNewsStructure, options)
    .use(remarkRehype)
    .use(rehypeArabicNewsArticle)
    .use(rehypeStringify)
    .process(new VFile({value}))
}

describe('remarkArabicNewsStructure after remark-parse', () => {
  it('turns soft line breaks into paragraphs', async () => {
    const file = await markdown('# عنوان\n\nسطر أول\nسطر ثان\n*مائل*\nسطر رابع')
    expect(String(file)).toBe(
      '<article dir="rtl" lang="ar">\n<h1>عنوان</h1>\n<p>سطر أول</p>\n<p>سطر ثان</p>\n<p><em>مائل</em></p>\n<p>سطر رابع</p>\n</article>\n'
    )
    expect(file.data.arabicNews?.headlineSource).toBe('heading')
  })

  it('keeps soft line breaks when asked', async () => {
    const file = await markdown('# عنوان\n\nسطر أول\nسطر ثان', {lineBreaks: 'keep'})
    expect(String(file)).toContain('<p>سطر أول\nسطر ثان</p>')
  })

  it('turns hard breaks into paragraphs', async () => {
    const file = await markdown('# عنوان\n\nسطر أول  \nسطر ثان')
    expect(String(file)).toContain('<p>سطر أول</p>\n<p>سطر ثان</p>')
  })

  it('reads front matter from a yaml node', async () => {
    const file = await markdown('---\ntitle: العنوان\nlang: ar-SA\n---\n\nنص الخبر')
    expect(file.data.matter).toEqual({title: 'العنوان', lang: 'ar-SA'})
    expect(String(file)).toBe('<article dir="rtl" lang="ar-SA">\n<h1>العنوان</h1>\n<p>نص الخبر</p>\n</article>\n')
  })

  it('reads front matter from Astro', async () => {
    const file = new VFile({value: 'نص الخبر', data: {astro: {frontmatter: {title: 'من أسترو'}}}})
    const result = await arabicNews().process(file)
    expect(String(result)).toContain('<h1>من أسترو</h1>')
  })

  it('gives paragraphs built from soft breaks positions', async () => {
    const processor = unified().use(remarkParse).use(remarkArabicNewsStructure)
    const tree = await processor.run(processor.parse('سطر أول\nسطر ثان'))
    expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 2])
  })
})

describe('headline', () => {
  it('warns when none is known', async () => {
    const file = await arabicNews({jsonLd: false}).process('فقرة واحدة فقط')
    // One message: the facts derive a headline without warning again.
    expect(file.messages.map((message) => message.ruleId)).toEqual(['missing-headline'])
    expect(String(file.messages[0])).toMatch(/^1:1-1:15: /)
    expect(file.data.arabicNews?.headline).toBeUndefined()
  })

  it('takes the first line when a blank line follows', async () => {
    const file = await arabicNews().process('العنوان\n\nالنص')
    expect(file.data.arabicNews).toMatchObject({headline: 'العنوان', headlineSource: 'first-line'})
    expect(file.messages).toEqual([])
  })

  it('does not take a first line that is the only line', async () => {
    const file = await arabicNews().process('العنوان\n\n')
    expect(String(file)).toContain('<p>العنوان</p>')
  })

  it('respects the word limit', async () => {
    const file = await arabicNews({structure: {maxHeadlineWords: 2}}).process('كلمة كلمة كلمة\n\nالنص')
    expect(file.data.arabicNews?.headline).toBeUndefined()
  })
})

describe('data', () => {
  it('records lead, dateline, asides, subheadings and counts', async () => {
    const file = await arabicNews().process(
      'العنوان\n\nكتب: سعيد\nالقاهرة - أ ش أ: افتتح الوزير اليوم مصنعا جديدا للأدوية في المنطقة الصناعية.\nمرحلة جديدة\nوقال الوزير إن المصنع يوفر ألف فرصة عمل للشباب في المحافظة خلال عامين.\n// انتهى //'
    )
    const data = file.data.arabicNews!
    expect(data.lead).toBe('افتتح الوزير اليوم مصنعا جديدا للأدوية في المنطقة الصناعية.')
    expect(data.dateline).toMatchObject({text: 'القاهرة - أ ش أ:', place: 'القاهرة', agency: 'أ ش أ'})
    expect(data.dateline?.position?.start).toEqual({line: 4, column: 1, offset: 19})
    expect(data.asides.map((aside) => [aside.kind, aside.name])).toEqual([
      ['byline', 'سعيد'],
      ['boilerplate', undefined]
    ])
    expect(data.subheadings.map((item) => item.text)).toEqual(['مرحلة جديدة'])
    expect(data.bodyText).toHaveLength(5)
    expect(data.wordCount).toBe(13 + 2 + 13)
  })
})

describe('datelines', () => {
  const match = createDatelineMatcher(DEFAULT_AGENCIES)

  it.each([
    ['القاهرة - أ ش أ: قال', 'القاهرة - أ ش أ:', 'القاهرة', 'أ ش أ'],
    ['(CNN)-- أعلن', '(CNN)--', undefined, 'CNN'],
    ['الرياض – واس أعلنت', 'الرياض – واس', 'الرياض', 'واس'],
    ['بيروت (رويترز) - قال', 'بيروت (رويترز) -', 'بيروت', 'رويترز'],
    ['باريس (أ ف ب) - أعلنت', 'باريس (أ ف ب) -', 'باريس', 'أ ف ب'],
    ['جدة - اندلع', 'جدة -', 'جدة', undefined]
  ])('finds %s', (text, prefix, place, agency) => {
    expect(match(text)).toMatchObject({text: prefix, place, agency})
  })

  it.each(['وقال الوزير - في تصريح', 'وأضاف: إن الأمر', 'أعلنت الوزارة اليوم', 'في القاهرة - حيث'])(
    'does not find one in %s',
    (text) => {
      expect(match(text)).toBeUndefined()
    }
  )

  it('accepts extra agencies', async () => {
    const file = await arabicNews({structure: {agencies: ['وكالة النجم']}}).process(
      'العنوان\n\nالدوحة (وكالة النجم) - افتتح الأمير المعرض.'
    )
    expect(file.data.arabicNews?.dateline?.agency).toBe('وكالة النجم')
  })

  it('can be turned off', async () => {
    const file = await arabicNews({structure: {dateline: false}}).process('العنوان\n\nبيروت (رويترز) - قال')
    expect(file.data.arabicNews?.dateline).toBeUndefined()
  })
})

describe('asides', () => {
  it.each([
    ['كتب: أحمد علي', 'byline'],
    ['كتبت - سارة محمود', 'byline'],
    ['بقلم محمد حسن', 'byline'],
    ['// انتهى //', 'boilerplate'],
    ['12:48 ت م', 'boilerplate'],
    ['١٢:٤٨ ت م', 'boilerplate'],
    ['Next Previous', 'boilerplate'],
    ['اقرأ أيضا', 'boilerplate'],
    ['05/08/2015', 'boilerplate']
  ])('recognises %s', (text, kind) => {
    expect(matchAside(text)?.kind).toBe(kind)
  })

  it.each(['كتب الوزير رسالة طويلة إلى نظرائه في الدول المجاورة يشرح فيها الموقف.', 'انتهى الاجتماع بعد ساعتين', '.'])(
    'leaves %s',
    (text) => {
      expect(matchAside(text)).toBeUndefined()
    }
  )

  it('can be turned off', async () => {
    const file = await arabicNews({structure: {asides: false}}).process('العنوان\n\nنص\n// انتهى //')
    expect(file.data.arabicNews?.asides).toEqual([])
  })
})

describe('left-to-right runs', () => {
  it('finds Latin words, URLs and addresses', () => {
    const text = 'شركة Apple وموقع https://a.example/x?y=1. وبريد a.b@example.org، وهاتف iPhone 17 Pro.'
    expect(findLtrRuns(text).map((run) => text.slice(run.start, run.end))).toEqual([
      'Apple',
      'https://a.example/x?y=1',
      'a.b@example.org',
      'iPhone 17 Pro'
    ])
  })

  it('can be turned off', async () => {
    const file = await arabicNews({structure: {isolateLtr: false}}).process('شركة Apple الأمريكية')
    expect(String(file)).not.toContain('<bdi')
  })
})

describe('subheadings', () => {
  it('takes a line marked with a leading dash', async () => {
    const file = await arabicNews({jsonLd: false}).process(
      'العنوان\n\nفقرة أولى طويلة بما يكفي لتكون مقدمة الخبر كله.\n-المدرب: القادم أفضل\nوقال المدرب إن الفريق قادر على تحقيق نتائج أفضل في المباريات المقبلة من البطولة.'
    )
    expect(file.data.arabicNews?.subheadings.map((item) => item.text)).toEqual(['-المدرب: القادم أفضل'])
  })

  it('does not take the end of a sentence broken over lines', async () => {
    const file = await arabicNews({jsonLd: false}).process(
      'العنوان\n\nفقرة أولى طويلة بما يكفي لتكون مقدمة الخبر كله.\nونشرت\nعلى حسابها\nالشخصي صورا من الحفل الذي أقيم مساء أمس في قاعة المدينة الكبرى بحضور المئات.'
    )
    expect(file.data.arabicNews?.subheadings).toEqual([])
  })

  it('can be turned off', async () => {
    const file = await arabicNews({structure: {subheadings: false}}).process(
      'العنوان\n\nفقرة أولى طويلة بما يكفي لتكون مقدمة الخبر كله.\nعنوان فرعي\nفقرة ثانية طويلة بما يكفي لتكون نصا يقدمه العنوان الفرعي.'
    )
    expect(String(file)).not.toContain('<h2>')
  })
})

describe('options', () => {
  it.each([
    [{lineBreaks: 'none'}, /`lineBreaks`/],
    [{agencies: 'رويترز'}, /`agencies`/],
    [{agencies: ['']}, /`agencies`/],
    [{maxHeadlineWords: 0}, /`maxHeadlineWords`/],
    [{maxSubheadingWords: 1.5}, /`maxSubheadingWords`/],
    [{subheadings: 'no'}, /`subheadings`/]
  ])('rejects %j', (options, pattern) => {
    expect(() =>
      unified()
        .use(remarkArabicNewsStructure, options as never)
        .freeze()
    ).toThrow(pattern)
  })

  it('rejects options that are not an object', () => {
    expect(() =>
      unified()
        .use(remarkArabicNewsStructure, 1 as never)
        .freeze()
    ).toThrow(TypeError)
  })
})
