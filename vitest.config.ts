import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^remark-arabic-news$/,
        replacement: fileURLToPath(new URL('src/index.ts', import.meta.url))
      }
    ]
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        // The executable: it only runs as a child process (test/cli-process,
        // test/cli-faults), where coverage is not collected; `main`, which it
        // calls, is tested in this process.
        'src/cli/index.ts',
        // The entry of the build's worker threads, which coverage does not
        // follow; the batch runner it wraps (`task.ts`) is tested in this thread.
        'src/cli/worker.ts'
      ],
      reporter: ['text-summary', 'text'],
      // Just under what the suite reaches (statements 93.9%, branches 90.3%,
      // functions 95.7%, lines 95.6%), with room for work in flight; the aim is 95 each.
      thresholds: {lines: 94, functions: 94, branches: 89, statements: 93}
    }
  }
})
