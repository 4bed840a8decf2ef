/**
 * problems.ts, tested directly, each expectation tied to the behaviour a mutation run found unpinned
 * (npm run mutation; reports/mutation-record-2026.md; until #24 in test/core/base/helpers.test.ts).
 */
import { countBySeverity, localizeProblem, ProblemList } from '../../../src/core/words/problems';

describe('problems.ts', () => {
  test('a problem keeps its value in its params, and a suggestion only when there is one', () => {
    const list = new ProblemList();
    list.add('error', '取組活動', 'D2', '順長', 'statusUnknown', { allowed: '済' }, '概ね順調');
    list.add('warning', '取組活動', 'D3', 'おおむね順調', 'statusUnknown');
    list.add('info', '事業', 'A2:A3', 'x', 'mergedFilled');
    expect(list.items[0]).toMatchObject({ params: { value: '順長', allowed: '済' }, suggestion: '概ね順調', message: '' });
    expect('suggestion' in list.items[1]).toBe(false);
    expect(list.errorCount).toBe(1);
    expect(countBySeverity(list.items)).toEqual({ error: 1, warning: 1, info: 1 });
    const view = localizeProblem(list.items[1], 'ja');
    expect('suggestion' in view).toBe(false);
    expect(localizeProblem(list.items[0], 'ja')).toEqual({
      severity: 'error',
      sheet: '取組活動',
      cell: 'D2',
      value: '順長',
      message: '進捗状況「順長」は使えません。使える値: 済。',
      code: 'statusUnknown',
      suggestion: '概ね順調',
    });
  });
});
