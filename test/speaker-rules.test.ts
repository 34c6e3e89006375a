/**
 * Speaker rules through the whole pipeline: invented articles, each showing
 * one way the text says who spoke (a statement quoted for whoever issued it,
 * an interview, the topic of a sentence …), and the speaker each quotation
 * gets on `file.data.arabicNews.quotes`. Only what users see is asserted,
 * so the rules may be rewritten freely underneath.
 */

import {describe, expect, it} from 'vitest'
import {speakersOf, type Case} from './speaker-cases.js'

const WORDS = '«إن العمل مستمر في المناطق الشمالية حتى إشعار آخر»'

const documents: ReadonlyArray<Case> = [
  {
    name: 'a statement quoted after an organisation spoke “in a statement” is that organisation’s',
    paragraphs: ['وقال الجيش في بيان إن القوات تقدمت نحو المدينة.', 'وقال البيان: ' + WORDS + '.'],
    speakers: ['الجيش']
  },
  {
    name: 'a statement an organisation issued, without a speech word, is that organisation’s',
    paragraphs: ['أصدرت الوزارة بيانا صباح اليوم حول الأوضاع.', 'وقال البيان: ' + WORDS + '.'],
    speakers: ['الوزارة']
  },
  {
    name: 'a statement adding to what an organisation said is that organisation’s',
    paragraphs: ['وقالت الشرطة إن الحادث وقع فجرا في الحي القديم.', 'وأضاف البيان: ' + WORDS + '.'],
    speakers: ['الشرطة']
  },
  {
    name: 'a statement nobody is said to have issued speaks for itself',
    paragraphs: ['وقال البيان: ' + WORDS + '.'],
    speakers: ['البيان']
  },
  {
    name: 'an indefinite statement is named as the statement',
    paragraphs: ['وقال بيان: ' + WORDS + '.'],
    speakers: ['البيان']
  },
  {
    name: 'a remark (تصريح) nobody is said to have made has no speaker',
    paragraphs: ['وقال التصريح: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a remark issued by a named person is theirs',
    paragraphs: ['وجاء في تصريح أصدره الوزير خالد المنصوري: ' + WORDS + '.'],
    speakers: ['خالد المنصوري']
  },
  {
    name: 'a remark issued by a bare title (whose ministry?) has no speaker',
    paragraphs: ['وجاء في تصريح أصدرته وزارة الخارجية: ' + WORDS + '.'],
    speakers: [undefined]
  }
]

const interviews: ReadonlyArray<Case> = [
  {
    name: 'the person the writer talks with is the one who answers',
    paragraphs: ['وتحدثنا مع مدير المدرسة سامر الحيدري عن الخطة الجديدة فقال: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'an interviewee named by a bare title only is nobody',
    paragraphs: ['والتقينا مدير المدرسة عن الخطة الجديدة فقال: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a question with nobody named goes to the last person who spoke',
    paragraphs: ['وقال المهندس سامر الحيدري إن العمل بدأ.', 'وسألنا فقال: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'the topic of a sentence (أما … فـ) is its speaker',
    paragraphs: ['أما المهندس سامر الحيدري فكتب يقول: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  }
]

describe('speaker rules', () => {
  for (const [group, cases] of [
    ['documents', documents],
    ['interviews', interviews]
  ] as const) {
    describe(group, () => {
      for (const item of cases) {
        it(item.name, async () => {
          expect(await speakersOf(item.paragraphs, false)).toEqual(item.speakers)
        })
      }
    })
  }
})
