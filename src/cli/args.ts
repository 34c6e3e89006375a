/**
 * Command-line arguments: `arabic-news build|render …`, parsed with
 * `node:util` `parseArgs`.
 */

import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {isValidTimeZone} from '../metadata/date.js'
import {itemAt} from '../text/items.js'
import {checkUrl} from '../url.js'
import {languageOption} from '../metadata/settings.js'
import {isKnownEncoding} from './decode.js'
import {parseShard, type Shard} from './shard.js'
import {UsageError} from './usage-error.js'

/** Default largest input file, in bytes (16 MiB). */
export const DEFAULT_MAX_SIZE = 16 * 1024 * 1024

/** Default heap limit of each worker thread, in bytes (2 GiB): an article that needs more is reported, and the build goes on. */
export const DEFAULT_MAX_MEMORY = 2 * 1024 ** 3

/** Name of the configuration file looked up in the input folder. */
export const CONFIG_FILE_NAME = 'arabic-news.config.json'

/** Site settings that may come from flags or from the configuration file. */
export interface SiteSettings {
  /** Name of the site, used in page titles and as the publisher by default. */
  siteName?: string | undefined
  /** Absolute URL the output folder is served from. */
  baseUrl?: string | undefined
  /** Publisher organisation name for NewsArticle metadata. */
  publisher?: string | undefined
  /** IANA time zone for dates without an offset (example: `'Asia/Riyadh'`). */
  timeZone?: string | undefined
  /** BCP 47 language tag of the articles (example: `'ar'`). */
  language?: string | undefined
}

/** Options shared by `build` and `render`. */
export interface CommonOptions {
  /** Site settings given as flags (they win over the configuration file). */
  site: SiteSettings
  /** Render fragments instead of full pages. */
  fragment: boolean | undefined
  /** Explicit configuration file. */
  config: string | undefined
  /** Print only errors. */
  quiet: boolean
  /** Largest input file in bytes. */
  maxSize: number
  /** Stylesheet of the pages (`--css <file>`), `false` for none (`--no-css`), `undefined`: from the configuration file. */
  css: string | false | undefined
  /** Text encoding of the articles (`--encoding`; default: UTF-8, or UTF-16 with a byte order mark). */
  encoding: string | undefined
  /** Write `a/index.html` addressed as `a/` (`--clean-urls`). */
  cleanUrls: boolean | undefined
}

/** `arabic-news build <input> --out <output>`. */
export interface BuildCommand extends CommonOptions {
  command: 'build'
  input: string
  output: string
  jobs: number
  /** Heap limit of each worker thread, in bytes. */
  maxMemory: number
  shard: Shard | undefined
  force: boolean
  json: boolean
  report: string | undefined
  progress: boolean | undefined
  /** Publish drafts too (`--drafts`). */
  drafts: boolean
  /** Publish articles dated in the future too (`--future`). */
  future: boolean
  /** Rebuild when the input folder changes (`--watch`). */
  watch: boolean
}

/** `arabic-news serve <input> --out <output>`: build, watch, serve with reload. */
export interface ServeCommand extends Omit<BuildCommand, 'command'> {
  command: 'serve'
  /** Port (0: any free port). */
  port: number
}

/** `arabic-news merge <report>… --out <output>`: site pages from shard reports. */
export interface MergeCommand {
  command: 'merge'
  reports: Array<string>
  output: string
  site: SiteSettings
  config: string | undefined
  /** Stylesheet of the site pages (`--css`, `--no-css`). */
  css: string | false | undefined
  quiet: boolean
}

/** `arabic-news render <file|->`. */
export interface RenderCommand extends CommonOptions {
  command: 'render'
  /** Path of the file, or `'-'` for standard input. */
  input: string
}

/** `--help` or `--version`. */
export interface InfoCommand {
  command: 'help' | 'version'
}

/** Any parsed command line. */
export type Command = BuildCommand | ServeCommand | MergeCommand | RenderCommand | InfoCommand

/** Default port of `serve`. */
export const DEFAULT_PORT = 8080

/** Text printed by `--help`. */
export const USAGE = `Usage: arabic-news <command> [options]

Commands:
  build <input-dir> --out <output-dir>  Render every .txt and .md file of a folder
                                        tree to .html, mirroring the tree
  render <file|->                       Render one article to standard output
  serve <input-dir> --out <output-dir>  Build, rebuild on change, and serve the
                                        pages on http://127.0.0.1:8080/ with
                                        live reload
  merge <report>... --out <output-dir>  Write the home, section and feed pages
                                        and the sitemaps from shard reports

Site options (override ${CONFIG_FILE_NAME} in the input folder):
  --site-name <name>     Site name
  --base-url <url>       Absolute URL the output folder is served from
  --publisher <name>     Publisher for NewsArticle metadata
  --time-zone <zone>     IANA time zone for dates without offset (Asia/Riyadh)
  --language <tag>       Language of the articles (default: ar)
  --config <file>        Read this configuration file instead
  --fragment             Write HTML fragments instead of full pages
  --css <file>           Link this stylesheet instead of the package's style.css
  --no-css               Link no stylesheet
  --clean-urls           Write a/index.html, addressed as a/, instead of a.html
  --encoding <label>     Text encoding of the articles (windows-1256; default:
                         UTF-8, or UTF-16 with a byte order mark)

Build options:
  -o, --out <dir>        Output folder (required)
  -j, --jobs <n>         Worker threads (default: number of cores)
  --shard <i/n>          Build only shard i of n (stable by path)
  --force                Rebuild unchanged articles too
  --max-size <size>      Skip larger files (default: 16m; k, m, g suffixes)
  --max-memory <size>    Heap limit per worker thread (default: 2g); an article
                         that needs more is reported and the build goes on
  --json                 Print a JSON report to standard output
  --report <file>        Write a JSON report to a file
  --progress, --no-progress  Force the progress bar on or off (default: on a TTY)
  --drafts               Publish drafts (draft: true) too
  --future               Publish articles dated in the future too
  --watch                Rebuild what changes until interrupted
  --port <n>             Port of serve (default: 8080; 0: any free port)

General:
  -q, --quiet            Print errors only
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 success, 1 some file failed (the others are written), 2 usage error.
`

const optionSpec = {
  out: {type: 'string', short: 'o'},
  jobs: {type: 'string', short: 'j'},
  shard: {type: 'string'},
  force: {type: 'boolean'},
  json: {type: 'boolean'},
  report: {type: 'string'},
  progress: {type: 'boolean'},
  'no-progress': {type: 'boolean'},
  fragment: {type: 'boolean'},
  'site-name': {type: 'string'},
  'base-url': {type: 'string'},
  publisher: {type: 'string'},
  'time-zone': {type: 'string'},
  language: {type: 'string'},
  config: {type: 'string'},
  'max-size': {type: 'string'},
  css: {type: 'string'},
  'no-css': {type: 'boolean'},
  'max-memory': {type: 'string'},
  'clean-urls': {type: 'boolean'},
  encoding: {type: 'string'},
  drafts: {type: 'boolean'},
  future: {type: 'boolean'},
  watch: {type: 'boolean'},
  port: {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/**
 * @param argv
 *   Arguments after the executable and script.
 * @returns
 *   Flags and positionals, read by `node:util`'s `parseArgs`.
 * @throws {UsageError}
 *   When a flag is unknown or lacks its value.
 */
function readArguments(argv: ReadonlyArray<string>) {
  try {
    return parseArgs({args: [...argv], options: optionSpec, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(parseErrorMessage(error))
  }
}

/**
 * Parse the command line.
 *
 * @param argv
 *   Arguments after the executable and script (`process.argv.slice(2)`).
 * @returns
 *   The command to run.
 * @throws {UsageError}
 *   When the arguments are invalid.
 */
export function parseCommand(argv: ReadonlyArray<string>): Command {
  const {values, positionals} = readArguments(argv)
  if (values.help) return {command: 'help'}
  if (values.version) return {command: 'version'}

  const [name, ...rest] = positionals
  if (name === undefined) throw new UsageError('Missing command (build, serve, merge or render)')

  const common: CommonOptions = {
    site: {
      siteName: nonEmpty(values['site-name'], '--site-name'),
      baseUrl: checkBaseUrl(values['base-url']),
      publisher: nonEmpty(values.publisher, '--publisher'),
      timeZone: checkTimeZone(values['time-zone']),
      language: checkLanguage(nonEmpty(values.language, '--language'))
    },
    fragment: values.fragment,
    config: values.config,
    quiet: values.quiet ?? false,
    maxSize: values['max-size'] === undefined ? DEFAULT_MAX_SIZE : parseSize(values['max-size']),
    css: values['no-css'] ? false : nonEmpty(values.css, '--css'),
    encoding: checkEncoding(values.encoding),
    cleanUrls: values['clean-urls']
  }

  if (name === 'merge') {
    if (rest.length === 0) throw new UsageError('Missing reports: arabic-news merge <report>... --out <output-dir>')
    if (values.out === undefined || values.out === '') throw new UsageError('Missing `--out <output-dir>`')
    refuseFlags(values, BUILD_ONLY_FLAGS, (flag) => `\`--${flag}\` does not apply to \`merge\``)
    return {
      command: 'merge',
      reports: rest,
      output: values.out,
      site: common.site,
      config: common.config,
      css: common.css,
      quiet: common.quiet
    }
  }

  if (name === 'build' || name === 'serve') {
    const [input, extra] = rest
    if (input === undefined)
      throw new UsageError(`Missing input folder: arabic-news ${name} <input-dir> --out <output-dir>`)
    if (extra !== undefined) throw new UsageError(`Unexpected argument \`${extra}\``)
    if (values.out === undefined || values.out === '') throw new UsageError('Missing `--out <output-dir>`')
    if (name === 'build' && values.port !== undefined) throw new UsageError('`--port` only applies to `serve`')
    const build = {
      ...common,
      input,
      output: values.out,
      jobs: values.jobs === undefined ? availableParallelism() : parseJobs(values.jobs),
      maxMemory: values['max-memory'] === undefined ? DEFAULT_MAX_MEMORY : parseMemory(values['max-memory']),
      shard: values.shard === undefined ? undefined : parseShard(values.shard),
      force: values.force ?? false,
      json: values.json ?? false,
      report: values.report,
      progress: values['no-progress'] ? false : values.progress,
      drafts: values.drafts ?? false,
      future: values.future ?? false,
      watch: values.watch ?? name === 'serve'
    }
    return name === 'serve'
      ? {...build, command: 'serve', port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port)}
      : {...build, command: 'build'}
  }

  if (name === 'render') {
    const [input, extra] = rest
    if (input === undefined) throw new UsageError('Missing file: arabic-news render <file|->')
    if (extra !== undefined) throw new UsageError(`Unexpected argument \`${extra}\``)
    refuseFlags(values, ['out', ...BUILD_ONLY_FLAGS], (flag) => `\`--${flag}\` only applies to \`build\``)
    return {...common, command: 'render', input}
  }

  throw new UsageError(`Unknown command \`${name}\` (expected build, serve, merge or render)`)
}

/** Flags that only `build` and `serve` take (besides `--out`, which `merge` takes too). */
const BUILD_ONLY_FLAGS = [
  'jobs',
  'shard',
  'force',
  'json',
  'report',
  'max-memory',
  'watch',
  'port',
  'drafts',
  'future'
] as const

/**
 * Refuse flags a command does not take.
 *
 * @param values
 *   Parsed flags.
 * @param flags
 *   Flags the command does not take.
 * @param reason
 *   Message for a flag that was given.
 * @returns
 *   Nothing.
 * @throws {UsageError}
 *   When one of them was given.
 */
function refuseFlags(
  values: Readonly<Record<string, unknown>>,
  flags: ReadonlyArray<string>,
  reason: (flag: string) => string
): undefined {
  for (const flag of flags) {
    if (values[flag] !== undefined) throw new UsageError(reason(flag))
  }

  return undefined
}

/**
 * Say what is wrong with the flags, in our words (`parseArgs` messages quote
 * unevenly and speak of positionals).
 *
 * @param error
 *   Error thrown by `parseArgs`.
 * @returns
 *   Message.
 */
function parseErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  const flag = /'(?:-\w, )?(-[^' ]*)/.exec(text)?.[1]
  if (flag !== undefined) {
    const shown = '`' + flag.replace(/[^\x20-\x7E\u00A0-\uFFFF]/g, '?') + '`'
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${shown}`
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      return text.includes('does not take') ? `Option ${shown} takes no value` : `Option ${shown} needs a value`
    }
  }
  return 'Invalid arguments'
}

/**
 * Parse a `--port` value.
 *
 * @param value
 *   Raw value.
 * @returns
 *   Port number (0 to 65535).
 */
function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN
  if (!(port >= 0 && port <= 65_535))
    throw new UsageError(`Invalid \`--port ${value}\`: expected a number from 0 to 65535`)
  return port
}

/**
 * Check an encoding label.
 *
 * @param value
 *   Raw value.
 * @returns
 *   The value.
 */
export function checkEncoding(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!isKnownEncoding(value)) {
    throw new UsageError(`Unknown encoding \`${value}\` (expected a label such as utf-8, windows-1256 or iso-8859-6)`)
  }
  return value
}

/**
 * Parse a `--jobs` value.
 *
 * @param value
 *   Raw value.
 * @returns
 *   Positive integer.
 */
function parseJobs(value: string): number {
  // Plain decimal digits only: `Number` would also take `0x10`, `1e2` or ` 4 `.
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError(`Invalid \`--jobs ${value}\`: expected a whole number of 1 or more, in decimal digits`)
  }
  return jobs
}

/** Smallest `--max-memory`: below this a worker cannot even start. */
const MIN_MEMORY = 32 * 1024 * 1024

/**
 * Parse a `--max-memory` value.
 *
 * @param value
 *   Raw value (`512m`, `2g`).
 * @returns
 *   Bytes.
 */
function parseMemory(value: string): number {
  const bytes = parseSize(value, '--max-memory')
  if (bytes < MIN_MEMORY) throw new UsageError(`Invalid \`--max-memory ${value}\`: at least 32m`)
  return bytes
}

/**
 * Parse a size such as `16m`, `500k` or `1048576`.
 *
 * @param value
 *   Raw value.
 * @returns
 *   Bytes.
 */
export function parseSize(value: string, flag = '--max-size'): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim())
  if (!match) {
    throw new UsageError(`Invalid \`${flag} ${value}\`: expected bytes, or a number with k, m or g`)
  }
  // Both groups always take part in a match (the unit may be empty).
  const unit = itemAt(match, 2).toLowerCase()
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  const bytes = Math.floor(Number(itemAt(match, 1)) * factor)
  if (bytes < 1) throw new UsageError(`Invalid \`${flag} ${value}\`: must be positive`)
  return bytes
}

/**
 * Check a string option is not empty.
 *
 * @param value
 *   Raw value.
 * @param flag
 *   Flag name for the error message.
 * @returns
 *   The value.
 */
function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`Empty \`${flag}\``)
  return value
}

/**
 * Check a base URL by the one URL check of the package (`checkUrl`):
 * absolute `http:` or `https:`, without credentials.
 *
 * @param value
 *   Raw value.
 * @returns
 *   The value.
 */
export function checkBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const result = checkUrl(value)
  if (!result.ok) throw new UsageError(`Invalid base URL \`${value}\`: ${result.reason}`)
  return value
}

/**
 * Check a language is a BCP 47 tag, by the rule the library applies.
 *
 * @param value
 *   Raw value.
 * @returns
 *   The value.
 */
export function checkLanguage(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  try {
    // The library's own check, from its settings rather than a plugin, so
    // that a rebuild with nothing to build loads no plugin and no YAML reader.
    languageOption(value)
  } catch {
    throw new UsageError(`Invalid language \`${value}\`: expected a BCP 47 tag such as ar or ar-EG`)
  }
  return value
}

/**
 * Check a time zone is known to `Intl`.
 *
 * @param value
 *   Raw value.
 * @returns
 *   The value.
 */
export function checkTimeZone(value: string | undefined): string | undefined {
  if (value === undefined || isValidTimeZone(value)) return value
  throw new UsageError(`Unknown time zone \`${value}\` (expected an IANA name such as Asia/Riyadh)`)
}
