/**
 * Speaker rules of carried-over and implicit speakers, through the whole
 * pipeline: invented articles where the speaker of `وأضاف` and its kin
 * must come from the right earlier sentence, or from none.
 */

import {describe, expect, it} from 'vitest'
import {MORE, WORDS, speakersOf, type Case} from './speaker-cases.js'

const cases: ReadonlyArray<Case> = [
  {
    name: 'a speaker whose name was not read stands between: the next bare speech verb gets no speaker',
    paragraphs: [
      'وقال الوزير سامر الحيدري: ' + WORDS + '.',
      'يقول الخباز المعروف في الحي لـ"الصحيفة": ' + MORE + '.',
      'وأضاف: «نحن هنا منذ ثلاثين عاما ولن نغادر هذا المكان أبدا مهما حدث».'
    ],
    speakers: ['سامر الحيدري', undefined, undefined]
  },
  {
    name: 'the object after a verb of calling on someone is no other speaker',
    paragraphs: ['وقال الوزير سامر الحيدري: ' + WORDS + '.', 'وطالب الدول المجاورة بالمساعدة، وأضاف: ' + MORE + '.'],
    speakers: ['سامر الحيدري', 'سامر الحيدري']
  },
  {
    name: 'the opinion asked of someone (أخذ رأى لجنة) is a noun: the one who spoke carries on',
    paragraphs: [
      'وقال الوزير سامر الحيدري إن المشروع يسير وفق الخطة الموضوعة.',
      'واعتبر أنه يجب أخذ رأى لجنة الخبراء فى مراحل العمل القادمة.',
      'وأكد أن ' + WORDS + '.'
    ],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'an opinion written رأي where the article writes ى is a noun (قضية رأي عام)',
    paragraphs: [
      'وقال الكاتب سامر الحيدري فى حواره إن الأمر مقلق.',
      'وأشار إلى أن المسألة أصبحت قضية رأي عام، وأضاف: ' + WORDS + '.'
    ],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a speaker named inside what another reports (قال X إن … يؤكد Y) is not carried on to a bare وأضاف',
    paragraphs: [
      'وقال الوزير سامر الحيدري إن العمل تأخر، ولذلك يؤكد مدير المشروع خالد العمري ضرورة الإسراع فيه.',
      'وأضاف أن ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'one word after a verb that takes an object (كتبت رواية) does not speak for the sentence',
    paragraphs: ['وبعد سنوات في الطب كتبت رواية عن المدينة القديمة، قائلة: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'one word after a verb of saying (وقال مورينيو) speaks for the sentence',
    paragraphs: ['وقال مورينيو إن الفريق جاهز، مضيفا: ' + WORDS + '.'],
    speakers: ['مورينيو']
  },
  {
    name: 'after كان opening the sentence the subject comes before the verb, what follows it is its object',
    paragraphs: [
      'وكانت دول الجوار قد أبلغت السفير سامر الحيدري الأربعاء رسالة عن قلقها حيال ما قالت إنه ' + WORDS + '.'
    ],
    speakers: ['دول الجوار']
  },
  {
    name: 'a name set off by commas before قد and the verb is the subject (وكانت الوزيرة، X، قد قالت)',
    paragraphs: ['وقال الوزير خالد العمري إن الخطة جاهزة.', 'وكانت الوزيرة، هالة منصور، قد قالت إن ' + WORDS + '.'],
    speakers: ['هالة منصور']
  },
  {
    name: 'a plural participle (مرددين) is not the one person a bare verb before it stands for',
    paragraphs: [
      'وقال الطالب سامر الحيدري إنه تعرض للضرب أمس.',
      'وأكد أن مجهولين دفعوه داخل سيارة واعتدوا عليه بالضرب، مرددين ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'a news agency after the title is who was told (على ما أفاد المصدر الأمني فرانس برس)',
    paragraphs: ['وفي الخطة الجديدة ' + WORDS + ' على ما أفاد المصدر الأمني فرانس برس.'],
    speakers: ['المصدر الأمني']
  },
  {
    name: 'an office speaks, not the one whose office it is (مكتب الوزير X … وقال البيان)',
    paragraphs: ['وقال مكتب الوزير سامر الحيدري في بيان إن الخطة جاهزة.', 'وقال البيان: ' + WORDS + '.'],
    speakers: ['مكتب الوزير سامر الحيدري']
  },
  {
    name: 'after a quotation, the verb after حسبما names whose words they are',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة.', WORDS + ' وذلك حسبما يرى أستاذ علم الاجتماع خالد العمري.'],
    speakers: ['خالد العمري']
  },
  {
    name: 'the writer’s aside يذكر أن (“it is noted that”) is nobody’s speech word',
    paragraphs: [
      'وقال الوزير سامر الحيدري إن الخطة جاهزة.',
      'يذكر أن المدينة شهدت أحداثا كثيرة لأن «العمل مستمر في المناطق الشمالية حتى إشعار آخر» كما يعرف الجميع.'
    ],
    speakers: [undefined]
  },
  {
    name: 'a sentence that turns to another party (من جهة أخرى، من جانبه، بدوره) does not carry on the one before',
    paragraphs: [
      'وقال الوزير سامر الحيدري إن الخطة جاهزة.',
      'من جهة أخرى، وجه عدد من السكان نداء إلى البلدية، مؤكدا أن ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'a sentence giving its own subject after كان does not carry on the one before',
    paragraphs: [
      'وقالت الشرطة إن الحية خطيرة جدا.',
      'كانت جارة من سكان الحي تهم بمغادرة شقتها عندما شاهدت الحية وقالت للتلفزيون ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'a sentence giving its own subject after غير أن does not carry on the one before',
    paragraphs: [
      'وقال الوزير سامر الحيدري إن الخطة جاهزة.',
      'غير أن أحد المهندسين لاحظ التأخير في العمل، فقال: ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'words after قال عليه السلام are a prophet’s, not the preacher’s who cites them',
    paragraphs: [
      'وبين الخطيب سامر الحيدري أن الصبر مطلوب في الشدائد، قال عليه السلام ' + WORDS + '، مشيرا إلى فضل الصبر.'
    ],
    speakers: [undefined]
  },
  {
    name: 'the one named after وهذا ما قاله speaks the quotation after عندما قال, not the sentence’s first speaker',
    paragraphs: [
      'وأكد الوزير سامر الحيدري أن الخطة واضحة، وهذا ما قاله المهندس خالد العمري منذ أيام عندما قال ' + WORDS + '.'
    ],
    speakers: ['خالد العمري']
  }
]

describe('carried-over speakers', () => {
  for (const {name, paragraphs, speakers} of cases) {
    it(name, async () => {
      expect(await speakersOf(paragraphs)).toEqual(speakers)
    })
  }
})
