import {describe, expect, it} from 'vitest'
import {SpeakerTracker} from '../src/speakers/attribute.js'
import {isComplementiser, readSpeechWord} from '../src/speakers/lexicon.js'
import {SpeakerRegistry} from '../src/speakers/registry.js'
import {readQuotedName, readSubject} from '../src/speakers/subject.js'
import {AnalysedText} from '../src/text/analysis.js'
import {foldArabic} from '../src/text/fold.js'
import {tokenize} from '../src/text/tokens.js'

/**
 * @param word
 */
function speech(word: string) {
  return readSpeechWord(foldArabic(word))
}

/**
 * Read the subject after the first word of `text`.
 *
 * @param text
 */
function subjectAfterVerb(text: string) {
  return readSubject(text, tokenize(text), 1, text.length)
}

/**
 * Speaker of the first quote (`«`) in paragraph `paragraph`.
 *
 * @param paragraphs
 * @param paragraph
 * @param which
 *   Which `«` of the paragraph (default: first).
 */
function speakerOf(paragraphs: Array<string>, paragraph: number, which = 0) {
  const tracker = new SpeakerTracker(paragraphs.map((text) => new AnalysedText(text)))
  const text = paragraphs[paragraph]!
  let open = -1
  for (let count = 0; count <= which; count++) open = text.indexOf('«', open + 1)
  const close = text.indexOf('»', open) + 1
  return tracker.speakerFor(paragraph, open, paragraph, close)
}

describe('speech words', () => {
  it('reads verbs in all their forms, with و and ف', () => {
    expect(speech('قال')).toMatchObject({form: 'verb', gender: 'masculine', lemma: 'قال'})
    expect(speech('وقالت')).toMatchObject({form: 'verb', gender: 'feminine'})
    expect(speech('تقول')).toMatchObject({form: 'verb', gender: 'feminine'})
    expect(speech('يقول')).toMatchObject({form: 'verb', gender: 'masculine'})
    expect(speech('فأضافت')).toMatchObject({form: 'verb', gender: 'feminine', lemma: 'اضاف'})
    for (const word of ['أوضح', 'أكد', 'وتابع', 'أشار', 'صرح', 'اعتبر', 'حذر', 'لفت', 'شدد', 'ذكر', 'أعلن', 'ونقل']) {
      expect(speech(word)?.form, word).toBe('verb')
    }
  })

  it('reads participles, verbal nouns and attributions', () => {
    expect(speech('مضيفا')).toMatchObject({form: 'participle', gender: 'masculine'})
    expect(speech('محذّرةً')).toMatchObject({form: 'participle', gender: 'feminine'})
    expect(speech('بقولها')).toMatchObject({form: 'noun', gender: 'feminine'})
    expect(speech('بحسب')).toMatchObject({form: 'attribution'})
    expect(speech('وفقا')).toMatchObject({form: 'attribution'})
    expect(speech('نقلا')).toMatchObject({form: 'attribution'})
  })

  it('marks the writer speaking', () => {
    expect(speech('أقول')).toMatchObject({firstPerson: true})
    expect(speech('قلت')).toMatchObject({firstPerson: true})
  })

  it('does not read common words or names as verbs', () => {
    for (const word of ['بين', 'طالب', 'تابع', 'نجيب', 'الرئيس', 'في', 'دون']) {
      expect(speech(word), word).toBe(undefined)
    }
  })

  it('takes extra verbs', () => {
    expect(readSpeechWord(foldArabic('استنكر'))).toBe(undefined)
    expect(readSpeechWord(foldArabic('واستنكرت'), new Set([foldArabic('استنكرت')]))).toMatchObject({
      form: 'verb',
      gender: 'feminine'
    })
  })

  it('knows complementisers', () => {
    for (const word of ['إن', 'أنّ', 'بأن', 'فإن', 'إنه', 'أنها', 'ان'])
      expect(isComplementiser(foldArabic(word)), word).toBe(true)
    expect(isComplementiser(foldArabic('لأن'))).toBe(false)
  })
})

describe('readSubject', () => {
  it('reads a title and a name', () => {
    const subject = subjectAfterVerb('وقالت المتحدثة باسم وزارة الصحة الأردنية سلمى الخطيب للصحفيين إن')
    expect(subject).toMatchObject({
      kind: 'name',
      name: 'سلمى الخطيب',
      title: 'المتحدثة باسم وزارة الصحة الأردنية',
      gender: 'feminine',
      person: true
    })
  })

  it('reads a name before its title', () => {
    expect(subjectAfterVerb('وقال خالد العمري رئيس النادي إن')).toMatchObject({
      kind: 'name',
      name: 'خالد العمري'
    })
  })

  it('reads a name set off by commas after a title', () => {
    expect(subjectAfterVerb('وقال المتحدث باسم البلدية، سامر حداد، إن')).toMatchObject({
      kind: 'name',
      name: 'سامر حداد'
    })
  })

  it('reads names with particles and family names', () => {
    expect(subjectAfterVerb('وأكد الشيخ عبدالله بن سالم الحارثي أن')).toMatchObject({
      name: 'عبدالله بن سالم الحارثي'
    })
    expect(subjectAfterVerb('وقال المدرب الحبيب بن يوسف إن')).toMatchObject({name: 'الحبيب بن يوسف'})
  })

  it('reads bare titles, organisations and descriptions', () => {
    expect(subjectAfterVerb('وأوضح الرئيس التونسي أن')).toMatchObject({
      kind: 'title',
      text: 'الرئيس التونسي',
      person: true
    })
    expect(subjectAfterVerb('وقالت وزارة النقل في بيان إن')).toMatchObject({
      kind: 'title',
      text: 'وزارة النقل',
      person: false
    })
    expect(subjectAfterVerb('وقال مصدر أمني لوكالة الأنباء إن')).toMatchObject({kind: 'description', text: 'مصدر أمني'})
    expect(subjectAfterVerb('وصرح ضابط كبير في الشرطة المحلية للصحفيين بأن')).toMatchObject({
      kind: 'description',
      text: 'ضابط كبير في الشرطة المحلية'
    })
    expect(subjectAfterVerb('وذكرت صحيفة "الأيام" في عددها أن')).toMatchObject({text: 'صحيفة الأيام'})
  })

  it('finds no subject after a bare verb', () => {
    expect(subjectAfterVerb('وأضاف: «')).toBe(undefined)
    expect(subjectAfterVerb('وقال إن')).toBe(undefined)
    expect(subjectAfterVerb('وأضاف في كلمته')).toBe(undefined)
  })

  it('stops names at time words, recipients and possessives', () => {
    expect(subjectAfterVerb('وقال الوزير سمير نصار اليوم إن')).toMatchObject({name: 'سمير نصار'})
    expect(subjectAfterVerb('وقال الوزير سمير نصار للصحفيين إن')).toMatchObject({name: 'سمير نصار'})
    expect(subjectAfterVerb('وقدم رئيس النادي سمير نصار شكره')).toMatchObject({name: 'سمير نصار'})
  })
})

describe('readQuotedName', () => {
  /**
   * @param text
   */
  function quotedAfterVerb(text: string) {
    return readQuotedName(text, tokenize(text), 1, text.length)
  }

  it('reads a surname in quote marks after a speech verb', () => {
    expect(quotedAfterVerb('وأضاف «فرج» أن')).toMatchObject({kind: 'name', name: 'فرج'})
    expect(quotedAfterVerb('ويقول "أبو سالم": «')).toMatchObject({name: 'أبو سالم'})
  })

  it('reads no name from a quotation, an unclosed mark or a title', () => {
    expect(quotedAfterVerb('وقال «لن نؤجل العام الدراسي»')).toBe(undefined)
    expect(quotedAfterVerb('قال«قالقال')).toBe(undefined)
    expect(quotedAfterVerb('وأضاف «فرج')).toBe(undefined)
    expect(quotedAfterVerb('وقال «الوزير» إن')).toBe(undefined)
  })
})

describe('SpeakerRegistry', () => {
  const registry = new SpeakerRegistry()
  registry.learn(new AnalysedText('وقال رئيس الوزراء المغربي كريم العلوي إن الحكومة ماضية في خطتها.'), 0)
  registry.learn(new AnalysedText('وأعلنت اللجنة الوطنية لحماية التراث العمراني أنها ستعقد اجتماعا.'), 1)

  it('resolves a surname to the full name', () => {
    const subject = subjectAfterVerb('وأضاف العلوي أن')!
    expect(registry.resolve(subject, 5_000_000)).toMatchObject({speaker: 'كريم العلوي', asWritten: 'العلوي'})
  })

  it('resolves a bare title to the name given with it', () => {
    const subject = subjectAfterVerb('وأوضح رئيس الوزراء المغربي أن')!
    expect(registry.resolve(subject, 5_000_000).speaker).toBe('كريم العلوي')
  })

  it('resolves a short organisation name to its full name', () => {
    const subject = subjectAfterVerb('وقالت اللجنة إن')!
    expect(registry.resolve(subject, 5_000_000).speaker).toBe('اللجنة الوطنية لحماية التراث العمراني')
  })

  it('writes a name used alone in the full form given elsewhere, once', () => {
    const names = new SpeakerRegistry()
    names.learn(new AnalysedText('وحضر الجلسة النائب المستقل، دانيال كروفورد، إلى جانب ممثلين عن الوزارة.'), 0)
    names.learn(new AnalysedText('وحضر الشقيقان، سامي حداد وفؤاد حداد، عن غرفة التجارة.'), 1)
    names.learn(new AnalysedText('وكانت الحكومة قد أعلنت أن سامي سيتولى الملف. ويريد كروفورد تأجيل التصويت.'), 2)
    expect(names.resolve(subjectAfterVerb('وقال كروفورد إن')!, 3_000_000).speaker).toBe('دانيال كروفورد')
    expect(names.resolve(subjectAfterVerb('وقال حداد إن')!, 3_000_000)).toMatchObject({ambiguous: true})
  })

  it('keeps what it cannot resolve as written', () => {
    const subject = subjectAfterVerb('وقال مصدر مطلع إن')!
    expect(registry.resolve(subject, 5_000_000)).toMatchObject({speaker: 'مصدر مطلع', asWritten: undefined})
  })
})

describe('SpeakerTracker', () => {
  it('names the subject of the speech verb', () => {
    expect(speakerOf(['وقال رئيس البلدية ماهر سليم «سنفتح الحديقة للجميع بعد الصيانة».'], 0)).toMatchObject({
      speaker: 'ماهر سليم',
      asWritten: undefined,
      following: false
    })
  })

  it('resolves a bare verb to the previous speaker of the same gender', () => {
    const paragraphs = [
      'وقالت الوزيرة هالة منصور إن المدارس ستفتح في موعدها.',
      'وقال المحافظ رامي ناصر إن الطرق جاهزة.',
      'وأضافت «لن نؤجل العام الدراسي تحت أي ظرف من الظروف».',
      'وتابع «سنعمل على توفير الحافلات لكل القرى البعيدة».'
    ]
    expect(speakerOf(paragraphs, 2)?.speaker).toBe('هالة منصور')
    expect(speakerOf(paragraphs, 3)?.speaker).toBe('رامي ناصر')
  })

  it('resolves a participle to the speaker of its sentence', () => {
    const paragraphs = [
      'وقالت الوزيرة هالة منصور إن «المدارس ستفتح في موعدها المحدد»، مؤكدة أن «لا تأجيل للعام الدراسي مهما حدث».'
    ]
    expect(speakerOf(paragraphs, 0, 1)?.speaker).toBe('هالة منصور')
  })

  it('names the person of a sentence whose verb is not a speech verb', () => {
    const paragraphs = ['أبدت الفنانة ليلى حداد سعادتها بالجائزة وقالت: «هذه الجائزة لكل من دعمني طوال مسيرتي».']
    expect(speakerOf(paragraphs, 0)?.speaker).toBe('ليلى حداد')
  })

  it('prefers the speaker to the agency that reports them', () => {
    const paragraphs = ['وقال المتحدث سامر حداد، بحسب وكالة الأنباء، إن «الحوار سيستأنف الأسبوع المقبل في العاصمة».']
    expect(speakerOf(paragraphs, 0)?.speaker).toBe('سامر حداد')
  })

  it('reads an attribution after the quote', () => {
    const paragraphs = ['«سنعود أقوى في الموسم المقبل بإذن الله»، قال المدرب فادي سعد بعد المباراة.']
    expect(speakerOf(paragraphs, 0)).toMatchObject({speaker: 'فادي سعد', asWritten: undefined, following: true})
  })

  it('reads the source after `نقل عن`', () => {
    const paragraphs = ['ونقلت الإذاعة عن الطبيب نبيل عيسى قوله «الحالات كلها مستقرة والحمد لله».']
    expect(speakerOf(paragraphs, 0)?.speaker).toBe('نبيل عيسى')
  })

  it('gives a statement to the body that issued it', () => {
    const paragraphs = [
      'وقالت وزارة الزراعة في بيان إن المحصول وفير.',
      'وأضاف البيان «سيتم توزيع البذور على المزارعين مجانا هذا العام».'
    ]
    expect(speakerOf(paragraphs, 1)).toMatchObject({speaker: 'وزارة الزراعة', asWritten: undefined, following: false})
  })

  it('keeps unnamed sources as described', () => {
    const paragraphs = ['وقال مصدر أمني «لا توجد إصابات بين المدنيين حتى هذه اللحظة».']
    expect(speakerOf(paragraphs, 0)?.speaker).toBe('مصدر أمني')
  })

  it('gives hadith to the Prophet as the article names him', () => {
    const paragraphs = [
      'وذكّر الخطيب بوصية رسول الله - صلى الله عليه وسلم - للمسلمين.',
      'وقد قال - صلى الله عليه وسلم -: «الكلمة الطيبة صدقة يؤجر عليها صاحبها».'
    ]
    expect(speakerOf(paragraphs, 1)?.speaker).toBe('رسول الله')
  })

  it('finds nobody when the writer speaks', () => {
    expect(speakerOf(['وأقول: «إن الشباب هم ثروة هذا البلد الحقيقية».'], 0)).toBe(undefined)
  })

  it('hands a speaker on to a paragraph that is all quote', () => {
    const tracker = new SpeakerTracker(
      ['وقال المهندس وليد شريف:', '«المشروع سيغير وجه المدينة».'].map((text) => new AnalysedText(text))
    )
    expect(tracker.introducedBy(0)?.speaker).toBe('وليد شريف')
    expect(new SpeakerTracker([new AnalysedText('وقال المهندس وليد شريف إن العمل بدأ.')]).introducedBy(0)).toBe(
      undefined
    )
  })
})
