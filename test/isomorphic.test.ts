import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'

const source = new URL('../src/', import.meta.url).pathname
/** Folders that may use Node.js: the command line and host integrations. */
const nodeOnly = new Set(['cli', 'integrations'])

/**
 * TypeScript files of the core, recursively.
 *
 * @param folder
 *   Where to look.
 * @returns
 *   Paths.
 */
function coreFiles(folder: string): Array<string> {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory())
      return nodeOnly.has(entry.name) && folder === source.replace(/\/$/, '') ? [] : coreFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/**
 * TypeScript files of the whole library, recursively.
 *
 * @param folder
 *   Where to look.
 * @returns
 *   Paths.
 */
function allFiles(folder: string): Array<string> {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return allFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

describe('all code', () => {
  for (const file of allFiles(source.replace(/\/$/, ''))) {
    it(relative(source, file) + ' keeps no mutable state at module level', () => {
      const code = readFileSync(file, 'utf8')
      // A variable, or a collection made empty to be filled later (a memo,
      // a counter), belongs on an object made per file, processor or build.
      expect(code).not.toMatch(/^(?:export )?(?:let|var) /m)
      expect(code).not.toMatch(/^(?:export )?const \w+(?::[^=]+)? = new (?:Weak)?(?:Map|Set)(?:<[^\n]*>)?\(\)/m)
    })
  }
})

describe('core code', () => {
  const files = coreFiles(source.replace(/\/$/, ''))

  it('is found', () => {
    expect(files.length).toBeGreaterThan(5)
  })

  for (const file of files) {
    it(relative(source, file) + ' runs in browsers and edge runtimes', () => {
      const code = readFileSync(file, 'utf8')
      expect(code).not.toMatch(
        /from\s+['"]node:|require\(|\bprocess\.|\bBuffer\b|from\s+['"](?:fs|path|os|url|worker_threads)['"]/
      )
      expect(code).not.toMatch(/\bconsole\./)
    })
  }
})
