/**
 * Astro integration: a content loader for folders of plain-text articles,
 * and the plugin lists for Astro's `unified()` markdown processor.
 *
 * Astro's types are not imported: the small shapes used here are declared
 * below, so this module needs no Astro install to build or type-check.
 */

import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {VFile} from 'vfile'
import {listFiles, normalizeExtensions} from './files.js'
import {collectHeadings, type Heading} from './headings.js'
import {definedFields, type ArabicNewsPageData} from './page-data.js'
import {arabicNews} from '../arabic-news.js'
import {arabicNewsPluginLists, type ArabicNewsPluginLists, type IntegrationOptions} from './plugins.js'
import {astroData} from '../metadata/host.js'
import {objectOption} from '../options.js'
import {rehypeArabicNewsAstroData} from './rehype-arabic-news-astro-data.js'
import {rehypeArabicNewsPageData} from './rehype-arabic-news-page-data.js'

export {rehypeArabicNewsAstroData} from './rehype-arabic-news-astro-data.js'
export {rehypeArabicNewsPageData} from './rehype-arabic-news-page-data.js'
export type {ArabicNewsPageData} from './page-data.js'
export type {Heading} from './headings.js'
export type {ArabicNewsPluginLists, HostPlugin, IntegrationOptions} from './plugins.js'

/** Default of `ArabicNewsLoaderOptions.extensions`. */
export const DEFAULT_LOADER_EXTENSIONS: ReadonlyArray<string> = ['.txt']

/** Name the loader gives itself in Astro's logs. */
export const LOADER_NAME = 'remark-arabic-news'

/** Configuration for `arabicNewsLoader`: where the articles are, and the preset's options. */
export interface ArabicNewsLoaderOptions extends IntegrationOptions {
  /** Folder of articles: a path relative to the project root, or a `file:` URL. */
  readonly base: string | URL
  /** File extensions to load, with or without the dot (default: `['.txt']`). */
  readonly extensions?: ReadonlyArray<string> | null | undefined
}

/** The part of Astro's `DataEntry` this loader writes. */
export interface ArabicNewsEntry {
  id: string
  data: Record<string, unknown>
  body?: string
  filePath?: string
  digest?: string | number
  rendered?: {
    html: string
    metadata?: {
      headings?: Array<Heading>
      frontmatter?: Record<string, unknown>
      [key: string]: unknown
    }
  }
}

/** The part of Astro's `LoaderContext` this loader uses. */
export interface ArabicNewsLoaderContext {
  collection: string
  store: {
    get(key: string): {digest?: string | number | undefined} | undefined
    set(entry: ArabicNewsEntry): boolean
    keys(): Array<string>
    delete(key: string): void
  }
  logger: {warn(message: string): void; info(message: string): void}
  config: {root: URL}
  parseData<TData extends Record<string, unknown>>(props: {id: string; data: TData; filePath?: string}): Promise<TData>
  generateDigest(data: Record<string, unknown> | string): string
  watcher?:
    | {
        add(paths: string | ReadonlyArray<string>): unknown
        on(event: 'add' | 'change' | 'unlink', listener: (changed: string) => void): unknown
      }
    | undefined
}

/** An Astro content loader (`defineCollection({loader})`). */
export interface ArabicNewsLoader {
  name: string
  load(context: ArabicNewsLoaderContext): Promise<void>
}

/**
 * Make an Astro content loader for a folder of plain-text articles (`.txt`
 * by default), so that they render without renaming them to `.md`.
 *
 * Each file becomes an entry whose id is its path in the folder without the
 * extension. `entry.data` holds the front matter plus the page data
 * (`headline`, `description`, `lang`, `dir`, `jsonLd`, `jsonLdText`,
 * `quotes`); `render(entry)` gives `Content` and the same fields as
 * `remarkPluginFrontmatter`.
 *
 * @param options
 *   Folder and preset configuration.
 * @returns
 *   A loader for `defineCollection`.
 */
export function arabicNewsLoader(options: Readonly<ArabicNewsLoaderOptions>): ArabicNewsLoader {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object with `base`')
  }

  const {base, extensions: givenExtensions, ...presetOptions} = options
  if (!(typeof base === 'string' && base !== '') && !(base instanceof URL)) {
    throw new TypeError('Expected `base` to be a folder (path or file URL), not `' + String(base) + '`')
  }

  const extensions = normalizeExtensions(givenExtensions ?? DEFAULT_LOADER_EXTENSIONS, 'extensions')
  const processor = loaderProcessor(presetOptions)

  return {
    name: LOADER_NAME,
    async load(context) {
      const root = fileURLToPath(context.config.root)
      const folder = base instanceof URL ? fileURLToPath(base) : path.resolve(root, base)
      const collection: LoadedCollection = {context, processor, root, folder, extensions}
      const seen = new Set<string>()
      for (const file of await listFiles(folder, extensions)) {
        seen.add(await loadOne(collection, file))
      }
      for (const id of context.store.keys()) {
        if (!seen.has(id)) context.store.delete(id)
      }
      if (context.watcher) watchFolder(collection, context.watcher)
    }
  }
}

/** A collection being loaded: where its articles are, and what renders them. */
interface LoadedCollection {
  context: ArabicNewsLoaderContext
  processor: ReturnType<typeof loaderProcessor>
  /** Project root. */
  root: string
  /** Folder of the collection. */
  folder: string
  extensions: ReadonlyArray<string>
}

/**
 * The processor of the loader: the preset, plus the headings and page data
 * Astro's `render(entry)` gives.
 *
 * @param presetOptions
 *   Preset configuration.
 * @returns
 *   Frozen processor.
 */
function loaderProcessor(presetOptions: Readonly<IntegrationOptions>) {
  return arabicNews(presetOptions)
    .use(rehypeHeadingData)
    .use(rehypeArabicNewsPageData, {jsonLd: presetOptions.jsonLd})
    .freeze()
}

/**
 * Load the articles of the folder again as they are added or changed, and
 * drop them when removed (in `astro dev`).
 *
 * @param collection
 *   The collection.
 * @param watcher
 *   Astro's file watcher.
 * @returns
 *   Nothing.
 */
function watchFolder(
  collection: LoadedCollection,
  watcher: NonNullable<ArabicNewsLoaderContext['watcher']>
): undefined {
  const {context, folder, extensions} = collection
  watcher.add(folder)
  const onChange = (changed: string): void => {
    if (!isArticle(folder, changed, extensions)) return
    loadOne(collection, changed).catch((error: unknown) => {
      context.logger.warn(String(error))
    })
  }
  watcher.on('add', onChange)
  watcher.on('change', onChange)
  watcher.on('unlink', (removed) => {
    if (isArticle(folder, removed, extensions)) context.store.delete(entryId(folder, removed))
  })
  return undefined
}

/**
 * Read, process and store one article (unless its digest is unchanged).
 *
 * @param collection
 *   The collection.
 * @param filePath
 *   Absolute path of the article.
 * @returns
 *   The entry id.
 */
async function loadOne(collection: LoadedCollection, filePath: string): Promise<string> {
  const {context, folder, root} = collection
  const id = entryId(folder, filePath)
  const value = await readFile(filePath, 'utf8')
  const digest = context.generateDigest(value)
  if (context.store.get(id)?.digest === digest) return id

  const file = await collection.processor.process(new VFile({path: filePath, value}))
  for (const message of file.messages) context.logger.warn(String(message))

  const page: ArabicNewsPageData | undefined = file.data.arabicNewsPage
  const frontmatter = {...(page ? definedFields(page) : {}), ...file.data.matter}
  const relativePath = path.relative(root, filePath).split(path.sep).join('/')
  const data = await context.parseData({id, data: frontmatter, filePath: relativePath})

  context.store.set({
    id,
    data,
    body: value,
    filePath: relativePath,
    digest,
    rendered: {
      html: String(file),
      metadata: {headings: headingsOf(file), frontmatter}
    }
  })
  return id
}

/**
 * remark and rehype plugins for Astro's markdown processor, so that `.md`
 * (and, with `@astrojs/mdx`, `.mdx`) files get the same structure, quotations,
 * `<article>` wrapper and JSON-LD, with the page data in
 * `file.data.astro.frontmatter`.
 *
 * ```js
 * import {unified} from '@astrojs/markdown-remark'
 * markdown: {processor: unified({...arabicNewsMarkdown(), smartypants: false})}
 * ```
 *
 * @param options
 *   Configuration of the preset (optional; `parse` options do not apply).
 * @returns
 *   `remarkPlugins` and `rehypePlugins` to spread into `unified({…})`.
 */
export function arabicNewsMarkdown(options?: Readonly<IntegrationOptions> | null): ArabicNewsPluginLists {
  const given = objectOption(options)
  const lists = arabicNewsPluginLists(options)
  return {
    remarkPlugins: lists.remarkPlugins,
    rehypePlugins: [...lists.rehypePlugins, [rehypeArabicNewsAstroData, {jsonLd: given.jsonLd}]]
  }
}

/**
 * Give headings ids (as Astro does for markdown) and record them on
 * `file.data.astro.headings`.
 *
 * @returns
 *   Transform.
 */
const rehypeHeadingData: Plugin<[], Root> = function () {
  return function (tree, file) {
    astroData(file)['headings'] = collectHeadings(tree)
  }
}

/**
 * Headings recorded by `rehypeHeadingData`.
 *
 * @param file
 *   Processed file.
 * @returns
 *   The headings.
 */
function headingsOf(file: VFile): Array<Heading> {
  const headings = astroData(file)['headings']
  return Array.isArray(headings) ? (headings as Array<Heading>) : []
}

/**
 * Entry id of a file: its path in the folder, without extension, with `/`.
 *
 * @param folder
 *   Folder of the collection.
 * @param filePath
 *   Absolute path of the file.
 * @returns
 *   The id.
 */
function entryId(folder: string, filePath: string): string {
  const relative = path.relative(folder, filePath)
  return relative
    .slice(0, relative.length - path.extname(relative).length)
    .split(path.sep)
    .join('/')
}

/**
 * Whether a changed path is an article of this collection.
 *
 * @param folder
 *   Folder of the collection.
 * @param filePath
 *   The changed path.
 * @param extensions
 *   Extensions to load.
 * @returns
 *   Whether to (re)load it.
 */
function isArticle(folder: string, filePath: string, extensions: ReadonlyArray<string>): boolean {
  const relative = path.relative(folder, filePath)
  return (
    relative !== '' &&
    !relative.startsWith('..') &&
    !path.isAbsolute(relative) &&
    extensions.includes(path.extname(filePath).toLowerCase())
  )
}
