/**
 * The site options of the command line: `--css`, `--no-css`, and the
 * site-page keys of the configuration file; article pages link the hashed
 * stylesheet and carry the header and the robots directive.
 */

import {readFile, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {parseCommand} from '../src/cli/args.js'
import {loadConfig} from '../src/cli/config.js'
import {makeTree, run} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

const article =
  '---\ntitle: عنوان الخبر\ndate: 2025-09-04T10:30:00+03:00\nauthor: سارة العلي\n---\nالرياض - نص الخبر الأول.\n'

/**
 * A folder with an article and a configuration.
 *
 * @param config
 *   Configuration file contents.
 * @returns
 *   Folder.
 */
async function tree(config: Record<string, unknown> = {}): Promise<string> {
  const root = await makeTree({
    'in/news.txt': article,
    'in/arabic-news.config.json': JSON.stringify({baseUrl: 'https://news.example.com/', ...config}),
    'brand.css': 'body { color: #222 }\n'
  })
  folders.push(root)
  return root
}

describe('site options', () => {
  it('parses --css and --no-css', () => {
    expect(parseCommand(['build', 'in', '-o', 'out'])).toMatchObject({css: undefined})
    expect(parseCommand(['build', 'in', '-o', 'out', '--css', 'a.css'])).toMatchObject({css: 'a.css'})
    expect(parseCommand(['build', 'in', '-o', 'out', '--no-css'])).toMatchObject({css: false})
    expect(() => parseCommand(['build', 'in', '-o', 'out', '--css', ' '])).toThrow(/--css/)
  })

  it('reads the site-page keys of the configuration file, paths relative to it', async () => {
    const root = await tree({
      css: '../brand.css',
      digits: 'arab',
      hijri: true,
      perPage: 5,
      feedSize: 10,
      publicationName: 'المدينة',
      layout: 'layout.mjs'
    })
    const config = await loadConfig(path.join(root, 'in'))
    expect(config.pages).toEqual({
      css: path.join(root, 'brand.css'),
      digits: 'arab',
      hijri: true,
      perPage: 5,
      feedSize: 10,
      publicationName: 'المدينة',
      layout: path.join(root, 'in', 'layout.mjs')
    })
    for (const [key, value, expected] of [
      ['css', 3, 'a file path, or false'],
      ['layout', '', 'a file path'],
      ['perPage', 0, 'a positive whole number'],
      ['digits', 'roman', '"latn", "arab" or "locale"'],
      ['hijri', 'yes', 'a boolean'],
      ['publicationName', '', 'a non-empty string']
    ] as const) {
      const bad = await tree({[key]: value})
      await expect(loadConfig(path.join(bad, 'in'))).rejects.toThrow(`expected ${expected}`)
    }
    expect((await loadConfig(path.join(await tree({css: false}), 'in'))).pages).toEqual({css: false})
  })

  it('links the package stylesheet from article pages, with the header and large image previews', async () => {
    const root = await tree({digits: 'arab', timeZone: 'Asia/Riyadh'})
    const result = await run(['build', 'in', '-o', 'out', '-j', '1', '-q'], {cwd: root})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const html = await readFile(path.join(root, 'out/news.html'), 'utf8')
    expect(html).toMatch(/<link href="\/style\.[0-9a-f]{10}\.css" rel="stylesheet">/)
    expect(html).toContain('<meta name="robots" content="max-image-preview:large">')
    expect(html).toContain('<header class="article-header">')
    expect(html).toContain('<span class="place">الرياض</span>')
    expect(html).toContain('>٤ سبتمبر ٢٠٢٥ في ١٠:٣٠ ص</time>')
  })

  it('links one’s own stylesheet with --css, none with --no-css, and refuses a missing one', async () => {
    const root = await tree()
    expect((await run(['build', 'in', '-o', 'out', '-j', '1', '-q', '--css', 'brand.css'], {cwd: root})).code).toBe(0)
    expect(await readFile(path.join(root, 'out/news.html'), 'utf8')).toMatch(
      /<link href="\/brand\.[0-9a-f]{10}\.css" rel="stylesheet">/
    )
    expect((await run(['build', 'in', '-o', 'none', '-j', '1', '-q', '--no-css'], {cwd: root})).code).toBe(0)
    expect(await readFile(path.join(root, 'none/news.html'), 'utf8')).not.toContain('stylesheet')
    const missing = await run(['build', 'in', '-o', 'x', '-j', '1', '--css', 'missing.css'], {cwd: root})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Cannot read stylesheet')
    expect(await readdir(root)).not.toContain('x')
  })
})
