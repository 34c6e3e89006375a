// @ts-check
import {unified} from '@astrojs/markdown-remark'
import {defineConfig} from 'astro/config'
import {arabicNewsMarkdown} from 'remark-arabic-news/astro'
import {newsOptions} from './news.config.mjs'

// Astro 7 runs remark and rehype plugins only in the `unified()` processor.
// SmartyPants is turned off: it would curl ASCII quote marks in Arabic text.
export default defineConfig({
  site: 'https://news.example.com',
  markdown: {
    processor: unified({...arabicNewsMarkdown(newsOptions), smartypants: false})
  }
})
