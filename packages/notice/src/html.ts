import type { Block, NoticeDocument, Run, TableBlock } from './tree.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const lines = (text: string): string => text.split('\n').map(escapeHtml).join('<br>');

// Decree 30/2020/NĐ-CP, Appendix I: A4; margins top and bottom 20–25 mm, left 30–35 mm,
// right 15–20 mm; Times New Roman (Liberation Serif has the same metrics and every
// Vietnamese letter); body 13–14 pt, justified.
const CSS = `
@page {
  size: A4;
  margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; }
}
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; line-height: 1.3; color: #000; }
@media screen { body { background: #e8e8e8; } main { background: #fff; padding: 20mm 15mm 20mm 30mm; width: 210mm; margin: 8mm auto; } }
p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }
p.caption { font-style: italic; text-indent: 0; margin-top: 6pt; break-after: avoid; }
h1, h2, h3, h4, h5 { font-size: 14pt; margin: 6pt 0; text-align: justify; break-after: avoid; }
h2 { text-transform: none; }
h3 { font-weight: bold; }
h4 { font-weight: bold; font-style: italic; }
h5 { font-weight: normal; font-style: italic; }
table.head, table.foot { width: 100%; border-collapse: collapse; }
table.head td, table.foot td { vertical-align: top; padding: 0; }
table.head td { text-align: center; white-space: pre-wrap; }
table.head .left { width: 40%; }
table.head .parent { font-size: 13pt; }
table.head .issuer { font-size: 13pt; font-weight: bold; }
table.head .nation { font-size: 13pt; font-weight: bold; }
table.head .motto { font-size: 14pt; font-weight: bold; }
table.head .motto span { text-decoration: underline; text-underline-offset: 2pt; }
table.head .rule { width: 33%; margin: 3pt auto 0; border-top: 0.75pt solid #000; }
table.head td.number { font-size: 13pt; padding-top: 6pt; }
table.head td.date { font-size: 14pt; font-style: italic; padding-top: 6pt; }
.title { text-align: center; margin: 18pt 0 12pt; break-after: avoid; }
.title .type { font-weight: bold; font-size: 14pt; }
.title .subject { font-weight: bold; font-size: 14pt; margin-top: 2pt; }
.title .note { font-style: italic; font-size: 13pt; margin-top: 2pt; white-space: pre-wrap; }
.title .rule { width: 25%; margin: 6pt auto 0; border-top: 0.75pt solid #000; }
ul.marked { margin: 0 0 6pt; padding: 0; list-style: none; }
ul.marked li { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
/* Collapsed borders stick out by half their width: keep them inside the printable area. */
table.figures { width: calc(100% - 2pt); border-collapse: collapse; margin: 3pt 1pt 9pt; font-size: 13pt; }
table.figures.small { font-size: 11pt; line-height: 1.2; }
table.figures th, table.figures td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.figures th { font-weight: bold; text-align: center; }
table.figures td { font-variant-numeric: tabular-nums; }
table.figures tr { break-inside: avoid; }
table.figures thead { display: table-header-group; }
td.left { text-align: left; } td.right { text-align: right; } td.center { text-align: center; }
tr.bold td { font-weight: bold; } tr.italic td { font-style: italic; }
table.figures td.indent-1 { padding-left: 16pt; } table.figures td.indent-2 { padding-left: 30pt; }
table.foot { margin-top: 12pt; break-inside: avoid; }
table.foot .recipients { width: 45%; font-size: 11pt; }
table.foot .recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
table.foot .signature { text-align: center; font-weight: bold; font-size: 14pt; }
table.foot .signature .space { height: 25mm; }
.page-break { break-before: page; }
`;

function inline(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let html = lines(run.text);
      if (run.underline) html = `<u>${html}</u>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function table(b: TableBlock): string {
  const total = b.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = b.columns.map((c) => `<col style="width:calc(100% * ${c.width} / ${total})">`).join('');
  const head = b.columns.map((c) => `<th>${lines(c.title)}</th>`).join('');
  const rows = b.rows
    .map((row) => {
      const cells = row.cells
        .map((text, i) => {
          const align = b.columns[i]?.align ?? 'left';
          const indent = i === 0 && row.indent ? ` indent-${row.indent}` : '';
          return `<td class="${align}${indent}">${lines(text)}</td>`;
        })
        .join('');
      return `<tr${row.emphasis ? ` class="${row.emphasis}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  const size = b.size === 'small' ? ' small' : '';
  return `<table class="figures${size}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'header': {
      const parent = b.issuer.parent ? `<div class="parent">${escapeHtml(b.issuer.parent)}</div>` : '';
      // Two rows, so that the number and the place and date stand on one line.
      return [
        '<table class="head"><tr>',
        `<td class="left">${parent}<div class="issuer">${escapeHtml(b.issuer.name)}</div><div class="rule"></div></td>`,
        `<td class="right"><div class="nation">${escapeHtml(b.nation.title)}</div>`,
        `<div class="motto"><span>${escapeHtml(b.nation.motto)}</span></div></td>`,
        '</tr><tr>',
        `<td class="left number">${escapeHtml(b.number)}</td>`,
        `<td class="right date">${escapeHtml(b.placeDate)}</td>`,
        '</tr></table>',
      ].join('');
    }
    case 'title':
      return [
        '<div class="title">',
        `<div class="type">${escapeHtml(b.text)}</div>`,
        b.subject ? `<div class="subject">${escapeHtml(b.subject)}</div>` : '',
        b.note ? `<div class="note">${escapeHtml(b.note)}</div>` : '',
        '<div class="rule"></div></div>',
      ].join('');
    case 'heading': {
      const text = b.number ? `${b.number} ${b.text}` : b.text;
      const tag = `h${b.level + 1}`;
      return `<${tag}>${escapeHtml(text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${b.role === 'caption' ? ' class="caption"' : ''}>${inline(b.runs)}</p>`;
    case 'list':
      return `<ul class="marked">${b.items.map((item) => `<li>${escapeHtml(b.marker)} ${inline(item)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b);
    case 'signOff': {
      const { recipients, signature } = b;
      const items = recipients.items.map((r) => `<div>- ${escapeHtml(r)}</div>`).join('');
      const top = [signature.authority, signature.position].filter((s) => s !== '');
      const bottom = [...(signature.title ? [signature.title] : []), signature.signer];
      const div = (l: string) => `<div>${escapeHtml(l)}</div>`;
      return [
        '<table class="foot"><tr>',
        `<td class="recipients"><div class="label">${escapeHtml(recipients.label)}</div>${items}</td>`,
        `<td class="signature">${top.map(div).join('')}<div class="space"></div>${bottom.map(div).join('')}</td>`,
        '</tr></table>',
      ].join('');
    }
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

/**
 * Renders a notice as one self-contained HTML file (no external resources) with print
 * CSS for an A4 page and the decree's margins, ready for a browser's "Print to PDF".
 * Every text is escaped.
 *
 * @example
 * const html = toHtml(buildNotice(model));
 * html.includes('@page { size: A4'); // true
 */
export function toHtml(doc: NoticeDocument): string {
  const body = doc.blocks.map(block).join('\n');
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
