/**
 * The stand-in's runtime: which execution is running, in which authorization
 * mode, and a count of every service call. Each fake method starts with
 * `rt.call('Range.getValues', …)`.
 */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export class PermissionError extends Error {}

export class Runtime {
  readonly calls = new Map<string, number>();
  total = 0;
  authMode: AuthModeName = 'FULL';
  execution = 0;
  /** Called on every service call; tests use it to start a second execution mid-way. */
  onCall: ((name: string) => void) | null = null;
  locale = 'ja';
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
    this.onCall?.(name);
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
