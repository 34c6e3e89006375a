/**
 * Speaker rules at their edges, through the whole pipeline: a document
 * named with its issuer, a title set off from its name by a comma or quote
 * marks, a place after a title, and a document whose issuer was named
 * before. Invented articles, in the manner of speaker-rules-more.test.ts.
 */

import {describe, expect, it} from 'vitest'
import {MORE, NARRATIVE, WORDS, speakersOf, type Case} from './speaker-cases.js'

const cases: ReadonlyArray<Case> = [
  {
    name: 'a statement in construct with its issuer (بيان لمكتب …) is the issuer’s',
    paragraphs: ['وقال بيان لمكتب الرئيس: ' + WORDS + '.'],
    speakers: ['مكتب الرئيس']
  },
  {
    name: 'a statement for a person (بيان لأحمد) is not that person’s',
    paragraphs: ['وقال بيان لأحمد: ' + WORDS + '.'],
    speakers: ['البيان']
  },
  {
    name: 'a statement for something that is not a body is not given to it',
    paragraphs: ['وقال بيان لصديق قديم: ' + WORDS + '.'],
    speakers: ['البيان']
  },
  {
    name: 'a statement issued by a ministry is the ministry’s',
    paragraphs: ['وقال بيان صادر عن وزارة الداخلية: ' + WORDS + '.'],
    speakers: ['وزارة الداخلية']
  },
  {
    name: 'a reporter in a place, with no name, is no speaker',
    paragraphs: ['وقال مراسلنا في دمشق: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a reporter in a named place with the article is no speaker either',
    paragraphs: ['وقال مراسلنا في الرياض: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a name set off from its title by a comma is the speaker',
    paragraphs: ['وقال المتحدث الرسمي للمؤسسة، فهد العتيبي: ' + WORDS + '.'],
    speakers: ['فهد العتيبي']
  },
  {
    name: 'a name in quote marks after its title is the speaker',
    paragraphs: ['وقال المتحدث الرسمي للمؤسسة "فهد العتيبي": ' + WORDS + '.'],
    speakers: ['فهد العتيبي']
  },
  {
    name: 'a name of too many words after the comma is not read as the speaker',
    paragraphs: ['وقال المتحدث الرسمي للمؤسسة، فهد بن سالم بن علي العتيبي الكبير: ' + WORDS + '.'],
    speakers: ['المتحدث الرسمي للمؤسسة']
  },
  {
    name: 'a name after a title and its place (في واسط) is the speaker',
    paragraphs: ['وقال المتحدث في واسط، فهد العتيبي: ' + WORDS + '.'],
    speakers: ['فهد العتيبي']
  },
  {
    name: 'the statement a ministry issued before is the ministry’s',
    paragraphs: ['وأصدرت وزارة الصحة بيانا حول الخطة.', 'وقال البيان: ' + WORDS + '.'],
    speakers: ['وزارة الصحة']
  },
  {
    name: 'a statement after a ministry spoke is the ministry’s',
    paragraphs: ['وقالت وزارة الصحة إن الخطة جاهزة.', 'وقال البيان: ' + WORDS + '.'],
    speakers: ['وزارة الصحة']
  },
  {
    name: 'a quotation right after what a speaker said in the sentence before is theirs',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة. ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a second quotation after the first, with a comma between, has the same speaker',
    paragraphs: ['وقال الوزير سامر الحيدري: ' + WORDS + '، ' + MORE + '.'],
    speakers: ['سامر الحيدري', 'سامر الحيدري']
  },
  {
    name: 'a quotation after someone else is named since the speech word gets no speaker',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة. وانتقدته النائبة هالة منصور ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a reply to the one who spoke (وردت عليه X) is X’s',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة. وردت عليه النائبة هالة منصور ' + WORDS + '.'],
    speakers: ['هالة منصور']
  },
  {
    name: 'a quotation after a first-person sentence gets no speaker',
    paragraphs: ['أقول لكم إن الخطة جاهزة. ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a quotation after a sentence where a woman spoke and is then named by a pronoun is hers',
    paragraphs: ['وقالت الوزيرة هالة منصور إن الخطة جاهزة، وهي تتابع العمل. ' + WORDS + '.'],
    speakers: ['هالة منصور']
  },
  {
    name: 'a body that spoke in a statement in the sentence before is the speaker',
    paragraphs: ['وقالت الحكومة في بيان إن الخطة جاهزة. ' + WORDS + '.'],
    speakers: ['الحكومة']
  },
  {
    name: 'a nickname two people are given names neither',
    paragraphs: [
      'وحضر سامر الحيدري ولقبه صقر المباراة.',
      'وحضر خالد العمري ولقبه صقر المباراة.',
      'وقال صقر: ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'a nickname of two words used in full is the speaker as written',
    paragraphs: ['وحضر اللاعب سامر الحيدري الملقب بصقر الجبل المباراة.', NARRATIVE, 'وقال صقر الجبل: ' + WORDS + '.'],
    speakers: ['صقر الجبل']
  },
  {
    name: 'a nickname set off by commas, used alone later, is the speaker as written',
    paragraphs: ['وحضر سامر الحيدري، الملقب بصقر، المباراة.', NARRATIVE, 'وقال صقر: ' + WORDS + '.'],
    speakers: ['صقر']
  },
  {
    name: 'a nickname after a clause opened by a verb after a comma is the speaker as written',
    paragraphs: ['وحضر اللاعبون، جلس سامر الحيدري الملقب بصقر في الصف الأول.', NARRATIVE, 'وقال صقر: ' + WORDS + '.'],
    speakers: ['صقر']
  },
  {
    name: 'a reporter in a place written with ب is no speaker',
    paragraphs: ['وقال مراسلنا بدمشق: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a reporter followed by في and a pronoun is no speaker',
    paragraphs: ['وقال مراسلنا في هذا: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a single given name after a title and a comma is the speaker',
    paragraphs: ['وقال المتحدث الرسمي للمؤسسة، فهد: ' + WORDS + '.'],
    speakers: ['فهد']
  },
  {
    name: 'a name after a title and a comma, followed by إن, is the speaker',
    paragraphs: ['وقال المتحدث الرسمي للمؤسسة، فهد العتيبي إن ' + WORDS + '.'],
    speakers: ['فهد العتيبي']
  },
  {
    name: 'a nickname in quote marks after a lone ب: its later use alone gets no speaker',
    paragraphs: ['وحضر سامر الحيدري الملقب ب «صقر» المباراة.', NARRATIVE, 'وقال صقر: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a quotation after a sentence of narrative that follows the speaker gets no speaker',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة. وتواصلت الأعمال في المنطقة. ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a quotation as a sentence of its own right after the speaker’s quotation is theirs',
    paragraphs: ['وقال الوزير سامر الحيدري: ' + WORDS + '. ' + MORE + '.'],
    speakers: ['سامر الحيدري', 'سامر الحيدري']
  },
  {
    name: 'a quotation after a sentence that names someone else after the speaker gets no speaker',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة بعد لقائه المهندس خالد العمري. ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a quotation after a clause naming someone else after the speaker gets no speaker',
    paragraphs: ['وقال الوزير سامر الحيدري إن الخطة جاهزة، وإن المهندس خالد العمري يتابعها. ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a speech verb with no subject after a comma goes to the person the sentence opens with',
    paragraphs: ['والتقى الوزير سامر الحيدري السكان، وقال إن الخطة جاهزة. ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a speech verb with no subject after a sentence naming a person goes to that person',
    paragraphs: ['وحضر الوزير سامر الحيدري. وقال إن الخطة جاهزة. ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a quotation after كما أكد goes to the person who spoke before',
    paragraphs: ['وأكد الوزير سامر الحيدري أن الخطة جاهزة. كما أكد أن العمل بدأ. ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'نقل with punctuation before عنه gives no speaker',
    paragraphs: [
      'وحضر اللاعب سامر الحيدري التدريب صباح اليوم.',
      'ونقل موقع النادي، في خبر قصير، عنه قوله: ' + WORDS + '.'
    ],
    speakers: [undefined]
  },
  {
    name: 'نقل عن someone unnamed (عن مدربه) gives no speaker',
    paragraphs: ['وحضر اللاعب سامر الحيدري التدريب صباح اليوم.', 'ونقل موقع النادي عن مدربه قوله: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a newspaper that carried someone’s words is not their speaker',
    paragraphs: ['وحضر اللاعب سامر الحيدري التدريب صباح اليوم.', 'ونقلت الصحيفة قوله: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a report that carried someone’s words is not their speaker',
    paragraphs: ['وحضر اللاعب سامر الحيدري التدريب صباح اليوم.', 'ونقل تقرير نشر في مجلة رياضية قوله: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a relative named by a pronoun (زميله) is no speaker',
    paragraphs: ['وقال زميله: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a group (جميع السكان) is no speaker',
    paragraphs: ['وقال جميع السكان: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a name with its title after a comma is the speaker',
    paragraphs: ['وقال سامر الحيدري، المدير التنفيذي للشركة: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a name with its title right after it is the speaker',
    paragraphs: ['وقال سامر الحيدري المدير التنفيذي للشركة: ' + WORDS + '.'],
    speakers: ['سامر الحيدري']
  },
  {
    name: 'a speech word with no subject goes to an unnamed source described before',
    paragraphs: ['وقال مصدر مطلع في الوزارة إن الخطة جاهزة.', 'وأضاف: ' + WORDS + '.'],
    speakers: ['مصدر مطلع في الوزارة']
  },
  {
    name: 'a speech word with no subject is not given to a lone family name never given in full',
    paragraphs: ['وقال الحيدري إن الخطة جاهزة.', 'وأضاف: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a speech word with no subject goes to a bare title that spoke before',
    paragraphs: ['وقال الوزير إن الخطة جاهزة.', 'وأضاف: ' + WORDS + '.'],
    speakers: ['الوزير']
  },
  {
    name: 'a feminine speech word with no subject goes to the company that spoke before',
    paragraphs: ['وقالت الشركة إن الخطة جاهزة.', 'وأضافت: ' + WORDS + '.'],
    speakers: ['الشركة']
  }
]

describe('speaker rules at their edges', () => {
  for (const {name, paragraphs, speakers} of cases) {
    it(name, async () => {
      expect(await speakersOf(paragraphs)).toEqual(speakers)
    })
  }
})
