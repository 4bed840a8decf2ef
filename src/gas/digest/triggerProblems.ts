/** What a trigger run that could not reach its workbook recorded, by workbook, in the account's user properties. */
import { STATUS_KEY } from './settings';

/**
 * Problems of trigger runs that could not reach a workbook, kept in user properties (the one place
 * such a run can write) by workbook id, so that one workbook's run neither hides nor clears another's:
 * user properties are shared by every document the account uses the add-on in.
 * https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
 */
type TriggerProblem = { at: string; outcome: string; message: string };
export const AUTHORIZATION_PROBLEM = '*authorization';
/** A workbook out of reach at two runs this far apart (a monthly trigger: the next month) stops its trigger. */
export const REPEATED_FAILURE_MS = 20 * 24 * 3600_000;

export function readTriggerProblems(): Record<string, TriggerProblem> {
  const raw = PropertiesService.getUserProperties().getProperty(STATUS_KEY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    // An earlier version kept one problem, not a map.
    if ('outcome' in parsed && 'message' in parsed) return { [AUTHORIZATION_PROBLEM]: parsed as TriggerProblem };
    return parsed as Record<string, TriggerProblem>;
  } catch (_error) {
    return {};
  }
}

function writeTriggerProblems(problems: Record<string, TriggerProblem>): void {
  const userProperties = PropertiesService.getUserProperties();
  if (Object.keys(problems).length === 0) userProperties.deleteProperty(STATUS_KEY);
  else userProperties.setProperty(STATUS_KEY, JSON.stringify(problems));
}

export function recordTriggerProblem(where: string, outcome: string, message: string): void {
  writeTriggerProblems({ ...readTriggerProblems(), [where]: { at: new Date().toISOString(), outcome, message } });
}

export function clearTriggerProblems(where: string[]): void {
  const problems = readTriggerProblems();
  if (!where.some((w) => w in problems)) return;
  for (const w of where) delete problems[w];
  writeTriggerProblems(problems);
}

/** Every recorded problem as one, newest first (the sidebar shows one message). */
export function triggerProblemShown(): TriggerProblem | null {
  const all = Object.values(readTriggerProblems()).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  if (all.length === 0) return null;
  return { at: all[0].at, outcome: all[0].outcome, message: all.map((p) => p.message).join('\n') };
}
