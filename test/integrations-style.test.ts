import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const css = readFileSync(new URL('../style.css', import.meta.url), 'utf8')
const declarations = css.replace(/\/\*[\s\S]*?\*\//g, '')
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>
  files: Array<string>
}

describe('style.css', () => {
  it('uses logical properties only', () => {
    expect(declarations).not.toMatch(/(?:margin|padding|border|inset)-(?:left|right|top|bottom)\b/)
    expect(declarations).not.toMatch(/(?:^|[\s;{])(?:left|right)\s*:/m)
    expect(declarations).not.toMatch(/(?:float|clear|text-align)\s*:\s*(?:left|right)/)
    expect(declarations).toMatch(/border-inline-start\s*:/)
    expect(declarations).toMatch(/margin-inline\s*:/)
    expect(declarations).toMatch(/padding-inline(?:-start)?\s*:/)
  })

  it('styles every part of the markup', () => {
    for (const selector of [
      "article[dir='rtl']",
      'h1 {',
      'h2 {',
      '.dateline',
      '.byline',
      '.boilerplate',
      "bdi[dir='ltr']",
      'figure.quote {',
      'figure.quote > figcaption',
      'figure.quote > blockquote > p',
      'blockquote[data-speaker]'
    ]) {
      expect(declarations, selector).toContain(selector)
    }
  })

  it('isolates `bdi` and has an Arabic font stack', () => {
    expect(declarations).toMatch(/bdi \{\s*unicode-bidi: isolate;/)
    expect(declarations).toMatch(/--arabic-news-font-body:[^;]*'Noto Naskh Arabic'[^;]*'Amiri'/)
    expect(declarations).toMatch(/--arabic-news-font-heading:[^;]*'Noto Kufi Arabic'/)
  })

  it('has balanced braces', () => {
    expect(declarations.split('{').length).toBe(declarations.split('}').length)
  })
})

describe('package exports for integrations', () => {
  it('exports the stylesheet and the Astro and Eleventy entry points, types first', () => {
    expect(packageJson.exports['./style.css']).toBe('./style.css')
    expect(packageJson.files).toContain('style.css')
    expect(Object.entries(packageJson.exports['./astro'] as object)).toEqual([
      ['types', './dist/integrations/astro.d.ts'],
      ['default', './dist/integrations/astro.js']
    ])
    expect(Object.entries(packageJson.exports['./eleventy'] as object)).toEqual([
      ['types', './dist/integrations/eleventy.d.ts'],
      ['default', './dist/integrations/eleventy.js']
    ])
  })
})
