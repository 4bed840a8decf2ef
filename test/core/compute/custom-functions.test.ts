/**
 * customFunctions.ts tested directly (the add-on's wrappers are tested on the
 * bundle in test/addon/menu-and-functions.test.ts): what each function gives
 * for a cell and for a range, and the message for each bad value.
 */
import {
  achievementRatio,
  CustomFunctionError,
  checkStatus,
  fiscalYear,
  judgeIndicators,
  progressRate,
  statusCounts,
  wareki,
} from '../../../src/core/compute/customFunctions';
import { readVocabulary } from '../../../src/core/read/read';

/** A plan whose 区分 says 完了 / 取組中 / 未着手 and 達成 / 部分実施 / 検討中 (no English names). */
function kanryo() {
  return readVocabulary({
    sheets: [
      {
        name: '区分',
        rows: [
          ['種類', '区分', '意味', '進捗率に含める'],
          ['進捗状況', '完了', '済', ''],
          ['進捗状況', '取組中', '概ね順調', ''],
          ['進捗状況', '未着手', '未着手', ''],
          ['達成状況', '達成', '達成', ''],
          ['達成状況', '部分実施', '一部未達成', ''],
          ['達成状況', '検討中', '未達成', ''],
        ],
      },
    ],
  });
}

/** The message a call throws, checking it is ours. */
function thrown(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctionError);
    return (error as Error).message;
  }
  throw new Error('nothing thrown');
}

describe('SHINCHOKU_PROGRESS_RATE (progressRate)', () => {
  test('済 and 概ね順調 count; blanks are skipped; a cell or a range', () => {
    expect(progressRate('済', 'ja')).toBe(1);
    expect(progressRate('遅れ', 'ja')).toBe(0);
    // 2 of 3 (済, 概ね順調 / 遅れ), truncated to one decimal: 66.6%.
    expect(
      progressRate(
        [
          ['済', '遅れ'],
          ['', null],
          ['概ね順調', '  '],
        ],
        'ja',
      ),
    ).toBe(0.666);
    expect(progressRate([['済', '遅れ', '概ね順調']], 'ja', 1, 'halfUp')).toBe(0.667);
    expect(progressRate([['済', '遅れ', '概ね順調']], 'ja', 2, 'truncate')).toBe(0.6666);
    // A variant is its label.
    expect(progressRate([['完了', 'delayed']], 'ja')).toBe(0.5);
  });

  test('nothing to count gives －, not 0', () => {
    expect(progressRate([[''], [null]], 'ja')).toBe('－');
    expect(progressRate('', 'en')).toBe('－');
  });

  test('the plan’s own words: 完了 and 取組中 count', () => {
    expect(progressRate([['完了', '取組中', '未着手']], 'ja', 1, 'truncate', kanryo())).toBe(0.666);
    // 済 is the standard meaning the plan calls 完了: refused, and the plan's label suggested, as the 集計 does (s25e N6).
    expect(thrown(() => progressRate('済', 'ja', 1, 'truncate', kanryo()))).toBe(
      '進捗状況「済」は使えません。使える値: 完了 / 取組中 / 未着手。「完了」ではありませんか。',
    );
  });

  test('an unknown status or an error value stops with a message in the user’s language', () => {
    expect(thrown(() => progressRate([['済', 'がんばった']], 'ja'))).toBe(
      '進捗状況「がんばった」は使えません。使える値: 済 / 概ね順調 / 遅れ / 未着手 / 休止。',
    );
    expect(thrown(() => progressRate([['済', 'がんばった']], 'en'))).toBe(
      'Progress status "がんばった" is not allowed. Allowed: 済 (Done) / 概ね順調 (On track) / 遅れ (Delayed) / 未着手 (Not started) / 休止 (Suspended).',
    );
    expect(thrown(() => progressRate([['#N/A']], 'ja'))).toBe('数式のエラー値 #N/A です。元の数式を直してください。');
  });
});

describe('SHINCHOKU_STATUS_COUNTS (statusCounts)', () => {
  test('the labels and 計, then the counts', () => {
    expect(
      statusCounts(
        [
          ['済', '遅れ'],
          ['済', ''],
          ['完了', null],
        ],
        'ja',
      ),
    ).toEqual([
      ['済', '概ね順調', '遅れ', '未着手', '休止', '計'],
      [3, 0, 1, 0, 0, 4],
    ]);
    expect(statusCounts('休止', 'en')).toEqual([
      ['Done', 'On track', 'Delayed', 'Not started', 'Suspended', 'Total'],
      [0, 0, 0, 0, 1, 1],
    ]);
  });

  test('a plan’s words without English names stay as typed in English', () => {
    expect(statusCounts([['完了', '取組中', '取組中']], 'en', kanryo())).toEqual([
      ['完了', '取組中', '未着手', 'Total'],
      [1, 2, 0, 3],
    ]);
  });
});

describe('SHINCHOKU_ACHIEVEMENT_RATIO (achievementRatio)', () => {
  test('the share of 達成 among the results; blanks and － are not evaluated', () => {
    // 達成 ×2, 一部未達成, 未達成 → 2/4.
    expect(
      achievementRatio(
        [
          ['達成', '一部未達成'],
          ['未達成', '達成'],
          ['', '－'],
          [null, '-'],
        ],
        'ja',
      ),
    ).toBe(0.5);
    expect(achievementRatio([['達成', '未達成', '未達成']], 'ja', '', 1, 'halfUp')).toBe(0.333);
    expect(achievementRatio([[''], ['－']], 'ja')).toBe('－');
    // 2 of 3 truncated by default (66.6%), as the report rounds unless told otherwise.
    expect(achievementRatio([['達成', '達成', '未達成']], 'ja')).toBe(0.666);
  });

  test('the share of the result given', () => {
    expect(achievementRatio([['達成', '一部未達成', '未達成', '未達成']], 'ja', '未達成')).toBe(0.5);
    expect(achievementRatio([['達成', '一部未達成', '未達成', '未達成']], 'ja', '一部未達成', 2)).toBe(0.25);
    expect(thrown(() => achievementRatio([['達成']], 'ja', 'だいたい'))).toBe(
      '達成状況「だいたい」は使えません。使える値: 達成 / 一部未達成 / 未達成（未評価は空欄か －）。',
    );
  });

  test('every label meaning 達成 counts when none is given', () => {
    const vocabulary = readVocabulary({
      sheets: [
        {
          name: '区分',
          rows: [
            ['種類', '区分', '意味'],
            ['達成状況', 'A', '達成'],
            ['達成状況', 'B', '達成'],
            ['達成状況', 'D', '未達成'],
          ],
        },
      ],
    });
    expect(achievementRatio([['A', 'B', 'D', 'D']], 'ja', null, 1, 'truncate', vocabulary)).toBe(0.5);
    expect(achievementRatio([['A', 'B', 'D', 'D']], 'ja', 'B', 1, 'truncate', vocabulary)).toBe(0.25);
    expect(achievementRatio([['達成', '部分実施', '検討中']], 'ja', undefined, 1, 'truncate', kanryo())).toBe(0.333);
  });

  test('an unknown result or an error value stops', () => {
    expect(thrown(() => achievementRatio([['達成', 'まあまあ']], 'en'))).toBe(
      'Achievement result "まあまあ" is not allowed. Allowed: 達成 (Achieved) / 一部未達成 (Partly not achieved) / 未達成 (Not achieved) (blank or － if not evaluated yet).',
    );
    expect(thrown(() => achievementRatio([['#REF!']], 'en'))).toBe('Formula error #REF!; fix the formula that produces it.');
  });
});

describe('SHINCHOKU_FISCAL_YEAR (fiscalYear)', () => {
  test('every accepted form, a cell or a range (a blank cell of a range stays blank)', () => {
    expect(fiscalYear('令和2年度', 'ja')).toBe(2020);
    expect(
      fiscalYear(
        [
          ['R2', 'FY2021'],
          ['', '令和元年度'],
          [new Date(Date.UTC(2021, 2, 31, 3)), 2019],
        ],
        'ja',
      ),
    ).toEqual([
      [2020, 2021],
      ['', 2019],
      [2020, 2019],
    ]);
  });

  test('a blank cell or an unreadable year says so', () => {
    expect(thrown(() => fiscalYear('', 'ja'))).toBe('「」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。');
    expect(thrown(() => fiscalYear([['R2', 'いつか']], 'en'))).toBe(
      '"いつか" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
    );
  });
});

describe('SHINCHOKU_WAREKI (wareki)', () => {
  test('each style by any of its names, long by default', () => {
    expect(wareki(2019, 'ja')).toBe('令和元年度');
    expect(wareki(2020, 'ja', '')).toBe('令和2年度');
    expect([wareki(2020, 'ja', 'long'), wareki(2020, 'ja', '和暦')]).toEqual(['令和2年度', '令和2年度']);
    expect([wareki(2020, 'ja', 'short'), wareki(2020, 'ja', ' R '), wareki(2020, 'ja', '略')]).toEqual(['R2', 'R2', 'R2']);
    expect([wareki('R2', 'ja', 'Western'), wareki('R2', 'ja', 'FY')]).toEqual(['2020年度', 'FY2020']);
    expect(
      wareki(
        [
          ['FY2020', ''],
          [2018, 'R3'],
        ],
        'ja',
        'short',
      ),
    ).toEqual([
      ['R2', ''],
      ['H30', 'R3'],
    ]);
  });

  test('an unknown style or year says so', () => {
    expect(thrown(() => wareki(2020, 'ja', 'kanji'))).toBe('書式「kanji」は使えません。使える値: long / short / western / fy（空欄は long）。');
    expect(thrown(() => wareki(2020, 'en', 'kanji'))).toBe('Style "kanji" is not allowed. Allowed: long / short / western / fy; blank means long.');
    expect(thrown(() => wareki('そのうち', 'ja'))).toBe('「そのうち」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。');
  });
});

describe('SHINCHOKU_CHECK_STATUS (checkStatus)', () => {
  test('a status as its label; a bad one explained, never thrown', () => {
    expect(checkStatus('完了', 'ja')).toBe('済');
    expect(
      checkStatus(
        [
          ['遅延', ''],
          ['#DIV/0!', 'がんばった'],
        ],
        'ja',
      ),
    ).toEqual([
      ['遅れ', ''],
      ['数式のエラー値 #DIV/0! です。元の数式を直してください。', '進捗状況「がんばった」は使えません。使える値: 済 / 概ね順調 / 遅れ / 未着手 / 休止。'],
    ]);
  });

  test('a near miss gets a suggestion, in each language', () => {
    expect(checkStatus('順長', 'ja')).toBe('進捗状況「順長」は使えません。使える値: 済 / 概ね順調 / 遅れ / 未着手 / 休止。「概ね順調」ではありませんか。');
    expect(checkStatus('Delayd', 'en')).toBe(
      'Progress status "Delayd" is not allowed. Allowed: 済 (Done) / 概ね順調 (On track) / 遅れ (Delayed) / 未着手 (Not started) / 休止 (Suspended). Did you mean "遅れ"?',
    );
    expect(checkStatus('取組中', 'ja', kanryo())).toBe('取組中');
  });
});

describe('SHINCHOKU_JUDGE (judgeIndicators)', () => {
  test('each goal against its actual; a blank actual is not judged', () => {
    expect(judgeIndicators([[10, 20]], [[10, 25]], 'ja')).toBe('達成');
    expect(judgeIndicators([[10, 20]], [[10, 19]], 'ja')).toBe('一部未達成');
    expect(judgeIndicators([[10, 20]], [[9, '']], 'ja')).toBe('未達成');
    expect(judgeIndicators([[10], [20]], [[''], [null]], 'ja')).toBe('－');
    expect(judgeIndicators(10, '10.0', 'ja')).toBe('達成');
  });

  test('the rule given: 以下, 未満, 超; numbers typed as text with units and commas', () => {
    expect(judgeIndicators([[5, 5]], [[5, 4]], 'ja', '以下')).toBe('達成');
    expect(judgeIndicators([[5, 5]], [[5, 4]], 'ja', '未満')).toBe('一部未達成');
    expect(judgeIndicators([['1,000']], [['1,001']], 'ja', '超')).toBe('達成');
  });

  test('in the plan’s words', () => {
    expect(judgeIndicators([[10, 20]], [[10, 19]], 'ja', '', kanryo())).toBe('部分実施');
    expect(judgeIndicators([[10]], [[1]], 'ja', '', kanryo())).toBe('検討中');
  });

  test('a bad rule, ranges of different sizes, a goal or actual that is not a number', () => {
    expect(thrown(() => judgeIndicators(1, 1, 'ja', 'だいたい'))).toBe(
      '判定「だいたい」は使えません。使える値: 以上 / 以下 / 以内 / 超 / 未満 / 等しい（空欄は以上）。',
    );
    expect(thrown(() => judgeIndicators([[5, 5]], [[1]], 'ja'))).toBe('目標値（2個）と実績値（1個）の数が合いません。同じ大きさの範囲を指定してください。');
    expect(thrown(() => judgeIndicators([[5, 5]], [[1]], 'en'))).toBe('There are 2 goals but 1 actuals; give two ranges of the same size.');
    expect(thrown(() => judgeIndicators([['たくさん']], [[1]], 'ja'))).toContain('「たくさん」');
    expect(thrown(() => judgeIndicators([[1]], [['少し']], 'ja'))).toContain('「少し」');
  });
});
