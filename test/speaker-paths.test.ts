import {arabicNews} from 'remark-arabic-news'
import {describe, expect, it} from 'vitest'

describe('speaker paths', () => {
  it('records how the speaker of each block quotation was found, and renders nothing of it', async () => {
    const input = [
      'الوزير يعلن الخطة',
      '',
      'قال وزير المالية سامي الخطيب إن الميزانية جاهزة.',
      'وأضاف «سنرفع رواتب المعلمين في بداية العام المقبل دون أي تأخير».',
      'وقال سامي الخطيب «لن نفرض ضرائب جديدة على الأسر ذات الدخل المحدود».'
    ].join('\n')
    const file = await arabicNews().process(input)
    expect(file.data.speakerPaths).toEqual([
      {
        text: 'سنرفع رواتب المعلمين في بداية العام المقبل دون أي تأخير',
        speaker: 'سامي الخطيب',
        via: 'previous-same-gender'
      },
      {text: 'لن نفرض ضرائب جديدة على الأسر ذات الدخل المحدود', speaker: 'سامي الخطيب', via: 'cue-name'}
    ])
    expect(String(file)).not.toContain('previous-same-gender')
  })

  it('records no path for a quotation without a speaker', async () => {
    const file = await arabicNews().process('عنوان\n\nوكتب على لافتة «لا للحرب ولا للجوع ولا للحصار بعد اليوم».')
    expect(file.data.speakerPaths).toEqual([])
  })
})
