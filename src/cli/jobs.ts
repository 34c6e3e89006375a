/**
 * How many worker threads a build starts: what `--jobs` asks for, up to a
 * few per core (each worker is its own JavaScript heap, about 28 MB at
 * rest; more workers than cores only share the same cores).
 */

import {availableParallelism} from 'node:os'

/** Most workers per core. */
export const MAX_JOBS_PER_CORE = 4

/**
 * Cap a number of jobs.
 *
 * @param requested
 *   Jobs asked for.
 * @param cores
 *   Cores available (default: `os.availableParallelism()`).
 * @returns
 *   Jobs to start, and a warning when fewer than asked.
 */
export function capJobs(
  requested: number,
  cores: number = availableParallelism()
): {jobs: number; warning?: string | undefined} {
  const most = Math.max(1, cores) * MAX_JOBS_PER_CORE
  if (requested <= most) return {jobs: requested}
  return {
    jobs: most,
    warning: `\`--jobs ${requested}\` is more than ${MAX_JOBS_PER_CORE} per core: using ${most} (${cores} ${cores === 1 ? 'core' : 'cores'})`
  }
}
