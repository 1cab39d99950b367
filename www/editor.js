// The CMS editor demo: formatting buttons and a word count fed by the component's event.

const editor = document.getElementById('editor');
const count = document.getElementById('word-count');

for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('mousedown', (event) => event.preventDefault()); // keep the editor's selection
  button.addEventListener('click', () => document.execCommand(button.dataset.command));
}

document.addEventListener('article-analyzer-result', (event) => {
  const { result, text } = event.detail;
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  count.textContent = `${words} words · ${result.quotes.length} quotes`;
  document.documentElement.dataset.analyzed = String(Number(document.documentElement.dataset.analyzed ?? 0) + 1);
});
editor.focus({ preventScroll: true });
