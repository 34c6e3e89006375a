/**
 * Where front matter places a page: refused values say why, addresses on
 * other sites leave the page at its name, and folders end in `index.html`.
 */

import {describe, expect, it} from 'vitest'
import {outputPathOf} from '../src/cli/output-path.js'

const site = {baseUrl: 'https://news.example.com/ar/'}

/**
 * @param result
 * @returns
 *   The reason of a refusal.
 */
function reason(result: ReturnType<typeof outputPathOf>): string {
  return result.ok ? 'placed at ' + result.output : result.reason
}

describe('outputPathOf', () => {
  it('refuses a slug that is not a name, is hidden, or is too long', () => {
    expect(reason(outputPathOf('a.txt', {slug: ['x']}, {}))).toBe('Cannot place the page: `slug`: expected a name')
    expect(reason(outputPathOf('a.txt', {slug: '.env'}, {}))).toMatch(/hidden files/)
    expect(reason(outputPathOf('a.txt', {slug: 'ب'.repeat(101)}, {}))).toMatch(/longer than 200 bytes/)
    expect(reason(outputPathOf('a.txt', {slug: 'x\u0007y'}, {}))).toMatch(/control characters/)
    expect(outputPathOf('world/a.txt', {slug: 2025}, {})).toEqual({ok: true, output: 'world/2025.html'})
  })

  it('refuses a URL that is not text, not http(s), or climbs out', () => {
    expect(reason(outputPathOf('a.txt', {url: 42}, site))).toBe('Cannot place the page: `url`: expected a URL')
    expect(reason(outputPathOf('a.txt', {canonical: '  '}, site))).toBe(
      'Cannot place the page: `canonical`: expected a URL'
    )
    expect(reason(outputPathOf('a.txt', {url: 'ftp://news.example.com/ar/a'}, site))).toMatch(
      /expected a path or an `http:`\/`https:` URL/
    )
    expect(reason(outputPathOf('a.txt', {url: 'https://news.example.com/ar/./a'}, site))).toMatch(
      /`\.` and `\.\.` are not allowed/
    )
    expect(reason(outputPathOf('a.txt', {url: 'https://news.example.com/en/a'}, site))).toMatch(/outside the base URL/)
    expect(reason(outputPathOf('a.txt', {url: '/ar/%E0%A4'}, site))).toMatch(/invalid percent-encoding/)
    expect(reason(outputPathOf('a.txt', {url: '/ar/.hidden/a'}, site))).toMatch(/hidden files/)
  })

  it('leaves the page at its name for an address on another site, with or without a base URL', () => {
    expect(outputPathOf('world/a.txt', {url: 'https://elsewhere.example/story'}, site)).toEqual({
      ok: true,
      output: 'world/a.html'
    })
    expect(outputPathOf('world/a.txt', {url: '//elsewhere.example/story'}, {})).toEqual({
      ok: true,
      output: 'world/a.html'
    })
    // …and then `slug` still places it.
    expect(outputPathOf('world/a.txt', {url: 'https://elsewhere.example/x', slug: 'b'}, {})).toEqual({
      ok: true,
      output: 'world/b.html'
    })
  })

  it('writes a folder address as its index page, and keeps an .html name', () => {
    expect(outputPathOf('a.txt', {url: 'https://news.example.com/ar/'}, site)).toEqual({ok: true, output: 'index.html'})
    expect(outputPathOf('a.txt', {url: 'world/2025/'}, site)).toEqual({ok: true, output: 'world/2025/index.html'})
    expect(outputPathOf('a.txt', {permalink: '/ar/world/story.htm?x=1#top'}, site)).toEqual({
      ok: true,
      output: 'world/story.htm'
    })
    expect(outputPathOf('a.txt', {url: 'world/story'}, {...site, cleanUrls: true})).toEqual({
      ok: true,
      output: 'world/story/index.html'
    })
  })

  it('shortens a long value in its message', () => {
    const long = 'ftp://' + 'a'.repeat(200)
    const text = reason(outputPathOf('a.txt', {url: long}, site))
    expect(text).toContain('…')
    expect(text.length).toBeLessThan(200)
  })
})
