/** 参考 取組事業一覧表 and 参考 達成するべき事項の達成状況, per perspective. */
import { bracketNumber } from '../../words/messages';
import { periodText, termName } from '../tables';
import { table } from './blocks';
import type { ReportContext } from './context';

export function projectsAppendix(ctx: ReportContext): void {
  const { blocks, lang, summary, data } = ctx;
  blocks.push({ type: 'pageBreak' });
  blocks.push({ type: 'heading', level: 1, text: ctx.say('appendixProjects') });
  const projectTotals = new Map(summary.effects.byProject.map((e) => [e.code, e.total]));
  const summaries = new Map(data.projects.map((p) => [p.code, p.summary]));
  for (const p of summary.perspectives) {
    const projects = summary.projects.filter((x) => x.perspective === p.perspective);
    if (projects.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(p.perspective, lang)}${p.name}` });
    blocks.push(
      table(
        `projects${p.perspective}`,
        ctx.say('projectListCaption'),
        [
          ctx.say('codeColumn'),
          ctx.say('nameColumn'),
          ctx.say('departmentsColumn'),
          ctx.say('summaryColumn'),
          ...(ctx.keeps.effects ? [ctx.say('effectColumnWithUnit', { unit: summary.effects.unitLabel, unitEn: summary.effects.unit })] : []),
        ],
        projects.map((x) => {
          const total = projectTotals.get(x.code) ?? 0;
          // A period read as years (R8～R9) is named in the era of the report's date; one not read, as typed.
          const period = x.periodYears ? ctx.rangeLabel(x.periodYears, 'short') : periodText(x, lang);
          return [
            x.code,
            x.period ? ctx.say('projectWithPeriod', { name: x.name, period }) : x.name,
            x.departments.join(ctx.say('listJoiner')),
            summaries.get(x.code) || ctx.say('noSummary'),
            // A plan that keeps no money has no 効果額 column, never a column of －.
            ...(ctx.keeps.effects ? [total === 0 ? ctx.say('notEvaluated') : ctx.money(total)] : []),
          ];
        }),
      ),
    );
  }
}

export function targetsAppendix(ctx: ReportContext): void {
  const { blocks, lang, summary, data } = ctx;
  const resultTerms = summary.vocabulary.result;
  if (!ctx.keeps.targets) return;
  blocks.push({ type: 'pageBreak' });
  blocks.push({ type: 'heading', level: 1, text: ctx.say('appendixTargets') });
  for (const p of summary.perspectives) {
    // A target is read only with a project of the plan (read.ts).
    const targets = data.targets.filter((t) => data.projects[t.project].perspective === p.perspective);
    if (targets.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(p.perspective, lang)}${p.name}` });
    blocks.push(
      table(
        `targets${p.perspective}`,
        ctx.say('targetListCaption'),
        [
          ctx.say('codeColumn'),
          ctx.say('projectColumn'),
          ctx.say('targetYearColumn'),
          ctx.say('targetColumn'),
          ctx.say('resultColumn'),
          ctx.say('outlineColumn'),
        ],
        targets.map((t) => [
          t.code,
          data.projects[t.project].name,
          ctx.rangeLabel(t.years),
          t.target,
          t.resultLabel >= 0 ? termName(resultTerms[t.resultLabel], lang) : ctx.say('notEvaluated'),
          t.summary,
        ]),
      ),
    );
  }
}
