/**
 * The report model as one self-contained HTML file: print-ready CSS (A4,
 * table headers repeated on each page), the charts inline as SVG, nothing
 * fetched from anywhere.
 */

import { xmlSafe } from '../../base/text';
import { chartSvg } from '../chart';
import type { TableCell } from '../tables';
import type { ReportBlock, ReportModel } from './model';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const CSS = `
@page { size: A4; margin: 20mm 18mm; }
* { box-sizing: border-box; }
body { font-family: '游明朝', 'Yu Mincho', YuMincho, 'Hiragino Mincho ProN', 'Noto Serif CJK JP', 'Noto Serif JP', serif; font-size: 10.5pt; line-height: 1.7; color: #111; margin: 0 auto; max-width: 174mm; padding: 12mm 0; }
h1, h2, h3, .caption, .title, th { font-family: '游ゴシック', 'Yu Gothic', YuGothic, 'Hiragino Sans', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; }
.cover { text-align: center; margin: 30mm 0 20mm; }
.title { font-size: 22pt; font-weight: bold; margin: 0; }
.subtitle { font-size: 18pt; margin: 6mm 0; }
.asof { font-size: 10.5pt; color: #333; }
.errors { border: 1px solid #b00020; color: #b00020; padding: 2mm 4mm; }
h1 { font-size: 14pt; border-bottom: 1.5px solid #333; padding-bottom: 1mm; margin: 9mm 0 3mm; page-break-after: avoid; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; page-break-after: avoid; }
.caption { font-weight: bold; margin: 4mm 0 1mm; page-break-after: avoid; }
p { margin: 0 0 2mm; text-indent: 1em; }
p.placeholder { color: #666; text-indent: 0; font-style: italic; }
p.note { text-indent: 0; font-size: 9pt; }
ul { margin: 0 0 2mm; padding-left: 1em; list-style: none; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; font-size: 9pt; page-break-inside: auto; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #555; padding: 1mm 1.5mm; vertical-align: top; }
th { background: #dde7f0; font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.definitions { border: 1px solid #555; padding: 2mm 4mm; margin: 2mm 0 4mm; }
.definitions .caption { margin-top: 0; }
.definitions dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 3mm; }
.definitions dt { font-weight: bold; }
.definitions dd { margin: 0; }
.year-items { display: grid; grid-template-columns: 22mm 1fr; gap: 0 3mm; margin-bottom: 1.5mm; }
.year-items .year { font-weight: bold; }
figure { margin: 3mm 0 5mm; text-align: center; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
.page-break { page-break-after: always; break-after: page; }
@media screen { body { padding: 12mm 8mm; } }
`;

/** Text whose line breaks are the writer's (a label's 定義 over two lines): escaped, then each break a <br>. */
const lines = (text: string) => escapeHtml(text).replace(/\r\n?|\n/g, '<br>');

function cellHtml(cell: TableCell): string {
  if (cell === '－' || cell === '-') return `<td class="num">${cell}</td>`;
  if (typeof cell === 'string') return `<td>${escapeHtml(cell).replace(/\n/g, '<br>')}</td>`;
  return `<td class="num">${escapeHtml(cell.text)}</td>`;
}

function blockHtml(block: ReportBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'placeholder':
      return `<p class="placeholder">${escapeHtml(block.text)}</p>`;
    case 'caption':
      return `<div class="caption">${escapeHtml(block.text)}</div>`;
    case 'note':
      return `<p class="note">${escapeHtml(block.text)}</p>`;
    case 'definitions':
      return `<div class="definitions"><div class="caption">${escapeHtml(block.caption)}</div><dl>${block.items
        .map((item) => `<dt>${escapeHtml(item.term)}</dt><dd>${lines(item.meaning)}</dd>`)
        .join('')}</dl></div>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${lines(item)}</li>`).join('')}</ul>`;
    case 'yearItems':
      return `<div class="year-items"><div class="year">${escapeHtml(block.year)}</div><div>${block.items.map((item) => `<div>${escapeHtml(item)}</div>`).join('')}</div></div>`;
    case 'table': {
      const total = block.widths.reduce((a, b) => a + b, 0) || 1;
      const cols = block.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
      const head = `<thead><tr>${block.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
      const body = `<tbody>${block.rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('')}</tbody>`;
      const notes = block.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('');
      // A table with no caption continues the one above it (the 達成状況 of a plan of many labels: its totals under its labels).
      const caption = block.caption === '' ? '' : `<div class="caption">${escapeHtml(block.caption)}</div>`;
      return `${caption}<table><colgroup>${cols}</colgroup>${head}${body}</table>${notes}`;
    }
    case 'chart':
      return `<figure>${chartSvg(block.chart)}</figure>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

export function reportHtml(model: ReportModel): string {
  const lang = model.lang;
  const errors = model.notice ? `<p class="errors">${escapeHtml(model.notice)}</p>` : '';
  const asOf = model.asOfText;
  // The whole page through xmlSafe: a control character or a noncharacter is an HTML parse error
  // (https://html.spec.whatwg.org/multipage/parsing.html#preprocessing-the-input-stream) and the inline SVG is XML.
  return xmlSafe(`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Shinchoku">
<title>${escapeHtml(`${model.title} ${model.subtitle}`)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="cover"><p class="title">${escapeHtml(model.title)}</p><p class="subtitle">${escapeHtml(model.subtitle)}</p><p class="asof">${escapeHtml(asOf)}</p></div>
${errors}
${model.blocks.map(blockHtml).join('\n')}
</body>
</html>
`);
}
