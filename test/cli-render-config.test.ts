/**
 * `arabic-news render` with a configuration file given by `--config`, with
 * standard input that gives text rather than bytes, and with a device that
 * has no size.
 */

import {rm} from 'node:fs/promises'
import path from 'node:path'
import {Readable} from 'node:stream'
import {afterEach, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {article, makeTree, run} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

describe('arabic-news render', () => {
  it('reads the settings from the configuration file given with --config', async () => {
    const root = await makeTree({'a.txt': article('الأول'), 'settings/site.json': '{"fragment": true}'})
    folders.push(root)
    const page = await run(['render', 'a.txt'], {cwd: root})
    expect(page.code, page.stderr).toBe(0)
    expect(page.stdout).toContain('<html')
    const fragment = await run(['render', 'a.txt', '--config', path.join('settings', 'site.json')], {cwd: root})
    expect(fragment.code, fragment.stderr).toBe(0)
    expect(fragment.stdout).not.toContain('<html')
    expect(fragment.stdout).toContain('الأول')
  })

  it('renders standard input that comes as text', async () => {
    let stdout = ''
    const code = await main(['render', '-', '--fragment'], {
      stdout: {write: (chunk: string) => Boolean((stdout += chunk))},
      stderr: {write: () => true},
      stdin: Readable.from([article('عنوان'), 'وقال المدير إن العمل يبدأ غدا.\n']),
      env: {NO_COLOR: '1'},
      cwd: process.cwd()
    })
    expect(code).toBe(0)
    expect(stdout).toContain('عنوان')
    expect(stdout).toContain('العمل يبدأ غدا')
    expect(stdout.endsWith('\n')).toBe(true)
  })

  it.runIf(process.platform === 'linux')(
    'fails a device that gives more than --max-size, without a size to tell',
    async () => {
      const result = await run(['render', '/dev/zero', '--max-size', '64'])
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('file-too-large')
      expect(result.stderr).toContain('File too large (more than 64 B; see --max-size)')
    }
  )
})
