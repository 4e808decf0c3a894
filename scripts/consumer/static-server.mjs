// Serves a folder of built files on 127.0.0.1 (a random port) for Chromium. Ten lines of node:http
// are enough for a handful of known files, so no server package is added for it.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
}

/** Resolves `{ origin, close() }`. Paths outside `root` and missing files are 404s. */
export function serveFolder(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname))
    try {
      if (path.includes('..')) throw new Error('outside the folder')
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path))
      response.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'text/plain' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}
