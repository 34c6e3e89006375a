/**
 * Score the library against hand-labelled real articles.
 *
 * Usage: `npm run eval -- [corpus] [--check] [--verbose] [--by-path] [--json] [--baseline] [--labels file]`
 *
 * - `corpus`: corpus folder (default `../shared/corpus`), with `articles/` and
 *   `labels/dev.jsonl` (format and score definitions in `labels/README.md`).
 * - `--check`: exit with code 1 when a score is below its target and below
 *   its regression floor (see `GATES`); a score between the two is printed
 *   as `NOT MET`.
 * - `--verbose`: list what went wrong, per file (with the reading that gave
 *   each wrong speaker).
 * - `--by-path`: speaker precision per reading that gave the speaker
 *   (`cue-name`, `previous-same-gender`, `handed-on`, …), overall and per set.
 * - `--json`: print the scores as JSON instead of tables.
 * - `--baseline`: score the naive rule instead of the library (to check the scorer).
 *
 * The articles are read at run time and never copied.
 */

import {readFileSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {arabicNews} from '../src/index.js'
import {naiveHtml} from './eval/baseline.js'
import {
  addCounts,
  type ArticleFacts,
  type ArticleLabels,
  type Counts,
  emptyCounts,
  type Finding,
  type PathOutcome,
  scoreArticle
} from './eval/score.js'

/** How many labelled lines form the first set (the rest are the second). */
const FIRST_SET = 60

/**
 * What `--check` gates on, over the whole dev set. A score that reaches its
 * target passes; one that does not must stay at or above its floor (the
 * value reached so far, rounded down), so that it cannot regress unseen.
 * `lowerIsBetter` scores are rates of errors.
 */
const GATES: ReadonlyArray<Gate> = [
  {name: 'speaker precision', key: 'speakerPrecision', target: 0.97, floor: 0.97},
  {name: 'speaker coverage', key: 'speakerCoverage', target: 0.9, floor: 0.9},
  {name: 'mentions precision', key: 'mentionsPrecision', target: 0.98, floor: 0.99},
  {name: 'missed-quote recall', key: 'missedRecall', target: 0.6, floor: 0.75},
  {name: 'subheading precision', key: 'subheadingPrecision', target: 0.95, floor: 0.97},
  {name: 'subheading recall', key: 'subheadingRecall', target: 0.85, floor: 0.92},
  {name: 'block precision', key: 'blockPrecision', target: 0.95, floor: 0.98},
  {name: 'block recall', key: 'blockRecall', target: 0.95, floor: 0.99},
  {name: 'block purity', key: 'blockPurity', target: 0.95, floor: 0.98},
  {name: 'inline made block', key: 'inlineMadeBlock', target: 0.02, floor: 0.02, lowerIsBetter: true},
  {name: 'blockquotes ending in a comma', key: 'commaEndings', target: 0, floor: 0, lowerIsBetter: true}
]

/** A gate of `--check`. */
interface Gate {
  name: string
  key: keyof Scores
  target: number
  floor: number
  lowerIsBetter?: boolean
}

interface Arguments {
  corpus: string
  labels: string
  check: boolean
  verbose: boolean
  json: boolean
  baseline: boolean
  byPath: boolean
}

/** Speakers given by one reading, and how many were right. */
interface PathCounts {
  given: number
  right: number
}

type Scores = ReturnType<typeof scores>

const args = parseArguments(process.argv.slice(2))
const labelLines = readFileSync(args.labels, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
const parseHtml = unified().use(rehypeParse, {fragment: true})
const total = emptyCounts()
const sets = new Map<string, Counts>([
  [`first ${FIRST_SET}`, emptyCounts()],
  [`other ${Math.max(0, labelLines.length - FIRST_SET)}`, emptyCounts()]
])
const setNames = [...sets.keys()]
const byOutlet = new Map<string, Counts>()
const findingsByFile = new Map<string, Array<Finding>>()
/** Per set name (and `OVERALL`): counts per reading. */
const pathsBySet = new Map<string, Map<string, PathCounts>>()

for (const [index, line] of labelLines.entries()) {
  const labels = JSON.parse(line) as ArticleLabels
  const text = readFileSync(path.join(args.corpus, 'articles', labels.file), 'utf8')
  const lines = text.split('\n')
  let html: string
  let facts: ArticleFacts
  if (args.baseline) {
    html = naiveHtml(lines)
    facts = {dateline: undefined, asides: [], mentions: [], speakerPaths: []}
  } else {
    const file = await arabicNews().process(text)
    html = String(file)
    const data = file.data.arabicNews
    facts = {
      dateline: data?.dateline?.text,
      asides: (data?.asides ?? []).map((aside) => ({
        line: aside.position?.start.line ?? 0,
        kind: aside.kind
      })),
      mentions: mentionNames(file.data.newsArticle),
      speakerPaths: file.data.speakerPaths ?? []
    }
  }

  const tree = parseHtml.parse(html)
  const {counts, findings, paths} = scoreArticle(lines, labels, tree, facts)
  const setName = setNames[index < FIRST_SET ? 0 : 1] ?? 'OVERALL'
  addCounts(total, counts)
  const setCounts = sets.get(setName)
  if (setCounts) addCounts(setCounts, counts)
  addPaths('OVERALL', paths)
  addPaths(setName, paths)
  const outlet = outletOf(labels.file)
  const outletCounts = byOutlet.get(outlet) ?? emptyCounts()
  addCounts(outletCounts, counts)
  byOutlet.set(outlet, outletCounts)
  if (findings.length > 0) findingsByFile.set(labels.file, findings)
}

const overall = scores(total)
if (args.json) {
  const outlets: Record<string, Scores> = {}
  for (const [outlet, counts] of [...byOutlet].sort()) outlets[outlet] = scores(counts)
  const bySet: Record<string, Scores> = {}
  for (const [name, counts] of sets) bySet[name] = scores(counts)
  const paths: Record<string, Record<string, PathCounts>> = {}
  for (const [name, counts] of pathsBySet) paths[name] = Object.fromEntries(counts)
  console.log(JSON.stringify({overall, sets: bySet, outlets, paths, gates: GATES}, null, 2))
} else {
  printTables()
  if (args.byPath) printPaths()
}

if (args.verbose) {
  for (const [file, findings] of findingsByFile) {
    console.log('\n' + file)
    for (const finding of findings) {
      console.log(`  ${finding.kind} L${finding.line}: ${finding.detail}`)
    }
  }
}

const failed = checkGates(overall, !args.json)
if (args.check && failed > 0) process.exitCode = 1

/**
 * @param counts
 *   Summed counts.
 * @returns
 *   Scores (`undefined` when there is nothing to score).
 */
function scores(counts: Counts) {
  const ratio = (a: number, b: number) => (b === 0 ? undefined : a / b)
  return {
    files: counts.files,
    blockQuotes: counts.blockLabels,
    blockRecall: ratio(counts.blockHits, counts.blockLabels),
    missedRecall: ratio(counts.missedHits, counts.missedLabels),
    blockquotes: counts.blockquotes,
    blockPrecision: ratio(counts.blockquotesGood, counts.blockquotes),
    blockPurity: ratio(counts.blockquoteCharsQuoted, counts.blockquoteChars),
    commaEndings: counts.blockquotesEndingInComma,
    inlineMadeBlock: ratio(counts.inlineMadeBlock, counts.inlineLabels),
    speakerAccuracy: ratio(counts.speakerHits, counts.speakerLabels),
    speakerPrecision: ratio(counts.speakerHits, counts.speakerGiven),
    speakerCoverage: ratio(counts.speakerGiven, counts.speakerLabels),
    mentions: counts.mentions,
    mentionsPrecision: ratio(counts.mentionsGood, counts.mentions),
    subheadingPrecision: ratio(counts.headingsGood, counts.headings),
    subheadingRecall: ratio(counts.subheadingsFound, counts.subheadingLabels),
    datelineAccuracy: ratio(counts.datelineGood, counts.datelineFiles),
    asidePrecision: ratio(counts.asidesGood, counts.asidesPredicted),
    asideRecall: ratio(counts.asidesFound, counts.asideLabels)
  }
}

/**
 * Check the overall scores against the gates, and say how each stands.
 *
 * @param result
 *   Overall scores.
 * @param print
 *   Whether to print the outcome.
 * @returns
 *   Number of gates failed (below target and below floor).
 */
function checkGates(result: Scores, print: boolean): number {
  let failed = 0
  const lines: Array<string> = []
  for (const gate of GATES) {
    const value = result[gate.key]
    if (typeof value !== 'number') continue
    const better = (a: number, b: number) => (gate.lowerIsBetter ? a <= b : a >= b)
    if (better(value, gate.target)) continue
    const reached = Number.isInteger(value) ? String(value) : value.toFixed(3)
    if (better(value, gate.floor)) {
      lines.push(`NOT MET: ${gate.name}: target ${gate.target}, reached ${reached} (floor ${gate.floor} held)`)
    } else {
      failed++
      lines.push(`FAILED: ${gate.name}: target ${gate.target}, reached ${reached}, below the floor ${gate.floor}`)
    }
  }

  if (print) {
    console.log('')
    if (lines.length === 0) console.log('All targets met.')
    for (const line of lines) console.log(line)
  }

  return failed
}

/**
 * Print the quotation table and the structure table.
 *
 * @returns
 *   Nothing.
 */
function printTables(): undefined {
  const format = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(2))
  const percent = (value: number | undefined) => (value === undefined ? '-' : (value * 100).toFixed(1) + '%')
  const groups: Array<[string, Counts]> = [
    ...[...byOutlet].sort(),
    ...[...sets].map(([name, counts]): [string, Counts] => [name.toUpperCase(), counts]),
    ['OVERALL', total]
  ]
  const rows: Array<Array<string>> = [
    [
      'outlet',
      'files',
      'blocks',
      'bq',
      'precision',
      'recall',
      'purity',
      ',end',
      'inline→block',
      'spk-acc',
      'spk-P',
      'spk-cov',
      'ment',
      'ment-P',
      'missed-R'
    ]
  ]
  for (const [name, counts] of groups) {
    const result = scores(counts)
    rows.push([
      name,
      String(result.files),
      String(result.blockQuotes),
      String(result.blockquotes),
      format(result.blockPrecision),
      format(result.blockRecall),
      format(result.blockPurity),
      String(result.commaEndings),
      percent(result.inlineMadeBlock),
      format(result.speakerAccuracy),
      format(result.speakerPrecision),
      format(result.speakerCoverage),
      String(result.mentions),
      format(result.mentionsPrecision),
      format(result.missedRecall)
    ])
  }

  console.log(
    args.baseline ? 'Quotations (naive baseline)' : 'Quotations',
    '— ,end: blockquotes ending in a comma; spk: speaker accuracy, precision, coverage; ment: JSON-LD mentions and their precision'
  )
  printRows(rows)

  const structure: Array<Array<string>> = [['outlet', 'files', 'h2-P', 'h2-R', 'dateline', 'aside-P', 'aside-R']]
  for (const [name, counts] of groups) {
    const result = scores(counts)
    structure.push([
      name,
      String(result.files),
      format(result.subheadingPrecision),
      format(result.subheadingRecall),
      format(result.datelineAccuracy),
      format(result.asidePrecision),
      format(result.asideRecall)
    ])
  }

  console.log('\nStructure (subheadings, datelines, bylines and boilerplate)')
  printRows(structure)
  return undefined
}

/**
 * @param set
 *   Set name (or `OVERALL`).
 * @param outcomes
 *   Speakers given in one article and whether each was right.
 * @returns
 *   Nothing.
 */
function addPaths(set: string, outcomes: ReadonlyArray<PathOutcome>): undefined {
  const counts = pathsBySet.get(set) ?? new Map<string, PathCounts>()
  pathsBySet.set(set, counts)
  for (const outcome of outcomes) {
    const path = counts.get(outcome.via) ?? {given: 0, right: 0}
    path.given++
    if (outcome.right) path.right++
    counts.set(outcome.via, path)
  }

  return undefined
}

/**
 * Print speaker precision per reading: given, right and precision, overall
 * and per set, most given first.
 *
 * @returns
 *   Nothing.
 */
function printPaths(): undefined {
  const columns = ['OVERALL', ...setNames]
  const overallPaths = pathsBySet.get('OVERALL') ?? new Map<string, PathCounts>()
  const order = [...overallPaths].sort((a, b) => b[1].given - a[1].given || a[0].localeCompare(b[0]))
  const header = ['path']
  for (const column of columns) header.push(column + ' given', 'right', 'P')
  const rows: Array<Array<string>> = [header]
  const cells = (counts: PathCounts | undefined) =>
    counts ? [String(counts.given), String(counts.right), (counts.right / counts.given).toFixed(2)] : ['0', '0', '-']
  const sum = (set: string): PathCounts => {
    const result = {given: 0, right: 0}
    for (const counts of pathsBySet.get(set)?.values() ?? []) {
      result.given += counts.given
      result.right += counts.right
    }

    return result
  }

  for (const [via] of order) {
    rows.push([via, ...columns.flatMap((column) => cells(pathsBySet.get(column)?.get(via)))])
  }

  rows.push(['ALL', ...columns.flatMap((column) => cells(sum(column)))])
  console.log('\nSpeakers by path — labelled block quotes given a speaker, by the reading that gave it')
  printRows(rows)
  return undefined
}

/**
 * @param article
 *   JSON-LD of the article, if any.
 * @returns
 *   Names in its `mentions`.
 */
function mentionNames(article: unknown): Array<string> {
  if (!article || typeof article !== 'object' || !('mentions' in article)) return []
  const mentions: unknown = article.mentions
  const list: Array<unknown> = Array.isArray(mentions) ? mentions : [mentions]
  const names: Array<string> = []
  for (const mention of list) {
    if (mention && typeof mention === 'object' && 'name' in mention && typeof mention.name === 'string') {
      names.push(mention.name)
    }
  }

  return names
}

/**
 * @param rows
 *   Table rows, header first.
 * @returns
 *   Nothing.
 */
function printRows(rows: ReadonlyArray<ReadonlyArray<string>>): undefined {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  for (const [index, row] of rows.entries()) {
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  ')
    )
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  }

  return undefined
}

/**
 * @param file
 *   Article file name (`<source>-<outlet>-<id>.txt`).
 * @returns
 *   Outlet.
 */
function outletOf(file: string): string {
  return file.split('-')[1] ?? file
}

/**
 * @param argv
 *   Command-line arguments.
 * @returns
 *   Parsed arguments.
 */
function parseArguments(argv: ReadonlyArray<string>): Arguments {
  let corpus = '../shared/corpus'
  let labels: string | undefined
  const flags = new Set<string>()
  for (let index = 0; index < argv.length; index++) {
    const value = argv[index]!
    if (value === '--labels') {
      labels = argv[++index]
    } else if (value.startsWith('--')) {
      if (!['--check', '--verbose', '--json', '--baseline', '--by-path'].includes(value)) {
        console.error('Unknown option `' + value + '`')
        process.exit(2)
      }

      flags.add(value)
    } else {
      corpus = value
    }
  }

  return {
    corpus,
    labels: labels ?? path.join(corpus, 'labels', 'dev.jsonl'),
    check: flags.has('--check'),
    verbose: flags.has('--verbose'),
    json: flags.has('--json'),
    baseline: flags.has('--baseline'),
    byPath: flags.has('--by-path')
  }
}
