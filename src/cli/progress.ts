/**
 * Progress bar on a terminal: count, rate and time left, redrawn at most ten
 * times a second on one line of standard error.
 */

/** A stream the bar draws on. */
export interface TerminalStream {
  write(chunk: string): unknown
  columns?: number | undefined
}

/** Progress bar. */
export class ProgressBar {
  readonly #stream: TerminalStream
  readonly #total: number
  readonly #started = performance.now()
  #done = 0
  #drawnAt = 0
  #visible = false

  /**
   * Create a progress bar.
   *
   * @param stream
   *   Terminal stream (standard error).
   * @param total
   *   Number of files expected.
   */
  constructor(stream: TerminalStream, total: number) {
    this.#stream = stream
    this.#total = total
  }

  /**
   * Count one finished file.
   *
   * @returns
   *   Nothing.
   */
  tick(): undefined {
    this.#done++
    const now = performance.now()
    if (now - this.#drawnAt >= 100 || this.#done === this.#total) this.draw(now)
    return undefined
  }

  /**
   * Draw the bar.
   *
   * @param now
   *   Current time (`performance.now()`).
   * @returns
   *   Nothing.
   */
  draw(now = performance.now()): undefined {
    this.#drawnAt = now
    this.#visible = true
    this.#stream.write(
      '\r\u001B[2K' + formatProgress(this.#done, this.#total, (now - this.#started) / 1000, this.#stream.columns ?? 80)
    )
    return undefined
  }

  /**
   * Erase the bar (before printing other lines; `draw` puts it back).
   *
   * @returns
   *   Nothing.
   */
  clear(): undefined {
    if (this.#visible) this.#stream.write('\r\u001B[2K')
    this.#visible = false
    return undefined
  }
}

/**
 * Format one progress line: `[#####-----] 512/1,000  812/s  0:01 left`.
 *
 * @param done
 *   Files finished.
 * @param total
 *   Files expected.
 * @param seconds
 *   Time since the start.
 * @param columns
 *   Terminal width.
 * @returns
 *   Line without newline.
 */
export function formatProgress(done: number, total: number, seconds: number, columns: number): string {
  const rate = seconds > 0 ? done / seconds : 0
  const left = rate > 0 ? Math.max(0, total - done) / rate : Number.NaN
  const counts = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`
  const info = ` ${counts}  ${Math.round(rate).toLocaleString('en')}/s  ${formatDuration(left)} left`
  const width = Math.max(10, Math.min(40, columns - info.length - 3))
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width
  return '[' + '#'.repeat(filled) + '-'.repeat(width - filled) + ']' + info
}

/**
 * Format seconds as `m:ss` (or `h:mm:ss`).
 *
 * @param seconds
 *   Duration.
 * @returns
 *   Text (`-:--` when unknown).
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '-:--'
  const whole = Math.round(seconds)
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const secs = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`
}
