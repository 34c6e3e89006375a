/**
 * Searching lists kept in order (offsets, line breaks, reading orders): one
 * binary search for all of them.
 */

/**
 * Index of the first item that does not come before what is looked for, in
 * a list where every item that does comes first (binary search).
 *
 * @param length
 *   Number of items.
 * @param isBefore
 *   Whether the item at an index comes before what is looked for.
 * @returns
 *   Index from `0` to `length`.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (isBefore(middle)) low = middle + 1
    else high = middle
  }

  return low
}
