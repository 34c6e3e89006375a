/** Name of this package, the `source` of every message it emits. */
export const source = 'remark-arabic-news'
