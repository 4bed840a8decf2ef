import { type Lang, type MessageKey, type MessageParams, message } from './messages';

export type Severity = 'error' | 'warning' | 'info';

/** One finding about one cell. `message` is filled in the reader's language by `localizeProblems`. */
export interface Problem {
  severity: Severity;
  sheet: string;
  /** A1 notation; a whole row is `1:1`. */
  cell: string;
  /** What was found, as text (clipped). */
  value: string;
  code: MessageKey;
  params: MessageParams;
  message: string;
  suggestion?: string;
}

/** The shape of a problem in JSON output and in the add-on. */
export interface ProblemView {
  severity: Severity;
  sheet: string;
  cell: string;
  value: string;
  message: string;
  suggestion?: string;
  code: MessageKey;
}

export class ProblemList {
  readonly items: Problem[] = [];

  add(severity: Severity, sheet: string, cell: string, value: string, code: MessageKey, params: MessageParams = {}, suggestion?: string): void {
    const problem: Problem = { severity, sheet, cell, value, code, params: { value, ...params }, message: '' };
    if (suggestion !== undefined) problem.suggestion = suggestion;
    this.items.push(problem);
  }

  /** One cell, one slip, one message: a finding that says more about the same cell replaces one that says less. */
  drop(sheet: string, cell: string, code: MessageKey): void {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i];
      if (item.sheet === sheet && item.cell === cell && item.code === code) this.items.splice(i, 1);
    }
  }

  get errorCount(): number {
    return this.items.filter((p) => p.severity === 'error').length;
  }
}

export function localizeProblem(problem: Problem, lang: Lang): ProblemView {
  const view: ProblemView = {
    severity: problem.severity,
    sheet: problem.sheet,
    cell: problem.cell,
    value: problem.value,
    message: message(problem.code, lang, problem.params),
    code: problem.code,
  };
  if (problem.suggestion !== undefined) view.suggestion = problem.suggestion;
  return view;
}

export function countBySeverity(problems: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}
