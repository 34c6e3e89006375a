/**
 * Time must grow linearly with hostile input (see `bench/scaling.ts`): four
 * times the input may take at most twelve times as long. Linear time gives
 * about 4, quadratic 16. Each size is measured in CPU time (other processes
 * on a busy machine do not count) several times and the fastest
 * run counts, so that a busy machine does not fail the test; the bound is
 * generous for the same reason.
 */

import {countFailures, reportNumbers} from './property-helpers.js'
import {afterAll, describe, expect, it} from 'vitest'
import {measureScaling, scalingInputs, scalingProcessors} from '../bench/scaling.js'

/** Largest allowed t(4n) / t(n). */
const bound = 12
const repetitions = 3
let measured = 0
const failures = countFailures()
let worst = 0

afterAll(() => {
  reportNumbers(
    `scaling: ${measured} inputs timed at n and 4n, worst ratio ${worst.toFixed(2)} (bound ${bound}), ${failures()} over the bound`
  )
})

for (const {name: pipeline, processor} of scalingProcessors()) {
  processor.freeze()
  describe('linear time (' + pipeline + ')', () => {
    for (const input of scalingInputs) {
      it(
        input.name + ': 4× the input takes less than ' + bound + '× the time',
        async () => {
          const result = await measureScaling(processor, input, input.quick, repetitions)
          measured++
          worst = Math.max(worst, result.quadruple)
          const [t1, , t4] = result.times
          expect(
            result.quadruple,
            `${input.quick} ${input.unit}: ${t1.toFixed(1)} ms, ${input.quick * 4} ${input.unit}: ${t4.toFixed(1)} ms`
          ).toBeLessThan(bound)
        },
        300_000
      )
    }
  })
}
