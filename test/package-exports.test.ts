/**
 * The package as published: packed with `npm pack`, installed from the
 * tarball into a temporary folder, and imported there through its `exports`
 * map, every subpath. The other tests import `src/` directly.
 *
 * Needs the built package (`npm run build`) and the npm registry (or its
 * cache) for the dependencies.
 */

import {execFile} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = new URL('../', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string
  exports: Record<string, unknown>
}
const subpaths = Object.keys(manifest.exports)
let folder = ''

/**
 * Run a module in the consumer folder and read what it prints.
 *
 * @param code
 *   ES module source.
 * @returns
 *   What it printed.
 */
async function inConsumer(code: string): Promise<string> {
  const {stdout} = await run(process.execPath, ['--input-type=module', '--eval', code], {cwd: folder})
  return stdout.trim()
}

describe('packed package', () => {
  beforeAll(async () => {
    expect(existsSync(path.join(root, 'dist/index.js')), 'run `npm run build` first').toBe(true)
    folder = await mkdtemp(path.join(tmpdir(), 'remark-arabic-news-pack-'))
    const {stdout} = await run('npm', ['pack', '--silent', '--pack-destination', folder], {cwd: root})
    const tarball = path.join(folder, stdout.trim().split('\n').at(-1) ?? '')
    await writeFile(
      path.join(folder, 'package.json'),
      JSON.stringify({name: 'consumer', private: true, type: 'module'})
    )
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=peer', tarball], {
      cwd: folder
    })
  }, 300_000)

  afterAll(async () => {
    if (folder) await rm(folder, {recursive: true, force: true})
  })

  it('lists the subpaths it is tested on', () => {
    expect(subpaths).toEqual(['.', './style.css', './package.json', './astro', './eleventy'])
  })

  for (const subpath of subpaths) {
    const specifier = manifest.name + subpath.slice(1)

    it('resolves `' + specifier + '` to a file in the package', async () => {
      const resolved = await inConsumer('console.log(import.meta.resolve(' + JSON.stringify(specifier) + '))')
      const file = new URL(resolved).pathname
      expect(file).toContain(path.join('node_modules', manifest.name))
      expect(existsSync(file)).toBe(true)
    })

    if (subpath.endsWith('.css') || subpath.endsWith('.json')) continue

    it('imports `' + specifier + '` with the same exports as the source', async () => {
      const names = JSON.parse(
        await inConsumer('console.log(JSON.stringify(Object.keys(await import(' + JSON.stringify(specifier) + '))))')
      ) as Array<string>
      const source = subpath === '.' ? 'index' : 'integrations/' + subpath.slice(2)
      const expected = Object.keys((await import('../src/' + source + '.js')) as Record<string, unknown>)
      expect(names.sort()).toEqual(expected.sort())
      expect(names.length).toBeGreaterThan(0)
    })
  }

  it('renders an article from the installed package', async () => {
    const html = await inConsumer(
      "import {arabicNews} from 'remark-arabic-news'\n" +
        "console.log(String(await arabicNews({jsonLd: false}).process('العنوان\\n\\nالنص')))"
    )
    expect(html).toBe('<article dir="rtl" lang="ar">\n<h1>العنوان</h1>\n<p>النص</p>\n</article>')
  })
})
