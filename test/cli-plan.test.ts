/**
 * The build's planner on its own: where a page goes and whether it is
 * published, from the front matter read at the head of the file: a block
 * longer than the head, one never closed, a file that cannot be read, a
 * head cut inside a character, dates under any of their keys.
 */

import {rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {frontMatterOf, leftOutReason, planArticle, planFile, type PlanSettings} from '../src/cli/plan.js'
import {makeTree} from './cli-helpers.js'

/** Noon UTC on 4 September 2025. */
const now = Date.UTC(2025, 8, 4, 12)

const BODY = 'عنوان الخبر\n\nنص الخبر في سطر واحد.\n'

let root = ''

beforeEach(async () => {
  root = await makeTree({})
})

afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

/**
 * Write a file and plan it.
 *
 * @param text
 *   Its text (or bytes).
 * @param settings
 *   Settings.
 * @returns
 *   Its plan.
 */
async function planOf(text: string | Uint8Array, settings: PlanSettings = {now}) {
  const file = path.join(root, 'a.txt')
  await writeFile(file, text)
  return planFile('a.txt', file, Buffer.byteLength(text), settings)
}

describe('planFile', () => {
  it('reads the whole file when the front matter runs past its head', async () => {
    const long = 'summary: ' + 'كلام '.repeat(1000) + '\n'
    expect(Buffer.byteLength(long)).toBeGreaterThan(4096)
    expect(await planOf('---\n' + long + 'draft: true\n---\n' + BODY)).toMatchObject({
      kind: 'leave-out',
      why: {reason: 'draft'}
    })
  })

  it('publishes a file whose front matter is never closed, under its own name', async () => {
    const open = '---\ndraft: true\nsummary: ' + 'كلام '.repeat(1000) + '\n' + BODY
    expect(await planOf(open)).toEqual({kind: 'publish', output: 'a.html'})
  })

  it('reads a short file whole, and a head cut inside a character', async () => {
    expect(await planOf('---\nslug: قصير\n---\n' + BODY)).toEqual({kind: 'publish', output: 'قصير.html'})
    // The 4096th byte falls inside a two-byte letter of the body.
    const cut = '---\nslug: مقطوع\n---\n' + 'ب'.repeat(3000)
    expect(await planOf(cut)).toEqual({kind: 'publish', output: 'مقطوع.html'})
  })

  it('plans a file that cannot be read by its name alone (the render says why it fails)', () => {
    expect(planFile('gone.txt', path.join(root, 'gone.txt'), 10, {now})).toEqual({kind: 'publish', output: 'gone.html'})
  })

  it('plans a file in an encoding it does not know by its name alone', async () => {
    const text = '---\nslug: غيره\n---\n' + BODY
    expect(await planOf(text, {now, encoding: 'no-such-encoding'})).toEqual({kind: 'publish', output: 'a.html'})
    expect(await planOf(text, {now, encoding: 'utf-8'})).toEqual({kind: 'publish', output: 'غيره.html'})
  })

  it('reads a head in a single-byte encoding given for it', async () => {
    const bytes = new Uint8Array([...Buffer.from('---\nslug: page\n---\n'), 0x81, 0x0a])
    expect(await planOf(bytes, {now, encoding: 'windows-1256'})).toEqual({kind: 'publish', output: 'page.html'})
  })
})

describe('planArticle', () => {
  it('takes the first date key that has a value', () => {
    const future = '---\ndatePublished: null\npublished: 2025-09-10\ndate: 2020-01-01\n---\n' + BODY
    expect(planArticle('a.txt', future, {now})).toEqual({
      kind: 'leave-out',
      output: 'a.html',
      why: {reason: 'future', date: expect.stringMatching(/^2025-09-10/)}
    })
    const past = '---\npublished: 2020-01-01\ndate: 2025-09-10\n---\n' + BODY
    expect(planArticle('a.txt', past, {now})).toEqual({kind: 'publish', output: 'a.html'})
  })

  it('reads `draft` written as text, and publishes a date it cannot read', () => {
    expect(planArticle('a.txt', '---\ndraft: " TRUE "\n---\n' + BODY, {now})).toMatchObject({kind: 'leave-out'})
    expect(planArticle('a.txt', '---\ndraft: "no"\n---\n' + BODY, {now})).toMatchObject({kind: 'publish'})
    expect(planArticle('a.txt', '---\ndate: someday\n---\n' + BODY, {now})).toMatchObject({kind: 'publish'})
  })

  it('refuses an output path that leaves the output folder', () => {
    expect(planArticle('a.txt', '---\nurl: ../../etc/x\n---\n' + BODY, {now})).toMatchObject({kind: 'refuse'})
  })
})

describe('frontMatterOf', () => {
  it('reads a block, an empty block, and nothing from invalid YAML or no block', () => {
    expect(frontMatterOf('---\ntitle: عنوان\n---\n' + BODY)).toEqual({title: 'عنوان'})
    expect(frontMatterOf('---\n---\n' + BODY)).toEqual({})
    expect(frontMatterOf('---\ntitle: [\n---\n' + BODY)).toBeUndefined()
    expect(frontMatterOf(BODY)).toBeUndefined()
  })
})

describe('leftOutReason', () => {
  it('says why, and how to publish anyway', () => {
    expect(leftOutReason({reason: 'draft'})).toMatch(/draft.*--drafts/)
    expect(leftOutReason({reason: 'future', date: '2025-09-10'})).toMatch(/2025-09-10.*--future/)
  })
})
