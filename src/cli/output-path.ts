/**
 * Where a page goes and what its address is: the output path from the input
 * name, or from front matter `url` / `slug` (a permalink), with clean URLs
 * on request; and the page URL under the base URL, encoded segment by
 * segment so that no file name can change what the URL means.
 *
 * A path from front matter is untrusted: it never leaves the output folder.
 */

import path from 'node:path'
import type {FrontMatter} from '../types.js'
import {itemAt} from '../text/items.js'

/** Front matter keys read as the page address, in order (as the metadata reads them). */
export const URL_KEYS: ReadonlyArray<string> = ['url', 'canonical', 'permalink']

/** How output paths are made. */
export interface OutputPathSettings {
  /** Absolute URL the output folder is served from. */
  readonly baseUrl?: string | undefined
  /** Write `a/index.html` (URL `a/`) instead of `a.html`. */
  readonly cleanUrls?: boolean | undefined
}

/** Output path of a page, or why front matter cannot place it. */
export type OutputPathResult = {ok: true; output: string} | {ok: false; reason: string}

/**
 * Output path from the input name (`a/b.txt` → `a/b.html`, or `a/b/index.html`
 * with clean URLs; `index.txt` stays `index.html`).
 *
 * @param relative
 *   Input path, `/`-separated.
 * @param cleanUrls
 *   Whether to write clean URLs.
 * @returns
 *   Output path, `/`-separated.
 */
export function defaultOutputPath(relative: string, cleanUrls: boolean | undefined): string {
  const extension = path.posix.extname(relative)
  const stem = relative.slice(0, relative.length - extension.length)
  return withPageExtension(stem, cleanUrls)
}

/**
 * Output path of an article: front matter `url` (or `canonical`,
 * `permalink`) on this site, else `slug` in the input's folder, else the
 * input name.
 *
 * @param relative
 *   Input path, `/`-separated.
 * @param matter
 *   Front matter (untrusted).
 * @param settings
 *   Base URL and clean URLs.
 * @returns
 *   Output path, or why the front matter is refused.
 */
export function outputPathOf(
  relative: string,
  matter: Readonly<FrontMatter> | undefined,
  settings: OutputPathSettings
): OutputPathResult {
  const key = matter ? URL_KEYS.find((name) => matter[name] !== undefined && matter[name] !== null) : undefined
  if (matter && key !== undefined) {
    const placed = permalinkPath(matter[key], key, settings)
    if (!placed.ok || placed.output !== '') return placed
    // An address on another site (a canonical to the original): the page stays where its name puts it.
  }

  const slug = matter?.['slug']
  if (slug !== undefined && slug !== null) {
    if (typeof slug !== 'string' && typeof slug !== 'number') return refuse('`slug`: expected a name')
    const name = String(slug).trim()
    const problem = name === '' ? 'empty' : (segmentProblem(name) ?? hiddenProblem(name))
    if (problem) return refuse('`slug` ' + quote(name) + ': ' + problem)
    const folder = path.posix.dirname(relative)
    return {ok: true, output: withPageExtension(folder === '.' ? name : folder + '/' + name, settings.cleanUrls)}
  }

  return {ok: true, output: defaultOutputPath(relative, settings.cleanUrls)}
}

/**
 * Output path from a front matter URL.
 *
 * @param value
 *   Raw value.
 * @param key
 *   Key it came from (for messages).
 * @param settings
 *   Base URL and clean URLs.
 * @returns
 *   Output path, `''` for an address on another site, or why it is refused.
 */
function permalinkPath(value: unknown, key: string, settings: OutputPathSettings): OutputPathResult {
  if (typeof value !== 'string' || value.trim() === '') return refuse('`' + key + '`: expected a URL')
  const text = value.trim()
  const label = '`' + key + '` ' + quote(text)

  // Checked before the URL parser, which would quietly resolve `..` and turn `\` into `/`.
  if (/[\u0000-\u001F\u007F]/.test(text)) return refuse(label + ': control characters or NUL are not allowed in a path')
  if (text.includes('\\')) return refuse(label + ': backslashes are not allowed in a path')
  if (/%(?:2e|2f|5c|00)/i.test(text)) return refuse(label + ': encoded dots, slashes or NUL are not allowed in a path')

  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(text)
  const isNetwork = text.startsWith('//')
  if (scheme && !/^https?$/i.test(itemAt(scheme, 1)))
    return refuse(label + ': expected a path or an `http:`/`https:` URL')
  if ((scheme || isNetwork) && settings.baseUrl === undefined) return {ok: true, output: ''}

  const base = settings.baseUrl === undefined ? undefined : new URL(folderUrl(settings.baseUrl))
  let pathname: string
  if (scheme || isNetwork) {
    // Absolute: on this site only when under the base URL.
    const url = new URL(text, base)
    if (!base || url.origin !== base.origin) return {ok: true, output: ''}
    if (!url.pathname.startsWith(base.pathname)) {
      return refuse(label + ': outside the base URL `' + base.href + '`, so no page of this build can be there')
    }
    pathname = url.pathname.slice(base.pathname.length)
    for (const segment of pathSegments(text.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*|^\/\/[^/]*/i, ''))) {
      if (segment === '.' || segment === '..') return refuse(label + ': `.` and `..` are not allowed in a path')
    }
  } else {
    const pathPart = text.replace(/[?#].*$/s, '')
    const segments = pathSegments(pathPart)
    if (segments.some((segment) => segment === '.' || segment === '..')) {
      return refuse(label + ': `.` and `..` are not allowed in a path')
    }
    if (base) {
      // Resolved as the page's metadata resolves it: `/a` from the host's root, `a` from the base URL.
      const url = new URL(pathPart, base)
      if (!url.pathname.startsWith(base.pathname)) {
        return refuse(label + ': outside the base URL `' + base.href + '`, so no page of this build can be there')
      }
      pathname = url.pathname.slice(base.pathname.length)
    } else {
      // Without a base URL, a path is from the output folder, with or without a leading `/`.
      pathname = pathPart.replace(/^\/+/, '')
    }
  }

  pathname = pathname.replace(/[?#].*$/s, '')
  const trailing = pathname === '' || pathname.endsWith('/')
  const names: Array<string> = []
  for (const raw of pathname.split('/')) {
    if (raw === '') continue
    let name: string
    try {
      name = decodeURIComponent(raw)
    } catch {
      return refuse(label + ': invalid percent-encoding')
    }
    const problem = segmentProblem(name) ?? hiddenProblem(name)
    if (problem) return refuse(label + ': ' + problem)
    names.push(name)
  }

  const joined = names.join('/')
  if (trailing) return {ok: true, output: joined === '' ? 'index.html' : joined + '/index.html'}
  if (/\.html?$/i.test(joined)) return {ok: true, output: joined}
  return {ok: true, output: withPageExtension(joined, settings.cleanUrls)}
}

/**
 * Page URL of an output path under a base URL, each segment encoded
 * (`?`, `#`, `\`, `%`, `:` in a file name stay part of the name); with clean
 * URLs, `a/index.html` is `a/`.
 *
 * @param output
 *   Output path, `/`-separated.
 * @param baseUrl
 *   Absolute base URL (a final `/` is implied: its path is kept).
 * @param cleanUrls
 *   Whether pages are addressed by folder.
 * @returns
 *   Absolute URL.
 */
export function pageUrlOf(output: string, baseUrl: string, cleanUrls: boolean | undefined): string {
  return new URL(encodeOutputPath(output, cleanUrls), folderUrl(baseUrl)).href
}

/**
 * Root-relative page address of an output path (`/a/b.html`, `/a/`), for
 * records when there is no base URL.
 *
 * @param output
 *   Output path.
 * @param cleanUrls
 *   Whether pages are addressed by folder.
 * @returns
 *   Address starting with `/`.
 */
export function rootRelativeUrlOf(output: string, cleanUrls: boolean | undefined): string {
  return '/' + encodeOutputPath(output, cleanUrls)
}

/**
 * Encode an output path as a relative URL.
 *
 * @param output
 *   Output path.
 * @param cleanUrls
 *   Whether `index.html` is left out.
 * @returns
 *   Relative URL.
 */
function encodeOutputPath(output: string, cleanUrls: boolean | undefined): string {
  const segments = output.split('/')
  if (cleanUrls && segments.at(-1) === 'index.html') segments[segments.length - 1] = ''
  return segments.map((segment) => encodeURIComponent(segment)).join('/')
}

/**
 * Whether an output path read back from a manifest or a report stays in the
 * output folder: relative, `/`-separated, no `.`, `..` or empty segments, no
 * backslash or control character, ending in `.html`.
 *
 * @param output
 *   Output path.
 * @returns
 *   Whether it is safe to write or delete.
 */
export function isSafeOutputPath(output: string): boolean {
  if (!output.endsWith('.html')) return false
  return output.split('/').every((segment) => segment !== '' && segmentProblem(segment) === undefined)
}

/**
 * One name for outputs that one file system may take for the same:
 * case-insensitive (macOS, Windows) and normalising (NFC/NFD) ones.
 *
 * @param output
 *   Output path.
 * @returns
 *   Comparison key.
 */
export function outputKey(output: string): string {
  return output.normalize('NFC').toUpperCase().toLowerCase()
}

/**
 * A base URL as a folder (with a final `/`), so that relative paths keep its path.
 *
 * @param baseUrl
 *   Absolute URL.
 * @returns
 *   URL ending in `/`.
 */
export function folderUrl(baseUrl: string): string {
  const url = new URL(baseUrl)
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url.href
}

/**
 * Add the page extension to a stem (`a/b` → `a/b.html`, or `a/b/index.html`).
 *
 * @param stem
 *   Path without extension.
 * @param cleanUrls
 *   Whether to write clean URLs.
 * @returns
 *   Output path.
 */
function withPageExtension(stem: string, cleanUrls: boolean | undefined): string {
  if (!cleanUrls || stem === 'index' || stem.endsWith('/index')) return stem + '.html'
  return stem + '/index.html'
}

/**
 * What is wrong with one path segment (a file or folder name), if anything.
 *
 * @param name
 *   Decoded name.
 * @returns
 *   Problem, or `undefined`.
 */
function segmentProblem(name: string): string | undefined {
  if (name === '.' || name === '..') return '`.` and `..` are not allowed in a path'
  if (name.includes('/')) return 'a name cannot contain `/`'
  if (name.includes('\\')) return 'backslashes are not allowed in a path'

  if (/[\u0000-\u001F\u007F]/.test(name)) return 'control characters or NUL are not allowed in a path'
  if (Buffer.byteLength(name) > 200) return 'a name longer than 200 bytes is not allowed'
  return undefined
}

/**
 * Names from front matter never make hidden files (the manifest and
 * temporary files are hidden).
 *
 * @param name
 *   Decoded name.
 * @returns
 *   Problem, or `undefined`.
 */
function hiddenProblem(name: string): string | undefined {
  return name.startsWith('.') ? 'names starting with `.` (hidden files) are not allowed' : undefined
}

/**
 * Segments of a path (split on `/`).
 *
 * @param value
 *   Path.
 * @returns
 *   Segments.
 */
function pathSegments(value: string): Array<string> {
  return value.split('/')
}

/**
 * Quote a value for a message (shortened).
 *
 * @param value
 *   Value.
 * @returns
 *   Quoted value.
 */
function quote(value: string): string {
  const shown = JSON.stringify(value.length > 80 ? value.slice(0, 79) + '…' : value)
  return '`' + shown.slice(1, -1) + '`'
}

/**
 * A refusal.
 *
 * @param reason
 *   Why.
 * @returns
 *   Result.
 */
function refuse(reason: string): OutputPathResult {
  return {ok: false, reason: 'Cannot place the page: ' + reason}
}
