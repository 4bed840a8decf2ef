/**
 * The sidebar lists the plan's labels with their meaning and definition (#25): the plan's own 定義
 * where its 区分 sheet gives one, the standard text of the meaning only where 定義 is blank. Through
 * dist/Code.js in the stand-in for the add-on.
 */
import type { WorkbookInput } from '../../src/core/base/cells';
import { smallWorkbook } from '../support/example';
import { standInWith } from '../support/standin';

interface Categories {
  categories: { kind: string; items: { term: string; label: string; meaning: string; definition: string }[] }[];
}

function withCategories(rows: (string | null)[][]): WorkbookInput {
  const input = smallWorkbook();
  input.sheets.push({ name: '区分', rows });
  return input;
}

test('the default words: each label with the standard text of its meaning, in the user language', () => {
  const ja = standInWith(smallWorkbook()).run<Categories>('sidebarState').categories;
  expect(ja.map((c) => c.kind)).toEqual(['進捗状況', '達成状況']);
  expect(ja[0].items.map((i) => i.term)).toEqual(['済', '概ね順調', '遅れ', '未着手', '休止']);
  expect(ja[0].items[0]).toEqual({ term: '済', label: '済', meaning: '済', definition: '当該活動が終了した。' });
  expect(ja[1].items.map((i) => [i.term, i.definition])).toEqual([
    ['達成', '達成するべき事項を達成した。'],
    ['一部未達成', '達成するべき事項のうち、一部を達成できなかった。'],
    ['未達成', '達成するべき事項を達成できなかった。'],
  ]);
  const en = standInWith(smallWorkbook(), 'en').run<Categories & { labels: Record<string, string> }>('sidebarState');
  expect(en.labels.categoriesHeading).toBe('What the labels mean');
  expect(en.categories[1].items[0]).toEqual({ term: 'Achieved', label: '達成', meaning: 'Achieved', definition: 'The target was achieved.' });
});

test('a plan of its own words: its labels, each with the meaning it carries', () => {
  const input = withCategories([
    ['種類', '区分', '意味'],
    ['進捗状況', '完了', '済'],
    ['進捗状況', '取組中', '概ね順調'],
    ['進捗状況', '遅延', '遅れ'],
    ['達成状況', '上回って達成', '達成'],
    ['達成状況', 'おおむね達成', '達成'],
    ['達成状況', '未達成', '未達成'],
  ]);
  const state = standInWith(input).run<Categories>('sidebarState');
  expect(state.categories[0].items.map((i) => [i.term, i.definition])).toEqual([
    ['完了（済）', '当該活動が終了した。'],
    ['取組中（概ね順調）', '当初の見通しどおり又は見通しよりも早く進捗している。'],
    ['遅延（遅れ）', '当初の見通しに比べ遅れている。'],
  ]);
  expect(state.categories[1].items.map((i) => i.term)).toEqual(['上回って達成（達成）', 'おおむね達成（達成）', '未達成']);
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
});
