/** `digest`: the month's messages (.eml and .html) written to a folder. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { headerSafe } from '../../core/base/email';
import { formatFiscalYear } from '../../core/base/fiscalYear';
import { digestFiscalYear, monthEndDate, monthKey, parseMonth, planDigest, recipientBatches, takeSnapshot } from '../../core/present/digest';
import { label } from '../../core/words/messages';
import { fiscalYearLabel } from '../../core/words/yearLabels';
import { type Args, type Io, langOf, UsageError } from '../args';
import { buildEml } from '../eml';
import { OutputError } from '../output';
import { pipeline } from '../pipelineArgs';
import { failureReason } from '../safeWrite';
import { readWorkbookFile } from '../xlsx';
import { fileSlug, messageCount, monthMessages, writeMessageSet } from './messageSet';

export async function commandDigest(args: Args, io: Io): Promise<number> {
  const path = args.positional[0];
  if (!path) throw new UsageError('ブックのパスがありません / workbook path missing');
  const monthText = args.flags.get('--month');
  const month = typeof monthText === 'string' ? parseMonth(monthText) : null;
  if (!month)
    throw new UsageError(
      typeof monthText === 'string'
        ? `--month「${monthText}」は年月として読めません。2024-03 のように指定してください / --month "${monthText}" is not a month; use YYYY-MM, e.g. 2024-03`
        : '--month YYYY-MM が必要です（例: --month 2024-03） / --month YYYY-MM is required, e.g. --month 2024-03',
    );
  const out = args.flags.get('--out');
  if (typeof out !== 'string') throw new UsageError('--out <フォルダー> が必要です / --out <dir> is required');
  if (existsSync(out) && !statSync(out).isDirectory())
    throw new UsageError(
      `--out「${out}」はファイルです。書き出し先のフォルダーを指定してください / --out "${out}" is a file; give a folder to write the messages to`,
    );
  const force = args.flags.has('--force');
  // The month's earlier messages are replaced only with --force: said before the workbook is read.
  const before = monthMessages(out, monthKey(month));
  if (before.length > 0 && !force) {
    const count = messageCount(before);
    throw new UsageError(
      `${out} には ${monthKey(month)} のメッセージがすでに ${count} 通あります。置き換えるには --force を付けてください / ${out} already holds ${count} messages for ${monthKey(month)}; add --force to replace them`,
    );
  }
  const lang = langOf(args);
  const result = pipeline(await readWorkbookFile(path), args);
  const { data, summary } = result;
  let previous = null;
  const previousPath = args.flags.get('--previous');
  if (typeof previousPath === 'string') {
    const older = pipeline(await readWorkbookFile(previousPath), args).data;
    const before = month.month === 1 ? { year: month.year - 1, month: 12 } : { year: month.year, month: month.month - 1 };
    previous = takeSnapshot(older, before);
  }
  // A month outside the plan's fiscal years has nothing to report (and 令和281年度 is a typo).
  const fiscalYear = digestFiscalYear(month);
  const { startYear, endYear } = summary.plan;
  // Years named in the era of the month's last day, as the digest names them (平成31年度 for 2019-04).
  const monthEnd = monthEndDate(month);
  if (startYear !== null && endYear !== null && (fiscalYear < startYear || fiscalYear > endYear))
    throw new UsageError(
      `--month ${monthText} は${formatFiscalYear(fiscalYear, 'long', monthEnd)}で、計画期間（${formatFiscalYear(startYear, 'long', monthEnd)}～${formatFiscalYear(endYear, 'long', monthEnd)}）の外です / --month ${monthText} is FY${fiscalYear}, outside the plan (FY${startYear}-FY${endYear})`,
    );
  const plan = planDigest(result, { month, lang, officeRecipients: data.settings.recipients, previous });
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    const reason = failureReason(error);
    throw new OutputError(`フォルダー ${out} を作れませんでした（${reason.ja}）/ could not create the folder ${out} (${reason.en})`);
  }
  // A header value: line breaks would start new headers (Bcc:…), so they are taken out.
  const from = headerSafe(typeof args.flags.get('--from') === 'string' ? String(args.flags.get('--from')) : 'Shinchoku <no-reply@example.jp>');
  const written: string[] = [];
  const files: { name: string; bytes: string }[] = [];
  plan.messages.forEach((message, index) => {
    // The month in every name, so that two months written to one folder never mix.
    const slug = `${plan.month}-${String(index + 1).padStart(2, '0')}-${message.key === 'office' ? 'office' : fileSlug(message.key.replace(/^department:/, ''))}`;
    // At most 50 recipients a message, split as the add-on sends them (core's recipientBatches): …-1.eml, …-2.eml.
    const batches = recipientBatches(message.to);
    batches.forEach((to, batch) => {
      const name = batches.length > 1 ? `${slug}-${batch + 1}` : slug;
      const eml = buildEml({
        from,
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        date: new Date(),
        messageId: batches.length > 1 ? `${plan.month}-${index + 1}-${batch + 1}` : `${plan.month}-${index + 1}`,
      });
      files.push({ name: `${name}.eml`, bytes: eml });
      written.push(`${name} → ${to.join(', ')}`);
    });
    files.push({ name: `${slug}.html`, bytes: message.html });
  });
  const replaced = writeMessageSet(out, plan.month, files, force);
  // A message is an .eml (one per batch of at most 50 recipients); its .html is the page beside it.
  const sent = files.filter((file) => file.name.endsWith('.eml')).length;
  const lines = [
    label('cliDigestWritten', lang, { month: plan.month, fy: fiscalYearLabel(plan.fiscalYear, lang, monthEnd), n: sent, out }),
    ...written.map((w) => `  ${w}`),
  ];
  if (replaced.earlier > 0)
    lines.push(
      label('cliDigestReplaced', lang, { n: replaced.earlier }) +
        (replaced.removed > 0 ? label('cliDigestReplacedRemoved', lang, { n: replaced.removed }) : ''),
    );
  if (plan.quiet.length > 0) lines.push(label('cliDigestQuiet', lang, { departments: plan.quiet.join('、') }));
  // Without 設定's 送信先 the office's message is not written at all; "0 通" alone leaves a new user guessing.
  if (data.settings.recipients.length === 0) lines.push(label('cliDigestNoOffice', lang));
  if (plan.unrouted.length > 0) lines.push(label('cliDigestUnrouted', lang, { departments: plan.unrouted.join('、') }));
  for (const bad of plan.invalidAddresses) lines.push(label('cliDigestInvalidAddress', lang, { where: bad.where, address: bad.address, reason: bad.reason }));
  io.stdout(lines.join('\n'));
  return summary.problemCounts.error > 0 ? 1 : 0;
}
