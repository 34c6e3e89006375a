/**
 * SIGINT and SIGTERM during a build: the first one stops the build at the
 * next file (pages in progress are finished, the manifest and the report are
 * written, exit code 130); a second one ends the process at once, whatever
 * it is waiting on (every page is still whole or absent: pages are renamed
 * into place).
 */

import process from 'node:process'

/** Signals that stop a build. */
export const STOP_SIGNALS: ReadonlyArray<NodeJS.Signals> = ['SIGINT', 'SIGTERM']

/**
 * Listen for the stop signals.
 *
 * @param controller
 *   Aborted on the first signal.
 * @returns
 *   Function that stops listening.
 */
export function stopOnSignals(controller: AbortController): () => undefined {
  const onSignal = (signal: NodeJS.Signals): undefined => {
    if (!controller.signal.aborted) {
      controller.abort()
      return undefined
    }

    // Second signal: without a listener the signal’s default action ends the
    // process, even while a thread is blocked in a system call (which
    // `process.exit` would wait for).
    stop()
    process.kill(process.pid, signal)
    return undefined
  }

  const stop = (): undefined => {
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal)
    return undefined
  }

  for (const signal of STOP_SIGNALS) process.on(signal, onSignal)
  return stop
}
