/**
 * The annual report (実績報告書) as a pure structure: sections, headings,
 * paragraphs, tables, charts and notes, built from the one pipeline's result
 * in the seed report's outline. Every figure comes from the summary (the
 * same cells the summary sheet and the terminal show); every sentence that
 * no figure can write comes from the 報告書 sheet, and where that is empty
 * the report says so in brackets — it never invents prose.
 *
 * Renderers: core/present/reportHtml.ts (HTML), src/cli/reportDocx.ts (.docx) and
 * the add-on's report dialog (the same .docx, built in the browser).
 */
import { fiscalYearLabel, formatFiscalYear, yearRangeLabel } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import { formatAmount, formatArea, toHundredths } from '../base/numbers';
import { displayWidth } from '../base/text';
import type { PipelineResult } from '../compute/pipeline';
import { perspectiveEffects } from '../compute/summarize';
import { REPORT_SECTIONS, type ReportSection, type ResultCode, type StatusCode } from '../contract/vocabulary';
import type { ReportText } from '../read/read';
import { CATEGORY_DEFINITIONS, REPORT_WORDS } from '../words/messages';
import {
  amountCell,
  areaCell,
  cellText,
  countCell,
  type NumberCell,
  netText,
  periodText,
  type ReportTable,
  reportTables,
  type TableCell,
  termName,
} from './tables';

export interface ReportTableBlock {
  type: 'table';
  id: string;
  caption: string;
  header: string[];
  rows: TableCell[][];
  /** Relative column widths. */
  widths: number[];
  notes: string[];
}

export interface ChartPoint {
  label: string;
  value: number;
  /** The value as the tables print it. */
  text: string;
}

export interface ChartSpec {
  id: 'progressRate' | 'effects' | 'floorArea';
  kind: 'line' | 'bar';
  title: string;
  /** What the axis counts: %, 千円, ㎡. */
  unit: string;
  points: ChartPoint[];
  /** A fixed top of the axis (100 for a rate); otherwise from the data. */
  max?: number;
  /** Alt text: what the chart shows, with its figures. */
  alt: string;
}

export type ReportBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  /** Text the workbook does not hold yet: where to enter it. */
  | { type: 'placeholder'; text: string }
  | { type: 'caption'; text: string }
  /** The 【区分】 box: each label (quoted as the language does: 「済」, "Done") with what it means. */
  | { type: 'definitions'; caption: string; items: { term: string; meaning: string }[] }
  | { type: 'list'; items: string[] }
  /** A year with what was done in it (主な取組と成果). */
  | { type: 'yearItems'; year: string; items: string[] }
  | ReportTableBlock
  | { type: 'chart'; chart: ChartSpec }
  | { type: 'note'; text: string }
  | { type: 'pageBreak' };

export interface ReportModel {
  lang: Lang;
  title: string;
  subtitle: string;
  /** The data's date (as-of), shown under the title. */
  asOf: string;
  asOfText: string;
  /** Errors in the workbook: rows with errors are left out, and the report says so at its top. */
  errors: number;
  notice: string | null;
  blocks: ReportBlock[];
}

function say(key: keyof typeof REPORT_WORDS, lang: Lang, params: Record<string, string | number> = {}): string {
  return REPORT_WORDS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
function sectionNumber(n: number, lang: Lang): string {
  return lang === 'ja' ? String(n).replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]) : String(n);
}

/** （１） in Japanese, (1) in English: the seed's numbering of perspectives and sub-sections. */
function bracketNumber(n: number, lang: Lang): string {
  return lang === 'ja' ? `（${sectionNumber(n, lang)}）` : `(${n}) `;
}

/** A label as the 【区分】 box quotes it: 「済」 in Japanese, "Done" in English. */
function quoted(text: string, lang: Lang): string {
  return lang === 'ja' ? `「${text}」` : `"${text}"`;
}

/** 令和2（2020）年度, as the seed writes years in sentences; FY2020 in English. */
function yearInSentence(year: number, lang: Lang): string {
  return lang === 'ja' ? formatFiscalYear(year).replace('年度', `（${year}）年度`) : fiscalYearLabel(year, lang);
}

function unitCell(value: number, decimals: number, unit: string): NumberCell {
  const cell = amountCell(value, decimals);
  return { ...cell, text: `${cell.text}${unit}` };
}

/**
 * Column widths from the content: a column is as wide as its widest cell (long
 * text capped, so it wraps), and never narrower than its header's longest word —
 * so codes (0703-13), amounts (1,181,189千円) and English headers never break.
 */
function contentWidths(header: string[], rows: TableCell[][]): number[] {
  return header.map((h, column) => {
    const cells = rows.map((row) => displayWidth(cellText(row[column])));
    const widest = Math.min(36, Math.max(0, ...cells));
    const words = h.split(' ').map((word) => displayWidth(word));
    const headerNeed = /[^ -~]/.test(h) ? Math.ceil(displayWidth(h) / 2) : Math.max(0, ...words);
    return Math.max(4, widest, Math.min(16, headerNeed)) + 2;
  });
}

function table(id: string, caption: string, header: string[], rows: TableCell[][], notes: string[] = []): ReportTableBlock {
  return { type: 'table', id, caption, header, rows, widths: contentWidths(header, rows), notes };
}

/** The texts of a section from the 報告書 sheet, or the placeholder that says where to write them. */
function sectionTexts(texts: readonly ReportText[], section: ReportSection, perspective: number | null, lang: Lang): ReportBlock[] {
  const found = texts.filter((t) => t.section === section && t.perspective === perspective);
  if (found.length > 0) return found.flatMap((t) => t.text.split(/\n+/).map((text): ReportBlock => ({ type: 'paragraph', text: text.trim() })));
  const term = REPORT_SECTIONS.terms[REPORT_SECTIONS.firstOf(section)];
  const names = { section: term.label, sectionEn: term.en ?? term.label };
  const text = perspective === null ? say('placeholderPlan', lang, names) : say('placeholderPerspective', lang, { ...names, n: perspective });
  return [{ type: 'placeholder', text }];
}

function chartValues(points: ChartPoint[], lang: Lang): string {
  return points.map((p) => `${p.label} ${p.text}`).join(lang === 'ja' ? '、' : ', ');
}

function chart(spec: Omit<ChartSpec, 'alt'>, lang: Lang): ReportBlock {
  // A chart with no point yet says so, instead of an empty list between two 。.
  const key = spec.points.length === 0 ? 'chartAltEmpty' : spec.kind === 'line' ? 'chartAltLine' : 'chartAltBar';
  const alt = say(key, lang, { title: spec.title, values: chartValues(spec.points, lang) });
  return { type: 'chart', chart: { ...spec, alt } };
}

export function buildReport(result: PipelineResult, lang: Lang): ReportModel {
  const { summary, data } = result;
  const blocks: ReportBlock[] = [];
  const texts = data.reportTexts;
  const planName = summary.plan.name ?? say('defaultPlan', lang);
  // The years the report speaks of: those begun by the as-of date, and any later one that already has data.
  // A mid-plan (interim) report never states a year that has not started.
  const hasData = (y: number) =>
    data.activities.some((a) => a.year === y) ||
    data.effects.some((e) => e.year === y) ||
    data.facilities.some((f) => f.year === y) ||
    data.goals.some((g) => g.year === y && g.actual !== null);
  const planYears = summary.years;
  const years = planYears.filter((y) => y <= result.currentYear || hasData(y));
  const shown = new Set(years);
  const notYet = planYears.filter((y) => !shown.has(y));
  /** Keeps a row's cells for the years shown: the leading label cells, one per plan year, then any total. */
  const yearCells = <T>(cells: T[], lead: number): T[] => cells.filter((_, i) => i < lead || i >= lead + planYears.length || shown.has(planYears[i - lead]));
  const first = planYears[0];
  const last = planYears[planYears.length - 1];
  const reportedLast = years[years.length - 1];
  const anyActivity = data.activities.length > 0;
  const unit = summary.effects.unitLabel;
  const unitShown = lang === 'ja' ? unit : ` ${summary.effects.unit}`;
  const money = (value: number) => unitCell(value, summary.effects.decimals, unitShown);
  const moneyText = (value: number) => `${formatAmount(value, summary.effects.decimals)}${unitShown}`;
  const progressTerms = summary.vocabulary.progress;
  const resultTerms = summary.vocabulary.result;
  const summaryTables = new Map(reportTables(summary, lang).map((t) => [t.id, t]));
  // reportTables builds every table asked for here (goals only when the plan has goals, asked for only then).
  const summaryTable = (id: string) => summaryTables.get(id) as ReportTable;
  let section = 0;
  const heading = (text: string) => blocks.push({ type: 'heading', level: 1, text: `${sectionNumber(++section, lang)} ${text}` });
  if (notYet.length > 0)
    blocks.push({
      type: 'note',
      text: say('interim', lang, { date: result.asOf, years: notYet.map((y) => fiscalYearLabel(y, lang)).join(lang === 'ja' ? '・' : ', ') }),
    });
  if (!anyActivity) blocks.push({ type: 'note', text: say('noActivities', lang) });

  // １ はじめに
  heading(say('introduction', lang));
  blocks.push(...sectionTexts(texts, 'introduction', null, lang));

  // ２ 計画の概要: the period and the perspectives from 設定, the rest from 報告書.
  heading(say('planOverview', lang));
  blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(1, lang)}${say('planPeriod', lang)}` });
  if (first !== undefined)
    blocks.push({
      type: 'paragraph',
      text: say('planPeriodText', lang, { plan: planName, first: yearInSentence(first, lang), last: yearInSentence(last, lang), n: planYears.length }),
    });
  blocks.push(...sectionTexts(texts, 'planOverview', null, lang));
  blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(2, lang)}${say('perspectives', lang)}` });
  blocks.push({ type: 'paragraph', text: say('perspectivesText', lang, { n: summary.perspectives.length }) });
  blocks.push({ type: 'list', items: summary.perspectives.map((p) => `${bracketNumber(p.perspective, lang)}${p.name}`) });

  // ３ 取組状況: 【進捗状況】 and 【進捗率】 in the seed's layout, the chart, the 【区分】 box.
  heading(say('progressSection', lang));
  blocks.push({ type: 'paragraph', text: say('progressIntro', lang, { n: progressTerms.length }) });
  const progressTable = summaryTable('progress');
  blocks.push(
    table(
      'progress',
      progressTable.title,
      [...progressTable.header.slice(0, 3), ...progressTerms.map((term) => termName(term, lang))],
      summary.progress
        .filter((row) => shown.has(row.year))
        .map((row) => [fiscalYearLabel(row.year, lang), countCell(row.projects), countCell(row.activities), ...row.labels.map((l) => countCell(l.count))]),
    ),
  );
  const rateTable = summaryTable('progressRate');
  blocks.push(
    table(
      'progressRate',
      rateTable.title,
      rateTable.header,
      rateTable.rows.filter((_, i) => shown.has(summary.progress[i].year)),
    ),
  );
  blocks.push(
    chart(
      {
        id: 'progressRate',
        kind: 'line',
        title: say('chartRate', lang),
        unit: '%',
        max: 100,
        points: summary.progress
          .filter((p) => p.rateRounded !== null && shown.has(p.year))
          .map((p) => ({ label: fiscalYearLabel(p.year, lang), value: (p.rateRounded ?? 0) * 100, text: p.rateText })),
      },
      lang,
    ),
  );
  blocks.push({
    type: 'definitions',
    caption: say('categories', lang),
    items: progressTerms.map((term) => ({ term: quoted(termName(term, lang), lang), meaning: CATEGORY_DEFINITIONS[term.meaning as StatusCode][lang] })),
  });

  // ４ 達成状況
  heading(say('achievementSection', lang));
  blocks.push({ type: 'paragraph', text: say('achievementIntro', lang, { n: resultTerms.length }) });
  for (const id of ['achievement', 'achievementByYear', 'shortfalls']) {
    const t = summaryTable(id);
    // Per target year (a row per summary.achievement.byYear): the years begun, and any later one with a result already entered.
    const byYear = summary.achievement.byYear;
    const rows = id === 'achievementByYear' ? t.rows.filter((_, i) => shown.has(byYear[i].year) || byYear[i].evaluated > 0) : t.rows;
    blocks.push(table(id, t.title, t.header, rows, t.notes));
    if (id === 'shortfalls' && t.rows.length === 0) blocks.push({ type: 'paragraph', text: say('noShortfall', lang) });
  }
  blocks.push({
    type: 'definitions',
    caption: say('categories', lang),
    items: resultTerms.map((term) => ({ term: quoted(termName(term, lang), lang), meaning: CATEGORY_DEFINITIONS[term.meaning as ResultCode][lang] })),
  });

  // ５ 財政健全化効果額
  heading(say('effectsSection', lang));
  if (anyActivity && reportedLast !== undefined)
    blocks.push({
      type: 'paragraph',
      text:
        notYet.length === 0
          ? say('effectsText', lang, { plan: planName, n: years.length, total: moneyText(summary.effects.total) })
          : say('effectsTextInterim', lang, {
              plan: planName,
              first: yearInSentence(first, lang),
              last: yearInSentence(reportedLast, lang),
              n: years.length,
              total: moneyText(summary.effects.total),
            }),
    });
  const effectsTable = summaryTable('effects');
  blocks.push(
    table(
      'effects',
      effectsTable.title,
      ['', lang === 'ja' ? '年度' : 'Fiscal year', say('effectsSection', lang)],
      [
        ...summary.effects.byYear
          .filter((row) => shown.has(row.year))
          .map((row, i): TableCell[] => [countCell(i + 1), fiscalYearLabel(row.year, lang), money(row.amount)]),
        ['', lang === 'ja' ? '合計' : 'Total', money(summary.effects.total)],
      ],
    ),
  );
  blocks.push(
    chart(
      {
        id: 'effects',
        kind: 'bar',
        title: say('chartEffects', lang),
        unit: unitShown.trim(),
        points: summary.effects.byYear
          .filter((row) => shown.has(row.year))
          .map((row) => ({ label: fiscalYearLabel(row.year, lang), value: row.amount, text: moneyText(row.amount) })),
      },
      lang,
    ),
  );

  // ６ 主な取組と成果: per perspective, 概要, each year's notes, 取組結果, 課題と今後の方向性.
  heading(say('resultsSection', lang));
  for (const p of summary.perspectives) {
    blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(p.perspective, lang)}${p.name}` });
    blocks.push({ type: 'caption', text: say('overview', lang) });
    blocks.push(...sectionTexts(texts, 'perspectiveOverview', p.perspective, lang));
    blocks.push({ type: 'caption', text: say('mainResults', lang) });
    let anyNotes = false;
    for (const year of years) {
      const seen = new Set<string>();
      const items: string[] = [];
      for (const activity of data.activities) {
        if (activity.year !== year || !activity.notes) continue;
        const project = data.projects[activity.project];
        if (!project || project.perspective !== p.perspective) continue;
        const item = `${project.name}${lang === 'ja' ? '：' : ': '}${activity.notes}`;
        if (seen.has(item)) continue;
        seen.add(item);
        items.push(item);
      }
      if (items.length === 0) continue;
      anyNotes = true;
      blocks.push({ type: 'yearItems', year: fiscalYearLabel(year, lang), items });
    }
    if (!anyNotes) blocks.push({ type: 'placeholder', text: say('noNotes', lang) });
    // 【取組結果】 as the seed prints it: counts with 事業, amounts with the unit.
    const t = summaryTable(`perspective${p.perspective}`);
    const effects = perspectiveEffects(summary, p.perspective);
    const projectsCell = (n: number): NumberCell => ({ kind: 'count', value: n, text: lang === 'ja' ? `${n}事業` : String(n) });
    blocks.push(
      table(`perspective${p.perspective}`, say('results', lang), yearCells(t.header, 1), [
        yearCells([t.rows[0][0], ...p.projects.map((c) => projectsCell(c.count)), projectsCell(p.projectsTotal)], 1),
        yearCells(t.rows[1], 1),
        yearCells(t.rows[2], 1),
        yearCells([lang === 'ja' ? '財政健全化効果額' : 'Fiscal effect', ...effects.byYear.map((e) => money(e.amount)), money(effects.total)], 1),
      ]),
    );
    blocks.push({ type: 'caption', text: say('issues', lang) });
    blocks.push(...sectionTexts(texts, 'issues', p.perspective, lang));
  }

  // 公共施設の延床面積, when the plan records facilities.
  const f = summary.floorArea;
  if (data.facilities.length > 0) {
    heading(say('floorSection', lang));
    const areaText = (value: number) => `${formatArea(toHundredths(value))}${lang === 'ja' ? '㎡' : ' m2'}`;
    const areaRow = (name: string, pick: (row: (typeof f.byYear)[number]) => number): TableCell[] => [
      name,
      ...f.byYear.map((row) => ({ ...areaCell(pick(row)), text: areaText(pick(row)) })),
    ];
    blocks.push(
      table(
        'floorArea',
        summaryTable('floorArea').title,
        [lang === 'ja' ? '区分' : 'Kind', ...years.map((y) => fiscalYearLabel(y, lang))],
        [
          yearCells(
            areaRow(lang === 'ja' ? '廃止面積' : 'Abolished', (row) => row.abolished),
            1,
          ),
          yearCells(
            areaRow(lang === 'ja' ? '増加面積' : 'Added', (row) => row.added),
            1,
          ),
          yearCells([lang === 'ja' ? '取組状況' : 'Net change', ...f.byYear.map((row) => netText(row.net, lang))], 1),
        ],
      ),
    );
    for (const row of f.byYear.filter((r) => shown.has(r.year))) {
      // The largest named facilities; a catch-all row (その他…) is no facility to name.
      const named = [...row.facilities]
        .filter((x) => !/^その他|^other/i.test(x.name))
        .sort((a, b) => b.area - a.area)
        .slice(0, 3);
      if (toHundredths(row.abolished) === 0 && toHundredths(row.added) === 0) {
        blocks.push({ type: 'paragraph', text: say('floorYearNone', lang, { year: yearInSentence(row.year, lang) }) });
        continue;
      }
      const facilities = named
        .map((x) => `${x.name}${lang === 'ja' ? `の${x.change === 'abolished' ? '廃止' : '増加'}` : ` (${x.change === 'abolished' ? 'abolished' : 'added'})`}`)
        .join(lang === 'ja' ? '・' : ', ');
      blocks.push({
        type: 'paragraph',
        text:
          named.length > 0
            ? say('floorYear', lang, { year: yearInSentence(row.year, lang), facilities, net: netText(row.net, lang) })
            : say('floorYearPlain', lang, { year: yearInSentence(row.year, lang), net: netText(row.net, lang) }),
      });
    }
    // One sentence for the plan, when the whole and the general account move the same way (the seed's form).
    const net = toHundredths(f.net);
    const ga = toHundredths(f.netGeneralAccount);
    if (net !== 0 && (ga === 0 || Math.sign(net) === Math.sign(ga))) {
      blocks.push({
        type: 'paragraph',
        text: say('floorPlan', lang, {
          net: formatArea(Math.abs(net)),
          ga: formatArea(Math.abs(ga)),
          change: lang === 'ja' ? `㎡${net < 0 ? 'の縮減' : 'の増加'}` : net < 0 ? 'a reduction' : 'an increase',
        }),
      });
    } else {
      blocks.push({ type: 'note', text: summaryTable('floorArea').notes[0] });
    }
    blocks.push(
      chart(
        {
          id: 'floorArea',
          kind: 'bar',
          title: say('chartFloor', lang),
          unit: lang === 'ja' ? '㎡' : 'm2',
          points: f.byYear
            .filter((row) => shown.has(row.year))
            .map((row) => ({ label: fiscalYearLabel(row.year, lang), value: row.net, text: netText(row.net, lang) })),
        },
        lang,
      ),
    );
  }

  // 目標, when the plan has headline goals.
  if (summary.goals.length > 0) {
    const goals = summaryTable('goals');
    heading(say('goalsSection', lang));
    blocks.push(
      table(
        'goals',
        goals.title,
        yearCells(goals.header, 3),
        goals.rows.map((row) => yearCells(row, 3)),
      ),
    );
  }

  // 総括: the period's figures in one sentence, then the 報告書 sheet's text.
  heading(say('conclusion', lang));
  const projectsTotal = summary.perspectives.reduce((sum, p) => sum + p.projectsTotal, 0);
  const ownConclusion = texts.some((t) => t.section === 'conclusion');
  if (first !== undefined && reportedLast !== undefined && anyActivity && !ownConclusion)
    blocks.push({
      type: 'paragraph',
      text: say('conclusionText', lang, {
        first: yearInSentence(first, lang),
        last: yearInSentence(reportedLast, lang),
        n: years.length,
        projects: projectsTotal,
        total: moneyText(summary.effects.total),
      }),
    });
  blocks.push(...sectionTexts(texts, 'conclusion', null, lang));

  // 参考 取組事業一覧表 and 達成するべき事項の達成状況, per perspective.
  blocks.push({ type: 'pageBreak' });
  blocks.push({ type: 'heading', level: 1, text: say('appendixProjects', lang) });
  const projectTotals = new Map(summary.effects.byProject.map((e) => [e.code, e.total]));
  const summaries = new Map(data.projects.map((p) => [p.code, p.summary]));
  const joiner = lang === 'ja' ? '、' : ', ';
  for (const p of summary.perspectives) {
    const projects = summary.projects.filter((x) => x.perspective === p.perspective);
    if (projects.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(p.perspective, lang)}${p.name}` });
    blocks.push(
      table(
        `projects${p.perspective}`,
        say('projectListCaption', lang),
        [
          say('codeColumn', lang),
          say('nameColumn', lang),
          say('departmentsColumn', lang),
          say('summaryColumn', lang),
          lang === 'ja' ? `${say('effectColumn', lang)}（${unit}）` : `${say('effectColumn', lang)} (${summary.effects.unit})`,
        ],
        projects.map((x) => {
          const total = projectTotals.get(x.code) ?? 0;
          return [
            x.code,
            x.period ? `${x.name}${lang === 'ja' ? `（${x.period}）` : ` (${periodText(x, lang)})`}` : x.name,
            x.departments.join(joiner),
            summaries.get(x.code) || say('noSummary', lang),
            total === 0 ? say('notEvaluated', lang) : money(total),
          ];
        }),
      ),
    );
  }
  blocks.push({ type: 'pageBreak' });
  blocks.push({ type: 'heading', level: 1, text: say('appendixTargets', lang) });
  for (const p of summary.perspectives) {
    // A target is read only with a project of the plan (read.ts).
    const targets = data.targets.filter((t) => data.projects[t.project].perspective === p.perspective);
    if (targets.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(p.perspective, lang)}${p.name}` });
    blocks.push(
      table(
        `targets${p.perspective}`,
        say('targetListCaption', lang),
        [
          say('codeColumn', lang),
          say('projectColumn', lang),
          say('targetYearColumn', lang),
          say('targetColumn', lang),
          say('resultColumn', lang),
          say('outlineColumn', lang),
        ],
        targets.map((t) => {
          return [
            t.code,
            data.projects[t.project].name,
            yearRangeLabel(t.years, lang),
            t.target,
            t.resultLabel >= 0 ? termName(resultTerms[t.resultLabel], lang) : say('notEvaluated', lang),
            t.summary,
          ];
        }),
      ),
    );
  }

  return {
    lang,
    title: planName,
    subtitle: say('report', lang),
    asOf: result.asOf,
    asOfText: say('asOf', lang, { date: result.asOf }),
    errors: summary.problemCounts.error,
    notice: summary.problemCounts.error > 0 ? say('errors', lang, { n: summary.problemCounts.error }) : null,
    blocks,
  };
}
