/**
 * Shared by the speaker rule tests: invented articles run through the whole
 * pipeline, and the speaker each quotation gets.
 */

import {arabicNews} from 'remark-arabic-news'

/** A headline, so that the first paragraph of each case is body text. */
const HEADLINE = 'عنوان خبر مكتوب للتجربة فقط'

/** Words quoted in the cases. */
export const WORDS = '«إن العمل مستمر في المناطق الشمالية حتى إشعار آخر»'

/** Other words quoted in the cases. */
export const MORE = '«سنواصل الجهود حتى يعود جميع السكان إلى بيوتهم سالمين»'

/** A sentence of narrative that names nobody. */
export const NARRATIVE = 'وتواصلت الأعمال في المنطقة طوال اليوم دون توقف.'

/** One case: paragraphs of an article, and the speaker of each quotation in order (`undefined`: nobody). */
export interface Case {
  name: string
  paragraphs: ReadonlyArray<string>
  speakers: ReadonlyArray<string | undefined>
}

/**
 * The speakers the pipeline gives the quotations of an article.
 *
 * @param paragraphs
 *   Body paragraphs (a headline is added).
 * @param blockOnly
 *   Whether to keep block quotations only (inline ones never get a speaker).
 * @returns
 *   One speaker per quotation (`undefined` for none).
 */
export async function speakersOf(
  paragraphs: ReadonlyArray<string>,
  blockOnly = true
): Promise<Array<string | undefined>> {
  const file = await arabicNews().process([HEADLINE, ...paragraphs].join('\n\n') + '\n')
  const quotes = file.data.arabicNews?.quotes ?? []
  return quotes.filter((quote) => !blockOnly || quote.kind === 'block').map((quote) => quote.speaker)
}
