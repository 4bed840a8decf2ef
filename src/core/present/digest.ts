/**
 * The monthly digest's content: what each recipient hears about the plan this
 * month, and what changed since the previous digest. Pure: the adapters send
 * (MailApp) or write (.eml) the messages planned here. Its parts: the month
 * (digestMonth.ts), the snapshots and changes (digestSnapshot.ts), the content
 * (digestContent.ts) and its rendering (digestRender.ts), all re-exported here.
 */
import { a1 } from '../base/cells';
import { addressReason, checkAddress } from '../base/email';
import { matchKey } from '../base/text';
import type { PipelineResult } from '../compute/pipeline';
import type { Project } from '../read/read';
import { content, type DigestMessage, type DigestOptions, type DigestPlan, GENERIC_DEPARTMENTS } from './digestContent';
import { digestFiscalYear, monthKey } from './digestMonth';
import { hasNews, render } from './digestRender';
import { changesBetween, takeSnapshot } from './digestSnapshot';

export * from './digestContent';
export * from './digestMonth';
export * from './digestRender';
export * from './digestSnapshot';

/**
 * Plans this month's messages: the planning office gets the whole plan; each
 * department with an address gets its own projects, unless it has nothing to report.
 */
export function planDigest(result: PipelineResult, options: DigestOptions): DigestPlan {
  const { data } = result;
  const { lang } = options;
  const snapshot = takeSnapshot(data, options.month);
  const changes = options.previous ? changesBetween(options.previous, snapshot, data.vocabulary) : null;
  const planName = data.settings.planName ?? 'Shinchoku';
  const messages: DigestMessage[] = [];
  const invalidAddresses: DigestPlan['invalidAddresses'] = [];
  const office = options.officeRecipients.filter((address) => {
    const problem = checkAddress(address);
    if (problem) invalidAddresses.push({ where: 'office', address, reason: addressReason(problem, lang) });
    return problem === null;
  });
  if (office.length > 0) {
    const c = content(result, data.projects, { kind: 'office' }, options, changes);
    messages.push({ key: 'office', to: office, ...render(c, planName, options), content: c });
  }
  const routes = new Map<string, { name: string; emails: string[] }>();
  const sheet = data.sheetNames.departments ?? '部署';
  for (const department of data.departments) {
    const emails = department.emails.filter((address) => {
      const problem = checkAddress(address);
      if (problem) invalidAddresses.push({ where: `${sheet}!${a1(department.row, department.emailColumn)}`, address, reason: addressReason(problem, lang) });
      return problem === null;
    });
    const key = matchKey(department.name);
    const existing = routes.get(key);
    if (existing) existing.emails.push(...emails.filter((a) => !existing.emails.includes(a)));
    else routes.set(key, { name: department.name, emails });
  }
  const projectsByDepartment = new Map<string, { name: string; projects: Project[] }>();
  for (const project of data.projects) {
    for (const name of project.departments) {
      if (GENERIC_DEPARTMENTS.has(name)) continue;
      const key = matchKey(name);
      const entry = projectsByDepartment.get(key) ?? { name, projects: [] };
      entry.projects.push(project);
      projectsByDepartment.set(key, entry);
    }
  }
  const unrouted: string[] = [];
  const quiet: string[] = [];
  for (const [key, { name, projects }] of [...projectsByDepartment].sort((a, b) => a[1].name.localeCompare(b[1].name, 'ja'))) {
    const route = routes.get(key);
    if (!route || route.emails.length === 0) {
      unrouted.push(name);
      continue;
    }
    const c = content(result, projects, { kind: 'department', name: route.name }, options, changes);
    if (!hasNews(c)) {
      quiet.push(route.name);
      continue;
    }
    messages.push({ key: `department:${route.name}`, to: route.emails, ...render(c, planName, options), content: c });
  }
  return { month: monthKey(options.month), fiscalYear: digestFiscalYear(options.month), messages, snapshot, unrouted, invalidAddresses, quiet };
}

/** At most 50 recipients a message: longer lists are split into several sends. */
export function recipientBatches(to: string[], size = 50): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < to.length; i += size) batches.push(to.slice(i, i + size));
  return batches;
}
