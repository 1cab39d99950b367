// End-to-end: the page in headless Chromium, served from 127.0.0.1. Pastes the seed article and
// checks the highlights and lists, then pastes XSS payloads and checks they stay text.
// Needs www/pkg (`python3 xtask/web.py build`) and /usr/bin/chromium; skips without Chromium.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { CHROMIUM, hasChromium, launchChromium, pasteArticle, serveStatic } from './support/browser.mjs';

const seed = readFileSync(new URL('../data/seed-article.txt', import.meta.url), 'utf8');
const skip = hasChromium() ? false : `${CHROMIUM} is missing (apt-get install -y chromium); page tests skipped`;

describe('the page', { skip, timeout: 120_000 }, () => {
  let server;
  let browser;
  let page;
  const consoleErrors = [];
  const requests = [];

  before(async () => {
    server = await serveStatic();
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    browser.context.on('request', (request) => requests.push(request.url()));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 15_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('loads the analyzer and says so', async () => {
    assert.match(await page.locator('#version').textContent(), /article-analyzer \d+\.\d+\.\d+ · schema 1/);
    assert.match(await page.locator('#status').textContent(), /^Ready/);
  });

  /** Pastes the seed article; returns the list entry for Sergey Lavrov as `{ id, count }`. */
  async function pasteSeed() {
    await pasteArticle(page, seed);
    const characters = new Intl.NumberFormat('en').format([...seed].length);
    assert.match(await page.locator('#status').textContent(), new RegExp(`^Analyzed ${characters} characters`));
    const entity = await page.evaluate(() => {
      for (const item of document.querySelectorAll('.kind-group[data-kind="person"] li[data-entity-id]')) {
        if (item.querySelector('.entity-name').textContent === 'Sergey Lavrov') {
          return { id: item.dataset.entityId, count: item.querySelector('.mention-count').textContent };
        }
      }
      return null;
    });
    const people = await page.locator('.kind-group[data-kind="person"] .entity-name').allTextContents();
    assert.ok(entity, `Sergey Lavrov in the people list (people: ${people.join(', ') || 'none'})`);
    return entity;
  }

  test('the seed article: Sergey Lavrov listed and highlighted as a person', async () => {
    const entity = await pasteSeed();
    const count = Number(entity.count.replace(/\D/g, ''));
    assert.ok(count >= 3, `Sergey Lavrov has ${entity.count} mentions, want at least 3`);

    // The rendered text: person highlights for him, one of them the full name.
    const mentions = await page.locator(`#view .hl-entity[data-kind="person"][data-entity="${entity.id}"]`).allTextContents();
    assert.ok(mentions.includes('Sergey Lavrov'), `a person highlight reading "Sergey Lavrov" (got ${JSON.stringify(mentions)})`);
    assert.ok(mentions.length >= 3, `at least 3 highlighted mentions (got ${mentions.length})`);

    // Choosing him in the list marks his mentions in the text.
    await page.locator(`li[data-entity-id="${entity.id}"] button`).click();
    assert.ok((await page.locator('#view .is-selected').count()) >= 3);
    assert.equal(await page.locator(`li[data-entity-id="${entity.id}"] button`).getAttribute('aria-pressed'), 'true');
  });

  test('the seed article: quotes highlighted and credited to Sergey Lavrov', async () => {
    const entity = await pasteSeed();

    // The rendered text: quotes attributed to him, among them "We exchanged views ...".
    const quotes = await page.evaluate((id) => {
      const byQuote = new Map();
      for (const node of document.querySelectorAll(`#view .hl-quote[data-speaker="${id}"]`)) {
        byQuote.set(node.dataset.quote, (byQuote.get(node.dataset.quote) ?? '') + node.textContent);
      }
      return [...byQuote.values()];
    }, entity.id);
    assert.ok(quotes.length >= 2, `at least 2 highlighted quotes from Sergey Lavrov (got ${quotes.length})`);
    assert.ok(quotes.some((q) => q.includes('We exchanged views on the situation')), `the "We exchanged views" quote (got ${JSON.stringify(quotes)})`);
    for (const q of quotes) assert.ok(seed.includes(q), `highlighted quote is article text: ${q}`);

    // The quote list names him as a speaker.
    const speakers = await page.locator('#quotes .quote-speaker').allTextContents();
    assert.ok(speakers.includes('Sergey Lavrov'), `Sergey Lavrov among the speakers (got ${JSON.stringify(speakers)})`);
  });

  test('the rendered text always equals the input, and highlights nest inside it', async () => {
    const text = 'Ünïcödé 😀 “Quoted,” said Sergey Lavrov.\n中文 "unbalanced';
    await pasteArticle(page, text);
    assert.equal(await page.locator('#view').textContent(), text);
  });

  test('pasted HTML stays text and never runs', async () => {
    const payloads = [
      '<img src=x onerror=window.__pwned=1>',
      '<script>window.__pwned=1</script>',
      'Lavrov said "<img src=x onerror=window.__pwned=1>" and <b onmouseover=window.__pwned=1>bold</b> <svg onload=window.__pwned=1>',
    ];
    for (const [i, payload] of payloads.entries()) {
      await pasteArticle(page, payload, { via: i % 2 ? 'fill' : 'insertText' });
      assert.equal(await page.locator('#view').textContent(), payload);
      const injected = await page.evaluate(() => document.querySelectorAll('#view img, #view script, #view b, #view svg, body img, #quotes img, #entities img').length);
      assert.equal(injected, 0, 'no element was created from the payload');
    }
    await page.locator('#view').hover();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  test('Load example fills in the seed article', async () => {
    await page.locator('#clear').click();
    await page.waitForFunction(() => document.getElementById('view').dataset.state === 'done' && document.getElementById('input').value === '');
    await page.locator('#load-example').click();
    await page.waitForFunction((expected) => document.getElementById('view').dataset.state === 'done' && document.getElementById('view').textContent === expected, seed);
  });

  test('no console errors and no request to any other origin', () => {
    assert.deepEqual(consoleErrors, []);
    const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'));
    assert.deepEqual(foreign, []);
    assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the wasm came from the page origin');
  });
});
