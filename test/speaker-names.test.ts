/**
 * Where a speaker's name starts and whether words after a speech verb name
 * one: words before a full name that are no given names, what a verb in the
 * plural takes. Invented articles, in the manner of speaker-rules-more.test.ts.
 */

import {describe, expect, it} from 'vitest'
import {readSubject} from '../src/speakers/subject.js'
import {tokenize} from '../src/text/tokens.js'
import {MORE, WORDS, speakersOf, type Case} from './speaker-cases.js'

const cases: ReadonlyArray<Case> = [
  {
    name: 'a verb written before its subject after a comma is no given name (كشف)',
    paragraphs: ['وفي ختام اللقاء، كشف سامر الحلبي، مدير الفرع، أن الخطة جاهزة.', 'وقال الحلبي: ' + WORDS + '.'],
    speakers: ['سامر الحلبي']
  },
  {
    name: 'a verb with a pronoun written before its subject is no given name (اصطحبنا)',
    paragraphs: ['وفي جولة طويلة، اصطحبنا نادر الخياط في أرجاء المبنى.', 'ويقول الخياط: ' + WORDS + '.'],
    speakers: ['نادر الخياط']
  },
  {
    name: 'كان before a family name is no given name',
    paragraphs: ['وفي الصباح، كان الشمري في مكتبه كعادته.', 'وقال الشمري: ' + WORDS + '.'],
    speakers: ['الشمري']
  },
  {
    name: 'a past verb that looks like a word with the article is no given name (التحق)',
    paragraphs: ['وطوال تلك السنوات، التحق ماهر بالجامعة وأكمل دراسته.', 'يقول ماهر: ' + WORDS + '.'],
    speakers: ['ماهر']
  },
  {
    name: 'فإن with its hamza is the particle, not a given name',
    paragraphs: ['وإذا كان الآخرون قد غادروا، فإن العمري بقي في مكانه.', 'ويقول العمري: ' + WORDS + '.'],
    speakers: ['العمري']
  },
  {
    name: 'ل and a noun before a name is no given name; the name opens after it',
    paragraphs: ['ووفقا لتصريحات سامي العمري أمس فإن الخطة جاهزة.', 'وقال العمري: ' + WORDS + '.'],
    speakers: ['سامي العمري']
  },
  {
    name: 'what an organisation noun governs is no given name (صندوق سيارة)',
    paragraphs: ['وجرى تفتيش صندوق سيارة تويوتا في المكان.', 'وقالت تويوتا: ' + WORDS + '.'],
    speakers: ['تويوتا']
  },
  {
    name: 'a place an organisation noun governs ends before the name of the post holder',
    paragraphs: ['توقع رئيس إقليم دارفور عادل مراد عودة الهدوء قريبا.', 'وقال مراد: ' + WORDS + '.'],
    speakers: ['عادل مراد']
  },
  {
    name: 'the words after a speech verb in the plural are what it takes, not its speaker',
    paragraphs: ['وتجمع الأهالي أمام المبنى، وكتبوا تحت اللافتة الكبيرة: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a noun phrase after a plural verb is not read as a speaker, nor carried on',
    paragraphs: ['جلس الرجل مع جيرانه، وهم يعتبرون أقرب الأصدقاء له: ' + WORDS + '.', 'وأضاف: ' + MORE + '.'],
    speakers: [undefined, undefined]
  },
  {
    name: 'the words after a speech verb that opens a relative clause are not its speaker',
    paragraphs: ['وتغير الموقف كثيرا، وكان هذا هو الذي يؤكد ضعف الموقف الرسمي حين يقول: ' + WORDS + '.'],
    speakers: [undefined]
  },
  {
    name: 'a feminine participle with the article and its phrase after a full name is her post',
    paragraphs: ['وقالت المفوضة هيلين برانت المعنية بملف الهجرة: ' + WORDS + '.'],
    speakers: ['هيلين برانت']
  },
  {
    name: 'a post in construct after a full name is not more of the name',
    paragraphs: ['وقالت نورا فيلدمان صاحبة مكتبة الحي: ' + WORDS + '.'],
    speakers: ['نورا فيلدمان']
  },
  {
    name: 'the country after وزير خارجية is the genitive of the post, not part of the name',
    paragraphs: ['ويقول وزير خارجية النرويج يوناس ستور: ' + WORDS + '.'],
    speakers: ['يوناس ستور']
  },
  {
    name: 'the country after رئيس وزراء is the genitive of the post, not part of the name',
    paragraphs: ['وقال رئيس وزراء كندا جاستن ترودو أمس: ' + WORDS + '.'],
    speakers: ['جاستن ترودو']
  },
  {
    name: 'the field after مدير عمليات belongs to the post; the name after the comma is the speaker',
    paragraphs: ['وقال مدير عمليات دعم السلام في المنظمة، كلاوس مولر، للصحفيين: ' + WORDS + '.'],
    speakers: ['كلاوس مولر']
  },
  {
    name: 'an organisation noun without the article after a title with it is the verb’s object',
    paragraphs: ['وطوق الجيش الوطني منطقة الميناء فجرا.', 'وأعلن الجيش الوطني في بيان: ' + WORDS + '.'],
    speakers: ['الجيش الوطني']
  },
  {
    name: 'على right after a degree is the name علي, also where the article writes ى',
    paragraphs: ['وعلق الدكتور على الحناوى أستاذ الاقتصاد قائلا: ' + WORDS + '.'],
    speakers: ['على الحناوى']
  },
  {
    name: 'على after a title that is no degree or rank stays a preposition',
    paragraphs: ['وقال الشيخ على المنبر: ' + WORDS + '.'],
    speakers: ['الشيخ']
  },
  {
    name: 'ب and the place of a post, then a name set off by a comma: the name is the speaker',
    paragraphs: ['وقال المتحدث بحائل، سالم الشمري: ' + WORDS + '.'],
    speakers: ['سالم الشمري']
  },
  {
    name: 'a family name that opens with ل and a long vowel ends a full name, not a phrase',
    paragraphs: ['وقال المدرب الفرنسي جان لوك لوميير إن ' + WORDS + '.'],
    speakers: ['جان لوك لوميير']
  },
  {
    name: 'a family name that opens with ل and a long vowel, then a day, ends the full name',
    paragraphs: ['وأعلن الوزير الفرنسي جان لوك لوميير الأربعاء أن ' + WORDS + '.'],
    speakers: ['جان لوك لوميير']
  },
  {
    name: 'ل and a noun in construct after a full name is still no part of it',
    paragraphs: ['وقال سامر حداد لوسائل الإعلام: ' + WORDS + '.'],
    speakers: ['سامر حداد']
  },
  {
    name: 'طالب opening a sentence is the verb, and the name after it is read whole',
    paragraphs: ['طالب سالم أحمد الكندي، رئيس الجمعية، بإعادة النظر في القرار.', 'وقال الكندي: ' + WORDS + '.'],
    speakers: ['سالم أحمد الكندي']
  },
  {
    name: 'a given name with the article opens the name set off by commas after a title',
    paragraphs: ['وأعلن وزير النقل في الحكومة، المنصور بلقاسم، أن ' + WORDS + '.'],
    speakers: ['المنصور بلقاسم']
  },
  {
    name: 'an adjective with the article after the comma opens no name',
    paragraphs: ['وقال سامر بلقاسم، الناطق الرسمي باسم الحكومة، إن ' + WORDS + '.'],
    speakers: ['سامر بلقاسم']
  },
  {
    name: 'عدد من and the group it counts are the speaker described, not a name عدد',
    paragraphs: ['وقال عدد من الخبراء ' + WORDS + '.'],
    speakers: ['عدد من الخبراء']
  },
  {
    name: 'the name after a relative and a genitive with the article is the genitive’s: the phrase speaks',
    paragraphs: ['قال والد الطالب سامي العنزي إن ' + WORDS + '.', 'وأضاف والد الطالب: ' + MORE + '.'],
    speakers: ['والد الطالب سامي العنزي', 'والد الطالب سامي العنزي']
  },
  {
    name: 'the name after one of a group is the genitive’s: the phrase speaks',
    paragraphs: ['وقال أحد مستشاري الوزير سالم الهاجري إن ' + WORDS + '.'],
    speakers: ['أحد مستشاري الوزير سالم الهاجري']
  },
  {
    name: 'ابن and a name without the article is a name',
    paragraphs: ['وقال ابن رشد: ' + WORDS + '.'],
    speakers: ['ابن رشد']
  },
  {
    name: 'يدعى after one of a group gives the speaker’s name',
    paragraphs: ['وقال أحد سكان الحي ويدعى فاليري كوستا إن ' + WORDS + '.'],
    speakers: ['فاليري كوستا']
  },
  {
    name: 'المدعي العام (the prosecutor) is a person’s title: the name after it speaks',
    paragraphs: ['وقال المدعي العام هانس كلاين في الجلسة الختامية ' + WORDS + '.'],
    speakers: ['هانس كلاين']
  },
  {
    name: 'an agent noun with the article and its adjectives, then a two-word name: the name speaks',
    paragraphs: ['ونقلت الوكالة عن المعارض الليبي البارز سالم الورفلي قوله: ' + WORDS + '.'],
    speakers: ['سالم الورفلي']
  },
  {
    name: 'an organisation noun with the article is no agent: the words after it are no name',
    paragraphs: ['وقال المجلس الوطني سالم الورفلي: ' + WORDS + '.'],
    speakers: ['المجلس الوطني']
  },
  {
    name: 'a name set off after a title ends before whom the words were said to',
    paragraphs: ['وقال المتحدث باسم النادي، سامي الحربي لموقع النادي، إن ' + WORDS + '.'],
    speakers: ['سامي الحربي']
  },
  {
    name: 'the word with the article after عبد is part of the given name, even a title',
    paragraphs: ['والتقى ملك إسبانيا أمس الجزائري عبد المالك سلال في مدريد.', 'وقال سلال: ' + WORDS + '.'],
    speakers: ['عبد المالك سلال']
  },
  {
    name: 'a number word is part of a post (الحادي عشر), not the start of the name after it',
    paragraphs: ['وقال المدير التنفيذي لنادي الحادي عشر سامر الحربي: ' + WORDS + '.'],
    speakers: ['سامر الحربي']
  },
  {
    name: 'a comparative after a name is its predicate, no part of the name',
    paragraphs: ['ويبدو الخبير سالم المري أكثر تفاؤلا من غيره.', 'وقال المري: ' + WORDS + '.'],
    speakers: ['سالم المري']
  },
  {
    name: 'كان after a name is the verb, no part of the name',
    paragraphs: ['وفي عهد الملك فيصل الثاني كانت البلاد تعيش هدوءا.', 'وقال فيصل: ' + WORDS + '.'],
    speakers: ['فيصل الثاني']
  },
  {
    name: 'a name set off by a comma that opens with بن does not take the word before the comma',
    paragraphs: ['وقال الناطق باسم المتجر المخصص للتسوق، بن هويس: ' + WORDS + '.'],
    speakers: ['بن هويس']
  }
]

describe('where a name given in the narrative starts', () => {
  for (const {name, paragraphs, speakers} of cases) {
    it(name, async () => {
      expect(await speakersOf(paragraphs)).toEqual(speakers)
    })
  }
})

describe('the end of a name after a speech verb', () => {
  it('a word with the article, then بأن, is what the verb describes, not more of the name', () => {
    const text = 'ووصف كارلسون الجيران بأنهم أهل كرم'
    expect(readSubject(text, tokenize(text), 1, text.length)?.name).toBe('كارلسون')
  })
})
