/**
 * The whole test suite, as `npm test` and CI run it: build, type check,
 * example sites, unit and page tests (with coverage), package check, then
 * the checks over the real-article corpus. Prints what each step counted and
 * a closing `N passed, N failed` line.
 *
 * Usage: `npm test` (the corpus is read from `../shared/corpus`, or from
 * `CORPUS=<folder>`). Without a corpus the corpus steps are skipped, except
 * in CI (`CI` set), where they are required.
 */

import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'

/** One step of the suite. */
interface Step {
  /** Short name, shown in the summary. */
  name: string
  /** Command and arguments. */
  command: Array<string>
  /** Environment added for this step. */
  env?: Record<string, string>
  /** Whether the step reads the corpus. */
  corpus?: boolean
  /** Read the numbers a step counted from its output. */
  count?: (output: string) => string
}

/** What a step did. */
interface Outcome {
  name: string
  ok: boolean
  skipped: boolean
  seconds: number
  counted: string
}

const root = resolve(import.meta.dirname, '..')
const corpus = resolve(root, process.env.CORPUS ?? '../shared/corpus')
const hasCorpus = existsSync(resolve(corpus, 'articles'))
const inCi = Boolean(process.env.CI)
mkdirSync(resolve(root, '.cache'), {recursive: true})

const steps: Array<Step> = [
  {name: 'build', command: ['npm', 'run', 'build']},
  {name: 'typecheck', command: ['npm', 'run', 'typecheck']},
  {name: 'lint and format', command: ['npm', 'run', 'lint'], count: () => 'eslint and prettier --check clean'},
  {
    name: 'example sites',
    command: ['bash', 'scripts/test-examples.sh', '--no-test'],
    count: () => 'examples/astro and examples/eleventy built'
  },
  {
    name: 'unit, fixture, page and browser tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--coverage',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.cache/vitest.json'
    ],
    env: {TEST_EXAMPLES: '1'},
    count: countVitest
  },
  {name: 'package (publint)', command: ['npx', 'publint', '--strict'], count: () => 'exports checked'},
  {name: 'package types (attw)', command: ['npm', 'run', 'check:types'], count: () => 'packed types resolve'},
  {
    name: 'type coverage',
    command: ['npm', 'run', 'type-coverage'],
    count: (output) => lastLine(output, '(').replace(/\s+/g, ' ')
  },
  {
    name: 'corpus: nothing lost',
    command: ['npx', 'tsx', 'scripts/check-corpus.ts', resolve(corpus, 'articles')],
    corpus: true,
    count: (output) => lastLine(output, 'check:corpus:')
  },
  {
    name: 'corpus: quotation and structure scores',
    command: ['npx', 'tsx', 'scripts/eval.ts', corpus, '--check'],
    corpus: true,
    count: (output) => lastLine(output, 'OVERALL').replace(/\s+/g, ' ')
  },
  {
    name: 'corpus: W3C Nu Html Checker',
    command: ['npx', 'tsx', 'scripts/check-html.ts', resolve(corpus, 'articles')],
    corpus: true,
    count: (output) => lastLine(output, 'check:html:')
  }
]

const outcomes: Array<Outcome> = []

for (const step of steps) {
  if (step.corpus && !hasCorpus) {
    if (inCi) {
      outcomes.push({name: step.name, ok: false, skipped: false, seconds: 0, counted: 'no corpus at ' + corpus})
    } else {
      outcomes.push({name: step.name, ok: true, skipped: true, seconds: 0, counted: 'skipped: no corpus at ' + corpus})
    }

    continue
  }

  console.log('\n== ' + step.name + ': ' + step.command.join(' '))
  const started = performance.now()
  const {code, output} = await run(step)
  const ok = code === 0
  outcomes.push({
    name: step.name,
    ok,
    skipped: false,
    seconds: (performance.now() - started) / 1000,
    counted: step.count ? safely(step.count, output) : ''
  })
}

console.log('\n== Summary')
for (const outcome of outcomes) {
  const status = outcome.skipped ? 'skip' : outcome.ok ? 'ok  ' : 'FAIL'
  console.log(
    status + '  ' + outcome.name.padEnd(40) + ' ' + outcome.seconds.toFixed(0).padStart(4) + ' s  ' + outcome.counted
  )
}

const passed = outcomes.filter((outcome) => outcome.ok && !outcome.skipped).length
const failed = outcomes.filter((outcome) => !outcome.ok).length
const skipped = outcomes.filter((outcome) => outcome.skipped).length
console.log('\nsteps: ' + passed + ' passed, ' + failed + ' failed' + (skipped ? ', ' + skipped + ' skipped' : ''))
process.exitCode = failed > 0 ? 1 : 0

/**
 * Run a step, streaming its output and keeping a copy.
 *
 * @param step
 *   The step.
 * @returns
 *   Exit code and output.
 */
function run(step: Step): Promise<{code: number; output: string}> {
  return new Promise(function (resolvePromise) {
    const [command, ...parameters] = step.command
    const child = spawn(command!, parameters, {
      cwd: root,
      env: {...process.env, ...step.env},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk
      process.stderr.write(chunk)
    })
    child.on('close', (code) => resolvePromise({code: code ?? 1, output}))
  })
}

/**
 * The numbers vitest counted, from its JSON report.
 *
 * @returns
 *   A summary such as `812 tests: 810 passed, 0 failed, 2 skipped`.
 */
function countVitest(): string {
  const report = JSON.parse(readFileSync(resolve(root, '.cache/vitest.json'), 'utf8')) as {
    numTotalTests: number
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  return (
    report.numTotalTests +
    ' tests: ' +
    report.numPassedTests +
    ' passed, ' +
    report.numFailedTests +
    ' failed, ' +
    (report.numPendingTests + report.numTodoTests) +
    ' skipped'
  )
}

/**
 * The last line of an output that starts with a prefix.
 *
 * @param output
 *   The output.
 * @param prefix
 *   What the line starts with.
 * @returns
 *   The line, trimmed, or an empty string.
 */
function lastLine(output: string, prefix: string): string {
  const lines = output.split('\n').filter((line) => line.trimStart().startsWith(prefix))
  return lines.at(-1)?.trim() ?? ''
}

/**
 * Call a counter, never letting it fail the suite.
 *
 * @param count
 *   The counter.
 * @param output
 *   The step's output.
 * @returns
 *   What it counted, or why it could not.
 */
function safely(count: (output: string) => string, output: string): string {
  try {
    return count(output)
  } catch (error) {
    return 'not counted: ' + String((error as Error).message)
  }
}
