/**
 * Every JSON-LD object the fixtures pin is checked against the schema.org
 * vocabulary, without network: each object is written as a typed
 * `WithContext<NewsArticle>` value into a TypeScript source and type-checked
 * against `schema-dts`, so each type and property must exist and fit its
 * domain and range. Google’s recommended Article properties are checked
 * whenever the front matter holds their data.
 */

import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import ts from 'typescript'
import {parse as parseYaml} from 'yaml'
import {describe, expect, it} from 'vitest'

const projectRoot = new URL('../', import.meta.url).pathname
const fixturesRoot = join(projectRoot, 'fixtures')
/** The source is virtual, but placed in the project so `schema-dts` resolves from `node_modules`. */
const virtualPath = join(projectRoot, 'test', '__json-ld-check__.ts')

interface Case {
  name: string
  article: Record<string, unknown>
  matter: Record<string, unknown>
}

const cases: Array<Case> = readdirSync(fixturesRoot, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(join(fixturesRoot, entry.name, 'data.json')))
  .map((entry) => entry.name)
  .sort()
  .flatMap((name) => {
    const data = JSON.parse(readFileSync(join(fixturesRoot, name, 'data.json'), 'utf8')) as {
      newsArticle?: Record<string, unknown>
    }
    return data.newsArticle ? [{name, article: data.newsArticle, matter: frontMatter(name)}] : []
  })

/** Front matter of a fixture, read with the YAML core schema like the parser. */
function frontMatter(name: string): Record<string, unknown> {
  const input = readFileSync(join(fixturesRoot, name, 'input.txt'), 'utf8').replace(/^\uFEFF/, '')
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(input)
  if (!match) return {}
  try {
    const value: unknown = parseYaml(match[1] ?? '')
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/**
 * Type-check values as `WithContext<NewsArticle>`.
 *
 * @param values
 *   Named JSON values.
 * @returns
 *   Diagnostics per name (empty when the value fits the vocabulary).
 */
function typeCheck(values: Array<{name: string; value: unknown}>): Map<string, Array<string>> {
  const lines = ["import type {NewsArticle, WithContext} from 'schema-dts'", '']
  const lineOwners: Array<string> = []
  for (const [index, {value}] of values.entries()) {
    const json = JSON.stringify(value, null, 2).split('\n')
    json[0] = 'export const value' + index + ': WithContext<NewsArticle> = ' + json[0]
    const first = lines.length
    lines.push(...json, '')
    for (let line = first; line < lines.length; line++) lineOwners[line] = values[index]?.name ?? ''
  }

  const source = lines.join('\n')
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: []
  }
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, language, onError, shouldCreate) =>
    fileName === virtualPath
      ? ts.createSourceFile(fileName, source, language)
      : getSourceFile(fileName, language, onError, shouldCreate)
  const fileExists = host.fileExists.bind(host)
  host.fileExists = (fileName) => fileName === virtualPath || fileExists(fileName)
  const readFile = host.readFile.bind(host)
  host.readFile = (fileName) => (fileName === virtualPath ? source : readFile(fileName))

  const program = ts.createProgram([virtualPath], options, host)
  const result = new Map<string, Array<string>>(values.map(({name}) => [name, []]))
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    if (diagnostic.file?.fileName !== virtualPath || diagnostic.start === undefined) {
      throw new Error('Unexpected diagnostic outside the checked values: ' + message)
    }

    const {line} = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
    result.get(lineOwners[line] ?? '')?.push('line ' + (line + 1) + ': ' + message.split('\n')[0])
  }

  return result
}

describe('JSON-LD against the schema.org vocabulary (schema-dts)', () => {
  it('has fixtures with JSON-LD to check', () => {
    expect(cases.filter((item) => item.name.startsWith('meta-')).length).toBeGreaterThanOrEqual(8)
  })

  it('every fixture’s JSON-LD type-checks as WithContext<NewsArticle>', () => {
    const results = typeCheck(cases.map(({name, article}) => ({name, value: article})))
    const failures = [...results].filter(([, diagnostics]) => diagnostics.length > 0)
    expect(failures).toEqual([])
  })

  it('rejects values outside the vocabulary (negative controls)', () => {
    const base = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'عنوان'}
    const wrong: Array<{name: string; value: unknown}> = [
      {name: 'unknown property', value: {...base, headlin: 'عنوان'}},
      {name: 'unknown type', value: {...base, '@type': 'NewsArtikel'}},
      {name: 'word count as words', value: {...base, wordCount: 'كثير'}},
      {name: 'author as a place', value: {...base, author: [{'@type': 'Place', name: 'القاهرة'}]}},
      {name: 'mention of unknown type', value: {...base, mentions: [{'@type': 'Persona', name: 'س'}]}},
      {
        name: 'publisher property of a person',
        value: {...base, publisher: {'@type': 'Organization', name: 'ن', birthDate: '2000-01-01'}}
      },
      {name: 'free as text', value: {...base, isAccessibleForFree: 'نعم'}},
      {name: 'wrong context', value: {...base, '@context': 'http://schema.org/'}}
    ]
    const results = typeCheck(wrong)
    for (const {name} of wrong) expect(results.get(name)?.length, name).toBeGreaterThan(0)
  })
})

describe('Google’s recommended Article properties', () => {
  const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/
  const absoluteUrl = /^https?:\/\/[^\s]+$/

  for (const {name, article, matter} of cases) {
    it(name, () => {
      // Present whenever the data exists.
      // An empty article has no words to make a headline of: nothing is invented.
      if (article['wordCount'] || matter['title']) {
        expect(typeof article['headline'] === 'string' && article['headline'] !== '', 'headline').toBe(true)
      } else {
        expect(article['headline'], 'no headline for an empty article').toBeUndefined()
      }
      const has = (keys: Array<string>) => keys.some((key) => matter[key] !== undefined && matter[key] !== null)
      if (has(['author', 'authors'])) expect(article['author'], 'author').toBeDefined()
      if (has(['date', 'published', 'datePublished'])) expect(article['datePublished'], 'datePublished').toBeDefined()
      if (has(['modified', 'updated', 'dateModified', 'lastmod']))
        expect(article['dateModified'], 'dateModified').toBeDefined()
      const images = [matter['image'], matter['images']].flat().filter((item) => item !== undefined && item !== null)
      const usableImages = images.filter((item) => {
        const url = typeof item === 'string' ? item : (item as Record<string, unknown>)['url']
        return typeof url === 'string' && /^https?:\/\//.test(url)
      })
      if (usableImages.length > 0) expect(article['image'], 'image').toBeDefined()

      // Shapes Google asks for.
      for (const key of ['datePublished', 'dateModified']) {
        if (article[key] !== undefined) expect(article[key], key).toMatch(isoWithOffset)
      }

      for (const author of [article['author'] ?? []].flat() as Array<Record<string, unknown>>) {
        expect(['Person', 'Organization']).toContain(author['@type'])
        expect(typeof author['name'] === 'string' && author['name'].trim() !== '', 'author.name').toBe(true)
        expect(String(author['name'])).not.toMatch(/[,،]/)
        if (author['url'] !== undefined) expect(author['url']).toMatch(absoluteUrl)
      }

      for (const image of [article['image'] ?? []].flat() as Array<string | Record<string, unknown>>) {
        expect(typeof image === 'string' ? image : image['url']).toMatch(absoluteUrl)
      }

      const publisher = article['publisher'] as Record<string, unknown> | undefined
      if (publisher) {
        expect(publisher['@type']).toBe('Organization')
        expect(publisher['name']).toBeTruthy()
      }

      if (
        article['dateModified'] !== undefined &&
        article['datePublished'] !== undefined &&
        !existsSync(join(fixturesRoot, name, 'messages.txt'))
      ) {
        expect(Date.parse(String(article['dateModified']))).toBeGreaterThanOrEqual(
          Date.parse(String(article['datePublished']))
        )
      }
    })
  }
})
