/**
 * The add-on's report dialog: the model comes from the built bundle (dist/Code.js
 * in the stand-in), and the dialog turns it into a .docx with src/render/reportDocx.ts,
 * the renderer bundled into dist/Report.html. A sheet can hold U+FFFF, U+FFFE, a
 * lone surrogate or a control character; none of them may reach a part of the file.
 */
import { Packer } from 'docx';
import { chartPng } from '../../src/cli/reportFile';
import type { ReportModel } from '../../src/core/present/report';
import { reportDocument } from '../../src/render/reportDocx';
import { exampleInput, sheet } from '../support/example';
import { standInWith } from '../support/standin';
import { checkXmlParts, forbiddenChars } from '../support/xml';

const FORBIDDEN = '\uffff\ufffe\ud800\u0001';

test('the dialog’s .docx from a model with forbidden characters: every part well-formed, each character shown as U+FFFD', async () => {
  const input = exampleInput();
  const name = sheet(input, '設定').rows.find((r) => r[0] === '計画名');
  if (name) name[1] = `計画${FORBIDDEN}名`;
  sheet(input, '事業').rows[1][1] = `事業${FORBIDDEN}名`;
  sheet(input, '取組活動').rows[1][2] = `活動${FORBIDDEN}一`;
  sheet(input, '報告書').rows[1][2] = `本文${FORBIDDEN}です。`;
  const { model } = standInWith(input).run<{ model: ReportModel }>('reportModel');
  // The model carries the characters as the sheet holds them: the renderer is where they must stop.
  expect(forbiddenChars(model.title).length).toBe(4);
  const bytes = await Packer.toBuffer(await reportDocument(model, chartPng));
  const { parts, text } = await checkXmlParts(bytes);
  expect(parts).toBeGreaterThanOrEqual(8);
  expect(text).toContain('計画\ufffd\ufffd\ufffd\ufffd名');
  expect(text).toContain('事業\ufffd\ufffd\ufffd\ufffd名');
  expect(text).toContain('本文\ufffd\ufffd\ufffd\ufffdです。');
});
