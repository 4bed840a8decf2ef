/**
 * Proof-reading the seed report against the example workbook: it must find
 * the misprinted 91.2% and nothing that is right, and exactly the errors
 * injected into a copy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { documentXmlToText } from '../../src/cli/docx';
import { EXAMPLE, ROOT, runCli } from '../support/cli';
import { tempDir } from '../support/xlsx';

const SEED = join(ROOT, 'test', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt');

interface Result {
  findings: { line: number; stated: string; expected: string; label: string; kind: string }[];
  checked: number;
}

function proofread(path: string): { status: number | null; result: Result } {
  const run = runCli(['proofread', path, '--workbook', EXAMPLE, '--json']);
  return { status: run.status, result: JSON.parse(run.stdout) as Result };
}

test('the seed report: only 91.2% is wrong (55/60 is 91.6% truncated), of 230 figures checked', () => {
  const { status, result } = proofread(SEED);
  expect(status).toBe(1);
  expect(result.findings).toEqual([{ line: 195, stated: '91.2%', expected: '91.6%', label: '達成 割合', kind: 'workbook+arithmetic' }]);
  expect(result.checked).toBe(230);
});

test('errors injected into a copy — an amount, a rate, an area, a sentence, a count — are exactly what is found', () => {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const replace = (line: number, from: string, to: string) => {
    expect(lines[line - 1]).toContain(from);
    lines[line - 1] = lines[line - 1].replace(from, to);
  };
  replace(291, '1,755,320 千円', '1,755,230 千円');
  replace(133, '98.1%', '98.4%');
  replace(417, '1,500.69 ㎡', '1,580.69 ㎡');
  const prose = lines.findIndex((l) => l.includes('中学校給食受入室の整備等により合計で 122.45')) + 1;
  replace(prose, '122.45', '124.45');
  replace(614, '(1 事業※) (2 事業)', '(1 事業※) (3 事業)');
  const path = join(tempDir(), 'draft.txt');
  writeFileSync(path, lines.join('\n'));
  const { result } = proofread(path);
  expect(result.findings.map((f) => [f.line, f.stated, f.expected])).toEqual([
    [133, '98.4%', '98.1%'],
    [195, '91.2%', '91.6%'],
    [291, '1,755,230千円', '1,755,320千円'],
    [prose, '124.45㎡の増加', '122.45㎡の増加'],
    [417, '1,580.69㎡', '1,500.69㎡'],
    [614, '(3 事業)', '(2 事業)'],
  ]);
});

test('a .docx is read from its XML, one paragraph per line', async () => {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  expect(documentXmlToText(xml).split('\n')).toHaveLength(lines.length);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', xml);
  const path = join(tempDir(), 'draft.docx');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  const { result } = proofread(path);
  expect(result.findings).toEqual([expect.objectContaining({ line: 195, stated: '91.2%', expected: '91.6%' })]);
});

test('text output names the line, the figure and the correction', () => {
  const run = runCli(['proofread', SEED, '--workbook', EXAMPLE]);
  expect(run.stdout).toContain('195行目: 「91.2%」→ 正しくは「91.6%」（達成 割合、ブックの集計とも原稿内の計算とも不一致）');
  expect(runCli(['proofread', SEED]).status).toBe(2);
  expect(runCli(['proofread', join(tempDir(), 'missing.docx'), '--workbook', EXAMPLE]).status).toBe(2);
});
