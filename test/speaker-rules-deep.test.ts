/**
 * Speaker rules read deeper in the sentence, through the whole pipeline:
 * the issuer of a document with the place it is in, the one the writer
 * interviews, the topic of `أما … فـ`, speech words whose speaker was named
 * in the sentence before or paragraphs before (and the gender, plural and
 * sources that keep them from it), and names the article gives twice.
 * Invented articles, in the manner of speaker-rules-edges.test.ts.
 */

import {describe, expect, it} from 'vitest'
import {WORDS, speakersOf, type Case} from './speaker-cases.js'

const cases: ReadonlyArray<Case> = [
  {
    name: 'a statement issued by a ministry in a named city is that ministry’s, with its city',
    paragraphs: ['وجاء في بيان أصدرته وزارة الخارجية في بيونغيانغ: ' + WORDS + '.'],
    speakers: ['وزارة الخارجية في بيونغيانغ']
  },
  {
    name: 'the city may be written with ب',
    paragraphs: ['وجاء في بيان أصدرته وزارة الخارجية ببرلين: ' + WORDS + '.'],
    speakers: ['وزارة الخارجية ببرلين']
  },
  {
    name: 'the city may be followed by the verb that published the statement',
    paragraphs: ['وجاء في بيان أصدرته وزارة الخارجية في بيونغيانغ نشرته الصحف: ' + WORDS + '.'],
    speakers: ['وزارة الخارجية في بيونغيانغ']
  },
  {
    name: 'a word after the city that ends nothing leaves the city out',
    paragraphs: ['وجاء في بيان أصدرته وزارة الخارجية في بيونغيانغ أمس: ' + WORDS + '.'],
    speakers: ['وزارة الخارجية']
  },
  {
    name: 'the one the writer talked with, named after their post, is the speaker',
    paragraphs: ['وتحدثنا مع مدير المدرسة خالد الزامل عن الخطة، فقال: ' + WORDS + '.'],
    speakers: ['خالد الزامل']
  },
  {
    name: 'talking with nobody named gives no speaker',
    paragraphs: ['وتحدثنا مع: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'the topic of أما … فـ speaks',
    paragraphs: ['أما الوزير سامر الحيدري فكتب يقول: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a plural speech word is a group’s, not the last speaker’s',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة.', 'وقالوا: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a woman named before her speech word in the same sentence speaks',
    paragraphs: ['وأبدت الفنانة منى الخطيب إعجابها بالعمل وقالت: ' + WORDS + '.'],
    speakers: ['منى الخطيب']
  },
  {
    name: 'the subject of the lead speaks in the next paragraph that opens with a speech word',
    paragraphs: ['طالب رئيس اللجنة سامر الحيدري المجتمع الدولي بالتحرك.', 'وقال في بيان: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a feminine speech word does not go to the man who spoke last',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة.', 'وأضافت: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a feminine speech word goes to the last woman who spoke, past a man',
    paragraphs: [
      'وقالت الوزيرة منى الخطيب إن الخطة جاهزة.',
      'وقال الوزير سامر الحيدري إن العمل بدأ.',
      'وأضافت: ' + WORDS + '.'
    ],
    speakers: ['منى الخطيب']
  },
  {
    name: 'a source of facts (وفق لوائح …) does not speak on',
    paragraphs: ['وفق لوائح التسجيل فإن الخطة جاهزة.', 'وأضاف: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'an organisation given as a source speaks on',
    paragraphs: ['وبحسب الشرطة فإن الخطة جاهزة.', 'وأضافت: ' + WORDS + '.'],
    speakers: ['الشرطة']
  },
  {
    name: 'someone named with a title since the last speaker speaks on instead',
    paragraphs: [
      'وقال الوزير سامر الحيدري إن الخطة جاهزة.',
      'ورحب الأمين العام خالد الزامل بالخطة.',
      'وأضاف: ' + WORDS + '.'
    ],
    speakers: ['خالد الزامل']
  },
  {
    name: 'a pronoun on لكن stands for the one who spoke in the same sentence',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة، لكنه أكد: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a family name two people share names neither',
    paragraphs: ['وحضر سامي حداد وفؤاد حداد اللقاء.', 'وقال حداد: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a name written the same way twice without showing where it opens is read whole',
    paragraphs: ['أنهت رضا نور الدين عملها أمس.', 'ثم غادرت رضا نور الدين المكان.', 'وقالت نور الدين: ' + WORDS + '.'],
    speakers: ['رضا نور الدين']
  },
  {
    name: 'a bare title issuing a statement names no ministry in particular: the statement speaks',
    paragraphs: ['وجاء في بيان أصدرته الوزارة: ' + WORDS + '.'],
    speakers: ['البيان']
  },
  {
    name: 'a bare title with the city it is in issues the statement',
    paragraphs: ['وجاء في بيان أصدرته الوزارة في بيونغيانغ: ' + WORDS + '.'],
    speakers: ['الوزارة في بيونغيانغ']
  },
  {
    name: 'a bare title with its city written with ب issues it too',
    paragraphs: ['وجاء في بيان أصدرته الوزارة ببرلين: ' + WORDS + '.'],
    speakers: ['الوزارة ببرلين']
  },
  {
    name: 'a bare title followed by a word that is no city issues nothing',
    paragraphs: ['وجاء في بيان أصدرته الوزارة في ذلك: ' + WORDS + '.'],
    speakers: ['البيان']
  },
  {
    name: 'a bare title followed by ب and a pronoun issues nothing',
    paragraphs: ['وجاء في بيان أصدرته الوزارة بها: ' + WORDS + '.'],
    speakers: ['البيان']
  },
  {
    name: 'a bare title whose city does not end the phrase issues nothing',
    paragraphs: ['وجاء في بيان أصدرته الوزارة في بيونغيانغ أمس: ' + WORDS + '.'],
    speakers: ['البيان']
  },
  {
    name: 'a quotation after a sentence that names the Prophet with his blessing is not the speaker’s',
    paragraphs: ['وقال الوزير سامر الحيدري عن النبي محمد - صلى الله عليه وسلم - إنه قدوة. ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a quotation after a sentence that names someone else with a title is not the speaker’s',
    paragraphs: ['وقال الوزير سامر الحيدري إن المدير خالد الزامل وافق. ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a family name inside what the speaker said does not take the quotation from them',
    paragraphs: ['وكتب المدير خالد الزامل تقريرا. وقال الوزير سامر الحيدري إن الزامل وافق. ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a nickname names the person it was given to',
    paragraphs: ['وكان المتهم سامر دسوقي، وشهرته «الدسة»، قد وصل.', 'وقال الدسة: ' + WORDS + '.'],
    speakers: ['سامر دسوقي']
  },
  {
    name: 'a nickname given to two people names neither',
    paragraphs: [
      'وكان المتهم سامر دسوقي، وشهرته «الدسة»، قد وصل.',
      'وكان المتهم الآخر خالد الزامل، وشهرته «الدسة»، قد وصل.',
      'وقال الدسة: ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'a nickname given to a short and then a full name names the full one',
    paragraphs: [
      'وكان المتهم دسوقي، وشهرته «الدسة»، قد وصل.',
      'ثم جاء المتهم سامر دسوقي، وشهرته «الدسة».',
      'وقال الدسة: ' + WORDS + '.'
    ],
    speakers: ['سامر دسوقي']
  },
  {
    name: 'a nickname given twice to one person names that person',
    paragraphs: [
      'وكان المتهم سامر دسوقي، وشهرته «الدسة»، قد وصل.',
      'وكان المتهم سامر دسوقي، وشهرته «الدسة»، قد غادر.',
      'وقال الدسة: ' + WORDS + '.'
    ],
    speakers: ['سامر دسوقي']
  }
]

describe('speaker rules read deeper in the sentence', () => {
  for (const {name, paragraphs, speakers} of cases) {
    it(name, async () => {
      expect(await speakersOf(paragraphs)).toEqual(speakers)
    })
  }
})
