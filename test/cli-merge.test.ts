/**
 * `arabic-news merge` with reports that cannot be used: each problem is
 * named with its report, the usable records still make the site, and the
 * exit code says something went wrong.
 */

import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {makeTree, run} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

/**
 * @param output
 * @param headline
 * @returns
 *   A published entry of a report, with its record.
 */
function entry(output: string, headline: string, status = 'written') {
  return {
    path: output.replace(/\.html$/, '.txt'),
    status,
    article: {
      input: output.replace(/\.html$/, '.txt'),
      output,
      url: 'https://news.example.com/' + output,
      headline,
      language: 'ar',
      authors: [],
      datePublished: '2025-09-04T10:30:00+03:00'
    }
  }
}

/**
 * @param reports
 *   File name to contents (objects are written as JSON).
 * @returns
 *   Folder holding the reports and an `out` folder.
 */
async function folder(reports: Record<string, unknown>): Promise<string> {
  const root = await makeTree({})
  folders.push(root)
  await mkdir(path.join(root, 'out'))
  for (const [name, value] of Object.entries(reports)) {
    await writeFile(path.join(root, name), typeof value === 'string' ? value : JSON.stringify(value))
  }
  return root
}

/**
 * @param root
 * @param names
 *   Reports.
 * @param flags
 * @returns
 *   Result.
 */
function merge(root: string, names: Array<string>, ...flags: Array<string>) {
  const site = ['--base-url', 'https://news.example.com/', '--site-name', 'أخبار']
  return run(['merge', ...names, '--out', 'out', ...site, ...flags], {cwd: root})
}

describe('arabic-news merge, reports that cannot be used', () => {
  it('needs the output folder to exist', async () => {
    const root = await folder({'a.json': {tool: 'arabic-news', files: []}})
    const result = await run(['merge', 'a.json', '--out', 'missing'], {cwd: root})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Output folder `missing` does not exist/)
  })

  it('names every unusable report, and still writes the site from the usable ones', async () => {
    const root = await folder({
      'good.json': {tool: 'arabic-news', files: [entry('a.html', 'خبر أول'), 'junk', entry('x.html', 'فشل', 'failed')]},
      'broken.json': '{not json',
      'other.json': {tool: 'something-else', files: []},
      'empty.json': {tool: 'arabic-news'},
      'cut.json': {tool: 'arabic-news', files: [], summary: {interrupted: true}},
      'old.json': {tool: 'arabic-news', files: [{status: 'written', path: 'b.txt'}]},
      'escape.json': {tool: 'arabic-news', files: [entry('../outside.html', 'خارج')]}
    })
    const names = ['good.json', 'broken.json', 'other.json', 'empty.json', 'cut.json', 'old.json', 'escape.json']
    const result = await merge(root, names)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/`broken\.json`: cannot read the report: /)
    expect(result.stderr).toContain('`other.json`: not a report of `arabic-news build --report`')
    expect(result.stderr).toContain('`empty.json`: no `files` in the report')
    expect(result.stderr).toContain('`cut.json`: the build of this shard was interrupted: build it again')
    expect(result.stderr).toContain('`old.json`: an article without its record (made by an older version?)')
    expect(result.stderr).toContain('`escape.json`: unsafe output path `../outside.html`')
    expect(result.stderr).toMatch(/✖ 7 reports, 1 article, \d+ site files written, 6 problems/)
    // The failed entry and the junk are not listed; the good article is.
    const home = await readFile(path.join(root, 'out/index.html'), 'utf8')
    expect(home).toContain('خبر أول')
    expect(home).not.toContain('فشل')
  })

  it('refuses a page that two reports both wrote', async () => {
    const root = await folder({
      'one.json': {tool: 'arabic-news', files: [entry('a.html', 'خبر')]},
      'two.json': {
        tool: 'arabic-news',
        files: [
          {path: 'other/a.txt', status: 'written', article: {...entry('a.html', 'خبر').article, input: 'other/a.txt'}}
        ]
      }
    })
    const result = await merge(root, ['one.json', 'two.json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/`two\.json`: .*a\.html/)
    expect(result.stderr).toMatch(/2 reports, 1 article, .*1 problem\n/)
  })

  it('lists the articles of all reports in input order, with the configuration and stylesheet given', async () => {
    const root = await folder({
      'one.json': {tool: 'arabic-news', files: [entry('b.html', 'الخبر الثاني')]},
      'two.json': {tool: 'arabic-news', files: [entry('a.html', 'الخبر الأول')]},
      'site.json': {perPage: 10},
      'own.css': 'body { color: black; }'
    })
    const result = await merge(root, ['one.json', 'two.json'], '--config', 'site.json', '--css', 'own.css')
    expect(result.code, result.stderr).toBe(0)
    const home = await readFile(path.join(root, 'out/index.html'), 'utf8')
    expect(home.indexOf('الخبر الأول')).toBeGreaterThan(-1)
    expect(home.indexOf('الخبر الأول'), 'a.txt comes before b.txt').toBeLessThan(home.indexOf('الخبر الثاني'))
    expect(home).toMatch(/<link rel="stylesheet" href="own\.[0-9a-f]{10}\.css">/)
  })

  it('says nothing with --quiet when all went well, and counts one report in the singular', async () => {
    const root = await folder({'one.json': {tool: 'arabic-news', files: [entry('a.html', 'خبر', 'unchanged')]}})
    const quiet = await merge(root, ['one.json'], '--quiet')
    expect(quiet.code, quiet.stderr).toBe(0)
    expect(quiet.stderr).toBe('')
    const loud = await merge(root, ['one.json'])
    expect(loud.stderr).toMatch(/✔ 1 report, 1 article, \d+ site files? written\n/)
  })
})
