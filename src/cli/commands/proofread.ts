/** `proofread`: a draft report's figures checked against the workbook and its own arithmetic. */

import { annotatedDraftHtml } from '../../core/proofread/annotate';
import { mostlyNotJapanese, proofreadVerdict, verdictNotes, verdictRefusal } from '../../core/proofread/verdict';
import { notPlacedText } from '../../core/words/proofreadWords';
import { type Args, type Io, langOf, UsageError } from '../args';
import { DraftError, readDraft } from '../drafttext';
import { checkOutput, writeOutput } from '../output';
import { pipeline } from '../pipelineArgs';
import { fileErrorText, readWorkbookFile } from '../xlsx';

export async function commandProofread(args: Args, io: Io): Promise<number> {
  const draftPath = args.positional[0];
  const workbookPath = args.flags.get('--workbook');
  if (!draftPath) throw new UsageError('原稿のパスがありません / draft path missing');
  if (typeof workbookPath !== 'string') throw new UsageError('--workbook <ブック.xlsx> が必要です / --workbook <workbook.xlsx> is required');
  const lang = langOf(args);
  // proofread --out annotated.html: the draft with each number marked, through the one safe writer; checked before any work.
  const out = args.flags.get('--out');
  if (out !== undefined) {
    if (typeof out !== 'string' || !/\.html?$/i.test(out))
      throw new UsageError('--out には .html のファイル名を指定してください / --out must name an .html file');
    checkOutput(out, [draftPath, workbookPath], args);
  }
  let draft: string;
  let unreadable: number;
  try {
    ({ text: draft, unreadableReferences: unreadable } = await readDraft(draftPath));
  } catch (error) {
    throw new DraftError(`${draftPath}: ${error instanceof DraftError ? error.message : fileErrorText(error)}`);
  }
  // One verdict with the sidebar (core/proofread/verdict.ts): not Japanese, nothing checked, few checked of many.
  // The workbook is read only for a draft the verdict will read (its first rule, asked first: the order of messages kept).
  const input = mostlyNotJapanese(draft) ? null : await readWorkbookFile(workbookPath);
  const verdict = proofreadVerdict(draft, () => {
    if (input === null) throw new Error('the verdict read a draft it refused');
    return pipeline(input, args).summary;
  });
  if (typeof out === 'string') writeOutput(out, annotatedDraftHtml(draft, verdict, lang), args);
  // A readable draft with nothing placed is a verdict (exit 1) with each number's reason, not "cannot read the draft" (exit 2).
  if (verdict.kind === 'nothingChecked') {
    const reasons = verdict.notPlaced.map((n) => ({ ...n, why: notPlacedText(n.reason, lang) }));
    if (args.flags.has('--json'))
      io.stdout(JSON.stringify({ findings: [], checked: 0, numbers: verdict.numbers, notPlaced: reasons, verdict: verdictRefusal(verdict, lang) }, null, 2));
    else
      io.stdout(
        [
          verdictRefusal(verdict, lang),
          ...reasons.map((n) => (lang === 'ja' ? `${n.line}行目: 「${n.stated}」 ${n.why}` : `line ${n.line}: "${n.stated}" ${n.why}`)),
        ].join('\n'),
      );
    return 1;
  }
  const refusal = verdictRefusal(verdict, 'ja');
  if (refusal !== null) throw new DraftError(`${draftPath}: ${refusal} / ${verdictRefusal(verdict, 'en')}`);
  const result = { checked: verdict.checked, findings: verdict.findings };
  const numbers = verdict.numbers;
  if (args.flags.has('--json')) {
    io.stdout(
      JSON.stringify(
        {
          findings: result.findings,
          checked: result.checked,
          numbers,
          unreadableReferences: unreadable,
          notPlaced: verdict.notPlaced.map((n) => ({ ...n, why: notPlacedText(n.reason, lang) })),
        },
        null,
        2,
      ),
    );
  } else {
    const kinds: Record<string, string> =
      lang === 'ja'
        ? { workbook: 'ブックの集計と不一致', arithmetic: '原稿内の計算と不一致', 'workbook+arithmetic': 'ブックの集計とも原稿内の計算とも不一致' }
        : {
            workbook: 'differs from the workbook',
            arithmetic: "differs from the draft's own arithmetic",
            'workbook+arithmetic': "differs from the workbook and from the draft's own arithmetic",
          };
    const lines = result.findings.map((f) =>
      lang === 'ja'
        ? `${f.line}行目: 「${f.stated}」→ 正しくは「${f.expected}」（${f.label}、${kinds[f.kind]}）`
        : `line ${f.line}: "${f.stated}" should be "${f.expected}" (${f.label}; ${kinds[f.kind]})`,
    );
    const head =
      lang === 'ja'
        ? `${result.checked} 個の数値を照合し、${result.findings.length} 件の誤りが見つかりました（原稿中の数字 ${numbers} 個のうち。年度や区分が読み取れない数値は照合していません）。`
        : `${result.checked} figures checked; ${result.findings.length} found wrong (of ${numbers} numbers in the draft; those whose year or label could not be told are not checked).`;
    // Few figures read of many: say so, so that "0 errors" is not taken for "all checked".
    const coverage = verdictNotes(verdict, lang);
    // A reference to no character was read as �: said, so that a figure it stood in cannot pass unchecked without a word.
    const references =
      unreadable > 0
        ? [
            lang === 'ja'
              ? `注意: 原稿に文字を表さない文字参照（&#99999999; など）が ${unreadable} 個あり、�（U+FFFD）として読みました。その箇所の数値は照合できていないことがあります。`
              : `Note: ${unreadable} character references in the draft (such as &#99999999;) name no character and were read as � (U+FFFD); figures there may not have been checked.`,
          ]
        : [];
    io.stdout([head, ...coverage, ...references, ...lines].join('\n'));
  }
  return result.findings.length > 0 ? 1 : 0;
}
