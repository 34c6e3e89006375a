/**
 * Site-wide metadata options: one article with front matter becomes a full
 * page with JSON-LD, Open Graph and Twitter tags.
 *
 * Run: `npm run build && npx tsx examples/site-options.ts`
 */

import {arabicNews, type ArabicNewsOptions} from 'remark-arabic-news'
import {reporter} from 'vfile-reporter'

/** Set once for the whole site; front matter overrides it per article. */
const options: ArabicNewsOptions = {
  language: 'ar',
  jsonLd: {
    publisher: {
      name: 'صحيفة الأفق',
      url: 'https://alufuq.example/',
      logo: {url: '/images/logo.png', width: 600, height: 60}
    },
    defaultAuthor: {name: 'فريق تحرير الأفق', url: '/about/newsroom'},
    baseUrl: 'https://alufuq.example/',
    timeZone: 'Asia/Riyadh',
    isAccessibleForFree: true
  },
  document: {
    css: '/style.css',
    siteTwitter: 'alufuq'
  }
}

const article = `---
title: افتتاح مكتبة عامة في حي الورود
description: مكتبة تضم عشرين ألف كتاب وقاعة للأطفال وتفتح أبوابها يوميا.
date: 2025-09-04
author:
  - name: سارة أحمد
    url: /authors/sara-ahmed
image:
  url: /images/library.jpg
  width: 1600
  height: 900
  caption: قاعة القراءة في المكتبة الجديدة
section: ثقافة
tags: [مكتبات, قراءة]
url: /culture/2025/09/library
---
افتتحت البلدية اليوم الخميس مكتبة عامة جديدة في حي الورود تضم عشرين ألف كتاب.
وقالت مديرة المكتبة هالة منصور «نريد أن تكون المكتبة بيتا ثانيا لأطفال الحي».
`

const file = await arabicNews(options).process(article)

console.error(reporter(file))
console.log(String(file))
console.error(JSON.stringify(file.data.newsArticle, null, 2))
