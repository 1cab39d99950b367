// The text of an HTML document, for a dropped or opened .html file. The markup is parsed by
// DOMParser into an inert document: no script in it runs, no image, style or frame in it loads,
// and nothing from it is ever inserted into the page. Blocks become paragraphs separated by blank
// lines; whitespace inside a block collapses as a browser would render it.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'SELECT', 'BUTTON']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);

/** The readable text of `html` (a string), as paragraphs separated by blank lines. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  const blocks = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += child.data;
      else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          line += '\n';
          continue;
        }
        const isBlock = BLOCK.has(tag);
        if (isBlock) flush();
        walk(child);
        if (isBlock) flush();
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  return blocks.join('\n\n');
}

/** True for a file to read as HTML (by type or extension). */
export const isHtmlFile = (file) => /html/.test(file.type) || /\.x?html?$/i.test(file.name);
