/**
 * Our own report's layout as the line readers need it: the plan's shape, the
 * pattern of each of its lines, and what the reading has seen so far (the
 * section, the perspective, the project code above).
 */
import type { FiscalYear } from '../../base/fiscalYear';
import { escapeRegExp, matchKey } from '../../base/text';
import type { Summary } from '../../compute/summarize';
import { DRAFT_HEADINGS as H } from '../../words/proofreadWords';
import type { Expected, Figure } from '../draftFigures';
import { PlanFigures } from '../draftFigures';
import { AMOUNT, amountText } from '../layoutLines';

/** The plan's own shape as our report prints it (its unit, years and labels), each layout's line pattern, and the reading's state. */
export function ownReportContext(lines: string[], summary: Summary) {
  const figures: Figure[] = [];
  const { rounding } = summary.plan;
  // The plan's own shape: its money unit, its number of years, its labels.
  const unit = summary.effects.unitLabel;
  const U = escapeRegExp(unit);
  const amountDecimals = summary.effects.decimals;
  const years = summary.years.length;
  const progressTerms = summary.vocabulary.progress;
  const resultTerms = summary.vocabulary.result;
  const progressLine = new RegExp(`^((?:令和|平成)\\d+)年度 (\\d+) (\\d+)((?: \\d+){${progressTerms.length}})$`);
  const achievementPairs = Array.from({ length: resultTerms.length }, () => '(\\d+) ([\\d.]+)%').join(' ');
  // 55 91.2% 3 5.0% 2 3.3%, with the total first when the table has it on the same row (60 55 91.2% …).
  const achievementLine = new RegExp(`^(?:(\\d+) )?${achievementPairs}$`);
  const achievementYearLine = new RegExp(`^((?:令和|平成)\\d+)年度 (\\d+) ${achievementPairs}$`);
  const projectRowLine = new RegExp(`^(\\S+) .* (?:(${AMOUNT}) ?${U}|-)$`);
  const effectYearLine = new RegExp(`^\\d+ ((?:令和|平成)\\d+)年度 (${AMOUNT}) ?${U}$`);
  const effectTotalLine = new RegExp(`^合計 (${AMOUNT}) ?${U}$`);
  // A perspective's 取組結果: one value per year and the total; an interim report shows only the years begun.
  const projectsLine = new RegExp(`^${escapeRegExp(H.projects)} ((?:\\d+ ?事業 ?){2,${years + 1}})$`);
  const flowLine = new RegExp(`^\\((${escapeRegExp(H.added)}|${escapeRegExp(H.ended)})\\) ((?:(?:\\(\\d+ ?事業※?\\)|-) ?){2,${years + 1}})$`);
  const perspectiveEffectLine = new RegExp(`^${escapeRegExp(H.effect)} ((?:${AMOUNT} ?${U} ?){2,${years + 1}})$`);
  /** The year of the i-th of n values in a 取組結果 row (the last is the total), or null for the total. */
  const resultYear = (i: number, n: number): number | null => (i === n - 1 ? null : i);
  const areaLine = new RegExp(`^(${escapeRegExp(H.abolished)}|${escapeRegExp(H.addedArea)}) ((?:[\\d,]+\\.\\d+ ?m2 ?){1,${years}})$`);
  const projectAmountLine = new RegExp(`^(${AMOUNT})${U}$`);
  const amountsPattern = new RegExp(`(${AMOUNT}) ?${U}`, 'g');
  const knownCodes = new Set(summary.projects.map((project) => project.code));
  const plan = new PlanFigures(summary);
  /** A row's year label as stated, and what each of its figures would be in another year: a wrong year label is found as that. */
  const yearOfRow = (n: number, stated: string, forYear: (y: FiscalYear) => Expected | undefined) => ({ stated, line: n, unit: `row${n}`, forYear });
  const progressOf = (year: FiscalYear) => summary.progress.find((p) => p.year === year);
  const effectOf = (year: FiscalYear) => summary.effects.byYear.find((e) => e.year === year);
  const areaOf = (year: FiscalYear) => summary.floorArea.byYear.find((f) => f.year === year);
  /** A project's amount as the list prints it: － for none. */
  const projectAmount = (total: number) => (total === 0 ? '－' : amountText(total, unit, amountDecimals));
  const listFindings: ListFinding[] = [];
  const listGroups: { line: number; label: string; items: { line: number; name: string; actual: string }[] }[] = [];
  const sectionOf: string[] = [];
  const shortfallKeys = summary.achievement.shortfalls.map((s) => ({ shortfall: s, key: matchKey(s.projectName) }));
  const perspectiveKeys = summary.perspectives.map((p) => ({ perspective: p, key: matchKey(p.name) }));
  return {
    summary,
    lines,
    figures,
    rounding,
    unit,
    U,
    amountDecimals,
    years,
    progressTerms,
    resultTerms,
    progressLine,
    achievementPairs,
    achievementLine,
    achievementYearLine,
    projectRowLine,
    effectYearLine,
    effectTotalLine,
    projectsLine,
    flowLine,
    perspectiveEffectLine,
    resultYear,
    areaLine,
    projectAmountLine,
    amountsPattern,
    knownCodes,
    plan,
    yearOfRow,
    progressOf,
    effectOf,
    areaOf,
    projectAmount,
    listFindings,
    listGroups,
    sectionOf,
    shortfallKeys,
    perspectiveKeys,
    /** The 【section】 a line is under, and whether it lists 事項. */
    section: '',
    sectionIsList: false,
    /** The perspective whose 取組結果 the lines below give, once its heading names one of the plan's. */
    perspective: null as Summary['perspectives'][number] | null,
    achievementTotal: null as number | null,
    projectCode: null as string | null,
    /** 【一部未達成、未達成の事項】: the label each listed project sits under. */
    shortfallLabel: null as string | null,
  };
}

export type OwnReport = ReturnType<typeof ownReportContext>;

/** A finding of the report's lists (a project listed under the wrong label). */
export interface ListFinding {
  line: number;
  stated: string;
  expected: string;
  label: string;
  kind: 'workbook';
}
