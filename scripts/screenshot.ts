/**
 * Take the README screenshot: the seed article as the Astro example site
 * renders it, in Debian's headless Chromium.
 *
 * Usage (after `bash scripts/test-examples.sh` has built the sites):
 *
 *   npx tsx scripts/screenshot.ts [site folder] [page path] [output.png]
 *
 * Defaults: examples/astro/dist, /news/witkoff-paris/, docs/screenshot.png.
 * Needs `apt-get install -y chromium`; never downloads a browser.
 */

import {createReadStream} from 'node:fs'
import {mkdir, stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser} from 'playwright-core'

/** Debian's Chromium. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** Flags for a quiet, offline headless Chromium. */
export const CHROMIUM_ARGS: ReadonlyArray<string> = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2'
}

/** A static file server on the loopback interface. */
export interface StaticServer {
  /** Base URL, such as `http://127.0.0.1:40123`. */
  url: string
  /** Stop the server. */
  close(): Promise<void>
}

/**
 * Serve a built site from a folder on 127.0.0.1 (a free port), with
 * `index.html` for folder paths.
 *
 * @param folder
 *   Folder of the built site.
 * @returns
 *   The running server.
 */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = path.resolve(folder)
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    let filePath = path.join(root, pathname)
    if (!filePath.startsWith(root)) {
      response.writeHead(403).end()
      return
    }

    stat(filePath)
      .then(async (info) => {
        if (info.isDirectory()) {
          filePath = path.join(filePath, 'index.html')
          await stat(filePath)
        }

        response.writeHead(200, {
          'content-type': contentTypes[path.extname(filePath)] ?? 'application/octet-stream'
        })
        createReadStream(filePath).pipe(response)
      })
      .catch(() => {
        response.writeHead(404, {'content-type': 'text/plain'}).end('Not found')
      })
  })

  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve)
  })
  const {port} = server.address() as AddressInfo

  return {
    url: 'http://127.0.0.1:' + port,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
      })
    }
  }
}

/**
 * Start Debian's headless Chromium.
 *
 * @returns
 *   The browser.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true})
}

/**
 * Screenshot one page of a built site.
 *
 * @param folder
 *   Folder of the built site.
 * @param pagePath
 *   Path of the page on the site.
 * @param output
 *   PNG file to write.
 * @param width
 *   Width of the window in CSS pixels (default: 820).
 * @returns
 *   Nothing.
 */
export async function screenshot(folder: string, pagePath: string, output: string, width = 820): Promise<undefined> {
  const server = await serveFolder(folder)
  const browser = await launchChromium()

  try {
    const page = await browser.newPage({viewport: {width, height: 1000}, deviceScaleFactor: 1})
    await page.goto(server.url + pagePath, {waitUntil: 'load'})
    // A string: the project compiles without DOM types.
    await page.evaluate('document.fonts.ready.then(() => true)')
    await mkdir(path.dirname(output), {recursive: true})
    await page.screenshot({path: output, fullPage: true})
  } finally {
    await browser.close()
    await server.close()
  }

  return undefined
}

/* c8 ignore start -- command line entry. */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const [folder, pagePath, output] = process.argv.slice(2)
  await screenshot(
    folder ?? path.join(repository, 'examples/astro/dist'),
    pagePath ?? '/news/witkoff-paris/',
    output ?? path.join(repository, 'docs/screenshot.png')
  )
  process.stdout.write('Wrote ' + (output ?? 'docs/screenshot.png') + '\n')
}
/* c8 ignore stop */
