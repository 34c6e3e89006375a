// Options shared by the `.txt` loader and the markdown processor.
/** @type {import('remark-arabic-news').ArabicNewsOptions} */
export const newsOptions = {
  jsonLd: {
    // The layout puts the JSON-LD in <head>, so the article itself carries none.
    script: false,
    publisher: {name: 'أخبار المثال', url: 'https://news.example.com/'},
    baseUrl: 'https://news.example.com/'
  }
}
