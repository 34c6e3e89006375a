/**
 * Sharding: split a folder build over several jobs or machines by a stable
 * hash of each output path.
 */

import {UsageError} from './usage-error.js'

/** One shard of `count` (1-based `index`). */
export interface Shard {
  index: number
  count: number
}

/**
 * Parse `--shard i/n`.
 *
 * @param value
 *   Raw value such as `2/4`.
 * @returns
 *   The shard.
 */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`Invalid \`--shard ${value}\`: expected i/n with 1 <= i <= n, such as 1/4`)
  }
  return {index, count}
}

/**
 * FNV-1a 32-bit hash of a string’s UTF-16 code units: fast, and the same on
 * every machine and Node version.
 *
 * @param value
 *   String to hash.
 * @returns
 *   Unsigned 32-bit hash.
 */
export function fnv1a(value: string): number {
  let hash = 0x81_1c_9d_c5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01_00_01_93)
  }
  return hash >>> 0
}

/**
 * Whether an output path belongs to a shard. Assignment uses the output path
 * (posix separators, relative to the output folder), so two inputs that would
 * collide on one output always land in the same shard.
 *
 * @param outputPath
 *   Relative output path with `/` separators.
 * @param shard
 *   Shard to test, or `undefined` for all.
 * @returns
 *   Whether the path is built by this shard.
 */
export function inShard(outputPath: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true
  return fnv1a(outputPath) % shard.count === shard.index - 1
}
