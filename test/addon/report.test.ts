/**
 * 報告書を作成 in the built bundle (dist/Code.js in the stand-in): the menu
 * opens the report dialog (dist/Report.html), and the dialog's one server
 * call returns the report model as google.script.run can carry it. The
 * browser side (the .docx built and downloaded) is tested in test/e2e.
 */
import { prohibitedValue } from '../../dev/preview/server';
import type { ReportModel } from '../../src/core/present/report';
import { exampleInput, sheet } from '../support/example';
import { standInWith } from '../support/standin';

interface ReportOutcome {
  model: ReportModel;
  fileName: string;
  labels: Record<string, string>;
  errors: { sheet: string; cell: string; message: string }[];
}

const paragraphs = (model: ReportModel) => model.blocks.flatMap((block) => (block.type === 'paragraph' || block.type === 'placeholder' ? [block.text] : []));

test('the menu item opens the report dialog, which builds the .docx in the browser', () => {
  const standIn = standInWith();
  standIn.run('showReportDialog');
  expect(standIn.ui.dialogs).toHaveLength(1);
  expect(standIn.ui.dialogs[0].title).toBe('報告書を作成');
  expect(standIn.ui.dialogs[0].output.content).toContain('<a id="download"');
  // No new scope: nothing goes to Drive or Docs.
  expect([...standIn.rt.calls.keys()].some((name) => /^(DriveApp|DocumentApp)/.test(name))).toBe(false);
});

test('the dialog gets the model as plain JSON: the seed figures, the 報告書 sheet’s text, a safe file name', () => {
  const standIn = standInWith();
  const outcome = standIn.run<ReportOutcome>('reportModel');
  expect(prohibitedValue(outcome)).toBeNull();
  expect(outcome.fileName).toBe('平塚市行財政改革計画（2020-2023）_実績報告書.docx');
  const { model } = outcome;
  expect(model.title).toBe('平塚市行財政改革計画（2020-2023）');
  const effects = model.blocks.find((block) => block.type === 'table' && block.id === 'effects');
  expect(effects && effects.type === 'table' ? effects.rows.map((row) => row.map((c) => (c === null ? '' : typeof c === 'string' ? c : c.text))) : []).toEqual([
    ['1', '令和2年度', '827,080千円'],
    ['2', '令和3年度', '1,755,320千円'],
    ['3', '令和4年度', '1,493,626千円'],
    ['4', '令和5年度', '622,971千円'],
    ['', '合計', '4,698,997千円'],
  ]);
  expect(paragraphs(model).some((text) => text.startsWith('「協働と経営」の視点から取組を推進した'))).toBe(true);
  expect(model.blocks.filter((block) => block.type === 'placeholder')).toHaveLength(0);
  expect(model.blocks.filter((block) => block.type === 'chart')).toHaveLength(3);
});

test('in English for an English-locale user; without a 報告書 sheet each missing section says where to write it', () => {
  const input = exampleInput();
  input.sheets = input.sheets.filter((s) => s.name !== '報告書');
  const outcome = standInWith(input, 'en').run<ReportOutcome>('reportModel');
  expect(outcome.fileName).toBe('平塚市行財政改革計画（2020-2023）_report.docx');
  expect(outcome.labels.reportDownload).toBe('Download');
  expect(paragraphs(outcome.model)).toContain('[Enter this text on the Report sheet, section "Introduction"]');
  expect(paragraphs(outcome.model)).toContain('[Enter this text on the Report sheet, section "Issues and next steps", perspective 3]');
});

test('a bad 報告書 row is named at its cell, and its text is left out', () => {
  const input = exampleInput();
  const report = sheet(input, '報告書');
  report.rows[1][0] = 'まえがき';
  report.rows[4][1] = null;
  const standIn = standInWith(input);
  const { model, errors } = standIn.run<ReportOutcome>('reportModel');
  expect(model.errors).toBe(2);
  // The dialog lists them: where, and what is allowed.
  expect(errors.map((e) => `${e.sheet}!${e.cell} ${e.message}`)).toEqual([
    '報告書!A2 見出し「まえがき」は使えません。使える値: はじめに / 計画の概要 / 概要 / 課題と今後の方向性 / 総括。',
    '報告書!B5 見出し「概要」の行には、どの取組の視点の文章かを「視点」の列に番号か名前で入力してください。',
  ]);
  expect(model.notice).toBe('※入力にエラーが2件残っています。エラーのある行はこの報告書の数値に含まれていません。');
  expect(paragraphs(model)).toContain('［「報告書」シートの見出し「はじめに」に本文を入力してください］');
  const problems = standIn.run<{ problems: { sheet: string; cell: string; message: string }[] }>('sidebarValidate').problems;
  // The summary's checks do not read the 報告書 sheet: its problems show in the report, where the sheet is used.
  expect(problems.filter((p) => p.sheet === '報告書')).toEqual([]);
});
