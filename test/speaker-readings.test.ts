import {describe, expect, it} from 'vitest'
import {SpeakerTracker} from '../src/speakers/attribute.js'
import {AnalysedText} from '../src/text/analysis.js'

/**
 * Speaker of the last `«` of paragraph `paragraph`.
 *
 * @param paragraphs
 * @param paragraph
 */
function speakerOf(paragraphs: Array<string>, paragraph: number) {
  const tracker = new SpeakerTracker(paragraphs.map((text) => new AnalysedText(text)))
  const text = paragraphs[paragraph] ?? ''
  const open = text.lastIndexOf('«')
  const close = text.indexOf('»', open) + 1
  return tracker.speakerFor(paragraph, open, paragraph, close)
}

describe('speaker readings', () => {
  it('reads a subject written before its verb, after a clause opener or with an apposition', () => {
    expect(speakerOf(['بيد أن لويس إنريكي أكد أن «الفريق لن يبيع أي لاعب هذا الصيف»'], 0)?.speaker).toBe('لويس إنريكي')
    expect(speakerOf(['مايكل نونان، وزير المالية، قال إن «دبلن ستدافع عن أحكامها»'], 0)?.speaker).toBe('مايكل نونان')
  })

  it('reads no subject from a verb joined by و, nor from a clause of what someone says', () => {
    expect(speakerOf(['ومضى يقول: «إن القواعد الشرعية واضحة في هذا الباب»'], 0)).toBeUndefined()
    expect(speakerOf(['وأشار إلى أن المنطاد يعتبر «من أكثر وسائل الطيران أمانا في العالم»'], 0)).toBeUndefined()
  })

  it('gives a quotation of its own sentence to the speaker of its paragraph unless someone else is named since', () => {
    const speaker = 'تقول الوزيرة هالة منصور: «سنفتح المدارس في موعدها». وأضافت أن الخطة جاهزة. «لن نؤجل العام الدراسي»'
    expect(speakerOf([speaker], 0)?.via).toBe('paragraph-speaker')
    const other =
      'تقول الوزيرة هالة منصور: «سنفتح المدارس في موعدها». وانتقدتها النائبة سعاد العلي لأن الخطة متأخرة. «لن نؤجل العام الدراسي»'
    expect(speakerOf([other], 0)).toBeUndefined()
  })

  it('does not carry a speaker on once the narrative turns to someone else named in the article', () => {
    const paragraphs = [
      'قال النائب كريم الصافي إن «المحافظات تحتاج إلى خطة عاجلة».',
      'وبحث رئيس البرلمان سليم الجبوري مع الكتل التشريعات.',
      'دعا الجبوري إلى تضافر الجهود. وقال خلال لقائه المحافظ إن «من المهم توفير الخدمات».'
    ]
    expect(speakerOf(paragraphs, 2)).toBeUndefined()
  })
})
