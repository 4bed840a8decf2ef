/**
 * reportHtml.ts tested directly on a model built by hand: every block type
 * as its HTML, every text escaped, the errors notice, widths as shares.
 */
import type { ChartSpec, ReportBlock, ReportModel } from '../../../src/core/present/report';
import { reportHtml } from '../../../src/core/present/report/html';

function model(blocks: ReportBlock[], over: Partial<ReportModel> = {}): ReportModel {
  return {
    lang: 'ja',
    title: '行財政改革計画 <A&B>',
    subtitle: '取組結果報告書',
    asOf: '2024-03-31',
    asOfText: '令和6年3月31日現在',
    errors: 0,
    notice: null,
    blocks,
    ...over,
  };
}

/** The body between the cover and </body>. */
function body(html: string): string {
  const start = html.indexOf('</div>\n', html.indexOf('<div class="cover">')) + '</div>\n'.length;
  return html.slice(start, html.indexOf('\n</body>'));
}

const EVIL = `"<b>'&`;
const ESCAPED = '&quot;&lt;b&gt;&#39;&amp;';

test('the document: language, title escaped, cover with the as-of text, no notice without errors', () => {
  const html = reportHtml(model([]));
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">')).toBe(true);
  expect(html).toContain('<title>行財政改革計画 &lt;A&amp;B&gt; 取組結果報告書</title>');
  expect(html).toContain(
    '<div class="cover"><p class="title">行財政改革計画 &lt;A&amp;B&gt;</p><p class="subtitle">取組結果報告書</p><p class="asof">令和6年3月31日現在</p></div>\n\n\n</body>\n</html>\n',
  );
  expect(html).not.toContain('class="errors"');
  expect(reportHtml(model([], { lang: 'en' }))).toContain('<html lang="en">');
  // Nothing is fetched: no link, script, image or url().
  expect(html).not.toMatch(/<link|<script|<img|url\(|https?:/);
});

test('a workbook with errors says so at the top, escaped', () => {
  const html = reportHtml(model([{ type: 'paragraph', text: 'x' }], { errors: 2, notice: `エラー 2 件 ${EVIL}` }));
  expect(html).toContain(`</div>\n<p class="errors">エラー 2 件 ${ESCAPED}</p>\n<p>x</p>\n</body>`);
});

test('each block type as its element, text escaped', () => {
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 1, text: `１ ${EVIL}` },
    { type: 'heading', level: 3, text: 'h3' },
    { type: 'paragraph', text: EVIL },
    { type: 'placeholder', text: EVIL },
    { type: 'caption', text: EVIL },
    { type: 'note', text: EVIL },
    {
      type: 'definitions',
      caption: '【区分】',
      items: [
        { term: '「済」', meaning: EVIL },
        { term: '<t>', meaning: 'm' },
      ],
    },
    { type: 'list', items: ['a', EVIL] },
    { type: 'yearItems', year: '令和2年度', items: ['one', EVIL] },
    { type: 'pageBreak' },
  ];
  expect(body(reportHtml(model(blocks))).split('\n')).toEqual([
    '',
    `<h1>１ ${ESCAPED}</h1>`,
    '<h3>h3</h3>',
    `<p>${ESCAPED}</p>`,
    `<p class="placeholder">${ESCAPED}</p>`,
    `<div class="caption">${ESCAPED}</div>`,
    `<p class="note">${ESCAPED}</p>`,
    `<div class="definitions"><div class="caption">【区分】</div><dl><dt>「済」</dt><dd>${ESCAPED}</dd><dt>&lt;t&gt;</dt><dd>m</dd></dl></div>`,
    `<ul><li>a</li><li>${ESCAPED}</li></ul>`,
    `<div class="year-items"><div class="year">令和2年度</div><div><div>one</div><div>${ESCAPED}</div></div></div>`,
    '<div class="page-break"></div>',
  ]);
});

test('a table: widths as shares of their sum, the header, cells by kind, line breaks kept, notes after', () => {
  const html = body(
    reportHtml(
      model([
        {
          type: 'table',
          id: 't',
          caption: '【表】',
          header: ['年度', `<h>`],
          rows: [
            ['令和2年度', { kind: 'amount', value: 1234.5, text: '1,234.5' }],
            [`a\nb${EVIL}`, ''],
            ['－', '-'],
            [{ kind: 'percent', value: 0.5, text: '<50%>' }, 'x'],
          ],
          widths: [1, 3],
          notes: ['※ 注', EVIL],
        },
      ]),
    ),
  );
  expect(html).toBe(
    '\n<div class="caption">【表】</div><table><colgroup><col style="width:25.0%"><col style="width:75.0%"></colgroup>' +
      '<thead><tr><th>年度</th><th>&lt;h&gt;</th></tr></thead><tbody>' +
      '<tr><td>令和2年度</td><td class="num">1,234.5</td></tr>' +
      `<tr><td>a<br>b${ESCAPED}</td><td></td></tr>` +
      '<tr><td class="num">－</td><td class="num">-</td></tr>' +
      '<tr><td class="num">&lt;50%&gt;</td><td>x</td></tr>' +
      `</tbody></table><p class="note">※ 注</p><p class="note">${ESCAPED}</p>`,
  );
});

test('a table whose widths are all zero still divides by one, not zero', () => {
  const html = reportHtml(model([{ type: 'table', id: 't', caption: 'c', header: ['a', 'b'], rows: [], widths: [0, 0], notes: [] }]));
  expect(html).toContain('<colgroup><col style="width:0.0%"><col style="width:0.0%"></colgroup>');
  // Three widths: thirds to one decimal.
  expect(reportHtml(model([{ type: 'table', id: 't', caption: 'c', header: ['a', 'b', 'c'], rows: [], widths: [1, 1, 1], notes: [] }]))).toContain(
    '<col style="width:33.3%"><col style="width:33.3%"><col style="width:33.3%">',
  );
});

test('a chart is its SVG inside a figure', () => {
  const chart: ChartSpec = {
    id: 'effects',
    kind: 'bar',
    title: '効果額',
    unit: '千円',
    points: [{ label: 'R2', value: 10, text: '10' }],
    alt: '効果額 R2 10千円',
  };
  const html = body(reportHtml(model([{ type: 'chart', chart }])));
  expect(html.startsWith('\n<figure><svg')).toBe(true);
  expect(html.endsWith('</svg></figure>')).toBe(true);
});
