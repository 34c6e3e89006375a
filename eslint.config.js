// Lint configuration: the recommended JavaScript and TypeScript rules, JSDoc
// checks on the parts the code documents, and nothing that the formatter owns.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import jsdoc from 'eslint-plugin-jsdoc'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'out/',
      '.cache/',
      '.scratch/',
      'bench/results/',
      'examples/astro/',
      'examples/eleventy/',
      '**/node_modules/'
    ]
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  jsdoc.configs['flat/recommended-typescript'],
  {
    languageOptions: {globals: {...globals.node}},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      // Control characters are matched on purpose: they are what the text
      // clean-up removes.
      'no-control-regex': 'off',
      // Classes of combining marks (tashkeel) are matched one mark at a time
      // on purpose.
      'no-misleading-character-class': 'off',
      // `\\[` inside a character class reads more plainly next to `(` and `{`.
      'no-useless-escape': 'off',
      // Variables set before a chain of `if`s read more plainly than a
      // definite-assignment dance.
      'no-useless-assignment': 'off',
      // A blank line between the summary and the tags, as the code is written.
      'jsdoc/tag-lines': ['error', 'any', {startLines: 1}],
      // Descriptions of every parameter and return value are encouraged, not
      // required: short private helpers say enough in their summary.
      'jsdoc/require-jsdoc': 'off',
      'jsdoc/require-param-description': 'off',
      'jsdoc/require-returns': 'off',
      'jsdoc/require-yields': 'off',
      'jsdoc/require-param': 'off',
      // Attachers document `@returns` even when they return nothing: `Nothing.`
      'jsdoc/require-returns-check': 'off',
      'jsdoc/check-param-names': ['error', {checkDestructured: false}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}]
    }
  },
  {
    // What the library reads from a list or a match it knows is there, it
    // reads with `itemAt`, `firstItem` or `lastItem` (src/text/items.ts),
    // which say so and throw if it ever is not; `!` would say nothing.
    files: ['src/**'],
    rules: {'@typescript-eslint/no-non-null-assertion': 'error'}
  },
  {
    // Tests, scripts and benchmarks are not the library: loose types are
    // fine where they stand in for what a test feeds in.
    files: ['test/**', 'scripts/**', 'bench/**', 'examples/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off'
    }
  },
  prettier
)
