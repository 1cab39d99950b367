// Shared by the page tests and the screenshot script: a static server for www/ on 127.0.0.1 and
// a headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core from xtask/).

import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const WWW = fileURLToPath(new URL('../../../www/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** Serves `root` on 127.0.0.1 on a free port. Resolves to `{ origin, close() }`. */
export async function serveStatic(root = WWW) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url, 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(pathname)));
      if (!path.startsWith(normalize(root + sep)) && path !== normalize(root)) throw Object.assign(new Error('outside root'), { status: 403 });
      if (pathname.endsWith('/')) path = join(path, 'index.html');
      const body = await readFile(path);
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch (error) {
      response.writeHead(error.status ?? 404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Launches headless Chromium with a fresh profile. Resolves to `{ context, close() }`; `options`
 * go to launchPersistentContext (e.g. `{ colorScheme: 'dark', viewport }`).
 */
export async function launchChromium(options = {}) {
  const require = createRequire(new URL('../../../xtask/package.json', import.meta.url));
  const { chromium } = require('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'article-analyzer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export const hasChromium = () => existsSync(CHROMIUM);

/** Types `text` into the page's textarea as one paste-like input and waits for the analysis. */
export async function pasteArticle(page, text, { via = 'fill' } = {}) {
  const input = page.locator('#input');
  if (via === 'fill') {
    await input.fill(text);
  } else {
    await input.fill('');
    await input.focus();
    await page.keyboard.insertText(text);
  }
  await page.waitForFunction(
    (expected) => {
      const view = document.getElementById('view');
      return view.dataset.state === 'done' && document.getElementById('input').value === expected && view.textContent === expected;
    },
    text,
    { timeout: 15_000 },
  );
}
