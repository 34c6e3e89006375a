/**
 * Options that are not an object: every plugin, the preset and the
 * integrations refuse them when attached, with one message that shows what
 * was given.
 */

import {
  arabicNews,
  arabicNewsPluginLists,
  rehypeArabicNewsArticle,
  rehypeArabicNewsDocument,
  rehypeArabicNewsHeader,
  rehypeArabicNewsJsonLd,
  remarkArabicNewsFacts,
  remarkArabicNewsParse,
  remarkArabicNewsQuotes,
  remarkArabicNewsStructure
} from 'remark-arabic-news'
import {unified, type Plugin} from 'unified'
import {describe, expect, it} from 'vitest'
import {arabicNewsMarkdown} from '../src/integrations/astro.js'

const plugins: ReadonlyArray<[string, Plugin<[never]>]> = [
  ['remarkArabicNewsParse', remarkArabicNewsParse as Plugin<[never]>],
  ['remarkArabicNewsStructure', remarkArabicNewsStructure as Plugin<[never]>],
  ['remarkArabicNewsQuotes', remarkArabicNewsQuotes as Plugin<[never]>],
  ['remarkArabicNewsFacts', remarkArabicNewsFacts as Plugin<[never]>],
  ['rehypeArabicNewsArticle', rehypeArabicNewsArticle as Plugin<[never]>],
  ['rehypeArabicNewsHeader', rehypeArabicNewsHeader as Plugin<[never]>],
  ['rehypeArabicNewsDocument', rehypeArabicNewsDocument as Plugin<[never]>],
  ['rehypeArabicNewsJsonLd', rehypeArabicNewsJsonLd as Plugin<[never]>]
]

describe('options that are not an object', () => {
  for (const [name, plugin] of plugins) {
    it(name + ' refuses a number and a list, and takes nothing and null', () => {
      expect(() =>
        unified()
          .use(plugin, 5 as never)
          .freeze()
      ).toThrow(new TypeError('Expected `options` to be an object, not `5`'))
      expect(() =>
        unified()
          .use(plugin, ['رويترز'] as never)
          .freeze()
      ).toThrow(new TypeError('Expected `options` to be an object, not `رويترز`'))
      expect(() =>
        unified()
          .use(plugin, undefined as never)
          .use(plugin, null as never)
          .freeze()
      ).not.toThrow()
    })
  }

  it('the preset and the plugin lists refuse them too, before any plugin runs', () => {
    expect(() => arabicNews('ar' as never)).toThrow(new TypeError('Expected `options` to be an object, not `ar`'))
    expect(() => arabicNewsPluginLists([] as never)).toThrow(
      new TypeError('Expected `options` to be an object, not ``')
    )
    expect(() => arabicNewsMarkdown(true as never)).toThrow(
      new TypeError('Expected `options` to be an object, not `true`')
    )
  })

  it('the news agencies of the structure plugin are non-empty names, trimmed', async () => {
    expect(() => arabicNews({structure: {agencies: ['وكالة المثال', ' ']}}).freeze()).toThrow(
      new TypeError('Expected `agencies` to be a list of non-empty strings, not `وكالة المثال, `')
    )
    const file = await arabicNews({structure: {agencies: ['  وكالة المثال  ']}}).process(
      'عنوان الخبر\n\nالقاهرة (وكالة المثال) - أعلنت الوزارة اليوم نتائج الامتحانات.\n'
    )
    expect(file.data.arabicNews?.dateline).toMatchObject({agency: 'وكالة المثال'})
  })
})
