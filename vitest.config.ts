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
      reporter: ['text-summary', 'text'],
      thresholds: {lines: 90, functions: 90, branches: 85, statements: 90}
    }
  }
})
