/**
 * Generic fixture runner: every folder in `fixtures/` is a case.
 *
 * `input.txt` goes through `arabicNews(options.json)`; the HTML must equal
 * `output.html`, the messages `messages.txt` and the file data `data.json`.
 * Run with `UPDATE=1` to write them (never in CI).
 */

import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {arabicNews, type ArabicNewsOptions} from 'remark-arabic-news'
import {stringifyPosition} from 'unist-util-stringify-position'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {checkPreservation} from '../scripts/lib/preservation.js'

const root = new URL('../fixtures/', import.meta.url).pathname
const update = Boolean(process.env.UPDATE)

if (update && process.env.CI) {
  throw new Error('Refusing to rewrite fixtures in CI: unset `UPDATE`')
}

const cases = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
  })

  for (const name of cases) {
    it(name, async () => {
      const folder = join(root, name)
      const input = readFileSync(join(folder, 'input.txt'), 'utf8')
      const optionsPath = join(folder, 'options.json')
      const options = existsSync(optionsPath)
        ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ArabicNewsOptions)
        : undefined
      const file = await arabicNews(options).process(new VFile({value: input}))
      const html = String(file)
      const messages = file.messages.map((message) => formatMessage(message)).join('\n')
      const data = JSON.stringify(fileData(file), null, 2) + '\n'

      const outputPath = join(folder, 'output.html')
      const messagesPath = join(folder, 'messages.txt')
      const dataPath = join(folder, 'data.json')

      if (update) {
        writeFileSync(outputPath, html)
        writeFileSync(dataPath, data)
        if (messages) writeFileSync(messagesPath, messages + '\n')
        else rmSync(messagesPath, {force: true})
      }

      expect(html).toBe(readFileSync(outputPath, 'utf8'))
      expect(messages).toBe(existsSync(messagesPath) ? readFileSync(messagesPath, 'utf8').trimEnd() : '')
      expect(data).toBe(readFileSync(dataPath, 'utf8'))

      const preservation = checkPreservation(input, html, file.data.arabicNews?.headlineSource === 'front-matter')
      expect(
        preservation.ok,
        'text lost or added at ' +
          preservation.difference +
          ': ' +
          preservation.actual.slice(preservation.difference, preservation.difference + 40)
      ).toBe(true)

      for (const message of file.messages) {
        expect(message.source).toBe('remark-arabic-news')
        expect(message.ruleId).toBeTruthy()
        expect(message.line).toBeGreaterThan(0)
      }
    })
  }
})

/**
 * One line per message: place, reason, source and rule.
 *
 * @param message
 *   The message.
 * @returns
 *   The line.
 */
function formatMessage(message: VFileMessage): string {
  return stringifyPosition(message.place) + ': ' + message.reason + ' [' + message.source + ':' + message.ruleId + ']'
}

/**
 * The file data a fixture pins, positions written as `line:column-line:column`.
 *
 * @param file
 *   The processed file.
 * @returns
 *   Plain data.
 */
function fileData(file: VFile): unknown {
  const {matter, arabicNews: news, newsArticle} = file.data as Record<string, unknown>
  return JSON.parse(
    JSON.stringify({matter, arabicNews: news, newsArticle}, (key, value: unknown) =>
      key === 'position' ? stringifyPosition(value as never) : value
    )
  )
}
