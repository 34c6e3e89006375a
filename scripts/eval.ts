/**
 * Score the library against hand-labelled real articles.
 *
 * Usage: `npm run eval -- [corpus] [--check] [--verbose] [--json] [--baseline] [--labels file]`
 *
 * - `corpus`: corpus folder (default `../shared/corpus`), with `articles/` and
 *   `labels/dev.jsonl` (format and score definitions in `labels/README.md`).
 * - `--check`: exit with code 1 when a target is missed.
 * - `--verbose`: list what went wrong, per file.
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
  scoreArticle
} from './eval/score.js'

/** Targets on the labels (overall). */
const TARGETS = {
  blockPrecision: 0.95,
  blockRecall: 0.95,
  blockPurity: 0.9,
  inlineMadeBlock: 0.02,
  speakerAccuracy: 0.9
} as const

interface Arguments {
  corpus: string
  labels: string
  check: boolean
  verbose: boolean
  json: boolean
  baseline: boolean
}

const args = parseArguments(process.argv.slice(2))
const labelLines = readFileSync(args.labels, 'utf8').split('\n').filter((line) => line.trim())
const parseHtml = unified().use(rehypeParse, {fragment: true})
const total = emptyCounts()
const byOutlet = new Map<string, Counts>()
const findingsByFile = new Map<string, Array<Finding>>()

for (const line of labelLines) {
  const labels = JSON.parse(line) as ArticleLabels
  const text = readFileSync(path.join(args.corpus, 'articles', labels.file), 'utf8')
  const lines = text.split('\n')
  let html: string
  let facts: ArticleFacts
  if (args.baseline) {
    html = naiveHtml(lines)
    facts = {dateline: undefined, asides: []}
  } else {
    const file = await arabicNews({jsonLd: false}).process(text)
    html = String(file)
    const data = file.data.arabicNews
    facts = {
      dateline: data?.dateline?.text,
      asides: (data?.asides ?? []).map((aside) => ({
        line: aside.position?.start.line ?? 0,
        kind: aside.kind
      }))
    }
  }

  const tree = parseHtml.parse(html)
  const {counts, findings} = scoreArticle(lines, labels, tree, facts)
  addCounts(total, counts)
  const outlet = outletOf(labels.file)
  const outletCounts = byOutlet.get(outlet) ?? emptyCounts()
  addCounts(outletCounts, counts)
  byOutlet.set(outlet, outletCounts)
  if (findings.length > 0) findingsByFile.set(labels.file, findings)
}

const overall = scores(total)
if (args.json) {
  const outlets: Record<string, ReturnType<typeof scores>> = {}
  for (const [outlet, counts] of [...byOutlet].sort()) outlets[outlet] = scores(counts)
  console.log(JSON.stringify({overall, outlets, targets: TARGETS}, null, 2))
} else {
  printTables()
}

if (args.verbose) {
  for (const [file, findings] of findingsByFile) {
    console.log('\n' + file)
    for (const finding of findings) {
      console.log(`  ${finding.kind} L${finding.line}: ${finding.detail}`)
    }
  }
}

const missed = missedTargets(overall)
if (!args.json) {
  console.log(
    missed.length === 0 ? '\nAll targets met.' : '\nTargets missed: ' + missed.join(', ')
  )
}

if (args.check && missed.length > 0) process.exitCode = 1

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
    inlineMadeBlock: ratio(counts.inlineMadeBlock, counts.inlineLabels),
    speakerAccuracy: ratio(counts.speakerHits, counts.speakerLabels),
    subheadingPrecision: ratio(counts.headingsGood, counts.headings),
    subheadingRecall: ratio(counts.subheadingsFound, counts.subheadingLabels),
    datelineAccuracy: ratio(counts.datelineGood, counts.datelineFiles),
    asidePrecision: ratio(counts.asidesGood, counts.asidesPredicted),
    asideRecall: ratio(counts.asidesFound, counts.asideLabels)
  }
}

/**
 * @param result
 *   Overall scores.
 * @returns
 *   Names of the targets missed.
 */
function missedTargets(result: ReturnType<typeof scores>): Array<string> {
  const missed: Array<string> = []
  if ((result.blockPrecision ?? 1) < TARGETS.blockPrecision) missed.push('block precision')
  if ((result.blockRecall ?? 1) < TARGETS.blockRecall) missed.push('block recall')
  if ((result.blockPurity ?? 1) < TARGETS.blockPurity) missed.push('block purity')
  if ((result.inlineMadeBlock ?? 0) > TARGETS.inlineMadeBlock) missed.push('inline made block')
  if ((result.speakerAccuracy ?? 1) < TARGETS.speakerAccuracy) missed.push('speaker accuracy')
  return missed
}

/**
 * Print the quotation table and the structure table.
 *
 * @returns
 *   Nothing.
 */
function printTables(): undefined {
  const format = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(2))
  const percent = (value: number | undefined) =>
    value === undefined ? '-' : (value * 100).toFixed(1) + '%'
  const rows: Array<Array<string>> = [
    ['outlet', 'files', 'blocks', 'bq', 'precision', 'recall', 'purity', 'inline→block', 'speaker', 'missed-R']
  ]
  const quoteRow = (name: string, counts: Counts) => {
    const result = scores(counts)
    rows.push([
      name,
      String(result.files),
      String(result.blockQuotes),
      String(result.blockquotes),
      format(result.blockPrecision),
      format(result.blockRecall),
      format(result.blockPurity),
      percent(result.inlineMadeBlock),
      format(result.speakerAccuracy),
      format(result.missedRecall)
    ])
  }

  for (const [outlet, counts] of [...byOutlet].sort()) quoteRow(outlet, counts)
  quoteRow('OVERALL', total)
  console.log(
    args.baseline ? 'Quotations (naive baseline)' : 'Quotations',
    `— targets: precision ≥ ${TARGETS.blockPrecision}, recall ≥ ${TARGETS.blockRecall}, purity ≥ ${TARGETS.blockPurity}, inline→block ≤ ${TARGETS.inlineMadeBlock * 100}%, speaker ≥ ${TARGETS.speakerAccuracy}`
  )
  printRows(rows)

  const structure: Array<Array<string>> = [
    ['outlet', 'files', 'h2-P', 'h2-R', 'dateline', 'aside-P', 'aside-R']
  ]
  const structureRow = (name: string, counts: Counts) => {
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

  for (const [outlet, counts] of [...byOutlet].sort()) structureRow(outlet, counts)
  structureRow('OVERALL', total)
  console.log('\nStructure (subheadings, datelines, bylines and boilerplate)')
  printRows(structure)
  return undefined
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
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
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
      if (!['--check', '--verbose', '--json', '--baseline'].includes(value)) {
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
    baseline: flags.has('--baseline')
  }
}
