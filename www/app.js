// The page: analyzes the textarea's text as it changes and renders the highlighted article and
// the lists of entities, quotes and warnings.
//
// Everything the user pastes reaches the DOM as text only (textContent, text nodes and attribute
// values); no HTML string is ever parsed.

import { load, analyze } from './lib/analyzer.js';
import { highlight, nest } from './lib/highlight.js';

const DEBOUNCE_MS = 200;
const EXAMPLE_URL = new URL('examples/seed-article.txt', import.meta.url);
const THEME_KEY = 'article-analyzer-theme';

/** Entity kinds in display order, with their singular and group labels. */
const KINDS = [
  ['person', 'Person', 'People'],
  ['organization', 'Organization', 'Organizations'],
  ['location', 'Location', 'Locations'],
  ['group', 'Group', 'Groups'],
  ['misc', 'Misc', 'Other names'],
  ['date', 'Date', 'Dates'],
  ['time', 'Time', 'Times'],
  ['money', 'Money', 'Money'],
  ['percent', 'Percent', 'Percentages'],
  ['quantity', 'Quantity', 'Quantities'],
];
const KIND_LABEL = new Map(KINDS.map(([kind, label]) => [kind, label]));
const QUOTE_KIND_LABEL = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech', scare: 'Scare quote' };

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'),
  status: $('status'),
  view: $('view'),
  entities: $('entities'),
  entityTotal: $('entity-total'),
  quotes: $('quotes'),
  quoteTotal: $('quote-total'),
  warningsPanel: $('warnings-panel'),
  warnings: $('warnings'),
  warningTotal: $('warning-total'),
  example: $('load-example'),
  clear: $('clear'),
  theme: $('theme'),
  version: $('version'),
};
const number = new Intl.NumberFormat('en');

/**
 * Creates an element. `props`: `class`, `data` (dataset entries), `text` (textContent) and any
 * other key as an attribute. Children are nodes or strings (appended as text nodes).
 */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'data') for (const [name, v] of Object.entries(value)) { if (v != null) node.dataset[name] = v; }
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

// ---- analysis loop -------------------------------------------------------------------------

let generation = 0;
let timer = 0;
let selectedEntity = null;

function schedule() {
  ui.view.dataset.state = 'pending';
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

async function run() {
  clearTimeout(timer);
  const current = ++generation;
  const text = ui.input.value;
  ui.view.dataset.state = 'pending';
  if (text.length === 0) {
    render(text, null);
    setStatus('Paste or type an article to analyze it.');
    ui.view.dataset.state = 'done';
    return;
  }
  try {
    const started = performance.now();
    const result = await analyze(text);
    const elapsed = performance.now() - started;
    if (current !== generation) return; // a newer run has started
    render(text, result);
    ui.view.dataset.state = 'done';
    setStatus(
      `Analyzed ${number.format([...text].length)} characters in ${elapsed < 10 ? elapsed.toFixed(1) : Math.round(elapsed)} ms: ` +
        `${plural(result.entities.length, 'entity', 'entities')}, ${plural(result.quotes.length, 'quote')}` +
        (result.warnings.length ? `, ${plural(result.warnings.length, 'warning')}.` : '.'),
    );
  } catch (error) {
    if (current !== generation) return;
    ui.view.dataset.state = 'error';
    setStatus(`Analysis failed: ${error.message}`, true);
  }
}

function plural(n, one, many = `${one}s`) {
  return `${number.format(n)} ${n === 1 ? one : many}`;
}

function setStatus(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('is-error', isError);
}

// ---- rendering -----------------------------------------------------------------------------

function render(text, result) {
  const entitiesById = new Map((result?.entities ?? []).map((e) => [e.id, e]));
  renderView(text, result, entitiesById);
  renderEntities(result?.entities ?? []);
  renderQuotes(result?.quotes ?? [], entitiesById);
  renderWarnings(result?.warnings ?? []);
  if (selectedEntity && !entitiesById.has(selectedEntity)) selectedEntity = null;
  applySelection();
}

function renderView(text, result, entitiesById) {
  if (text.length === 0) {
    ui.view.dataset.empty = 'true';
    ui.view.replaceChildren(el('p', { class: 'placeholder', text: 'The highlighted article appears here.' }));
    return;
  }
  delete ui.view.dataset.empty;
  const tree = nest(highlight(text, result));
  ui.view.replaceChildren(...tree.children.map((node) => renderNode(node, entitiesById)));
}

function renderNode(node, entitiesById) {
  if (node.mark === undefined) return document.createTextNode(node.text);
  const element = markElement(node.mark, entitiesById);
  element.append(...node.children.map((child) => renderNode(child, entitiesById)));
  return element;
}

function markElement(mark, entitiesById) {
  const entityName = (id) => entitiesById.get(id)?.name;
  switch (mark.type) {
    case 'entity':
      return el('span', {
        class: 'hl-entity',
        data: { kind: mark.kind, entity: mark.entity },
        title: `${KIND_LABEL.get(mark.kind) ?? mark.kind}: ${entityName(mark.entity) ?? ''}`,
      });
    case 'quote':
      return el('span', {
        class: 'hl-quote',
        data: { quoteKind: mark.kind, quote: mark.quote, speaker: mark.entity },
        title: `${QUOTE_KIND_LABEL[mark.kind] ?? mark.kind}${mark.entity ? ` from ${entityName(mark.entity)}` : ''}`,
      });
    case 'speaker':
    case 'via':
      return el('span', {
        class: `hl-${mark.type}`,
        data: { quote: mark.quote, entity: mark.entity },
        title: mark.type === 'speaker' ? 'Speaker' : 'Source of the quote',
      });
    case 'cue':
      return el('span', { class: 'hl-cue', data: { quote: mark.quote }, title: 'Speech cue' });
    default:
      return el('span', { class: 'hl-warning', data: { code: mark.kind, warning: mark.warning }, title: `Warning: ${mark.kind}` });
  }
}

function renderEntities(entities) {
  ui.entityTotal.textContent = entities.length ? String(entities.length) : '';
  if (entities.length === 0) {
    ui.entities.replaceChildren(el('p', { class: 'empty', text: 'No entities found.' }));
    return;
  }
  const groups = [];
  for (const [kind, , groupLabel] of KINDS) {
    const members = entities
      .filter((e) => e.kind === kind)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (members.length === 0) continue;
    groups.push(
      el('section', { class: 'kind-group', data: { kind } },
        el('h3', {}, el('span', { class: 'swatch', 'aria-hidden': 'true' }), `${groupLabel} `, el('span', { class: 'count', text: String(members.length) })),
        el('ul', { class: 'entity-list' }, ...members.map(entityItem)),
      ),
    );
  }
  // Kinds this page does not know yet still get listed.
  const unknown = entities.filter((e) => !KIND_LABEL.has(e.kind));
  if (unknown.length) {
    groups.push(el('section', { class: 'kind-group' }, el('h3', { text: 'Other' }), el('ul', { class: 'entity-list' }, ...unknown.map(entityItem))));
  }
  ui.entities.replaceChildren(...groups);
}

function entityItem(entity) {
  const forms = [...new Set(entity.mentions.map((m) => m.text.replace(/\s+/g, ' ')))].filter((form) => form !== entity.name);
  const details = [entity.role, entity.gender && entity.gender !== 'unknown' ? entity.gender : null].filter(Boolean).join(' · ');
  const count = entity.mentions.length;
  return el('li', { data: { entityId: entity.id } },
    el('button', { type: 'button', class: 'entity', 'aria-pressed': 'false', title: 'Show its mentions in the text' },
      el('span', { class: 'entity-name', text: entity.name }),
      el('span', { class: 'mention-count', title: plural(count, 'mention'), 'aria-label': plural(count, 'mention'), text: `×${count}` }),
      details ? el('span', { class: 'entity-details', text: details }) : null,
      forms.length ? el('span', { class: 'entity-forms', text: `also: ${forms.join(', ')}` }) : null,
    ),
  );
}

function renderQuotes(quotes, entitiesById) {
  ui.quoteTotal.textContent = quotes.length ? String(quotes.length) : '';
  if (quotes.length === 0) {
    ui.quotes.replaceChildren(el('p', { class: 'empty', text: 'No quotes found.' }));
    return;
  }
  ui.quotes.replaceChildren(el('ol', { class: 'quote-list' }, ...quotes.map((q) => quoteItem(q, entitiesById))));
}

function quoteItem(quote, entitiesById) {
  return el('li', { data: { quoteId: quote.id, quoteKind: quote.kind } },
    el('button', { type: 'button', class: 'quote-text', title: 'Show in the text', text: quote.text }),
    el('p', { class: 'quote-meta' },
      el('span', { class: 'quote-kind', text: QUOTE_KIND_LABEL[quote.kind] ?? quote.kind }),
      ...sourceParts(quote.speaker, 'quote-speaker', entitiesById, 'unattributed'),
      quote.cue ? el('span', { class: 'quote-cue', text: quote.cue.text }) : null,
      ...(quote.via ? [el('span', { class: 'quote-via-label', text: 'via' }), ...sourceParts(quote.via, 'quote-via', entitiesById)] : []),
    ),
  );
}

/** The name of a speaker or source: its entity's name if resolved, else its text as written. */
function sourceParts(ref, className, entitiesById, missing) {
  if (!ref) return missing ? [el('span', { class: `${className} is-missing`, text: missing })] : [];
  const entity = ref.entity ? entitiesById.get(ref.entity) : null;
  const written = ref.text.replace(/\s+/g, ' ');
  const name = entity?.name ?? written;
  return [
    el('span', { class: className, data: { entity: entity?.id }, text: name }),
    name !== written ? el('span', { class: 'source-as', text: `as “${written}”` }) : null,
    ref.anonymous ? el('span', { class: 'source-anonymous', text: 'anonymous' }) : null,
  ].filter(Boolean);
}

function renderWarnings(warnings) {
  ui.warningsPanel.hidden = warnings.length === 0;
  ui.warningTotal.textContent = warnings.length ? String(warnings.length) : '';
  ui.warnings.replaceChildren(
    ...warnings.map((w, index) =>
      el('li', { data: { code: w.code, warning: index } },
        el('span', { class: 'warning-code', text: w.code }),
        ` ${w.message} `,
        el('button', { type: 'button', class: 'warning-at', title: 'Show in the text', text: `at ${w.start}: “${w.text}”` }),
      ),
    ),
  );
}

// ---- interaction ---------------------------------------------------------------------------

function applySelection() {
  for (const node of ui.view.querySelectorAll('.is-selected')) node.classList.remove('is-selected');
  for (const button of ui.entities.querySelectorAll('button.entity')) {
    button.setAttribute('aria-pressed', String(button.closest('li').dataset.entityId === selectedEntity));
  }
  if (!selectedEntity) return;
  const nodes = ui.view.querySelectorAll(`.hl-entity[data-entity="${CSS.escape(selectedEntity)}"], .hl-speaker[data-entity="${CSS.escape(selectedEntity)}"]`);
  for (const node of nodes) node.classList.add('is-selected');
  return nodes[0];
}

ui.entities.addEventListener('click', (event) => {
  const item = event.target.closest('li[data-entity-id]');
  if (!item) return;
  selectedEntity = selectedEntity === item.dataset.entityId ? null : item.dataset.entityId;
  applySelection()?.scrollIntoView({ block: 'center', behavior: 'smooth' });
});

/** Scrolls the first of `nodes` into view and flashes them all. */
function flash(nodes) {
  for (const node of ui.view.querySelectorAll('.is-flashing')) node.classList.remove('is-flashing');
  for (const node of nodes) node.classList.add('is-flashing');
  nodes[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

ui.quotes.addEventListener('click', (event) => {
  const item = event.target.closest('li[data-quote-id]');
  if (!item || !event.target.closest('button')) return;
  flash(ui.view.querySelectorAll(`.hl-quote[data-quote="${CSS.escape(item.dataset.quoteId)}"]`));
});

ui.warnings.addEventListener('click', (event) => {
  const item = event.target.closest('li[data-warning]');
  if (!item || !event.target.closest('button')) return;
  flash(ui.view.querySelectorAll(`.hl-warning[data-warning="${CSS.escape(item.dataset.warning)}"]`));
});

ui.input.addEventListener('input', schedule);

ui.example.addEventListener('click', async () => {
  try {
    const response = await fetch(EXAMPLE_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    ui.input.value = await response.text();
    run();
  } catch (error) {
    setStatus(`Could not load the example: ${error.message}`, true);
  }
});

ui.clear.addEventListener('click', () => {
  ui.input.value = '';
  ui.input.focus();
  run();
});

function applyTheme(theme) {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

ui.theme.addEventListener('change', () => {
  applyTheme(ui.theme.value);
  try {
    localStorage.setItem(THEME_KEY, ui.theme.value);
  } catch {
    // Storage may be unavailable (private mode, file: pages); the choice then lasts one visit.
  }
});

try {
  ui.theme.value = localStorage.getItem(THEME_KEY) ?? '';
} catch {
  ui.theme.value = '';
}
applyTheme(ui.theme.value);

// ---- start ---------------------------------------------------------------------------------

load().then(
  (info) => {
    ui.version.textContent = `article-analyzer ${info.version} · schema ${info.schema}`;
    document.documentElement.dataset.ready = 'true';
    if (ui.input.value) run();
    else setStatus('Ready. Paste or type an article, or load the example.');
  },
  (error) => setStatus(error.message, true),
);
