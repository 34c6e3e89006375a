/**
 * A build's feedback on its own: what reaches standard error in quiet mode,
 * the JSON report streamed to standard output and written to a file, and a
 * report that cannot be written, which fails the close and leaves nothing
 * half-written behind.
 */

import {mkdir, readdir, readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {Feedback, type FeedbackOptions, type FileRecord} from '../src/cli/feedback.js'
import {makeTree} from './cli-helpers.js'

let root = ''

beforeEach(async () => {
  root = await makeTree({})
})

afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

/**
 * @param options
 *   Options to change.
 * @returns
 *   Feedback, and what it wrote to each stream.
 */
function feedback(options: Partial<FeedbackOptions> = {}) {
  const written = {stdout: '', stderr: ''}
  const made = new Feedback({
    stdout: {write: (chunk: string) => (written.stdout += chunk)},
    stderr: {write: (chunk: string) => (written.stderr += chunk)},
    color: false,
    quiet: false,
    json: false,
    header: {},
    ...options
  })
  return {made, written}
}

const warned: FileRecord = {
  path: 'a.txt',
  output: 'a.html',
  status: 'written',
  messages: [{reason: 'Unexpected quote mark', fatal: false, line: 2, column: 3, ruleId: 'quote-unclosed'}]
}

const failed: FileRecord = {
  path: 'b.txt',
  status: 'failed',
  messages: [{reason: 'Cannot read the file', fatal: true, ruleId: 'read-failed'}]
}

describe('Feedback', () => {
  it('shows every message, then the totals', async () => {
    const {made, written} = feedback()
    made.file(warned)
    made.file(failed)
    const summary = await made.close()
    expect(summary).toMatchObject({files: 2, written: 1, failed: 1, warnings: 1, errors: 1})
    expect(written.stderr).toMatch(/a\.txt[\s\S]*quote mark[\s\S]*b\.txt[\s\S]*Cannot read/)
    expect(written.stderr).toMatch(/✖ 2 files \(1 written, 0 unchanged, 1 failed\), 1 warning, 1 error in /)
  })

  it('shows only errors, and no totals, when quiet', async () => {
    const {made, written} = feedback({quiet: true})
    made.file(warned)
    made.file(failed)
    await made.close()
    expect(written.stderr).not.toContain('a.txt')
    expect(written.stderr).toMatch(/b\.txt[\s\S]*Cannot read/)
    expect(written.stderr).not.toMatch(/files \(/)
  })

  it('streams the report to standard output and to a file, with its header', async () => {
    const report = path.join(root, 'report.json')
    const {made, written} = feedback({json: true, report, header: {version: 1}, quiet: true})
    made.file(warned)
    made.file(failed)
    await made.close()
    const parsed = JSON.parse(written.stdout)
    expect(parsed).toMatchObject({version: 1, files: [{path: 'a.txt'}, {path: 'b.txt'}], summary: {files: 2}})
    expect(JSON.parse(await readFile(report, 'utf8'))).toEqual(parsed)
    expect(await readdir(root)).toEqual(['report.json'])
  })

  it('writes a report without header or files', async () => {
    const report = path.join(root, 'report.json')
    const {made} = feedback({report, quiet: true})
    await made.close()
    expect(JSON.parse(await readFile(report, 'utf8'))).toMatchObject({files: [], summary: {files: 0}})
  })

  it('fails the close when the report’s folder does not exist', async () => {
    const {made} = feedback({report: path.join(root, 'missing/report.json'), quiet: true})
    made.file(warned)
    await expect(made.close()).rejects.toThrow(/Cannot write report `.*report\.json`: ENOENT/)
    expect(await readdir(root)).toEqual([])
  })

  it('fails the close, leaving no temporary file, when a folder stands where the report goes', async () => {
    const report = path.join(root, 'report.json')
    await mkdir(report)
    const {made} = feedback({report, quiet: true})
    made.file(warned)
    await expect(made.close()).rejects.toThrow(/Cannot write report `.*report\.json`: E(ISDIR|EXIST|NOTEMPTY)/)
    expect(await readdir(root)).toEqual(['report.json'])
  })
})
