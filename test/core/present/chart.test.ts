/**
 * chart.ts tested directly (until #24 in test/core/survivors-audit.test.ts; its other tests are in grid-chart.test.ts).
 */
import { chartSvg } from '../../../src/core/present/chart';

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('chart.ts (the mutation audit)', () => {
  test('an axis whose step cannot move its value still stops at 100 gridlines', () => {
    // One bar of −1e17 under a fixed top of −1e17: max === min, so max = min + 1, which is still −1e17 in floating
    // point; the span 0 gives a step of 1 and −1e17 + 1 is −1e17 again. The loop's test `v <= axisMax + step / 1e6`
    // holds (−1e17 + 1e-6 is −1e17) on every pass: only the guard ends it, after exactly 100 gridlines (from x = 84
    // across the plot; the axis itself is the one line from x = 84 to x = 84).
    const svg = chartSvg({ id: 'effects', kind: 'bar', title: 't', unit: 'u', points: [{ label: 'a', value: -1e17, text: 'x' }], max: -1e17, alt: 'a' });
    const lines = svg.match(/<line x1="84" y1="[^"]*" x2="\d+"/g) ?? [];
    expect(lines.filter((line) => !line.endsWith('x2="84"')).length).toBe(100);
    expect(lines.length).toBe(101);
  });
});
