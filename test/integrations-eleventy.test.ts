import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import arabicNewsDefault, {
  arabicNewsEleventy,
  DEFAULT_ELEVENTY_DATA_KEY,
  DEFAULT_ELEVENTY_FORMATS,
  type EleventyConfig,
  type EleventyExtension
} from '../src/integrations/eleventy.js'

const text = `---
title: افتتاح معرض الكتاب في المدينة
layout: layouts/base.njk
---
عمّان - خاص: افتتح وزير الثقافة صباح اليوم الدورة الجديدة من معرض الكتاب بمشاركة مئات من دور النشر العربية.
وقال مدير المعرض خالد النمري إن «الإقبال هذا العام فاق كل التوقعات».
`

const markdown = `---
title: أمطار غزيرة تغلق طرقا في المدينة
---

الرباط - خاص: أغلقت السلطات صباح اليوم عددا من **الطرق** بعد أمطار غزيرة هطلت طوال الليل على المدينة.

## الطرق المغلقة

| الطريق | الحالة |
| --- | --- |
| الساحلي | مغلق |
`

/** A fake of the parts of Eleventy's configuration API the plugin uses. */
function createConfig() {
  const formats: Array<string> = []
  const extensions = new Map<string, EleventyExtension>()
  const warnings: Array<string> = []
  const config: EleventyConfig = {
    addTemplateFormats(format) {
      formats.push(...(Array.isArray(format) ? format : [format]))
    },
    addExtension(extension, options) {
      for (const name of Array.isArray(extension) ? extension : [extension]) extensions.set(name, options)
    },
    logger: {
      warn(message) {
        warnings.push(message)
      }
    }
  }
  return {config, formats, extensions, warnings}
}

describe('Eleventy plugin', () => {
  let folder: string

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-eleventy-'))
    await writeFile(path.join(folder, 'fair.txt'), text)
    await writeFile(path.join(folder, 'rain.md'), markdown)
  })

  afterEach(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('is the default export and documents its defaults', () => {
    expect(arabicNewsDefault).toBe(arabicNewsEleventy)
    expect(DEFAULT_ELEVENTY_FORMATS).toEqual(['txt'])
    expect(DEFAULT_ELEVENTY_DATA_KEY).toBe('arabicNews')
  })

  it('checks options', () => {
    const {config} = createConfig()
    expect(() => arabicNewsEleventy(config, 1 as never)).toThrow(TypeError)
    expect(() => arabicNewsEleventy(config, {formats: []})).toThrow(/`formats`/)
    expect(() => arabicNewsEleventy(config, {formats: ['html' as never]})).toThrow(/`formats`/)
    expect(() => arabicNewsEleventy(config, {dataKey: ''})).toThrow(/`dataKey`/)
  })

  it('registers `.txt` as a template format', () => {
    const {config, formats, extensions} = createConfig()
    expect(arabicNewsEleventy(config)).toBeUndefined()
    expect(formats).toEqual(['txt'])
    expect([...extensions.keys()]).toEqual(['txt'])
    expect(extensions.get('txt')).toMatchObject({
      outputFileExtension: 'html',
      read: true,
      compileOptions: {cache: false}
    })
  })

  it('gives layouts the page data and renders the article', async () => {
    const {config, extensions} = createConfig()
    arabicNewsEleventy(config, {jsonLd: {script: false}})
    const txt = extensions.get('txt')!
    const inputPath = path.join(folder, 'fair.txt')

    const data = await txt.getData(inputPath)
    expect(data['arabicNews']).toMatchObject({
      headline: 'افتتاح معرض الكتاب في المدينة',
      lang: 'ar',
      dir: 'rtl',
      jsonLdInContent: false
    })
    const page = data['arabicNews'] as Record<string, unknown>
    expect(JSON.parse(String(page['jsonLdText']))).toMatchObject({'@type': 'NewsArticle'})

    // Eleventy hands `compile` the content without front matter: the plugin reads the file itself.
    const render = await txt.compile('ignored', inputPath)
    const html = await render({})
    expect(html).toMatch(/^<article dir="rtl" lang="ar">\n<h1>افتتاح معرض الكتاب في المدينة<\/h1>/)
    expect(html).toContain('<span class="dateline">عمّان - خاص:</span>')
    expect(html).not.toContain('layout:')
    expect(html).not.toContain('<script')
  })

  it('processes a file once per content', async () => {
    const {config, extensions} = createConfig()
    arabicNewsEleventy(config, {dataKey: 'news'})
    const txt = extensions.get('txt')!
    const inputPath = path.join(folder, 'fair.txt')

    const first = (await txt.getData(inputPath))['news']
    expect(first).toMatchObject({jsonLdInContent: true})
    expect((await txt.getData(inputPath))['news']).toBe(first)

    await writeFile(inputPath, text.replace('مئات', 'عشرات'))
    const changed = (await txt.getData(inputPath))['news']
    expect(changed).not.toBe(first)
    expect(await (await txt.compile('', inputPath))({})).toContain('عشرات')
  })

  it('handles markdown on request', async () => {
    const {config, formats, extensions} = createConfig()
    arabicNewsEleventy(config, {formats: ['txt', 'md', 'md']})
    expect(formats).toEqual(['txt', 'md'])
    const md = extensions.get('md')!
    const inputPath = path.join(folder, 'rain.md')

    const data = await md.getData(inputPath)
    expect(data['arabicNews']).toMatchObject({headline: 'أمطار غزيرة تغلق طرقا في المدينة'})
    const html = await (await md.compile('', inputPath))({})
    expect(html).toMatch(/^<article dir="rtl" lang="ar">\n<h1>أمطار غزيرة تغلق طرقا في المدينة<\/h1>/)
    expect(html).toContain('<strong>الطرق</strong>')
    expect(html).toContain('<h2>الطرق المغلقة</h2>')
    expect(html).toContain('<table>')
    expect(html).not.toContain('title:')
  })

  it('reports problems through Eleventy’s logger, and missing files as errors', async () => {
    const {config, extensions, warnings} = createConfig()
    arabicNewsEleventy(config)
    const txt = extensions.get('txt')!
    const inputPath = path.join(folder, 'bare.txt')
    await writeFile(inputPath, 'سطر واحد بلا عنوان')
    await txt.getData(inputPath)
    expect(warnings.some((warning) => warning.includes('bare.txt') && warning.includes('headline'))).toBe(true)

    await expect(txt.getData(path.join(folder, 'missing.txt'))).rejects.toThrow(/ENOENT/)
  })

  it('works without a logger', async () => {
    const {config, extensions} = createConfig()
    delete config.logger
    arabicNewsEleventy(config)
    const inputPath = path.join(folder, 'bare.txt')
    await writeFile(inputPath, 'سطر واحد بلا عنوان')
    await expect(extensions.get('txt')!.getData(inputPath)).resolves.toHaveProperty('arabicNews')
  })
})
