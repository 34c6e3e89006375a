/**
 * `arabic-news serve <input> --out <output>`: build, rebuild on change, and
 * serve the output folder on 127.0.0.1 with live reload. Files are served by
 * `sirv`; pages get a small script, added as they are sent (never written),
 * that reloads them when a rebuild ends (server-sent events). No path from a
 * request is served from outside the output folder.
 */

import {readFile, realpath, stat} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import {firstItem} from '../text/items.js'
import type {ServeCommand} from './args.js'
import type {CommandIo} from './build.js'
import {watch} from './watch.js'

/** Address of the event stream pages listen to. */
export const RELOAD_PATH = '/__arabic-news/reload'

/** Host the server binds to: this machine only. */
export const SERVE_HOST = '127.0.0.1'

/** What `serve` tells its caller (tests): the address once listening. */
export interface ServeOptions {
  onListening?: ((url: string) => void) | undefined
  onBuild?: ((code: number) => void) | undefined
}

/** The script added to pages: reload when the server says a build ended. */
const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(RELOAD_PATH)}).onmessage=function(){location.reload()}</script>`

/**
 * Build, watch and serve.
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams, environment, and the signal that stops.
 * @param options
 *   Callbacks.
 * @returns
 *   Exit code.
 */
export async function serve(command: ServeCommand, io: CommandIo, options: ServeOptions = {}): Promise<number> {
  const clients = new Set<ServerResponse>()
  let server: ReturnType<typeof createServer> | undefined

  const start = async (): Promise<void> => {
    const root = await realpath(path.resolve(io.cwd, command.output))
    const files = sirv(root, {dev: true, dotfiles: false, extensions: ['html']})
    server = createServer((request, response) => {
      handle(root, files, clients, request, response).catch(() => {
        if (!response.headersSent) response.writeHead(500)
        response.end()
      })
    })
    await new Promise<void>((resolve, reject) => {
      server?.once('error', reject)
      server?.listen(command.port, SERVE_HOST, () => resolve())
    })
    const address = server.address()
    // Listening on a TCP port, the address is an object (a string only for a pipe).
    const port = typeof address === 'object' && address !== null ? address.port : command.port
    const url = `http://${SERVE_HOST}:${port}/`
    io.stderr.write(`Serving \`${command.output}\` on ${url}\n`)
    options.onListening?.(url)
  }

  let first = true
  const code = await watch({...command, command: 'build'}, io, {
    onBuild(buildCode) {
      options.onBuild?.(buildCode)
      if (first) {
        first = false
        return
      }
      for (const client of clients) client.write('data: reload\n\n')
    },
    onReady() {
      start().catch((error: unknown) => {
        io.stderr.write(
          `arabic-news: cannot serve on ${SERVE_HOST}:${command.port}: ${error instanceof Error ? error.message : String(error)}\n`
        )
      })
    }
  })

  for (const client of clients) client.end()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  return code
}

/**
 * Answer one request.
 *
 * @param root
 *   Real path of the output folder.
 * @param files
 *   Static file handler.
 * @param clients
 *   Pages listening for reloads.
 * @param request
 *   Request.
 * @param response
 *   Response.
 * @returns
 *   Nothing.
 */
async function handle(
  root: string,
  files: ReturnType<typeof sirv>,
  clients: Set<ServerResponse>,
  request: IncomingMessage,
  response: ServerResponse
): Promise<undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {allow: 'GET, HEAD'}).end()
    return undefined
  }
  // A request a server receives always has its `url`.
  const pathname = firstItem((request.url ?? '/').split(/[?#]/, 1))
  if (pathname === RELOAD_PATH) {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive'
    })
    response.write(': connected\n\n')
    clients.add(response)
    request.on('close', () => clients.delete(response))
    return undefined
  }

  const page = await pagePath(root, pathname)
  if (page === 'refused') {
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found\n')
    return undefined
  }
  if (page) {
    const html = await readFile(page, 'utf8')
    const body = html.includes('</body>') ? html.replace('</body>', RELOAD_SCRIPT + '</body>') : html + RELOAD_SCRIPT
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'})
    response.end(request.method === 'HEAD' ? undefined : body)
    return undefined
  }

  files(request, response, () => {
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found\n')
  })
  return undefined
}

/**
 * The HTML page a request path names, inside the output folder.
 *
 * @param root
 *   Real path of the output folder.
 * @param pathname
 *   Request path (percent-encoded).
 * @returns
 *   Absolute path of the page, `undefined` when it names no page (other
 *   files go to `sirv`), or `'refused'` for a path that would leave the folder.
 */
export async function pagePath(root: string, pathname: string): Promise<string | 'refused' | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return 'refused'
  }
  const segments = decoded.split('/')
  if (
    !decoded.startsWith('/') ||
    decoded.includes('\0') ||
    decoded.includes('\\') ||
    segments.some((segment) => segment === '..' || segment === '.' || segment.startsWith('.'))
  ) {
    return 'refused'
  }
  const relative = decoded.slice(1)
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [relative + 'index.html']
      : relative.endsWith('.html')
        ? [relative]
        : path.posix.extname(relative) === ''
          ? [relative + '.html', relative + '/index.html']
          : []
  for (const candidate of candidates) {
    const absolute = path.join(root, ...candidate.split('/'))
    let real: string
    try {
      real = await realpath(absolute)
      if (!(await stat(real)).isFile()) continue
    } catch {
      continue
    }
    // A link inside the output folder to outside it is not followed.
    if (!real.startsWith(root + path.sep)) return 'refused'
    return real
  }
  return undefined
}
