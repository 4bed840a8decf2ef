/**
 * digest.ts tested directly: who hears what this month, in the plan's words,
 * with literal texts; the snapshots that carry a month over to the next; the
 * addresses refused. The fixture's figures, by hand, for 令和8年度 (March 2027):
 * 企画課 has A-1 and B-2 (B-2 shared with 財政課): activities 済, 遅れ, 未着手,
 * 概ね順調 → 2 of 4 in the rate, 50.0%; effects 100.5 + 20 = 120.5 千円 (A-1's
 * 2025 amount is before the plan, its 2027 amount after this year).
 * Each test builds its own result (reports/mutation-record-2026.md).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { JST_OFFSET_MS } from '../../../src/core/base/jst';
import { runPipeline } from '../../../src/core/compute/pipeline';
import {
  changesBetween,
  digestFiscalYear,
  fitDigest,
  MAIL_BODY_BUDGET,
  monthKey,
  monthKeyOf,
  monthOf,
  parseMonth,
  planDigest,
  previousSnapshot,
  recipientBatches,
  SNAPSHOT_HEADER,
  type Snapshot,
  snapshotRows,
  snapshotsFromRows,
  takeSnapshot,
  utf8Length,
} from '../../../src/core/present/digest';
import { activities, effects, projects, settings } from '../../support/sheets';

type Rows = CellValue[][];

const ACTIVITIES: Rows = [
  ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
  ['A-1', 2026, '活動a', '済', ''],
  ['A-1', 2026, '活動b', '遅れ', '用地交渉'],
  ['B-2', 2026, '活動c', '未着手', ''],
  ['B-2', 2026, '活動d', '概ね順調', ''],
  ['C-3', 2026, '活動e', '済', ''],
  ['A-1', 2027, '活動f', '遅れ', ''],
  ['E-5', 2026, '活動g', '済', ''],
];

function workbook(activities: Rows = ACTIVITIES, more: { name: string; rows: Rows }[] = []): WorkbookInput {
  return {
    sheets: [
      {
        name: '設定',
        rows: [
          ['項目', '値'],
          ['計画名', '改革<計画>'],
          ['計画開始年度', 2026],
          ['計画終了年度', 2027],
        ],
      },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'],
          ['A-1', '事業A', 1, '', '企画課'],
          ['B-2', '事業B', 2, '', '財政課、企画課'],
          ['C-3', '事業C', 1, '', '関係課'],
          ['D-4', '事業D', 1, '', '広報課'],
          ['E-5', '事業E', 1, '', '総務課'],
        ],
      },
      { name: '取組活動', rows: activities },
      {
        name: '達成事項',
        rows: [
          ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
          ['A-1', '令和8年度', '目標x', ''],
          ['B-2', '令和8年度', '目標y', '達成'],
          ['B-2', '令和7年度～令和8年度', '目標z', ''],
          ['A-1', '令和9年度', '目標w', ''],
        ],
      },
      {
        name: '効果額',
        rows: [
          ['事業コード', '年度', '効果額（千円）'],
          ['A-1', 2026, 100.5],
          ['B-2', 2026, 20],
          ['A-1', 2025, 1000],
          ['A-1', 2027, 7],
        ],
      },
      {
        name: '部署',
        rows: [
          ['課名', 'メール'],
          ['企画課', 'kikaku@city.example.jp'],
          ['財政課', 'zaisei@city.example.jp'],
          ['広報課', 'kouhou'],
          ['総務課', 'soumu@city.example.jp'],
        ],
      },
      ...more,
    ],
  };
}

const MARCH = { year: 2027, month: 3 };

/** February's snapshot: only 活動a (済), 活動b (then still 未着手) and 活動c (未着手). */
function february(): Snapshot {
  const rows = ACTIVITIES.slice(0, 4).map((row, i) => (i === 2 ? ['A-1', 2026, '活動b', '未着手', ''] : row));
  return takeSnapshot(runPipeline(workbook(rows), { asOf: '2027-02-15' }).data, { year: 2027, month: 2 });
}

function plan(lang: 'ja' | 'en', previous: Snapshot | null, officeRecipients = ['plan@city.example.jp', 'bad'], workbookUrl = 'https://docs.google.com/x') {
  return planDigest(runPipeline(workbook(), { asOf: '2027-03-15', lang }), { month: MARCH, lang, officeRecipients, previous, workbookUrl });
}

describe('who hears what', () => {
  test('the office, then each department with an address and news, by name; 関係課 routes nowhere', () => {
    const p = plan('ja', february());
    expect([p.month, p.fiscalYear]).toEqual(['2027-03', 2026]);
    expect(p.messages.map((m) => [m.key, m.to, m.subject])).toEqual([
      ['office', ['plan@city.example.jp'], '[進捗] 改革<計画> 月次ダイジェスト（2027年3月）'],
      ['department:企画課', ['kikaku@city.example.jp'], '[進捗] 改革<計画> 月次ダイジェスト（2027年3月）— 企画課'],
      // Departments in the Japanese reading order (ざいせい before そうむ).
      ['department:財政課', ['zaisei@city.example.jp'], '[進捗] 改革<計画> 月次ダイジェスト（2027年3月）— 財政課'],
      ['department:総務課', ['soumu@city.example.jp'], '[進捗] 改革<計画> 月次ダイジェスト（2027年3月）— 総務課'],
    ]);
    // 広報課's only address has no @: its project goes unrouted, and the address is reported where it is.
    expect(p.unrouted).toEqual(['広報課']);
    expect(p.invalidAddresses).toEqual([
      { where: 'office', address: 'bad', reason: '「@」がありません' },
      { where: '部署!B4', address: 'kouhou', reason: '「@」がありません' },
    ]);
    expect(p.quiet).toEqual([]);
    expect(p.snapshot.entries).toHaveLength(7 + 4);
  });

  test('a department’s message, line by line', () => {
    const kikaku = plan('ja', february()).messages[1];
    expect(kikaku.text.split('\n')).toEqual([
      '[進捗] 改革<計画> 月次ダイジェスト（2027年3月）— 企画課',
      '',
      '企画課が担当する事業の状況です（令和8年度、2027年3月時点）。',
      '',
      '■ 今年度の進捗（令和8年度）',
      '・進捗率 50.0%（取組活動 4 件のうち済・概ね順調 2 件）',
      '・済 1、概ね順調 1、遅れ 1、未着手 1、休止 0',
      '',
      '■ 遅れ・未着手の取組活動',
      '・A-1 事業A【企画課】 活動b — 遅れ（用地交渉）',
      '・B-2 事業B【財政課、企画課】 活動c — 未着手',
      '',
      '■ 今年度が目標年度で達成状況が未入力の事項',
      '・A-1 事業A: 目標x（令和8年度）',
      '・B-2 事業B: 目標z（令和7～8年度）',
      '',
      '■ 財政健全化効果額',
      '・今年度 120.5 千円、計画開始からの累計 120.5 千円',
      '',
      '■ 前回のダイジェストからの変化',
      '・進捗状況の変更: A-1 活動b — 未着手 → 遅れ',
      '・新しい取組活動: B-2 活動d（概ね順調）',
      '・新しい取組活動: A-1 活動f（遅れ）',
      '',
      'ブックを開く: https://docs.google.com/x',
      '',
      '--',
      'このメールは Shinchoku（進捗）が自動で送信しました。',
    ]);
    expect(kikaku.content).toMatchObject({ activities: 4, progressing: 2, rateText: '50.0%', effectThisYear: 120.5, effectSoFar: 120.5, problems: null });
    expect(kikaku.content.counts).toEqual({ done: 1, onTrack: 1, delayed: 1, notStarted: 1, suspended: 0 });
  });

  test('the office hears the whole plan and the workbook’s problems', () => {
    const office = plan('ja', february()).messages[0];
    const lines = office.text.split('\n');
    expect(lines.slice(2, 7)).toEqual([
      '計画全体の状況です（令和8年度、2027年3月時点）。',
      '',
      '■ 今年度の進捗（令和8年度）',
      // 6 activities in 令和8年度: 済 ×3 (a, e, g), 概ね順調, 遅れ, 未着手 → 4 of 6, 66.6% truncated.
      '・進捗率 66.6%（取組活動 6 件のうち済・概ね順調 4 件）',
      '・済 3、概ね順調 1、遅れ 1、未着手 1、休止 0',
    ]);
    expect(lines).toContain('・今年度 120.5 千円、計画開始からの累計 120.5 千円');
    expect(lines).toContain('・新しい取組活動: C-3 活動e（済）');
    expect(lines.slice(lines.indexOf('■ 入力チェック'), lines.indexOf('■ 入力チェック') + 2)).toEqual([
      '■ 入力チェック',
      `・エラー ${office.content.problems?.error} 件、警告 ${office.content.problems?.warning} 件`,
    ]);
    expect(office.content.problems).toEqual({ error: 1, warning: 1 });
  });

  test('the HTML: the same lines, every workbook value escaped', () => {
    const html = plan('ja', february()).messages[1].html;
    expect(
      html.startsWith(
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>[進捗] 改革&lt;計画&gt; 月次ダイジェスト（2027年3月）— 企画課</title>',
      ),
    ).toBe(true);
    expect(html).toContain('<li>A-1 事業A【企画課】 活動b — 遅れ（用地交渉）</li><li>B-2 事業B【財政課、企画課】 活動c — 未着手</li></ul>');
    expect(html).toContain('<p><a href="https://docs.google.com/x">ブックを開く</a></p>');
    expect(html).not.toContain('<計画>');
  });

  test('in English: English brackets and fiscal years, labels with their English names; no previous digest', () => {
    const p = plan('en', null, [], 'http://not-https.example');
    // Without an office address only departments are written; 総務課 has nothing to report without a previous digest.
    expect(p.messages.map((m) => m.key)).toEqual(['department:企画課', 'department:財政課']);
    expect(p.quiet).toEqual(['総務課']);
    expect(p.invalidAddresses).toEqual([{ where: '部署!B4', address: 'kouhou', reason: 'there is no "@"' }]);
    expect(p.messages[0].text.split('\n')).toEqual([
      '[Shinchoku] 改革<計画> monthly digest (2027-03) — 企画課',
      '',
      'The projects of 企画課 (FY2026, as of 2027-03).',
      '',
      '■ Progress this fiscal year (FY2026)',
      '・Progress rate 50.0% (2 of 4 activities counted in the rate (済, 概ね順調))',
      '・済 (Done) 1, 概ね順調 (On track) 1, 遅れ (Delayed) 1, 未着手 (Not started) 1, 休止 (Suspended) 0',
      '',
      '■ Activities 遅れ or 未着手',
      '・A-1 事業A [企画課] 活動b — 遅れ (Delayed) (用地交渉)',
      '・B-2 事業B [財政課, 企画課] 活動c — 未着手 (Not started)',
      '',
      '■ Targets due this fiscal year without a result',
      '・A-1 事業A: 目標x (FY2026)',
      '・B-2 事業B: 目標z (FY2025-FY2026)',
      '',
      '■ Fiscal effect',
      '・This fiscal year 120.5 thousand yen; since the plan start 120.5 thousand yen',
      '',
      '■ Changes since the previous digest',
      '・No previous digest was recorded; changes will be reported from next time.',
      '',
      '--',
      'Sent automatically by Shinchoku.',
    ]);
    // A link that is not https is not put in a mail.
    expect(p.messages[0].html).not.toContain('<a href');
  });
});

describe('snapshots carry a month to the next', () => {
  test('written as rows and read back, a month typed as a date included', () => {
    const snapshot = takeSnapshot(runPipeline(workbook()).data, MARCH);
    const rows = snapshotRows(snapshot);
    expect(SNAPSHOT_HEADER).toEqual(['month', 'kind', 'code', 'key', 'label', 'state']);
    expect(rows[1]).toEqual(['2027-03', 'activity', 'A-1', 'A-1|2026|活動b', '活動b', '遅れ']);
    expect(rows[7]).toEqual(['2027-03', 'target', 'A-1', 'A-1|2026-2026|目標x', '目標x', '']);
    expect(rows[8]).toEqual(['2027-03', 'target', 'B-2', 'B-2|2026-2026|目標y', '目標y', '達成']);
    // Sheets turned one month cell into a date (1 Feb 2027, 00:00 in Japan); a row of another kind and one without a month are skipped.
    const feb = new Date(Date.UTC(2027, 1, 1) - JST_OFFSET_MS);
    const read = snapshotsFromRows([
      ...rows,
      [feb, 'activity', 'x', 'A-1|2026|old', 'old', '済'],
      ['2027-03', 'note', 'x', 'k', 'l', 's'],
      ['', 'activity', 'x', 'k', 'l', 's'],
    ]);
    expect(read.map((s) => [s.month, s.entries.length])).toEqual([
      ['2027-02', 1],
      ['2027-03', 11],
    ]);
    expect(read[1].entries).toEqual(snapshot.entries);
    expect(read[0].entries[0]).toEqual({ kind: 'activity', code: 'A-1', key: 'A-1|2026|old', label: 'old', state: '済' });
  });

  test('the previous snapshot is the latest strictly before the month', () => {
    const s = (month: string): Snapshot => ({ month, entries: [] });
    const list = [s('2026-12'), s('2027-01'), s('2027-03')];
    expect(previousSnapshot(list, MARCH)?.month).toBe('2027-01');
    expect(previousSnapshot(list, { year: 2027, month: 4 })?.month).toBe('2027-03');
    expect(previousSnapshot(list, { year: 2026, month: 12 })).toBeNull();
  });

  test('changes: a new activity, a status changed, a result entered; a state kept as a meaning code is not a change', () => {
    const vocabulary = runPipeline(workbook()).data.vocabulary;
    const entry = (kind: 'activity' | 'target', key: string, state: string) => ({ kind, code: key.split('|')[0], key, label: key.split('|')[2], state });
    const before: Snapshot = {
      month: '2027-02',
      entries: [
        entry('activity', 'A-1|2026|a', 'done'),
        entry('activity', 'A-1|2026|b', 'notStarted'),
        entry('target', 'A-1|2026-2026|t', ''),
        entry('target', 'B-2|2026-2026|u', 'achieved'),
      ],
    };
    const now: Snapshot = {
      month: '2027-03',
      entries: [
        entry('activity', 'A-1|2026|a', '済'),
        entry('activity', 'A-1|2026|b', '遅れ'),
        entry('activity', 'B-2|2026|c', '済'),
        entry('target', 'A-1|2026-2026|t', '未達成'),
        entry('target', 'B-2|2026-2026|u', '達成'),
        entry('target', 'B-2|2026-2026|v', ''),
        entry('target', 'B-2|2027-2027|w', '達成'),
      ],
    };
    expect(changesBetween(before, now, vocabulary)).toEqual([
      { kind: 'transition', code: 'A-1', label: 'b', from: '未着手', to: '遅れ' },
      { kind: 'newActivity', code: 'B-2', label: 'c', to: '済' },
      { kind: 'newResult', code: 'A-1', label: 't', to: '未達成' },
      { kind: 'newResult', code: 'B-2', label: 'w', to: '達成' },
    ]);
  });
});

describe('months and recipients', () => {
  test('a month typed as text: 1926 to 2200, months 1 to 12', () => {
    expect(parseMonth(' 2027-3 ')).toEqual({ year: 2027, month: 3 });
    expect([parseMonth('1926-01'), parseMonth('2200-12')]).toEqual([
      { year: 1926, month: 1 },
      { year: 2200, month: 12 },
    ]);
    expect([
      parseMonth('1925-12'),
      parseMonth('2201-01'),
      parseMonth('2027-0'),
      parseMonth('2027-13'),
      parseMonth('2027-03-01'),
      parseMonth('x2027-03'),
    ]).toEqual([null, null, null, null, null, null]);
    expect([monthKey({ year: 2027, month: 3 }), monthKey({ year: 2027, month: 12 })]).toEqual(['2027-03', '2027-12']);
    expect([monthKeyOf('2027-3'), monthKeyOf('2027-13'), monthKeyOf(new Date(Number.NaN)), monthKeyOf(null)]).toEqual(['2027-03', null, null, null]);
  });

  test('the month of a moment is Japan’s; March belongs to the fiscal year before', () => {
    // 31 March 2027, 15:30 UTC is 1 April 00:30 in Japan.
    expect(monthOf(new Date(Date.UTC(2027, 2, 31, 15, 30)))).toEqual({ year: 2027, month: 4 });
    expect([digestFiscalYear({ year: 2027, month: 3 }), digestFiscalYear({ year: 2027, month: 4 })]).toEqual([2026, 2027]);
  });

  test('at most 50 recipients a message', () => {
    const to = Array.from({ length: 101 }, (_, i) => `u${i}@example.jp`);
    expect(recipientBatches(to).map((b) => b.length)).toEqual([50, 50, 1]);
    expect(recipientBatches(to, 100).map((b) => [b[0], b.length])).toEqual([
      ['u0@example.jp', 100],
      ['u100@example.jp', 1],
    ]);
    expect(recipientBatches([])).toEqual([]);
  });
});

describe('plans of their own', () => {
  test('a plan with no label for 遅れ or 未着手 and none in the rate still titles both lines', () => {
    const categories = {
      name: '区分',
      rows: [
        ['種類', '区分', '意味', '進捗率に含める'],
        ['進捗状況', '完了', '済', 'いいえ'],
        ['進捗状況', '休止中', '休止', 'いいえ'],
      ],
    };
    const rows = [ACTIVITIES[0], ['A-1', 2026, '活動a', '完了', ''], ['B-2', 2026, '活動c', '休止中', '']];
    for (const [lang, rate, attention, none] of [
      ['ja', '・進捗率 0.0%（取組活動 2 件のうち進捗率に含める区分 0 件）', '■ 遅れ・未着手の取組活動', '・ありません。'],
      ['en', '・Progress rate 0.0% (0 of 2 activities labels counted in the rate)', '■ Activities delayed or not started', '・None.'],
    ] as const) {
      const result = runPipeline(workbook(rows, [categories]), { asOf: '2027-03-15', lang });
      const office = planDigest(result, { month: MARCH, lang, officeRecipients: ['plan@city.example.jp'], previous: null }).messages[0].text.split('\n');
      expect(office).toContain(rate);
      expect(office[office.indexOf(attention) + 1]).toBe(none);
    }
  });

  test('a department named twice, or with other spacing, is one route with both addresses', () => {
    const departments = {
      name: '部署',
      rows: [
        ['課名', 'メール'],
        ['企画課', 'kikaku@city.example.jp'],
        [' 企画課 ', 'kikaku2@city.example.jp'],
        ['企画課', 'kikaku@city.example.jp'],
      ],
    };
    const input = workbook();
    input.sheets = input.sheets.map((sheet) => (sheet.name === '部署' ? departments : sheet));
    const p = planDigest(runPipeline(input, { asOf: '2027-03-15' }), { month: MARCH, lang: 'ja', officeRecipients: [], previous: null });
    expect(p.messages.map((m) => [m.key, m.to])).toEqual([['department:企画課', ['kikaku@city.example.jp', 'kikaku2@city.example.jp']]]);
    expect(p.unrouted).toEqual(['広報課', '財政課', '総務課']);
  });
});

test('a plan without a name or a start year: the subject says Shinchoku; effects count from the start derived from the activities', () => {
  const input = workbook();
  const settings = input.sheets[0];
  settings.rows = [
    ['項目', '値'],
    ['計画終了年度', 2027],
  ];
  const p = planDigest(runPipeline(input, { asOf: '2027-03-15' }), { month: MARCH, lang: 'ja', officeRecipients: ['plan@city.example.jp'], previous: null });
  const office = p.messages[0];
  expect(office.subject).toBe('[進捗] Shinchoku 月次ダイジェスト（2027年3月）');
  // The start is derived from the activities: 令和8年度 (a note says so). 2025's 1,000 is before it, 2027's 7 after this year.
  expect(p.messages.map((m) => m.key)).toEqual(['office', 'department:企画課', 'department:財政課']);
  expect([office.content.effectThisYear, office.content.effectSoFar]).toEqual([120.5, 120.5]);
});

describe('the lines the mutation run found untested', () => {
  test('a result entered since last month, nothing new otherwise; no target due; the whole HTML', () => {
    // February: every activity as now, and 目標x without a result; March: 目標x 未達成, due in 令和9年度 (no target due now).
    const targets = (result: string) => ({
      name: '達成事項',
      rows: [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['A-1', '令和9年度', '目標x', result],
      ],
    });
    const input = (result: string) => {
      const base = workbook();
      base.sheets = base.sheets.map((sheet) => (sheet.name === '達成事項' ? targets(result) : sheet));
      return base;
    };
    const previous = takeSnapshot(runPipeline(input(''), { asOf: '2027-02-15' }).data, { year: 2027, month: 2 });
    const p = planDigest(runPipeline(input('未達成'), { asOf: '2027-03-15' }), {
      month: MARCH,
      lang: 'ja',
      officeRecipients: ['plan@city.example.jp'],
      previous,
      workbookUrl: 'https://docs.google.com/x',
    });
    const office = p.messages[0];
    const lines = office.text.split('\n');
    expect(lines.slice(lines.indexOf('■ 今年度が目標年度で達成状況が未入力の事項'), lines.indexOf('■ 今年度が目標年度で達成状況が未入力の事項') + 2)).toEqual([
      '■ 今年度が目標年度で達成状況が未入力の事項',
      '・ありません。',
    ]);
    expect(lines.slice(lines.indexOf('■ 前回のダイジェストからの変化'), lines.indexOf('■ 前回のダイジェストからの変化') + 2)).toEqual([
      '■ 前回のダイジェストからの変化',
      '・達成状況の入力: A-1 目標x — 未達成',
    ]);
    // 総務課 has nothing due, no attention and no change: quiet. 企画課 hears of 目標x.
    expect(p.quiet).toEqual(['総務課']);
    const html = office.html.split('\n');
    expect(html.slice(1, 4)).toEqual([
      '<body style="font-family: sans-serif; color: #1f2328; max-width: 640px;">',
      '<h1 style="font-size: 18px;">[進捗] 改革&lt;計画&gt; 月次ダイジェスト（2027年3月）</h1>',
      '<p>計画全体の状況です（令和8年度、2027年3月時点）。</p>',
    ]);
    expect(html.slice(-3)).toEqual([
      '<p><a href="https://docs.google.com/x">ブックを開く</a></p>',
      '<p style="color: #57606a; font-size: 12px;">このメールは Shinchoku（進捗）が自動で送信しました。</p>',
      '</body></html>',
    ]);
  });

  test('no change since last month says so; a link that only contains https:// is left out', () => {
    const result = runPipeline(workbook(), { asOf: '2027-03-15' });
    const p = planDigest(result, {
      month: MARCH,
      lang: 'en',
      officeRecipients: ['plan@city.example.jp'],
      previous: takeSnapshot(result.data, { year: 2027, month: 2 }),
      workbookUrl: 'javascript:alert(1)//https://x',
    });
    const lines = p.messages[0].text.split('\n');
    expect(lines[lines.indexOf('■ Changes since the previous digest') + 1]).toBe('・No changes.');
    expect(p.messages[0].text).not.toContain('javascript');
    expect(p.messages[0].html).not.toContain('<a href');
  });
});

describe('the survivors of the first run', () => {
  const CATEGORIES = {
    name: '区分',
    rows: [
      ['種類', '区分', '意味'],
      ['進捗状況', '完了', '済'],
      ['進捗状況', '休止中', '休止'],
      ['達成状況', 'できた', '達成'],
    ],
  };
  const CATEGORY_ACTIVITIES = [ACTIVITIES[0], ['A-1', 2026, '活動a', '完了', ''], ['B-2', 2026, '活動c', '休止中', '']];

  test('a state kept as a meaning code reads as such only in its own kind, and as itself when the plan has no label for it', () => {
    const entry = (kind: 'activity' | 'target', key: string, state: string) => ({ kind, code: key.split('|')[0], key, label: key.split('|')[2], state });
    const defaults = runPipeline(workbook()).data.vocabulary;
    // A target once kept as "done" (a status's code) and an activity kept as "achieved" (a result's): neither is a label of its kind, so both changed.
    expect(
      changesBetween(
        { month: '2027-02', entries: [entry('target', 'A-1|2026-2026|t', 'done'), entry('activity', 'A-1|2026|a', 'achieved')] },
        { month: '2027-03', entries: [entry('target', 'A-1|2026-2026|t', '済'), entry('activity', 'A-1|2026|a', '達成')] },
        defaults,
      ),
    ).toEqual([
      { kind: 'newResult', code: 'A-1', label: 't', to: '済' },
      { kind: 'transition', code: 'A-1', label: 'a', from: 'achieved', to: '達成' },
    ]);
    // A plan whose words have no label meaning 遅れ, nor one meaning 未達成: the old codes are shown as they were kept.
    const own = runPipeline(workbook(CATEGORY_ACTIVITIES, [CATEGORIES])).data.vocabulary;
    expect(
      changesBetween(
        { month: '2027-02', entries: [entry('activity', 'A-1|2026|a', 'delayed'), entry('target', 'A-1|2026-2026|t', 'notAchieved')] },
        { month: '2027-03', entries: [entry('activity', 'A-1|2026|a', '完了'), entry('target', 'A-1|2026-2026|t', 'できた')] },
        own,
      ),
    ).toEqual([
      { kind: 'transition', code: 'A-1', label: 'a', from: 'delayed', to: '完了' },
      { kind: 'newResult', code: 'A-1', label: 't', to: 'できた' },
    ]);
  });

  test('in English, a plan’s own label without an English name is written alone', () => {
    const result = runPipeline(workbook(CATEGORY_ACTIVITIES, [CATEGORIES]), { asOf: '2027-03-15', lang: 'en' });
    const office = planDigest(result, { month: MARCH, lang: 'en', officeRecipients: ['plan@city.example.jp'], previous: null }).messages[0];
    expect(office.text.split('\n').slice(4, 7)).toEqual([
      '■ Progress this fiscal year (FY2026)',
      '・Progress rate 50.0% (1 of 2 activities counted in the rate (完了))',
      '・完了 1, 休止中 1',
    ]);
  });

  test('in English, the changes since last month with English brackets', () => {
    const kikaku = plan('en', february()).messages[1];
    const lines = kikaku.text.split('\n');
    const at = lines.indexOf('■ Changes since the previous digest');
    expect(lines.slice(at, at + 4)).toEqual([
      '■ Changes since the previous digest',
      '・Status changed: A-1 活動b — 未着手 (Not started) → 遅れ (Delayed)',
      '・New activity: B-2 活動d (概ね順調 (On track))',
      '・New activity: A-1 活動f (遅れ (Delayed))',
    ]);
    expect(lines[5]).toBe('・Progress rate 50.0% (2 of 4 activities counted in the rate (済, 概ね順調))');
    expect(lines[8]).toBe('■ Activities 遅れ or 未着手');
  });

  test('each message says whose it is', () => {
    const p = plan('ja', february());
    expect(p.messages.map((m) => m.content.scope)).toEqual([
      { kind: 'office' },
      { kind: 'department', name: '企画課' },
      { kind: 'department', name: '財政課' },
      { kind: 'department', name: '総務課' },
    ]);
  });

  test('a department hears when it has any one of: an activity needing attention, a target due, a change', () => {
    // 総務課 has only E-5, whose one activity 活動g is 済 in 令和8年度.
    const withTarget = workbook();
    withTarget.sheets = withTarget.sheets.map((sheet) =>
      sheet.name === '達成事項'
        ? {
            name: '達成事項',
            rows: [
              ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
              ['E-5', '令和8年度', '目標e', ''],
            ],
          }
        : sheet,
    );
    const delayed = workbook(ACTIVITIES.map((row) => (row[2] === '活動g' ? ['E-5', 2026, '活動g', '遅れ', ''] : row)));
    const same = runPipeline(workbook(), { asOf: '2027-03-15' });
    const cases: [string, ReturnType<typeof runPipeline>, Snapshot | null, boolean][] = [
      ['遅れ only', runPipeline(delayed, { asOf: '2027-03-15' }), null, true],
      ['a target due only', runPipeline(withTarget, { asOf: '2027-03-15' }), null, true],
      // February's snapshot has no 活動g: it is new.
      ['a new activity only', same, february(), true],
      ['no change since last month', same, takeSnapshot(same.data, { year: 2027, month: 2 }), false],
      ['nothing and no previous digest', same, null, false],
    ];
    for (const [what, result, previous, hears] of cases) {
      const p = planDigest(result, { month: MARCH, lang: 'ja', officeRecipients: [], previous });
      expect([what, p.messages.some((m) => m.key === 'department:総務課'), p.quiet.includes('総務課')]).toEqual([what, hears, !hears]);
    }
  });
});

describe('a digest fitted to the mail body limit (pure rule)', () => {
  /** The fixture with `n` more delayed activities of 事業A this year. */
  function manyDelayed(n: number, lang: 'ja' | 'en' = 'ja') {
    const rows: Rows = [...ACTIVITIES, ...Array.from({ length: n }, (_, i) => ['A-1', 2026, `遅れている活動${i + 1}`, '遅れ', '理由'])];
    return planDigest(runPipeline(workbook(rows), { asOf: '2027-03-15', lang }), {
      month: MARCH,
      lang,
      officeRecipients: ['plan@city.example.jp'],
      previous: null,
      workbookUrl: 'https://docs.google.com/x',
      mailBodyBudget: 20_000,
    }).messages[0];
  }

  test('UTF-8 bytes: ASCII 1, kana and kanji 3, an emoji 4', () => {
    expect([utf8Length('abc'), utf8Length('進捗'), utf8Length('é'), utf8Length('😀')]).toEqual([3, 6, 2, 4]);
  });

  test('the budget is the consumer limit, 200 KB, less 10 KB for the rest of the mail', () => {
    expect(MAIL_BODY_BUDGET).toBe(190 * 1024);
  });

  test('a digest within the budget is left whole', () => {
    const office = manyDelayed(5);
    expect(office.cut).toEqual([]);
    expect(office.text).not.toContain('省略');
    expect(office.text).toContain('遅れている活動5');
  });

  test('a digest over the budget keeps the first entries of its longest list, counts the rest, says so and links the workbook', () => {
    const office = manyDelayed(400);
    expect(utf8Length(office.text) + utf8Length(office.html)).toBeLessThanOrEqual(20_000);
    expect(office.cut).toHaveLength(1);
    const [cut] = office.cut;
    expect(cut.list).toBe('attention');
    // 400 added + 活動b (遅れ) + 活動c (未着手) need attention.
    expect(cut.total).toBe(402);
    expect(cut.kept).toBeGreaterThan(0);
    expect(cut.kept).toBeLessThan(402);
    expect(office.text).toContain(`ほか ${402 - cut.kept} 件（ブックでご覧ください）`);
    expect(office.text).toContain(
      'メールで送れる大きさ（200 KB）に収めるため、長い一覧の一部を省略しています。全件はブックでご覧ください。\nブックを開く: https://docs.google.com/x',
    );
    expect(office.html).toContain(`<li>ほか ${402 - cut.kept} 件（ブックでご覧ください）</li>`);
    expect(office.text).toContain('A-1 事業A【企画課】 活動b — 遅れ（用地交渉）');
    // Nothing else is cut: the other sections are whole.
    expect(office.text).toContain('目標x');
  });

  test('in English too', () => {
    const office = manyDelayed(400, 'en');
    expect(office.text).toContain(`${402 - office.cut[0].kept} more (see the workbook)`);
    expect(office.text).toContain('Long lists are cut to keep this mail within the size mail allows (200 KB); see the workbook for every entry.');
  });

  test('without a budget (the CLI) nothing is cut', () => {
    const result = runPipeline(workbook([...ACTIVITIES, ...Array.from({ length: 400 }, (_, i) => ['A-1', 2026, `遅れている活動${i + 1}`, '遅れ', ''])]), {
      asOf: '2027-03-15',
    });
    const office = planDigest(result, { month: MARCH, lang: 'ja', officeRecipients: ['plan@city.example.jp'], previous: null }).messages[0];
    expect(office.cut).toEqual([]);
    expect(office.text).toContain('遅れている活動400');
  });

  test('fitDigest: a budget the whole digest fits leaves it whole; a tighter one cuts the longest list, and without a link says no link', () => {
    const office = manyDelayed(400);
    expect(fitDigest(office.content, '改革<計画>', 'ja', undefined, 10_000_000).cut).toEqual([]);
    const tighter = fitDigest(office.content, '改革<計画>', 'ja', undefined, 15_000);
    expect(tighter.cut.map((c) => c.list)).toEqual(['attention']);
    expect(utf8Length(tighter.text) + utf8Length(tighter.html)).toBeLessThanOrEqual(15_000);
    expect(tighter.text).not.toContain('ブックを開く');
  });
});

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('digest.ts (the mutation audit)', () => {
  // 企画課 has A-1 (遅れ in 令和8年度: news), 財政課 has B-2. 効果額 in 2026: A-1 10, B-2 5. The 部署 sheet is named
  // in English; 財政課's address has no @. March 2027 is 令和8年度 (FY2026).
  const input = (): WorkbookInput => ({
    sheets: [
      settings(['計画開始年度', 2026], ['計画終了年度', 2027]),
      projects(['A-1', '事業A', 1, '', '企画課'], ['B-2', '事業B', 1, '', '財政課']),
      activities(['A-1', 2026, '活動a', '遅れ'], ['B-2', 2026, '活動b', '済']),
      effects(['A-1', 2026, 10], ['B-2', 2026, 5]),
      {
        name: 'Departments',
        rows: [
          ['課名', 'メール'],
          ['企画課', 'kikaku@city.example.jp'],
          ['財政課', 'zaisei'],
        ],
      },
    ],
  });

  test('a department counts only its own projects’ effects; a bad address is reported at the sheet as named', () => {
    const plan = planDigest(runPipeline(input(), { asOf: '2027-03-15' }), {
      month: { year: 2027, month: 3 },
      lang: 'ja',
      officeRecipients: [],
      previous: null,
    });
    // No office recipients: only 企画課's message; 財政課 has no usable address, so B-2 goes unrouted.
    expect(plan.messages.map((m) => m.key)).toStrictEqual(['department:企画課']);
    // 10 for A-1, not 15: B-2's 5 is 財政課's (if (!codes.has(e.code)) continue).
    expect([plan.messages[0].content.effectThisYear, plan.messages[0].content.effectSoFar]).toStrictEqual([10, 10]);
    // At Departments!B3 (row 3, column メール), not 部署!B3 (data.sheetNames.departments ?? '部署' → &&).
    expect(plan.invalidAddresses).toStrictEqual([{ where: 'Departments!B3', address: 'zaisei', reason: '「@」がありません' }]);
    expect(plan.unrouted).toStrictEqual(['財政課']);
  });

  test('without a workbook link the HTML has an empty line where the link would be', () => {
    const plan = planDigest(runPipeline(input(), { asOf: '2027-03-15' }), {
      month: { year: 2027, month: 3 },
      lang: 'ja',
      officeRecipients: [],
      previous: null,
    });
    expect(plan.messages[0].html.split('\n').slice(-3)).toStrictEqual([
      '',
      '<p style="color: #57606a; font-size: 12px;">このメールは Shinchoku（進捗）が自動で送信しました。</p>',
      '</body></html>',
    ]);
  });
});
