/**
 * The stand-in's runtime: which execution is running, in which authorization
 * mode, and a count of every service call. Each fake method starts with
 * `rt.call('Range.getValues', …)`.
 */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export class PermissionError extends Error {}

/** What google.script.run's failure handler receives when several accounts are signed in. */
export const MULTIPLE_ACCOUNTS_ERROR = 'Authorization is required to perform that action.';

/** Services outside the custom-function guide's list, by the stand-in's call-name prefix. */
const CUSTOM_FUNCTION_REFUSED = ['Session.', 'ScriptApp.', 'Trigger', 'ClockTriggerBuilder.', 'MailApp.', 'Sheets.', 'Ui.', 'Menu.'];

export class Runtime {
  readonly calls = new Map<string, number>();
  total = 0;
  authMode: AuthModeName = 'FULL';
  execution = 0;
  /** Called on every service call; tests use it to start a second execution mid-way. */
  onCall: ((name: string) => void) | null = null;
  locale = 'ja';
  /**
   * The browser is signed in to several Google accounts: "Multi-login … isn't supported for Apps
   * Script, add-ons, or web apps", and google.script.run calls from a sidebar or dialog fail with
   * an authorization error (https://developers.google.com/apps-script/guides/support/troubleshooting).
   * The preview's google.script.run fails so while this is set (MULTIPLE_ACCOUNTS_ERROR).
   */
  multipleAccounts = false;
  timeZone = 'Asia/Tokyo';
  now: () => Date = () => new Date();
  /**
   * The Cloud project the script runs under. Developer metadata with PROJECT
   * visibility is readable only by the project that created it; a test changes
   * this to model linking the script to a standard Cloud project or moving from
   * a bound trial to the published add-on:
   * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility
   */
  cloudProject = 'standin-project-1';

  /** Counts a call and enforces the authorization mode. `needs`: what the call requires. */
  call(name: string, needs: 'none' | 'read' | 'write' | 'ui' | 'full' = 'read'): void {
    this.total += 1;
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    if (this.authMode === 'NONE' && needs !== 'none' && needs !== 'ui') {
      throw new PermissionError(`You do not have permission to call ${name} (AuthMode.NONE)`);
    }
    // LIMITED (an add-on's onOpen / onEdit once in use) reaches the bound document and the UI only:
    // no mail, no triggers, no other document.
    // https://developers.google.com/apps-script/reference/script/auth-mode
    if (this.authMode === 'LIMITED' && needs === 'full') {
      throw new PermissionError(`You do not have permission to call ${name} (AuthMode.LIMITED)`);
    }
    if (this.authMode === 'CUSTOM_FUNCTION' && (needs === 'write' || needs === 'ui' || needs === 'full')) {
      throw new PermissionError(`You do not have permission to call ${name} from a custom function`);
    }
    // A custom function may use only the services the guide lists — Cache, HTML, JDBC, Language,
    // Lock, Maps, Properties, Spreadsheet (read only), URL Fetch, Utilities, XML — and "If your
    // custom function throws the error message You do not have permission to call X service., the
    // service requires user authorization and thus cannot be used in a custom function."
    // Session, ScriptApp, MailApp, the advanced Sheets service and the UI are not on the list.
    // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
    if (this.authMode === 'CUSTOM_FUNCTION' && CUSTOM_FUNCTION_REFUSED.some((prefix) => name.startsWith(prefix))) {
      throw new PermissionError(`You do not have permission to call ${name.split('.')[0]} service.`);
    }
    this.onCall?.(name);
  }

  /**
   * Each custom-function cell's last value, by function and arguments: "Sheets … recalculates a
   * custom function only when its arguments change" — a cell whose arguments are the same keeps
   * its value even when what the function read elsewhere (the 区分 sheet) has changed.
   * https://developers.google.com/apps-script/guides/sheets/functions#arguments
   */
  readonly customFunctionValues = new Map<string, unknown>();

  /** The value Sheets shows for this call: the cached one when the arguments are unchanged, else compute(). */
  customFunctionValue(name: string, args: unknown[], compute: () => unknown): unknown {
    const key = `${name}(${JSON.stringify(args)})`;
    if (this.customFunctionValues.has(key)) return this.customFunctionValues.get(key);
    const value = compute();
    this.customFunctionValues.set(key, value);
    return value;
  }

  resetCounts(): void {
    this.calls.clear();
    this.total = 0;
  }

  /** Runs fn as a new execution (its own lock ownership), restoring the previous one after. */
  runExecution<T>(fn: () => T, authMode: AuthModeName = 'FULL'): T {
    const previous = { execution: this.execution, authMode: this.authMode };
    this.execution = nextExecution++;
    this.authMode = authMode;
    try {
      return fn();
    } finally {
      this.execution = previous.execution;
      this.authMode = previous.authMode;
    }
  }
}

let nextExecution = 1;
