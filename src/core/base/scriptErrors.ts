/**
 * What a failure from Google means, from its code and text alone: the one
 * place that reads Google's error wording, for the add-on's Sheets API wrapper
 * (src/gas/sheetsApi.ts) and the sidebar's and report dialog's
 * google.script.run failure handlers (src/ui).
 */

/** What went wrong with a Sheets API call, and so what the user can do. */
export type SheetsApiFailureKind = 'disabled' | 'permission' | 'quota' | 'server' | 'other';

/**
 * - 429 "Too many requests": a per-minute quota (60 read requests per minute per user) was passed;
 *   "you should use an exponential backoff algorithm. After 1 minute, you can execute requests
 *   again." https://developers.google.com/sheets/api/limits
 * - 5xx: Google's side, worth retrying with the same backoff.
 * - 403 "… API has not been used in project … before or it is disabled" (SERVICE_DISABLED,
 *   accessNotConfigured): the Cloud project behind the add-on lacks the API; only its owner can
 *   enable it (https://developers.google.com/apps-script/guides/services/advanced).
 * - Any other 403 ("The caller does not have permission", PERMISSION_DENIED): the account the
 *   script runs as may not edit this spreadsheet — a viewer, or, with several accounts signed in,
 *   another account than the one that opened it.
 */
export function sheetsApiFailureKind(code: number | null, text: string): SheetsApiFailureKind {
  if (/has not been used in project|it is disabled|SERVICE_DISABLED|accessNotConfigured/i.test(text)) return 'disabled';
  if (code === 403 || /The caller does not have permission|PERMISSION_DENIED/i.test(text)) return 'permission';
  if (code === 429 || /\b429\b|Quota exceeded|RESOURCE_EXHAUSTED|rate ?limit ?exceeded|Too many requests/i.test(text)) return 'quota';
  if ((code !== null && code >= 500 && code < 600) || /\b50[0234]\b|Internal error|backendError|Service ?Unavailable|currently unavailable/i.test(text))
    return 'server';
  return 'other';
}

/** Whether a retry may help: quota and server failures pass; a disabled API or a bad request do not. */
export function isRetryable(kind: SheetsApiFailureKind): boolean {
  return kind === 'quota' || kind === 'server';
}

/**
 * google.script.run fails in sidebars and dialogs when the browser is signed in to several Google
 * accounts: "Multi-login … isn't supported for Apps Script, add-ons, or web apps" (Apps Script
 * troubleshooting, https://developers.google.com/apps-script/guides/support/troubleshooting).
 * What the failure handler then receives is an authorization failure — "Authorization is
 * required to perform that action." or a PERMISSION_DENIED — never one of the add-on's own
 * messages, which are in the user's words.
 */
export function isMultipleAccountsFailure(text: string): boolean {
  return /Authorization is required to perform that action|PERMISSION_DENIED|Action not allowed/i.test(text);
}
