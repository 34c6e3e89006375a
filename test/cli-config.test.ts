/**
 * The configuration file: what it may hold, and each way it can be wrong,
 * as a usage error that names the file and the key.
 */

import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {CONFIG_FILE_NAME} from '../src/cli/args.js'
import {loadConfig} from '../src/cli/config.js'
import {makeTree} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

/**
 * @param text
 *   Contents of the configuration file.
 * @returns
 *   Folder holding it.
 */
async function withConfig(text: string): Promise<string> {
  const root = await makeTree({[CONFIG_FILE_NAME]: text})
  folders.push(root)
  return root
}

describe('loadConfig', () => {
  it('reads nothing from a folder without one, and refuses a missing file asked for', async () => {
    const root = await makeTree({})
    folders.push(root)
    expect(await loadConfig(root)).toEqual({})
    await expect(loadConfig(root, path.join(root, 'nope.json'))).rejects.toThrow(
      /Cannot read configuration file .*ENOENT/
    )
  })

  it('refuses a folder in the place of the file', async () => {
    const root = await makeTree({})
    folders.push(root)
    await mkdir(path.join(root, CONFIG_FILE_NAME))
    await expect(loadConfig(root)).rejects.toThrow(/Cannot read configuration file/)
  })

  it('keeps booleans and non-empty strings, and skips `$schema`', async () => {
    const root = await withConfig(
      JSON.stringify({$schema: './schema.json', fragment: true, cleanUrls: false, siteName: 'أخبار', language: 'ar'})
    )
    expect(await loadConfig(root)).toEqual({fragment: true, cleanUrls: false, siteName: 'أخبار', language: 'ar'})
  })

  it('names the file and the key of what it refuses', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{"siteName": ', /^Invalid JSON in `.*arabic-news\.config\.json`: /],
      ['[1, 2]', /Invalid configuration in .*: expected an object/],
      ['{"fragment": "yes"}', /Invalid `fragment` in .*: expected a boolean/],
      ['{"siteName": "  "}', /Invalid `siteName` in .*: expected a non-empty string/],
      ['{"publisher": 7}', /Invalid `publisher` in .*: expected a non-empty string/],
      ['{"colour": "red"}', /Unknown key `colour` in .* \(expected .*fragment, cleanUrls/],
      ['{"baseUrl": "ftp://news.example.com/"}', /base URL|baseUrl|http/i],
      ['{"timeZone": "Mars/Olympus"}', /time zone|timeZone/i]
    ]
    for (const [text, expected] of cases) {
      const root = await withConfig(text)
      await expect(loadConfig(root), text).rejects.toThrow(expected)
    }
  })

  it('refuses a file over 1 MB', async () => {
    const root = await withConfig('{}')
    await writeFile(path.join(root, CONFIG_FILE_NAME), '{"siteName": "' + 'x'.repeat(1024 * 1024) + '"}')
    await expect(loadConfig(root)).rejects.toThrow(/too large \(limit 1 MB\)/)
  })
})
