/**
 * Stop signals in this process: the first SIGINT or SIGTERM aborts the
 * build's controller (the build then finishes the pages in progress), and
 * the listeners go away when the build is over. (A second signal ends the
 * process: `test/cli-faults.test.ts` sends it to a child process.)
 */

import process from 'node:process'
import {describe, expect, it} from 'vitest'
import {STOP_SIGNALS, stopOnSignals} from '../src/cli/signals.js'

describe('stopOnSignals', () => {
  it('aborts on the first SIGINT or SIGTERM, and stops listening when told', () => {
    for (const signal of STOP_SIGNALS) {
      const before = process.listenerCount(signal)
      const controller = new AbortController()
      const stop = stopOnSignals(controller)
      try {
        expect(process.listenerCount(signal)).toBe(before + 1)
        expect(controller.signal.aborted).toBe(false)
        process.emit(signal, signal)
        expect(controller.signal.aborted).toBe(true)
      } finally {
        stop()
      }

      expect(process.listenerCount(signal)).toBe(before)
    }
  })
})
