/**
 * settings.ts tested directly (until #24 in test/core/survivors-audit.test.ts; the 設定 sheet as read is in plan-settings.test.ts).
 */
import { applySetting, defaultSettings } from '../../../src/core/contract/settings';

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('settings.ts (the mutation audit)', () => {
  test('小数桁数 from a number cell: -0 (a formula’s result) is 0, 2 is 2', () => {
    const minusZero = defaultSettings();
    expect(applySetting(minusZero, 'decimals', -0)).toStrictEqual({ ok: true });
    expect(Object.is(minusZero.decimals, 0)).toBe(true);
    const two = defaultSettings();
    applySetting(two, 'decimals', 2);
    expect(two.decimals).toBe(2);
  });
});
