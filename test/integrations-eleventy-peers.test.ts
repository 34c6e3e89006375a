import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {arabicNewsEleventy, type EleventyExtension} from '../src/integrations/eleventy.js'

// A site without `remark-gfm`.
vi.mock('remark-gfm', () => {
  throw new Error('Cannot find package `remark-gfm`')
})

/** Register the plugin for `.md` and return its extension. */
function markdownExtension(): EleventyExtension {
  const extensions = new Map<string, EleventyExtension>()
  arabicNewsEleventy(
    {
      addTemplateFormats() {},
      addExtension(extension, options) {
        extensions.set(String(extension), options)
      }
    },
    {formats: ['md']}
  )
  return extensions.get('md')!
}

describe('Eleventy plugin with `.md`, without some peer packages', () => {
  let folder: string

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-eleventy-'))
    await writeFile(path.join(folder, 'a.md'), 'العنوان\n\n| أ | ب |\n| - | - |\n| 1 | 2 |\n')
  })

  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('works without `remark-gfm` (no tables)', async () => {
    const md = markdownExtension()
    const html = await (await md.compile('', path.join(folder, 'a.md')))({})
    expect(html).toMatch(/^<article dir="rtl" lang="ar">/)
    expect(html).not.toContain('<table>')
  })

  it('says which package to install when a needed one is missing', async () => {
    vi.doMock('remark-frontmatter', () => {
      throw new Error('Cannot find package `remark-frontmatter`')
    })
    await expect(markdownExtension().getData(path.join(folder, 'a.md'))).rejects.toThrow(
      /Cannot load `remark-frontmatter`.*npm install remark-frontmatter/
    )
    vi.doUnmock('remark-frontmatter')
  })
})
