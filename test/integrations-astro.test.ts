import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {astroFrontmatter} from '../src/metadata/host.js'
import {
  arabicNewsLoader,
  arabicNewsMarkdown,
  DEFAULT_LOADER_EXTENSIONS,
  LOADER_NAME,
  rehypeArabicNewsAstroData,
  type ArabicNewsEntry,
  type ArabicNewsLoaderContext
} from '../src/integrations/astro.js'
import {slugify} from '../src/integrations/headings.js'

const fair = `---
title: افتتاح معرض الكتاب في المدينة
date: 2025-09-18T10:30:00+03:00
---
عمّان - خاص: افتتح وزير الثقافة صباح اليوم الدورة الجديدة من معرض الكتاب بمشاركة مئات من دور النشر العربية.
وقال مدير المعرض خالد النمري إن «الإقبال هذا العام فاق كل التوقعات».
برنامج ثقافي حافل
ويتضمن البرنامج الثقافي المرافق أكثر من ستين ندوة وأمسية شعرية وورشا للكتابة موجهة إلى الطلاب.
`

const rain = `أمطار غزيرة تغلق طرقا في المدينة

الرباط - خاص: أغلقت السلطات صباح اليوم عددا من الطرق بعد أمطار غزيرة هطلت طوال الليل على المدينة.
`

/** A fake of the parts of Astro's loader context the loader uses. */
function createContext(root: string) {
  const entries = new Map<string, ArabicNewsEntry>()
  const listeners = new Map<string, (changed: string) => void>()
  const warnings: Array<string> = []
  const watched: Array<string> = []
  const context = {
    collection: 'news',
    config: {root: pathToFileURL(root + path.sep)},
    logger: {
      warn(message: string) {
        warnings.push(message)
      },
      info() {}
    },
    store: {
      get: (id: string) => entries.get(id),
      set: vi.fn((entry: ArabicNewsEntry) => {
        entries.set(entry.id, entry)
        return true
      }),
      keys: () => [...entries.keys()],
      delete: (id: string) => {
        entries.delete(id)
      }
    },
    async parseData<TData extends Record<string, unknown>>(props: {data: TData}) {
      return props.data
    },
    generateDigest: (data: Record<string, unknown> | string) => String(data).length + ':' + String(data).slice(-40),
    watcher: {
      add(paths: string | ReadonlyArray<string>) {
        watched.push(...(typeof paths === 'string' ? [paths] : paths))
      },
      on(event: string, listener: (changed: string) => void) {
        listeners.set(event, listener)
      }
    }
  } satisfies ArabicNewsLoaderContext
  return {context, entries, listeners, warnings, watched}
}

describe('arabicNewsLoader', () => {
  let root: string

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'arabic-news-astro-'))
    await mkdir(path.join(root, 'src/articles/world'), {recursive: true})
    await mkdir(path.join(root, 'src/articles/.drafts'), {recursive: true})
    await writeFile(path.join(root, 'src/articles/fair.txt'), fair)
    await writeFile(path.join(root, 'src/articles/world/rain.TXT'), rain)
    await writeFile(path.join(root, 'src/articles/notes.md'), '# ملاحظات')
    await writeFile(path.join(root, 'src/articles/.drafts/draft.txt'), rain)
  })

  afterEach(async () => {
    await rm(root, {recursive: true, force: true})
  })

  it('documents its defaults', () => {
    expect(DEFAULT_LOADER_EXTENSIONS).toEqual(['.txt'])
    expect(LOADER_NAME).toBe('remark-arabic-news')
  })

  it('checks options', () => {
    expect(() => arabicNewsLoader(undefined as never)).toThrow(TypeError)
    expect(() => arabicNewsLoader({base: ''})).toThrow(/`base`/)
    expect(() => arabicNewsLoader({base: 1 as never})).toThrow(/`base`/)
    expect(() => arabicNewsLoader({base: 'a', extensions: []})).toThrow(/`extensions`/)
    expect(() => arabicNewsLoader({base: 'a', extensions: ['t x t']})).toThrow(/`extensions`/)
    expect(() => arabicNewsLoader({base: 'a', language: 'not a tag'})).toThrow(/`language`/)
  })

  it('stores one rendered entry per text file', async () => {
    const {context, entries, watched} = createContext(root)
    const loader = arabicNewsLoader({base: './src/articles'})
    expect(loader.name).toBe('remark-arabic-news')
    await loader.load(context)

    expect([...entries.keys()].sort()).toEqual(['fair', 'world/rain'])
    const entry = entries.get('fair')!
    expect(entry.filePath).toBe('src/articles/fair.txt')
    expect(entry.body).toBe(fair)
    expect(entry.rendered?.html).toMatch(/^<article dir="rtl" lang="ar">\n<h1 id="افتتاح-معرض-الكتاب-في-المدينة">/)
    expect(entry.rendered?.html).toContain('<span class="dateline">عمّان - خاص:</span>')
    expect(entry.rendered?.html).toContain('<script type="application/ld+json">')
    expect(entry.rendered?.html).toContain('<figure class="quote" data-speaker="خالد النمري">')
    expect(entry.data['quotes']).toMatchObject([{speaker: 'خالد النمري', text: 'الإقبال هذا العام فاق كل التوقعات'}])
    expect(entry.rendered?.metadata?.headings).toEqual([
      {depth: 1, slug: 'افتتاح-معرض-الكتاب-في-المدينة', text: 'افتتاح معرض الكتاب في المدينة'},
      {depth: 2, slug: 'برنامج-ثقافي-حافل', text: 'برنامج ثقافي حافل'}
    ])

    expect(entry.data).toMatchObject({
      title: 'افتتاح معرض الكتاب في المدينة',
      date: '2025-09-18T10:30:00+03:00',
      headline: 'افتتاح معرض الكتاب في المدينة',
      lang: 'ar',
      dir: 'rtl',
      jsonLdInContent: true
    })
    expect(entry.data['description']).toMatch(/^افتتح وزير الثقافة/)
    expect(entry.data['jsonLd']).toMatchObject({'@type': 'NewsArticle', headline: 'افتتاح معرض الكتاب في المدينة'})
    expect(JSON.parse(String(entry.data['jsonLdText']))).toEqual(entry.data['jsonLd'])
    expect(entry.rendered?.metadata?.frontmatter).toEqual(entry.data)
    expect(watched).toEqual([path.join(root, 'src/articles')])
  })

  it('takes a file URL as base, other extensions, and the preset options', async () => {
    const {context, entries} = createContext(root)
    await arabicNewsLoader({
      base: pathToFileURL(path.join(root, 'src/articles')),
      extensions: ['md', '.TXT'],
      jsonLd: {script: false},
      quotes: false,
      language: 'ar-MA'
    }).load(context)

    expect([...entries.keys()].sort()).toEqual(['fair', 'notes', 'world/rain'])
    const rain = entries.get('world/rain')!
    expect(rain.rendered?.html).not.toContain('<script')
    expect(rain.data).toMatchObject({
      lang: 'ar-MA',
      jsonLdInContent: false,
      headline: 'أمطار غزيرة تغلق طرقا في المدينة'
    })
    expect(entries.get('fair')?.rendered?.html).not.toContain('<figure')
    expect(entries.get('fair')?.data['quotes']).toEqual([])
  })

  it('skips unchanged files, re-renders changed ones and drops removed ones', async () => {
    const {context, entries} = createContext(root)
    const loader = arabicNewsLoader({base: 'src/articles'})
    await loader.load(context)
    expect(context.store.set).toHaveBeenCalledTimes(2)

    await loader.load(context)
    expect(context.store.set).toHaveBeenCalledTimes(2)

    await writeFile(path.join(root, 'src/articles/fair.txt'), fair.replace('ستين', 'سبعين'))
    await rm(path.join(root, 'src/articles/world/rain.TXT'))
    await loader.load(context)
    expect(context.store.set).toHaveBeenCalledTimes(3)
    expect([...entries.keys()]).toEqual(['fair'])
    expect(entries.get('fair')?.rendered?.html).toContain('سبعين')
  })

  it('follows changes in development', async () => {
    const {context, entries, listeners, warnings} = createContext(root)
    await arabicNewsLoader({base: 'src/articles'}).load(context)

    const added = path.join(root, 'src/articles/added.txt')
    await writeFile(added, rain)
    listeners.get('add')!(added)
    listeners.get('change')!(path.join(root, 'src/articles/notes.md'))
    listeners.get('change')!(path.join(root, 'elsewhere.txt'))
    await vi.waitFor(() => {
      expect(entries.has('added')).toBe(true)
    })
    expect(entries.has('notes')).toBe(false)

    listeners.get('unlink')!(added)
    listeners.get('unlink')!(path.join(root, 'src/articles/notes.md'))
    expect(entries.has('added')).toBe(false)

    listeners.get('change')!(path.join(root, 'src/articles/missing.txt'))
    await vi.waitFor(() => {
      expect(warnings.join('\n')).toMatch(/ENOENT/)
    })
  })

  it('passes messages to the logger', async () => {
    await writeFile(path.join(root, 'src/articles/fair.txt'), 'سطر واحد بلا عنوان')
    const {context, warnings} = createContext(root)
    await arabicNewsLoader({base: 'src/articles'}).load(context)
    expect(warnings.some((warning) => warning.includes('fair.txt') && warning.includes('headline'))).toBe(true)
  })

  it('loads without a watcher', async () => {
    const {context, entries} = createContext(root)
    const {watcher: _, ...withoutWatcher} = context
    await arabicNewsLoader({base: 'src/articles'}).load(withoutWatcher)
    expect(entries.size).toBe(2)
  })
})

describe('arabicNewsMarkdown', () => {
  const markdown = `---
title: أمطار غزيرة تغلق طرقا في المدينة
---

الرباط - خاص: أغلقت السلطات صباح اليوم عددا من الطرق بعد أمطار غزيرة هطلت طوال الليل على المدينة.

وقال المسؤول عن الطرق في المدينة «نعمل على فتح الطرق قبل المساء».
`

  it('checks options', () => {
    expect(() => arabicNewsMarkdown(1 as never)).toThrow(TypeError)
  })

  it('gives plugin lists that pass page data through `file.data.astro.frontmatter`', async () => {
    const {remarkPlugins, rehypePlugins} = arabicNewsMarkdown({jsonLd: {script: false}})
    // As Astro does: front matter is parsed before, and handed over on `file.data.astro`.
    const file = new VFile({
      value: markdown.slice(markdown.indexOf('\n---\n') + 5),
      data: {astro: {frontmatter: {title: 'أمطار غزيرة تغلق طرقا في المدينة', lang: 'ar', extra: 1}}}
    })
    const result = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkPlugins)
      .use(remarkRehype)
      .use(rehypePlugins)
      .use(rehypeStringify)
      .process(file)

    expect(String(result)).toMatch(/^<article dir="rtl" lang="ar">\n<h1>أمطار غزيرة تغلق طرقا في المدينة<\/h1>/)
    expect(String(result)).not.toContain('<script')
    const frontmatter = astroFrontmatter(result)
    expect(frontmatter).toMatchObject({
      title: 'أمطار غزيرة تغلق طرقا في المدينة',
      extra: 1,
      headline: 'أمطار غزيرة تغلق طرقا في المدينة',
      lang: 'ar',
      dir: 'rtl',
      jsonLdInContent: false
    })
    expect(frontmatter?.['description']).toMatch(/^أغلقت السلطات/)
    expect(JSON.parse(String(frontmatter?.['jsonLdText']))).toMatchObject({'@type': 'NewsArticle'})
  })

  it('leaves JSON-LD out with `jsonLd: false`', async () => {
    const {remarkPlugins, rehypePlugins} = arabicNewsMarkdown({jsonLd: false})
    const result = await unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkPlugins)
      .use(remarkRehype)
      .use(rehypePlugins)
      .use(rehypeStringify)
      .process(markdown)

    expect(String(result)).not.toContain('<script')
    expect(astroFrontmatter(result)).toMatchObject({headline: 'أمطار غزيرة تغلق طرقا في المدينة'})
    expect(astroFrontmatter(result)?.['jsonLd']).toBeUndefined()
  })
})

describe('rehypeArabicNewsAstroData', () => {
  it('creates `file.data.astro.frontmatter` when the host did not', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeArabicNewsAstroData)
      .use(rehypeStringify)
      .process('نص')
    expect(astroFrontmatter(file)).toEqual({lang: 'ar', dir: 'rtl', jsonLdInContent: false, quotes: []})
  })
})

describe('slugify', () => {
  it('keeps letters and numbers, joins words with `-`', () => {
    expect(slugify('  «تدخّل أجنبي» في 2025!  ')).toBe('تدخّل-أجنبي-في-2025')
    expect(slugify('Hello, World')).toBe('hello-world')
  })
})
