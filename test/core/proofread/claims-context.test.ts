/**
 * The claim reader's context (issue #26): what a number is — one amount in
 * 億・万 words, not three; a date, a code, a heading's or a list's number, not
 * a figure — which years a text names and whether up to them (まで), which
 * words of a sentence speak of a number (its clause, the topic before it, a
 * bracket's own words), and which label a column header abbreviates.
 */
import { labelAbbreviated, scopeOf } from '../../../src/core/proofread/claims';
import { onlyOtherYear } from '../../../src/core/proofread/claims/context';
import { tableRows } from '../../../src/core/proofread/draftTables';
import { normalizeDraftLine, numbersOf, yearsOf } from '../../../src/core/proofread/draftText';

const texts = (line: string) => numbersOf(normalizeDraftLine(line), 1).map((t) => [t.text, t.value, t.unit]);

describe('numbers', () => {
  test('an amount in 億・万 words is one number in 円, not its parts again', () => {
    expect(texts('総額13億7,760万円の財政効果')).toEqual([['13億7,760万円', 1_377_600_000, '円']]);
    expect(texts('令和3年度は4憶2,148万1千円')).toEqual([['4億2,148万1千円', 421_481_000, '円']]);
  });

  test('万 before a figure in 千円 counts that unit: 62万2,971千円 is 622,971千円', () => {
    expect(texts('効果額は62万2,971千円でした')).toEqual([['62万2,971千円', 622_971, '千円']]);
  });

  test('パーセント and ％ are %; 細目 is a count', () => {
    expect(texts('43件、76.7パーセントとなり')).toEqual([
      ['43件', 43, '件'],
      ['76.7パーセント', 76.7, '%'],
    ]);
    expect(texts('そのうち136細目を実施')).toEqual([['136細目', 136, '細目']]);
  });

  test('dates, codes, headings’ and lists’ numbers and quoted names are no figures', () => {
    expect(texts('2018-06-30時点のデータによる')).toEqual([]);
    expect(texts('5-01\t具体的取組事項')).toEqual([]);
    expect(texts('4 主な取組と成果')).toEqual([]);
    expect(texts('（１）計画期間')).toEqual([]);
    expect(texts('視点「1」に本文を入力してください')).toEqual([]);
  });

  test('a figure at the start of a row of figures is still one', () => {
    expect(texts('22 17 77.3%').map(([text]) => text)).toEqual(['22', '17', '77.3%']);
    expect(texts('(1) 見える改革\t23\t3').map(([text]) => text)).toEqual(['23', '3']);
  });

  test('▲ and △ are a decrease; a tab after － is not a minus sign', () => {
    const [fall] = numbersOf(normalizeDraftLine('△175,802'), 1);
    expect([fall.value, fall.negative]).toEqual([175_802, true]);
    expect(numbersOf(normalizeDraftLine('－\t5'), 1).map((t) => [t.text, t.negative])).toEqual([['5', false]]);
  });
});

describe('years', () => {
  const plan = new Set([2005, 2006, 2007, 2008, 2009]);
  test('「…までに」 is up to that year, 「…から」 the start of a range; 平成19年まで is a fiscal year', () => {
    const [upTo] = yearsOf('平成19年度までに取り組むこととしていた項目', '平成', plan);
    expect([upTo.year, upTo.through, upTo.from]).toEqual([2007, true, false]);
    const range = yearsOf('平成17年度から平成21年度までの5年間', '平成', plan);
    expect(range.map((y) => [y.year, y.from, y.through])).toEqual([
      [2005, true, false],
      [2009, false, true],
    ]);
    expect(yearsOf('平成19年までの目標', '平成', plan).map((y) => [y.year, y.through])).toEqual([[2007, true]]);
    expect(yearsOf('平成18年3月23日に策定', '平成', plan)).toEqual([]);
  });
});

describe('the words a sentence says of a number', () => {
  const line = normalizeDraftLine('平成19年度までの財政効果額（実績）は、約36億2,200万円（うち一般会計分は、約32億9,300万円）となりました。');
  test('outside brackets: its clause and the topic before it, without the brackets’ words', () => {
    const scope = scopeOf(line, line.indexOf('36億'));
    expect(scope).toContain('財政効果額');
    expect(scope).toContain('36億');
    expect(scope).not.toContain('うち一般会計分');
  });
  test('in brackets: the bracket’s own words and what stands before the bracket', () => {
    const scope = scopeOf(line, line.indexOf('32億'));
    expect(scope).toContain('うち一般会計分');
    expect(scope).toContain('財政効果額');
  });
});

describe('a column header abbreviating a label', () => {
  const labels = ['達成', '未達成', '最終年度まで', '改定時設定', '新規追加'];
  test('the one label sharing the longest run of characters with the header’s words', () => {
    expect(labelAbbreviated('目標最終年度◯', labels)).toBe(2);
    expect(labelAbbreviated('新規◯', labels)).toBe(4);
  });
  test('none when nothing but common words is shared, or two labels share as much', () => {
    expect(labelAbbreviated('年度', labels)).toBe(-1);
    expect(labelAbbreviated('達成状況が確定できないもの 新規◯', labels)).toBe(-1);
  });
});

describe('table rows', () => {
  test('single spaces separate a label and its figures under a header of as many cells', () => {
    const lines = ['項目 H18年度 H19年度 計', '削減額 △396,046 △284,388 △680,434'].map(normalizeDraftLine);
    const [row] = tableRows(lines, []);
    expect(row.label).toBe('削減額');
    expect(row.cells.map((c) => [c.text, c.header])).toEqual([
      ['△396,046', 'H18年度'],
      ['△284,388', 'H19年度'],
      ['△680,434', '計'],
    ]);
  });

  test('a row’s label broken over the lines above its figures', () => {
    const lines = ['  実績 うち一般会計分', '平成19年度までの実績', 'B', '39億2,254万7千円 32億9,398万7千円'].map(normalizeDraftLine);
    const [row] = tableRows(lines, []);
    expect(row.label).toBe('平成19年度までの実績 B');
    expect(row.cells.map((c) => c.header)).toEqual(['実績', 'うち一般会計分']);
  });

  test('tab-separated headers are joined by place; a shorter line’s last cell spans the columns after it', () => {
    const lines = ['取組事項\t達成①\t未達成②\t確定できないもの', '項目\t(P2)\t(P7)\t最終③\t改定④', '34\t17\t5\t8\t4'].map(normalizeDraftLine);
    const [row] = tableRows(lines, []);
    expect(row.cells.map((c) => c.header)).toEqual(['取組事項 項目', '達成◯ (P2)', '未達成◯ (P7)', '確定できないもの 最終◯', '確定できないもの 改定◯']);
  });
});

describe('a year named beside another year’s figure', () => {
  const rows = [
    { year: 2021, amount: 100 },
    { year: 2022, amount: 120 },
    { year: 2023, amount: 120 },
    { year: 2024, amount: 90 },
  ];
  test('the one other year whose figure it is; none when two years or none fit, nor when only the year named fits', () => {
    expect(onlyOtherYear(rows, 2021, (r) => r.amount === 90)).toBe(2024);
    expect(onlyOtherYear(rows, 2021, (r) => r.amount === 120)).toBeNull();
    expect(onlyOtherYear(rows, 2022, (r) => r.amount === 120)).toBe(2023);
    expect(onlyOtherYear(rows, 2021, (r) => r.amount === 100)).toBeNull();
    expect(onlyOtherYear(rows, 2021, (r) => r.amount === 55)).toBeNull();
  });
});
