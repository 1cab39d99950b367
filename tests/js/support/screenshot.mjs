// Takes screenshots of the page and the editor demo with the seed article, for a human to look at:
//
//     node tests/js/support/screenshot.mjs [OUT_DIR]
//     # writes page-{light,dark}.png (1280 px), page-narrow.png (360 px), editor-{light,dark}.png
//
// Needs www/pkg (`python3 xtask/web.py build`) and /usr/bin/chromium.

import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { launchChromium, pasteArticle, serveStatic } from './browser.mjs';

const out = resolve(process.argv[2] ?? 'target/screenshots');
const root = process.env.WWW_ROOT; // a different www/ to serve, e.g. with a stub pkg/
const seed = readFileSync(new URL('../../data/seed-article.txt', import.meta.url), 'utf8');

await mkdir(out, { recursive: true });
const server = await serveStatic(...(root ? [resolve(root)] : []));
const shots = [
  ['page-light', 'light', 1280, '/'],
  ['page-dark', 'dark', 1280, '/'],
  ['page-narrow', 'light', 360, '/'],
  ['editor-light', 'light', 1280, '/editor.html'],
  ['editor-dark', 'dark', 1280, '/editor.html'],
  ['editor-narrow', 'dark', 360, '/editor.html'],
];
try {
  for (const [name, colorScheme, width, path] of shots) {
    const browser = await launchChromium({ colorScheme, viewport: { width, height: 900 } });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      page.on('console', (message) => console.log(`[${name}] console.${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => console.log(`[${name}] uncaught: ${error.message}`));
      await page.goto(`${server.origin}${path}`);
      if (path === '/') {
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
        await pasteArticle(page, seed);
        // Hover the first quote so that the tooltip shows.
        const box = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('aa-quote-direct') ?? [])][0];
          const rect = range?.getClientRects()[0];
          return rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        });
        if (box) await page.mouse.move(box.x, box.y);
        await page.waitForTimeout(200);
      } else {
        await page.waitForFunction(() => document.querySelector('article-analyzer')?.result, null, { timeout: 15_000 });
      }
      const file = join(out, `${name}.png`);
      await page.screenshot({ path: file, fullPage: path !== '/' || width < 500 });
      console.log(file);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
