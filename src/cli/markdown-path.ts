/**
 * Which articles are markdown: read for every article, kept apart from the
 * markdown processor so that a folder of plain text never loads the
 * markdown parser (a worker starts faster without it).
 */

/** Extensions read as markdown (lowercase). */
export const MARKDOWN_EXTENSIONS: ReadonlyArray<string> = ['.md']

/**
 * Whether an article is markdown, by its extension.
 *
 * @param filePath
 *   Path.
 * @returns
 *   Whether it is.
 */
export function isMarkdownPath(filePath: string): boolean {
  const dot = filePath.lastIndexOf('.')
  return dot !== -1 && MARKDOWN_EXTENSIONS.includes(filePath.slice(dot).toLowerCase())
}
