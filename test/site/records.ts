/**
 * Article records for site tests, written for the tests (not from the corpus).
 */

import type {ArticleRecord} from '../../src/cli/site/record.js'

/** Base URL of the test site. */
export const BASE_URL = 'https://news.example.com/'

/** The build time of the test site. */
export const NOW = '2025-09-05T12:00:00+03:00'

/**
 * Make records.
 *
 * @returns
 *   Five articles in two sections, one of them with a Latin first word.
 */
export function sampleRecords(): Array<ArticleRecord> {
  return [
    {
      input: 'economy/port.txt',
      output: 'economy/port.html',
      url: BASE_URL + 'economy/port.html',
      headline: 'توسعة الميناء تستقبل أول سفينة حاويات',
      description: 'الرصيف الجديد يرفع طاقة الميناء بنحو الثلث.',
      datePublished: '2025-09-05T09:30:00+03:00',
      language: 'ar',
      section: 'اقتصاد',
      authors: ['سارة العلي'],
      image: 'https://news.example.com/images/port.jpg'
    },
    {
      input: 'economy/dates.txt',
      output: 'economy/dates.html',
      url: BASE_URL + 'economy/dates.html',
      headline: 'موسم التمور يبدأ مبكرا & بإنتاج <وفير>',
      datePublished: '2025-09-01T08:00:00+03:00',
      dateModified: '2025-09-02T10:00:00+03:00',
      language: 'ar',
      section: 'اقتصاد',
      authors: []
    },
    {
      input: 'marathon.txt',
      output: 'marathon.html',
      url: BASE_URL + 'marathon.html',
      headline: 'ألفا عداء يشاركون في ماراثون الكورنيش',
      description: 'سباق خيري على طول الكورنيش.',
      datePublished: '2025-09-04T00:00:00+03:00',
      language: 'ar',
      section: 'رياضة',
      authors: ['منى الحربي', 'سارة العلي']
    },
    {
      input: 'tech.txt',
      output: 'tech.html',
      url: BASE_URL + 'tech.html',
      headline: 'iPhone 17 يصل إلى الأسواق العربية',
      datePublished: '2025-09-05T11:00:00+03:00',
      language: 'ar',
      section: 'رياضة',
      authors: []
    },
    {
      input: 'undated.txt',
      output: 'undated.html',
      url: BASE_URL + 'undated.html',
      headline: 'مقال بلا تاريخ',
      language: 'ar',
      authors: []
    }
  ]
}
