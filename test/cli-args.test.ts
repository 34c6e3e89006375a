/**
 * Reading the command line: each command's required and refused arguments,
 * sizes and ports, and parse errors told in the project's words.
 */

import {describe, expect, it} from 'vitest'
import {DEFAULT_MAX_MEMORY, DEFAULT_PORT, parseCommand, parseSize} from '../src/cli/args.js'

/**
 * @param argv
 * @returns
 *   Message of the usage error `parseCommand` throws.
 */
function usageError(argv: Array<string>): string {
  try {
    parseCommand(argv)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }

  throw new Error('Expected a usage error for ' + argv.join(' '))
}

describe('parseCommand', () => {
  it('asks merge for its reports and an output folder', () => {
    expect(usageError(['merge', '--out', 'site'])).toMatch(/^Missing reports/)
    expect(usageError(['merge', 'a.json'])).toBe('Missing `--out <output-dir>`')
    expect(usageError(['merge', 'a.json', '--out', ''])).toBe('Missing `--out <output-dir>`')
    expect(parseCommand(['merge', 'a.json', 'b.json', '--out', 'site'])).toMatchObject({
      command: 'merge',
      reports: ['a.json', 'b.json'],
      output: 'site',
      quiet: false
    })
  })

  it('takes one input folder for build and serve, one file for render', () => {
    expect(usageError(['build', 'in', 'more', '--out', 'out'])).toBe('Unexpected argument `more`')
    expect(usageError(['serve', '--out', 'out'])).toBe(
      'Missing input folder: arabic-news serve <input-dir> --out <output-dir>'
    )
    expect(usageError(['render', 'a.txt', 'b.txt'])).toBe('Unexpected argument `b.txt`')
    expect(usageError(['render'])).toBe('Missing file: arabic-news render <file|->')
    expect(usageError(['render', 'a.txt', '--out', 'x'])).toBe('`--out` only applies to `build`')
    expect(usageError(['publish', 'x'])).toBe('Unknown command `publish` (expected build, serve, merge or render)')
  })

  it('serves on the default port, watching, unless told otherwise', () => {
    expect(parseCommand(['serve', 'in', '--out', 'out'])).toMatchObject({
      command: 'serve',
      port: DEFAULT_PORT,
      watch: true
    })
    expect(parseCommand(['serve', 'in', '--out', 'out', '--port', '0'])).toMatchObject({port: 0})
    expect(parseCommand(['serve', 'in', '--out', 'out', '--port', '65535'])).toMatchObject({port: 65_535})
    for (const port of ['65536', '80a', '0x50', '']) {
      expect(usageError(['serve', 'in', '--out', 'out', '--port', port])).toMatch(/^Invalid `--port /)
    }
    expect(usageError(['serve', 'in', '--out', 'out', '--port=-1'])).toMatch(/^Invalid `--port -1`/)
    expect(parseCommand(['build', 'in', '--out', 'out'])).toMatchObject({command: 'build', watch: false})
  })

  it('reads --max-memory with its unit, and refuses less than 32 MB', () => {
    expect(parseCommand(['build', 'in', '--out', 'out'])).toMatchObject({maxMemory: DEFAULT_MAX_MEMORY})
    expect(parseCommand(['build', 'in', '--out', 'out', '--max-memory', '512m'])).toMatchObject({
      maxMemory: 512 * 1024 ** 2
    })
    expect(parseCommand(['build', 'in', '--out', 'out', '--max-memory', '1.5g'])).toMatchObject({
      maxMemory: 1.5 * 1024 ** 3
    })
    expect(usageError(['build', 'in', '--out', 'out', '--max-memory', '16m'])).toBe(
      'Invalid `--max-memory 16m`: at least 32m'
    )
  })

  it('tells unknown options and missing or extra values in its own words', () => {
    expect(usageError(['build', 'in', '--out', 'out', '--nope'])).toBe('Unknown option `--nope`')
    expect(usageError(['build', 'in', '--out'])).toBe('Option `--out` needs a value')
    expect(usageError(['build', 'in', '--out', 'out', '--quiet=yes'])).toBe('Option `--quiet` takes no value')
    // A control character in a flag is not written to the terminal.
    expect(usageError(['build', '--x\u001B[31m'])).toMatch(/^Unknown option `--x\?\[31m`$/)
  })
})

describe('parseSize', () => {
  it('reads bytes, k, m and g (with or without `iB`), in any case', () => {
    expect(parseSize('1')).toBe(1)
    expect(parseSize('1.5k')).toBe(1536)
    expect(parseSize('2M')).toBe(2 * 1024 ** 2)
    expect(parseSize('1 GiB')).toBe(1024 ** 3)
    expect(parseSize(' 10mb ')).toBe(10 * 1024 ** 2)
  })

  it('refuses nothing, fractions of a byte and other words, naming the flag', () => {
    expect(() => parseSize('0')).toThrow('Invalid `--max-size 0`: must be positive')
    expect(() => parseSize('0.5')).toThrow(/must be positive/)
    expect(() => parseSize('12 tb', '--max-memory')).toThrow(/^Invalid `--max-memory 12 tb`: expected bytes/)
  })
})
