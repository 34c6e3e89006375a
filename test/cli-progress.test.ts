/**
 * The progress bar of `arabic-news build` on a terminal: what one line says
 * (count, rate, time left), how wide it is, and when it is drawn and erased.
 */

import {describe, expect, it} from 'vitest'
import {formatDuration, formatProgress, ProgressBar} from '../src/cli/progress.js'

/**
 * @param columns
 *   Terminal width, if the stream knows it.
 * @returns
 *   A stream that keeps what is written.
 */
function terminal(columns?: number) {
  const chunks: Array<string> = []
  return {chunks, stream: {write: (chunk: string) => chunks.push(chunk), columns}}
}

describe('formatDuration', () => {
  it('writes minutes and seconds, hours past an hour, and dashes when unknown', () => {
    expect(formatDuration(0)).toBe('0:00')
    expect(formatDuration(61.4)).toBe('1:01')
    expect(formatDuration(3599.6)).toBe('1:00:00')
    expect(formatDuration(3 * 3600 + 5 * 60 + 7)).toBe('3:05:07')
    expect(formatDuration(Number.NaN)).toBe('-:--')
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('-:--')
  })
})

describe('formatProgress', () => {
  it('fills the bar by the share done, with grouped counts, the rate and the time left', () => {
    const line = formatProgress(512, 1000, 2, 80)
    expect(line).toMatch(/^\[#{20}-{20}\] 512\/1,000 {2}256\/s {2}0:02 left$/)
  })

  it('knows no rate or time left before any time has passed', () => {
    expect(formatProgress(0, 10, 0, 80)).toMatch(/\] 0\/10 {2}0\/s {2}-:-- left$/)
  })

  it('shows a full bar for an empty build, and no time left once done', () => {
    expect(formatProgress(0, 0, 1, 80)).toMatch(/^\[#+\] 0\/0 /)
    expect(formatProgress(12, 10, 1, 80)).toMatch(/^\[#+\] 12\/10 {2}12\/s {2}0:00 left$/)
  })

  it('narrows the bar to the terminal, never below ten marks nor above forty', () => {
    const narrow = formatProgress(5, 10, 1, 20)
    expect(narrow.indexOf(']') - 1).toBe(10)
    const wide = formatProgress(5, 10, 1, 500)
    expect(wide.indexOf(']') - 1).toBe(40)
    const between = formatProgress(5, 10, 1, 50)
    const info = between.slice(between.indexOf(']') + 1)
    expect(between.indexOf(']') - 1).toBe(50 - info.length - 3)
  })
})

describe('ProgressBar', () => {
  it('draws on one line (carriage return, erase line), at the width of the stream or 80 columns', () => {
    const wide = terminal(200)
    new ProgressBar(wide.stream, 4).draw()
    expect(wide.chunks).toHaveLength(1)
    expect(wide.chunks[0]?.startsWith('\r\u001B[2K[')).toBe(true)
    expect(wide.chunks[0]).toContain('-'.repeat(40))

    const unknown = terminal()
    new ProgressBar(unknown.stream, 4).draw()
    const line = unknown.chunks[0]?.slice('\r\u001B[2K'.length) ?? ''
    expect(line.indexOf(']')).toBe(formatProgress(0, 4, 0, 80).indexOf(']'))
    expect(line).toContain(' 0/4 ')
  })

  it('redraws at most every 100 ms while ticking, and always on the last file', () => {
    const {chunks, stream} = terminal(80)
    const bar = new ProgressBar(stream, 3)
    bar.tick()
    // The first tick is more than 100 ms after the (never drawn) start of the clock.
    const afterFirst = chunks.length
    bar.tick()
    expect(chunks.length - afterFirst).toBeLessThanOrEqual(1)
    bar.tick()
    expect(chunks.at(-1)).toContain(' 3/3 ')
  })

  it('erases itself only when shown, and is shown again by the next draw', () => {
    const {chunks, stream} = terminal(80)
    const bar = new ProgressBar(stream, 2)
    bar.clear()
    expect(chunks).toEqual([])
    bar.draw()
    bar.clear()
    expect(chunks.at(-1)).toBe('\r\u001B[2K')
    bar.clear()
    expect(chunks).toHaveLength(2)
    bar.draw()
    expect(chunks).toHaveLength(3)
    expect(chunks.at(-1)).toContain(' 0/2 ')
  })
})
