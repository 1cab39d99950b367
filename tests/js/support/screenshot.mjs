// Takes screenshots of the page with the seed article, for a human to look at:
//
//     node tests/js/support/screenshot.mjs [OUT_DIR]      # writes page-light.png, page-dark.png
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
try {
  for (const colorScheme of ['light', 'dark']) {
    const browser = await launchChromium({ colorScheme, viewport: { width: 1280, height: 900 } });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      page.on('console', (message) => console.log(`[${colorScheme}] console.${message.type()}: ${message.text()}`));
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      await pasteArticle(page, seed);
      const file = join(out, `page-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
