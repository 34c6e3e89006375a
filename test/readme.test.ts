/**
 * Every example in `examples/*.ts` runs, and the README shows what the
 * "Use" example really prints.
 */

import {execFile} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = new URL('../', import.meta.url).pathname
const examples = readdirSync(new URL('../examples/', import.meta.url))
  .filter((name) => name.endsWith('.ts'))
  .sort()

/** The headline each example prints (as an `<h1>`, in JSX, or in its JSON-LD). */
const headlines: Record<string, string> = {
  'mdx.ts': 'الميناء الجديد يستقبل أولى سفن الحاويات',
  'site-options.ts': '<h1>افتتاح مكتبة عامة في حي الورود</h1>',
  'unified-pipeline.ts': '<h1>الميناء الجديد يستقبل أولى سفن الحاويات</h1>',
  'use.ts': '"headline":"التقى المبعوث الأميركي الخاص ستيف ويتكوف بالقادة الأوروبيين في باريس'
}

describe('examples', () => {
  it('need the built package', () => {
    expect(existsSync(root + 'dist/index.js'), 'run `npm run build` first').toBe(true)
  })

  for (const name of examples) {
    it(name + ' runs', async () => {
      const {stdout} = await run(process.execPath, ['--import', 'tsx', 'examples/' + name], {cwd: root})
      expect(headlines[name], 'list the headline of ' + name).toBeDefined()
      expect(stdout).toContain(headlines[name])
      // A quotation set as a block, and the JSON-LD type (escaped quotes in JSX).
      expect(stdout).toMatch(/<blockquote>|_components\.blockquote/)
      expect(stdout).toMatch(/\\?"@type\\?":\\?"NewsArticle\\?"/)
    })
  }

  it('README “Use” shows the output of examples/use.ts', async () => {
    const {stdout, stderr} = await run(process.execPath, ['--import', 'tsx', 'examples/use.ts'], {cwd: root})
    const readme = readFileSync(root + 'README.md', 'utf8')
    const use = readme.slice(readme.indexOf('\n## Use\n'), readme.indexOf('\n## API\n'))
    const blocks = [...use.matchAll(/```(\w+)\n([\s\S]*?)\n```/g)].map((match) => ({lang: match[1], code: match[2]}))
    expect(blocks.find((block) => block.lang === 'html')?.code).toBe(stdout.trimEnd())
    expect(blocks.find((block) => block.lang === 'ts')?.code).toBe(
      readFileSync(root + 'examples/use.ts', 'utf8').trimEnd()
    )
    expect(blocks.find((block) => block.lang === 'text')?.code).toBe(
      readFileSync(root + 'examples/articles/seed-article.txt', 'utf8').trimEnd()
    )
    expect(use).toContain(stderr.trim())
  })
})
