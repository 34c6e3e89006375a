import {createServer, request} from 'node:http'
import type {AddressInfo} from 'node:net'
import {mkdir, mkdtemp, readFile, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCommand, type BuildCommand, type ServeCommand} from '../src/cli/args.js'
import {serve} from '../src/cli/serve.js'
import {watch} from '../src/cli/watch.js'
import {article, makeTree} from './cli-helpers.js'

/**
 * Streams and an abort controller for an in-process command.
 *
 * @returns
 *   Io, captured error text, and the controller.
 */
function io() {
  const controller = new AbortController()
  const captured = {stderr: ''}
  return {
    controller,
    captured,
    io: {
      stdout: {write: () => true},
      stderr: {write: (chunk: string) => (captured.stderr += chunk)},
      env: {NO_COLOR: '1'},
      cwd: process.cwd(),
      signal: controller.signal
    }
  }
}

/**
 * Wait until a condition holds.
 *
 * @param check
 *   Condition.
 * @returns
 *   Nothing.
 */
async function until(check: () => boolean | Promise<boolean>): Promise<undefined> {
  for (let tries = 0; tries < 200; tries++) {
    if (await check()) return undefined
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('Timed out')
}

/**
 * A raw GET (no URL normalisation, unlike `fetch`).
 *
 * @param url
 *   Server address.
 * @param rawPath
 *   Path as sent.
 * @param method
 *   Method (default: `GET`).
 * @returns
 *   Status and body.
 */
async function get(url: string, rawPath: string, method = 'GET'): Promise<{status: number; body: string}> {
  const {hostname, port} = new URL(url)
  return new Promise((resolve, reject) => {
    const outgoing = request({host: hostname, port, path: rawPath, method}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, body}))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

describe('arabic-news build --watch', () => {
  it('rebuilds what changed until interrupted', async () => {
    const input = await makeTree({'a.txt': article('الأول'), 'b.txt': article('الثاني')})
    const output = await mkdtemp(path.join(tmpdir(), 'arabic-news-watch-'))
    const command = parseCommand(['build', input, '--out', output, '--jobs', '1', '--watch']) as BuildCommand
    const {io: streams, controller, captured} = io()
    const codes: Array<number> = []
    let ready = false
    const done = watch(command, streams, {onBuild: (code) => codes.push(code), onReady: () => (ready = true)})
    await until(() => ready)
    expect(codes).toEqual([0])
    expect(captured.stderr).toMatch(/2 files \(2 written/)

    await writeFile(path.join(input, 'a.txt'), article('الأول بعد التعديل'))
    await until(() => codes.length >= 2)
    expect(await readFile(path.join(output, 'a.html'), 'utf8')).toContain('الأول بعد التعديل')
    expect(captured.stderr).toMatch(/2 files \(1 written, 1 unchanged/)

    controller.abort()
    expect(await done).toBe(130)
  })
})

describe('arabic-news serve', () => {
  it('serves the output on 127.0.0.1, reloads pages after a rebuild, and never leaves the folder', async () => {
    const input = await makeTree({'a.txt': article('الأول'), 'news/b.txt': article('الثاني')})
    const work = await mkdtemp(path.join(tmpdir(), 'arabic-news-serve-'))
    const output = path.join(work, 'site')
    await writeFile(path.join(work, 'secret.txt'), 'secret')
    const command = parseCommand(['serve', input, '--out', output, '--jobs', '1', '--port', '0']) as ServeCommand
    const {io: streams, controller} = io()
    let url = ''
    let builds = 0
    const done = serve(command, streams, {onListening: (address) => (url = address), onBuild: () => builds++})
    await until(() => url !== '')
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)

    const page = await get(url, '/a.html')
    expect(page.status).toBe(200)
    expect(page.body).toContain('الأول')
    expect(page.body).toContain('new EventSource("/__arabic-news/reload")')
    expect((await get(url, '/news/b')).body).toContain('الثاني')
    expect(await readFile(path.join(output, 'a.html'), 'utf8')).not.toContain('EventSource')

    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/news/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/a.html%00',
      '/.arabic-news-manifest.json'
    ]) {
      const response = await get(url, attempt)
      expect(response.status, attempt).toBe(404)
      expect(response.body, attempt).not.toContain('secret')
    }
    await symlink(path.join(work, 'secret.txt'), path.join(output, 'link.html'))
    expect((await get(url, '/link.html')).body).not.toContain('secret')

    // A page listening for reloads hears one when a rebuild ends.
    const {hostname, port} = new URL(url)
    const events: Array<string> = []
    const stream = request({host: hostname, port, path: '/__arabic-news/reload'}, (response) => {
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => events.push(chunk))
    })
    stream.end()
    await until(() => events.length > 0)
    await writeFile(path.join(input, 'a.txt'), article('الأول بعد التعديل'))
    await until(() => events.some((event) => event.includes('data: reload')))
    expect(builds).toBeGreaterThanOrEqual(2)
    expect((await get(url, '/a.html')).body).toContain('الأول بعد التعديل')

    stream.destroy()
    controller.abort()
    await done
  })

  it('answers GET and HEAD only, finds index and extensionless pages, and adds the reload script to any page', async () => {
    const input = await makeTree({'a.txt': article('الأول'), 'news/b.txt': article('الثاني')})
    const output = path.join(await mkdtemp(path.join(tmpdir(), 'arabic-news-serve-')), 'site')
    const command = parseCommand(['serve', input, '--out', output, '--jobs', '1', '--port', '0']) as ServeCommand
    const {io: streams, controller} = io()
    let url = ''
    const done = serve(command, streams, {onListening: (address) => (url = address)})
    await until(() => url !== '')

    expect(await get(url, '/a.html', 'POST')).toEqual({status: 405, body: ''})
    expect(await get(url, '/a.html', 'HEAD')).toEqual({status: 200, body: ''})
    expect((await get(url, '/a.html?from=feed#top')).body).toContain('الأول')
    const home = await get(url, '/')
    expect(home.status).toBe(200)
    expect(home.body).toContain('EventSource')
    expect((await get(url, '/news/b')).body).toContain('الثاني')
    // A folder named like a page is no page; other files are served as they are.
    await mkdir(path.join(output, 'folder.html'))
    expect((await get(url, '/folder.html')).status).toBe(404)
    await writeFile(path.join(output, 'notes.txt'), 'ملاحظات')
    expect(await get(url, '/notes.txt')).toEqual({status: 200, body: 'ملاحظات'})
    // A page without a body element still gets the script, at its end.
    await writeFile(path.join(output, 'bare.html'), '<p>نص</p>')
    expect((await get(url, '/bare')).body).toMatch(/^<p>نص<\/p><script>new EventSource\(/)

    controller.abort()
    expect(await done).toBe(130)
  })

  it('says when the port is taken, and still stops when interrupted', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const {port} = taken.address() as AddressInfo
    const input = await makeTree({'a.txt': article('الأول')})
    const output = path.join(await mkdtemp(path.join(tmpdir(), 'arabic-news-serve-')), 'site')
    const argv = ['serve', input, '--out', output, '--jobs', '1', '--port', String(port), '--quiet']
    const {io: streams, controller, captured} = io()
    const done = serve(parseCommand(argv) as ServeCommand, streams)
    await until(() => captured.stderr.includes('cannot serve'))
    expect(captured.stderr).toContain(`arabic-news: cannot serve on 127.0.0.1:${port}: listen EADDRINUSE`)
    controller.abort()
    expect(await done).toBe(130)
    await new Promise((resolve) => taken.close(resolve))
  })
})
