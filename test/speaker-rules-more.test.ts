/**
 * More speaker rules through the whole pipeline, in the manner of
 * speaker-rules.test.ts: invented articles, each showing one way the text
 * says (or does not say) who spoke, and the speaker each quotation gets.
 */

import {describe, expect, it} from 'vitest'
import {MORE, NARRATIVE, WORDS, speakersOf, type Case} from './speaker-cases.js'

const cases: ReadonlyArray<Case> = [
  {
    name: 'a name after a speech verb and a title is the speaker',
    paragraphs: ['وقال وزير الصحة سامر الحيدري: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a later quotation with the family name alone goes to the person named in full',
    paragraphs: ['وقال وزير الصحة سامر الحيدري: ' + WORDS + '.', 'وأضاف الحيدري: ' + MORE + '.'],
    speakers: ['سامر الحيدري', 'سامر الحيدري']
  },
  {
    name: 'a family name two people of the article bear gives no speaker',
    paragraphs: [
      'وقال الوزير سامر الحيدري إن الخطة جاهزة.',
      'وقال المهندس خالد الحيدري إن العمل بدأ.',
      'وقالت الطبيبة هالة منصور إن المستشفى مستعد.',
      'وقال الحيدري: ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'a speech word with no subject goes to the last speaker of that gender',
    paragraphs: ['وقال الوزير سامر الحيدري: ' + WORDS + '.', 'وأضاف: ' + MORE + '.'],
    speakers: ['سامر الحيدري', 'سامر الحيدري']
  },
  {
    name: 'a feminine speech word is not given to the man who spoke last',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة.', 'وأضافت: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a feminine speech word goes to the woman named before',
    paragraphs: ['وقالت الوزيرة هالة منصور إن الخطة جاهزة.', 'وأضافت: ' + WORDS + '.'],
    speakers: ['هالة منصور']
  },
  {
    name: 'the attribution after the quotation names its speaker',
    paragraphs: [WORDS + '، قال المهندس خالد العمري للصحفيين.'],
    speakers: ['خالد العمري']
  },
  {
    name: 'a bare title goes to the person named with it before',
    paragraphs: ['وقال مدير المدرسة سامر الحيدري إن الدوام يبدأ غدا.', 'وقال مدير المدرسة: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a statement of an organisation (بيان لـ) is that organisation’s',
    paragraphs: ['وقال بيان لوزارة الصحة: ' + WORDS + '.'],
    speakers: ['وزارة الصحة']
  },
  {
    name: 'an organisation named with its place is the speaker, without the place',
    paragraphs: ['وقالت وزارة الصحة في دمشق في بيان: ' + WORDS + '.'],
    speakers: ['وزارة الصحة']
  },
  {
    name: 'a statement an organisation issued in the paragraph before is that organisation’s',
    paragraphs: ['وأصدرت وزارة الصحة بيانا.', 'وجاء في البيان: ' + WORDS + '.'],
    speakers: ['وزارة الصحة']
  },
  {
    name: 'a statement several paragraphs after an organisation spoke in one is still that organisation’s',
    paragraphs: [
      'وقال الجيش في بيان إن القوات تقدمت.',
      ...Array.from({length: 6}, () => NARRATIVE),
      'وقال البيان: ' + WORDS + '.'
    ],
    speakers: ['الجيش']
  },
  {
    name: 'words reported from a woman (نقلت عنها) are hers',
    paragraphs: ['وقالت الطبيبة هالة منصور إن المستشفى مستعد.', 'ونقلت الوكالة عنها قولها: ' + WORDS + '.'],
    speakers: ['هالة منصور']
  },
  {
    name: 'words reported from a named person (نقل عن) are theirs, not the outlet’s',
    paragraphs: ['ونقل موقع الوزارة عن الوزير سامر الحيدري قوله: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a bare title later in the sentence that named its bearer is that person',
    paragraphs: ['وقال وزير الصحة سامر الحيدري إن الخطة جاهزة، وأضاف الوزير: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a quotation the speaker goes on with (مضيفة أن «…») is hers too',
    paragraphs: ['وقالت هالة منصور: ' + WORDS + '، مضيفة أن ' + MORE + '.'],
    speakers: ['هالة منصور', 'هالة منصور']
  },
  {
    name: 'according to a person (بحسب) is that person',
    paragraphs: ['وبحسب الوزير سامر الحيدري، فإن ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a remark made to an agency is the person’s, not the agency’s',
    paragraphs: ['وقال الوزير سامر الحيدري في تصريح لوكالة الأنباء: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a spokesman named once is the spokesman later',
    paragraphs: ['وقال الناطق باسم الوزارة سامر الحيدري: ' + WORDS + '.', 'وتابع الناطق: ' + MORE + '.'],
    speakers: ['سامر الحيدري', 'سامر الحيدري']
  },
  {
    name: 'a source (مصدر) is given as written, unnamed',
    paragraphs: ['وقال مصدر في الوزارة: ' + WORDS + '.'],
    speakers: ['مصدر في الوزارة']
  },
  {
    name: 'the writer saying “I say” gives the words in marks no speaker',
    paragraphs: ['وأقول لهم إن ' + WORDS + '.'],
    speakers: [undefined]
  }
]

describe('speaker rules, more', () => {
  for (const item of cases) {
    it(item.name, async () => {
      expect(await speakersOf(item.paragraphs)).toEqual(item.speakers)
    })
  }
})
