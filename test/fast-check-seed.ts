/**
 * A fixed draw of generated cases for every property test (fast-check), so
 * that each run checks the same cases and reaches the same code: coverage
 * then measures the tests, not the luck of a draw. Each test draws from a
 * seed of its own (made from its name), so that tests fed the same kind of
 * input still check different cases. `PROPERTY_SEED=<number>` runs another
 * draw (or replays a failure, with the seed and path fast-check prints);
 * `PROPERTY_SEED=random` a new draw on every run.
 */

import fc from 'fast-check'
import {beforeEach, type TestContext} from 'vitest'

/** The draw every run checks unless told otherwise. */
const DEFAULT_SEED = 20_261_202

const given = process.env['PROPERTY_SEED']
const base = given === undefined ? DEFAULT_SEED : given === 'random' ? undefined : Number(given)
if (base !== undefined && !Number.isInteger(base)) {
  throw new Error('Expected `PROPERTY_SEED` to be a whole number or `random`, not `' + String(given) + '`')
}

beforeEach(({task}) => {
  if (base === undefined) return
  // A replayed seed is the one fast-check printed for the failing test: take it as it is.
  const seed = given === undefined ? mix(base, nameOf(task)) : base
  fc.configureGlobal({...fc.readConfigureGlobal(), seed})
})

/**
 * @param task
 *   A test.
 * @returns
 *   Its file, the names of the suites around it and its own name.
 */
function nameOf(task: TestContext['task']): string {
  const names = [task.name]
  for (let suite = task.suite; suite; suite = suite.suite) names.unshift(suite.name)
  return task.file.name + ' > ' + names.join(' > ')
}

/**
 * @param seed
 *   A whole number.
 * @param text
 *   Text to mix into it.
 * @returns
 *   A 32-bit seed that depends on both (FNV-1a over the text).
 */
function mix(seed: number, text: string): number {
  let hash = (2_166_136_261 ^ seed) >>> 0
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 16_777_619) >>> 0
  }

  return hash | 0
}
