/**
 * File system errors in the words the command line reports them with.
 */

/** Short explanations of the error codes people meet. */
const explanations: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  ENOENT: 'not found',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'name too long for the file system',
  ENOTREG: 'not a regular file',
  EISDIR: 'a folder',
  ELOOP: 'a symbolic link'
}

/**
 * Short description of a file system error.
 *
 * @param error
 *   Error thrown by `node:fs`.
 * @returns
 *   Code and explanation (`ENOSPC (no space left on the disk)`), or the message.
 */
export function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = codeOf(error)
    if (!code) return error.message
    const explanation = explanations[code]
    return explanation === undefined ? code : code + ' (' + explanation + ')'
  }

  return String(error)
}

/**
 * The code of a system error (`ENOENT`, `ERR_WORKER_OUT_OF_MEMORY`), if it has one.
 *
 * @param error
 *   Thrown value.
 * @returns
 *   Code.
 */
export function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}
