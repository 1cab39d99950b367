// A strict RFC 4180 CSV parser for the tests: quoted fields with doubled quotation marks and line
// breaks; throws on a stray quotation mark. Returns rows of strings (a final line end is optional).

export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; if (i < text.length && !',\r\n'.includes(text[i])) throw new Error(`text after a closing quote at ${i}`); continue; }
      field += c; i++; continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`quotation mark inside an unquoted field at ${i}`);
      quoted = true; i++; continue;
    }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field); field = ''; rows.push(row); row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c; i++;
  }
  if (quoted) throw new Error('unclosed quotation mark');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
