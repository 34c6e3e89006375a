/**
 * Version of the package, read from its `package.json` (two folders up from
 * both `src/cli` and `dist/cli`).
 */

import {readFileSync} from 'node:fs'

/** The package version. */
export const packageVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
).version
