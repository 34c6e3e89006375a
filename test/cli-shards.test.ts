import {cp, mkdtemp, readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {parseCommand} from '../src/cli/args.js'
import {article, makeTree, run} from './cli-helpers.js'

/**
 * Every file under a folder with its bytes, hidden files (manifests) left out.
 *
 * @param root
 *   Folder.
 * @returns
 *   Contents by relative path.
 */
async function snapshot(root: string): Promise<Map<string, string>> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true})
  const files = new Map<string, string>()
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue
    const absolute = path.join(entry.parentPath, entry.name)
    files.set(path.relative(root, absolute).split(path.sep).join('/'), (await readFile(absolute)).toString('base64'))
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * Twelve articles over three sections, with dates, authors and permalinks.
 *
 * @returns
 *   Files by path.
 */
function archive(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 1; index <= 12; index++) {
    const section = ['world', 'economy', 'sport'][index % 3] ?? 'world'
    const matter = [
      `title: الخبر رقم ${index}`,
      `date: 2025-09-${String(index).padStart(2, '0')}T10:00:00+03:00`,
      `author: ${['محمد علي', 'سارة أحمد', 'خالد يوسف', 'ليلى حسن'][index % 4] ?? ''}`,
      index % 5 === 0 ? `slug: khabar-${index}` : '',
      index === 7 ? 'url: special/report/' : ''
    ].filter(Boolean)
    files[`${section}/${index}.txt`] = `---\n${matter.join('\n')}\n---\n` + article(`الخبر رقم ${index}`)
  }
  files['world/draft.txt'] = '---\ndraft: true\n---\n' + article('مسودة')
  return files
}

describe('arabic-news build --shard and merge', () => {
  it('builds 4 shards and merges their reports into the same site as one build', async () => {
    const input = await makeTree(archive())
    const work = await mkdtemp(path.join(tmpdir(), 'arabic-news-shards-'))
    const env = {NO_COLOR: '1', SOURCE_DATE_EPOCH: '1757000000'}
    const site = ['--base-url', 'https://news.example.com/ar/', '--site-name', 'أخبار المدينة']

    const whole = path.join(work, 'whole')
    const one = await run(['build', input, '--out', whole, '--jobs', '1', ...site], {env})
    expect(one.code, one.stderr).toBe(0)

    // As in CI: each shard on its own machine, its pages and report uploaded, then all downloaded into one folder.
    const merged = path.join(work, 'merged')
    const reports: Array<string> = []
    const seen = new Set<string>()
    for (let index = 1; index <= 4; index++) {
      const output = path.join(work, `shard-${index}`)
      const report = path.join(work, `report-${index}.json`)
      const result = await run(
        ['build', input, '--out', output, '--jobs', '1', '--shard', `${index}/4`, '--report', report, ...site],
        {env}
      )
      expect(result.code, result.stderr).toBe(0)
      const parsed = JSON.parse(await readFile(report, 'utf8')) as {
        shard: string
        files: Array<{path: string; status: string; article?: Record<string, unknown>}>
      }
      expect(parsed.shard).toBe(`${index}/4`)
      for (const file of parsed.files) {
        expect(seen.has(file.path), file.path).toBe(false)
        seen.add(file.path)
        if (file.status !== 'written') continue
        expect(file.article).toMatchObject({
          input: file.path,
          url: expect.stringMatching(/^https:\/\/news\.example\.com\/ar\//),
          headline: expect.stringMatching(/^الخبر رقم/),
          datePublished: expect.stringMatching(/^2025-09-\d\dT07:00:00\+00:00$/),
          language: 'ar',
          section: expect.any(String),
          authors: [expect.any(String)]
        })
      }
      await cp(output, merged, {recursive: true})
      reports.push(report)
    }
    expect(seen.size).toBe(13)

    const reduce = await run(['merge', ...reports, '--out', merged, ...site], {env})
    expect(reduce.code, reduce.stderr).toBe(0)
    expect(reduce.stderr).toMatch(/4 reports, 12 articles/)

    const expected = await snapshot(whole)
    const actual = await snapshot(merged)
    expect([...actual.keys()]).toEqual([...expected.keys()])
    for (const [name, bytes] of expected) expect(actual.get(name), name).toBe(bytes)
    expect([...expected.keys()]).toContain('special/report/index.html')
    expect([...expected.keys()]).toContain('sport/khabar-5.html')
  })

  it('refuses reports that are not usable, and pages two shards both wrote', async () => {
    const input = await makeTree({
      'a.txt': '---\nurl: /same.html\n---\n' + article('أ'),
      'b.txt': '---\nurl: /same.html\n---\n' + article('ب')
    })
    const work = await mkdtemp(path.join(tmpdir(), 'arabic-news-merge-'))
    const reports: Array<string> = []
    for (let index = 1; index <= 2; index++) {
      const report = path.join(work, `r${index}.json`)
      // Each shard alone cannot see the other's page.
      await run([
        'build',
        input,
        '--out',
        path.join(work, 'out'),
        '--jobs',
        '1',
        '--shard',
        `${index}/2`,
        '--report',
        report
      ])
      reports.push(report)
    }
    const both = await run(['merge', ...reports, '--out', path.join(work, 'out')])
    // `a.html` and `b.html` hash to different shards.
    expect(both.code).toBe(1)
    expect(both.stderr).toMatch(/Two inputs map to one output: `b\.txt` and `a\.txt` → `same\.html`/)

    const bad = await run(['merge', path.join(work, 'nope.json'), '--out', path.join(work, 'out')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/cannot read the report/)
    const usage = await run(['merge', '--out', path.join(work, 'out')])
    expect(usage.code).toBe(2)
  })
})

describe('examples/github-actions', () => {
  it('runs shard jobs of a matrix, then one merge job, with commands the CLI accepts', async () => {
    const workflow = parse(await readFile('examples/github-actions/sharded-build.yml', 'utf8')) as {
      jobs: Record<
        string,
        {needs?: string; strategy?: {matrix: {shard: Array<number>}}; steps: Array<{run?: string; uses?: string}>}
      >
    }
    const {shard, merge} = workflow.jobs
    expect(shard?.strategy?.matrix.shard).toEqual([1, 2, 3, 4])
    expect(merge?.needs).toBe('shard')
    const commands = [...(shard?.steps ?? []), ...(merge?.steps ?? [])]
      .map((step) => step.run?.replaceAll('${{ matrix.shard }}', '2').trim())
      .filter((run): run is string => run?.startsWith('npx arabic-news ') === true)
      .map((run) => parseCommand(run.replace('report-*.json', 'report-1.json report-2.json').split(/\s+/).slice(2)))
    expect(commands.map((command) => command.command)).toEqual(['build', 'merge'])
    expect(commands[0]).toMatchObject({shard: {index: 2, count: 4}, report: 'report-2.json', output: 'site'})
    expect(commands[1]).toMatchObject({reports: ['report-1.json', 'report-2.json'], output: 'site'})
    expect(JSON.stringify([...(shard?.steps ?? []), ...(merge?.steps ?? [])])).toContain('actions/upload-artifact')
  })
})
