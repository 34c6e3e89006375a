/**
 * Reading items that the code around knows are there (a quotation's first
 * part, the token before one that is not the first): typed, and loud if the
 * reasoning that put them there is ever wrong.
 */

/**
 * @param list
 *   Items.
 * @param index
 *   Index known to be in range (from `0`; a negative index is never in range).
 * @returns
 *   The item at `index`.
 * @throws {RangeError}
 *   When there is no item there.
 */
export function itemAt<T>(list: ReadonlyArray<T>, index: number): T {
  const item = list[index]
  if (item === undefined) throw new RangeError(`Expected an item at ${index} of ${list.length}`)
  return item
}

/**
 * @param list
 *   Items, known not to be empty.
 * @returns
 *   The first item.
 */
export function firstItem<T>(list: ReadonlyArray<T>): T {
  return itemAt(list, 0)
}

/**
 * @param list
 *   Items, known not to be empty.
 * @returns
 *   The last item.
 */
export function lastItem<T>(list: ReadonlyArray<T>): T {
  return itemAt(list, list.length - 1)
}
