/**
 * The local Apps Script stand-in: the services as globals, and a loader that
 * runs dist/Code.js, exactly as built, in a Node vm context. Never part of dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { editRefusal } from './protection';
import { type AuthModeName, Runtime } from './runtime';
import { FakeLock, FakeMailApp, FakeProperties, FakeScriptApp, FakeUi, makeHtmlService, makeSession, makeUtilities, projectLocks } from './services';
import { makeSheetsService, SheetsApiFaults } from './sheetsApi';
import { FakeDataValidationBuilder, FakeSpreadsheet } from './spreadsheet';
import { isDateObject } from './values';

/** A cell's value as the editor displays it, for a filter's hidden values (General format). */
function displayed(value: unknown): string {
  if (value === '' || value === null || value === undefined) return '';
  if (isDateObject(value)) return new Date(value.getTime() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '/');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export * from './protection';
export { PermissionError, Runtime } from './runtime';
export * from './services';
export * from './sheetsApi';
export * from './spreadsheet';

export interface StandInOptions {
  locale?: string;
  distDir?: string;
  now?: () => Date;
}

export class AppsScriptStandIn {
  readonly rt = new Runtime();
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly documentProperties: FakeProperties;
  /**
   * User properties are "a property store that only the current user can access, and only within
   * this script": one store per account (scriptApp.user), never seen by another editor.
   * https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
   */
  private readonly userStores = new Map<string, FakeProperties>();
  get userProperties(): FakeProperties {
    const user = this.scriptApp.user;
    let store = this.userStores.get(user);
    if (!store) {
      store = new FakeProperties(this.rt, 'UserProperties');
      this.userStores.set(user, store);
    }
    return store;
  }
  readonly scriptProperties: FakeProperties;
  readonly documentLock: FakeLock;
  readonly scriptLock: FakeLock;
  readonly scriptApp: FakeScriptApp;
  readonly mail: FakeMailApp;
  readonly distDir: string;
  /** Whether SpreadsheetApp.getActiveSpreadsheet() returns the document (null in a time-driven run). */
  activeSpreadsheetAvailable = true;
  /**
   * Outside a containing document (a time-driven run may be) getDocumentProperties()
   * and getDocumentLock() return null:
   * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
   * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
   */
  documentPropertiesAvailable = true;
  documentLockAvailable = true;
  /** The user locks taken through this stand-in, by user: each shares its state with every document of the project. */
  readonly userLocks = new Map<string, FakeLock>();
  readonly logs: string[] = [];
  /** The payload size of each Sheets API batchUpdate, in bytes. */
  readonly sheetsBatchBytes: number[] = [];
  /** The size of each Sheets API get answer, in bytes. */
  readonly sheetsGetBytes: number[] = [];
  /** Sheets API failures to inject: 429 / 5xx for the next calls, or the API disabled. */
  readonly sheetsFaults = new SheetsApiFaults();
  private context: vm.Context | null = null;

  constructor(options: StandInOptions = {}) {
    this.rt.locale = options.locale ?? 'ja';
    if (options.now) this.rt.now = options.now;
    this.distDir = options.distDir ?? join(__dirname, '..', '..', 'dist');
    this.spreadsheet = new FakeSpreadsheet(this.rt);
    this.ui = new FakeUi(this.rt);
    this.documentProperties = new FakeProperties(this.rt, 'DocumentProperties');
    this.scriptProperties = new FakeProperties(this.rt, 'ScriptProperties');
    this.documentLock = new FakeLock(this.rt, 'DocumentLock');
    // One script lock for the whole project: every stand-in (every document) shares it.
    this.scriptLock = new FakeLock(this.rt, 'ScriptLock', projectLocks.script);
    this.scriptApp = new FakeScriptApp(this.rt);
    this.scriptApp.document = this.spreadsheet.id;
    this.mail = new FakeMailApp(this.rt);
    // Every write runs as the account of the execution: protections judge that account (protection.ts).
    this.spreadsheet.owner = this.scriptApp.user;
    this.spreadsheet.currentUser = () => this.scriptApp.user;
  }

  /**
   * Whether Google gives an installable trigger the address of the account whose edit fired it (event.user,
   * Session.getActiveUser()). False by default, the strict reading of
   * https://developers.google.com/apps-script/reference/base/user#getEmail() ("not available in any context that
   * allows a script to run without that user's authorization"); a test sets it to model accounts of one Google
   * Workspace domain, where "these restrictions generally do not apply". Only a real domain confirms which holds.
   */
  editorEmailVisible = false;

  /**
   * When the installable edit triggers run. 'now': each run ends before the next edit (the kindest case). 'queued':
   * runs wait in queuedEdits until runQueuedEdits(), so an edit made meanwhile is already in the sheet when an
   * earlier edit's run reads it — as in Google, where each trigger run is its own execution, started after the edit
   * and running beside others ("Simultaneous executions" per user and per script are a quota:
   * https://developers.google.com/apps-script/guides/services/quotas#current_limitations). Each run gets the event of
   * its own edit, made when the edit was.
   */
  editTriggerTiming: 'now' | 'queued' = 'now';
  readonly queuedEdits: (() => void)[] = [];

  /** Runs the queued edit-trigger runs, oldest first (or in the order given: indexes into the queue); returns how many ran. */
  runQueuedEdits(order?: number[]): number {
    const runs = order ? order.map((i) => this.queuedEdits[i]) : [...this.queuedEdits];
    this.queuedEdits.length = 0;
    for (const run of runs) run?.();
    return runs.length;
  }

  /**
   * A person typing a value into a cell in the Sheets editor: refused, as the editor refuses it, when the
   * account may not edit the cell (a protection it is not an editor of, or no edit access); otherwise the
   * value is stored as typed (USER_ENTERED), and every installable edit trigger of the spreadsheet runs
   * (fireEditTriggers). The simple onEdit does not run here (tests call edit() for it).
   * https://support.google.com/docs/answer/1218656 (protect, hide and edit sheets)
   */
  typeAs(user: string, sheetName: string, a1: string, value: unknown): { ok: true } | { ok: false; message: string } {
    return this.pasteAs(user, sheetName, a1, [[value]]);
  }

  /**
   * A person writing several cells at once (a paste, a fill, a selection cleared): refused as a whole when any cell
   * of it is one the account may not edit (Sheets refuses the paste: "You are trying to edit a protected cell");
   * otherwise each value is stored as typed, and the edit triggers run once, for the whole range — with no value
   * and no oldValue, which Google gives for a single cell only (fireEditTriggers).
   */
  pasteAs(user: string, sheetName: string, a1: string, values: unknown[][]): { ok: true } | { ok: false; message: string } {
    const sheet = this.spreadsheet.sheetUncounted(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const range = sheet.rangeUncounted(a1);
    if (values.length !== range.numRows || values.some((row) => row.length !== range.numColumns))
      throw new Error(`The values are ${values.length} rows; the range ${a1} is ${range.numRows} × ${range.numColumns}`);
    for (let r = 0; r < range.numRows; r++)
      for (let c = 0; c < range.numColumns; c++) {
        const refusal = editRefusal(this.spreadsheet.access(), user, sheet.id, range.row + r - 1, range.column + c - 1);
        if (refusal) return { ok: false, message: refusal };
      }
    const before = sheet.cellAt(range.row, range.column).value;
    for (let r = 0; r < range.numRows; r++)
      for (let c = 0; c < range.numColumns; c++) sheet.typeUncounted(range.row + r, range.column + c, values[r]?.[c], this.rt.now());
    const single = range.numRows === 1 && range.numColumns === 1;
    this.fireEditTriggers(user, sheetName, a1, single ? { before, after: sheet.cellAt(range.row, range.column).value } : null);
    return { ok: true };
  }

  /**
   * The installable edit triggers after a person's edit: "An installable edit trigger runs when a user modifies a
   * value in a spreadsheet", and "Installable triggers always run under the account of the person who created
   * them" — each runs as its creator, in AuthMode.FULL, with the edit event; a script's or the API's writes fire
   * none ("Script executions and API requests do not cause triggers to run").
   * https://developers.google.com/apps-script/guides/triggers/installable
   * The event as Google documents it (https://developers.google.com/apps-script/guides/triggers/events#edit):
   * range; "value — New cell value after the edit. Only available if the edited range is a single cell"; "oldValue —
   * Cell value prior to the edit, if any. Only available if the edited range is a single cell". The stand-in gives
   * them the strict way: as text (Google passes them as strings), and neither for a range of cells; no value for a
   * cell left blank (a cleared cell's run is widely reported to get none — kinder would be to give '').
   * The editor's address reaches the run only when editorEmailVisible says Google gives it. A run that throws
   * fails in its creator's executions only: the edit stands (the failure is logged here). With editTriggerTiming
   * 'queued' the runs wait (runQueuedEdits).
   */
  private fireEditTriggers(editor: string, sheetName: string, a1: string, single: { before: unknown; after: unknown } | null): void {
    const triggers = this.scriptApp.triggers.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === this.spreadsheet.id);
    const address = this.editorEmailVisible ? editor : '';
    const text = (value: unknown) => (value === '' || value === null || value === undefined ? undefined : displayed(value));
    const value = single ? text(single.after) : undefined;
    const oldValue = single ? text(single.before) : undefined;
    for (const trigger of triggers) {
      const event = {
        authMode: 'FULL',
        triggerUid: trigger.id,
        source: this.spreadsheet,
        range: this.spreadsheet.sheetUncounted(sheetName)?.rangeUncounted(a1),
        ...(value === undefined ? {} : { value }),
        ...(oldValue === undefined ? {} : { oldValue }),
        user: { getEmail: () => address },
      };
      const run = () => {
        const app = this.scriptApp;
        const previous = { user: app.user, activeUser: app.activeUser };
        app.user = trigger.user;
        app.activeUser = address;
        try {
          this.run(trigger.handler, [event]);
        } catch (error) {
          this.logs.push(`installable edit trigger ${trigger.handler} failed: ${String((error as Error)?.message ?? error)}`);
        } finally {
          app.user = previous.user;
          app.activeUser = previous.activeUser;
        }
      };
      if (this.editTriggerTiming === 'queued') this.queuedEdits.push(run);
      else run();
    }
  }

  /** The rows (1-based) a filter view shows of its range: those whose every filtered column's displayed value is not hidden. */
  filterViewRows(filterViewId: number): number[] {
    const view = this.spreadsheet.filterViews.find((v) => v.filterViewId === filterViewId);
    if (!view) throw new Error(`No filter view ${filterViewId}`);
    const sheet = this.spreadsheet.sheets.find((s) => s.id === view.range.sheetId);
    if (!sheet) throw new Error(`No sheet ${view.range.sheetId}`);
    const first = (view.range.startRowIndex ?? 0) + 1;
    const last = Math.min(view.range.endRowIndex ?? sheet.maxRows, sheet.extentUncounted().lastRow);
    const shown: number[] = [];
    // The range's first row is its header: always shown, never filtered.
    for (let row = first + 1; row <= last; row++) {
      const hidden = view.specs.some((spec) => spec.hiddenValues.includes(displayed(sheet.cellAt(row, spec.columnIndex + 1).value)));
      if (!hidden) shown.push(row);
    }
    return shown;
  }

  /** The Apps Script globals the bundle sees. */
  globals(): Record<string, unknown> {
    const rt = this.rt;
    const standIn = this;
    const SpreadsheetApp = {
      getActiveSpreadsheet() {
        rt.call('SpreadsheetApp.getActiveSpreadsheet');
        return standIn.activeSpreadsheetAvailable ? standIn.spreadsheet : null;
      },
      getActive() {
        rt.call('SpreadsheetApp.getActive');
        return standIn.activeSpreadsheetAvailable ? standIn.spreadsheet : null;
      },
      openById(id: string) {
        rt.call('SpreadsheetApp.openById', 'full');
        if (id !== standIn.spreadsheet.id) throw new Error(`Unexpected error while getting the method or property openById on object SpreadsheetApp: ${id}`);
        return standIn.spreadsheet;
      },
      getUi() {
        rt.call('SpreadsheetApp.getUi', 'ui');
        return standIn.ui;
      },
      flush() {
        rt.call('SpreadsheetApp.flush', 'none');
      },
      newDataValidation() {
        rt.call('SpreadsheetApp.newDataValidation', 'none');
        return new FakeDataValidationBuilder(rt);
      },
      DataValidationCriteria: { VALUE_IN_LIST: 'VALUE_IN_LIST' },
      DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
    };
    // The bundle's clock: new Date() and Date.now() follow rt.now, so tests can move time.
    const now = () => rt.now().getTime();
    class ClockDate extends Date {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(now());
        else super(...(args as [number]));
      }
      static now(): number {
        return now();
      }
    }
    return {
      Date: ClockDate,
      SpreadsheetApp,
      HtmlService: makeHtmlService(rt, this.distDir),
      PropertiesService: {
        getDocumentProperties: () => {
          rt.call('PropertiesService.getDocumentProperties');
          return standIn.documentPropertiesAvailable ? standIn.documentProperties : null;
        },
        getUserProperties: () => {
          rt.call('PropertiesService.getUserProperties');
          return standIn.userProperties;
        },
        getScriptProperties: () => {
          rt.call('PropertiesService.getScriptProperties');
          return standIn.scriptProperties;
        },
      },
      LockService: {
        getDocumentLock: () => {
          rt.call('LockService.getDocumentLock');
          return standIn.documentLockAvailable ? standIn.documentLock : null;
        },
        getScriptLock: () => {
          rt.call('LockService.getScriptLock');
          return standIn.scriptLock;
        },
        getUserLock: () => {
          rt.call('LockService.getUserLock');
          return standIn.userLock(standIn.scriptApp.user);
        },
      },
      // An advanced service is a global only when the manifest enables it.
      ...(this.advancedServices().includes('Sheets')
        ? { Sheets: makeSheetsService(rt, this.spreadsheet, { batchBytes: this.sheetsBatchBytes, getBytes: this.sheetsGetBytes }, this.sheetsFaults) }
        : {}),
      ScriptApp: this.scriptApp,
      MailApp: this.mail,
      Session: makeSession(rt, this.scriptApp, this.manifestScopes()),
      Utilities: makeUtilities(rt),
      Charts: { ChartType: { LINE: 'LINE', COLUMN: 'COLUMN', BAR: 'BAR', PIE: 'PIE' } },
      Logger: {
        log: (...args: unknown[]) => {
          standIn.logs.push(args.map(String).join(' '));
        },
      },
      console: {
        log: (...args: unknown[]) => standIn.logs.push(args.map(String).join(' ')),
        info: (...args: unknown[]) => standIn.logs.push(args.map(String).join(' ')),
        warn: (...args: unknown[]) => standIn.logs.push(args.map(String).join(' ')),
        error: (...args: unknown[]) => standIn.logs.push(args.map(String).join(' ')),
      },
    };
  }

  /** The manifest as built (dist/appsscript.json); empty when there is none. */
  private manifest(): { oauthScopes?: string[]; dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] } } {
    try {
      return JSON.parse(readFileSync(join(this.distDir, 'appsscript.json'), 'utf8'));
    } catch (_error) {
      return {};
    }
  }

  /** The scopes of the manifest as built. */
  manifestScopes(): string[] {
    return this.manifest().oauthScopes ?? [];
  }

  /**
   * The advanced services the manifest enables, by their global name; the stand-in has only
   * Sheets v4 (https://developers.google.com/apps-script/manifest/dependencies#enabledadvancedservice).
   */
  advancedServices(): string[] {
    return (this.manifest().dependencies?.enabledAdvancedServices ?? []).filter((s) => s.serviceId === 'sheets' && s.version === 'v4').map((s) => s.userSymbol);
  }

  /**
   * The user lock of one user: "a lock that prevents the current user from concurrently
   * running a section of code", the same in every document of the project
   * (https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock()).
   */
  userLock(email: string): FakeLock {
    let lock = this.userLocks.get(email);
    if (!lock) {
      lock = new FakeLock(this.rt, 'UserLock', projectLocks.user(email));
      this.userLocks.set(email, lock);
    }
    return lock;
  }

  /** A run with no document context at all: no active spreadsheet, no document properties, no document lock. */
  withoutDocumentContext(): void {
    this.activeSpreadsheetAvailable = false;
    this.documentPropertiesAvailable = false;
    this.documentLockAvailable = false;
    this.scriptApp.document = null;
  }

  withDocumentContext(): void {
    this.activeSpreadsheetAvailable = true;
    this.documentPropertiesAvailable = true;
    this.documentLockAvailable = true;
    this.scriptApp.document = this.spreadsheet.id;
  }

  /**
   * The simple onEdit trigger as Sheets fires it for an editor add-on: the event
   * carries the mode it runs in, and an add-on installed by the user but not yet
   * used in this document runs in AuthMode.NONE, where no service that needs
   * authorization may be called (reading the edited range included):
   * https://developers.google.com/apps-script/reference/script/auth-mode
   * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
   */
  edit(range: unknown, authMode: 'NONE' | 'LIMITED', value?: unknown): unknown {
    return this.run('onEdit', [{ authMode, range, value, source: this.spreadsheet, user: { getEmail: () => '' } }], authMode);
  }

  /** Loads dist/Code.js as built into a fresh vm context with the services as globals. */
  load(): vm.Context {
    const code = readFileSync(join(this.distDir, 'Code.js'), 'utf8');
    const context = vm.createContext(this.globals());
    vm.runInContext(code, context, { filename: 'Code.js' });
    this.context = context;
    return context;
  }

  /**
   * A custom function as a cell of Sheets evaluates it: in AuthMode.CUSTOM_FUNCTION, and again only
   * when its arguments change (Runtime.customFunctionValue). A thrown error is the cell's value
   * (#ERROR! with the message), so it is cached too.
   */
  evaluate(name: string, args: unknown[] = []): unknown {
    return this.rt.customFunctionValue(name, args, () => {
      try {
        return this.run(name, args, 'CUSTOM_FUNCTION');
      } catch (error) {
        return { error: String((error as Error)?.message ?? error) };
      }
    });
  }

  /** Calls a top-level function of the loaded bundle as one execution in the given authorization mode. */
  run<T = unknown>(name: string, args: unknown[] = [], authMode: AuthModeName = 'FULL'): T {
    const context = this.context ?? this.load();
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of the bundle`);
    return this.rt.runExecution(() => fn(...args) as T, authMode);
  }
}
