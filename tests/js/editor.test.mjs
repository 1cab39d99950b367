// The <article-analyzer> element in the CMS editor demo (www/editor.html), in headless Chromium:
// it paints highlights over a contenteditable editor without changing a byte of its DOM, follows
// edits, and emits its result event.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { CHROMIUM, WWW, hasChromium, launchChromium, serveStatic } from './support/browser.mjs';

const skip = hasChromium() ? false : `${CHROMIUM} is missing (apt-get install -y chromium); page tests skipped`;
const source = readFileSync(new URL('editor.html', `file://${WWW}`), 'utf8');

describe('<article-analyzer> beside a contenteditable editor', { skip, timeout: 120_000 }, () => {
  let server;
  let browser;
  let page;
  const errors = [];
  const requests = [];

  before(async () => {
    server = await serveStatic();
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    browser.context.on('request', (request) => requests.push(request.url()));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    // Before any module runs: record the editor's markup and every mutation of it from then on,
    // and every result event (it bubbles and is composed: caught on the window).
    await page.addInitScript(() => {
      window.__events = [];
      window.addEventListener('article-analyzer-result', (e) => window.__events.push({ quotes: e.detail.result.quotes.map((q) => q.text), composed: e.composed, bubbles: e.bubbles }));
      document.addEventListener('DOMContentLoaded', () => {
        const editor = document.getElementById('editor');
        window.__before = editor.innerHTML;
        window.__mutations = 0;
        new MutationObserver((records) => { window.__mutations += records.length; }).observe(editor, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });
    await page.goto(`${server.origin}/editor.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const ranges = (name) => page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);

  test('highlights are painted while the editor\'s innerHTML stays byte-identical', async () => {
    await page.waitForFunction(() => window.__events.length > 0 && CSS.highlights.get('article-analyzer-quote-direct')?.size > 0, null, { timeout: 20_000 });
    const state = await page.evaluate(() => ({
      before: window.__before,
      now: document.getElementById('editor').innerHTML,
      mutations: window.__mutations,
      highlightRanges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
      attributes: [...document.getElementById('editor').attributes].map((a) => `${a.name}=${a.value}`),
    }));
    assert.ok(state.highlightRanges > 20, `highlights present (${state.highlightRanges} ranges)`);
    assert.equal(state.now, state.before, 'innerHTML unchanged');
    assert.equal(state.mutations, 0, 'no mutation of the editor at all');
    // ... and equal to the markup as written in editor.html.
    const written = source.slice(source.indexOf('>', source.indexOf('id="editor"')) + 1, source.indexOf('</div>', source.indexOf('id="editor"')));
    assert.equal(state.now, await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(`<div id="x">${html}</div>`, 'text/html');
      return doc.getElementById('x').innerHTML;
    }, written));
    assert.deepEqual(state.attributes.sort(), ['aria-label=Story body', 'aria-multiline=true', 'class=editor', 'contenteditable=true', 'id=editor', 'role=textbox', 'spellcheck=false']);

    const people = await ranges('article-analyzer-entity-person');
    assert.ok(people.includes('Sergey Lavrov'), `Sergey Lavrov highlighted (got ${JSON.stringify(people)})`);
    assert.ok((await ranges('article-analyzer-quote-direct')).some((q) => q.includes('We exchanged views')));
    const event = await page.evaluate(() => window.__events[0]);
    assert.equal(event.bubbles, true);
    assert.equal(event.composed, true);
    const panel = await page.evaluate(() => document.querySelector('article-analyzer').shadowRoot.textContent);
    assert.match(panel, /Sergey Lavrov/);
  });

  test('typing a new quote adds its highlight, still without touching the markup beyond the edit', async () => {
    const quote = 'We will keep the talks going no matter what';
    await page.evaluate(() => {
      const editor = document.getElementById('editor');
      const last = editor.querySelector('p:last-of-type');
      editor.focus();
      const range = document.createRange();
      range.selectNodeContents(last);
      range.collapse(false);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await page.keyboard.type(` "${quote}," Lavrov told reporters.`);
    await page.waitForFunction((q) => [...(CSS.highlights.get('article-analyzer-quote-direct') ?? [])].some((r) => r.toString() === q), quote, { timeout: 20_000 });
    const events = await page.evaluate(() => window.__events);
    assert.ok(events.at(-1).quotes.includes(quote), 'the latest result event has the new quote');
    // The editor's markup changed only by the typed text: no element or attribute was added.
    const after = await page.evaluate(() => document.getElementById('editor').innerHTML);
    const before = await page.evaluate(() => window.__before);
    assert.equal(after.replace(/&nbsp;/g, ' ').replace(` "${quote}," Lavrov told reporters.`, '').replace(/&quot;/g, '"'), before);
  });

  test('no console errors; no request beyond the page\'s own origin', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:')), []);
  });
});
