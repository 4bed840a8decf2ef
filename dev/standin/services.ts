/**
 * The other Apps Script services the add-on uses: Ui and menus (recorded),
 * HtmlService, PropertiesService (size limits), LockService (per-execution
 * ownership), ScriptApp (triggers, authorization info), MailApp (records mail,
 * daily quota), Session and Utilities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from './runtime';

export interface MenuRecord {
  title: string;
  items: ({ caption: string; functionName: string } | 'separator')[];
}

export class FakeMenu {
  readonly record: MenuRecord;
  constructor(
    private readonly rt: Runtime,
    private readonly ui: FakeUi,
    title: string,
  ) {
    this.record = { title, items: [] };
  }
  addItem(caption: string, functionName: string): this {
    this.rt.call('Menu.addItem', 'ui');
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.rt.call('Menu.addSeparator', 'ui');
    this.record.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.rt.call('Menu.addToUi', 'ui');
    this.ui.menus.push(this.record);
  }
}

export class FakeHtmlOutput {
  title = '';
  width = 300;
  constructor(
    private readonly rt: Runtime,
    readonly content: string,
  ) {}
  setTitle(title: string): this {
    this.rt.call('HtmlOutput.setTitle', 'none');
    this.title = title;
    return this;
  }
  getTitle(): string {
    this.rt.call('HtmlOutput.getTitle', 'none');
    return this.title;
  }
  setWidth(width: number): this {
    this.rt.call('HtmlOutput.setWidth', 'none');
    this.width = width;
    return this;
  }
  height = 0;
  setHeight(height: number): this {
    this.rt.call('HtmlOutput.setHeight', 'none');
    this.height = height;
    return this;
  }
  getContent(): string {
    this.rt.call('HtmlOutput.getContent', 'none');
    return this.content;
  }
}

export class FakeUi {
  menus: MenuRecord[] = [];
  alerts: string[] = [];
  sidebars: FakeHtmlOutput[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  constructor(private readonly rt: Runtime) {}
  createAddonMenu(): FakeMenu {
    this.rt.call('Ui.createAddonMenu', 'ui');
    return new FakeMenu(this.rt, this, 'add-on');
  }
  createMenu(title: string): FakeMenu {
    this.rt.call('Ui.createMenu', 'ui');
    return new FakeMenu(this.rt, this, title);
  }
  /** Answers the next prompts give, in order: [text, button]; an empty queue cancels. */
  promptAnswers: [string, string][] = [];
  prompts: string[] = [];
  /** https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet) */
  prompt(...args: unknown[]): { getResponseText(): string; getSelectedButton(): string } {
    this.rt.call('Ui.prompt', 'ui');
    this.prompts.push(args.map(String).join(' | '));
    const [text, button] = this.promptAnswers.shift() ?? ['', 'CANCEL'];
    return { getResponseText: () => text, getSelectedButton: () => button };
  }
  alert(...args: unknown[]): string {
    this.rt.call('Ui.alert', 'ui');
    this.alerts.push(args.map(String).join(' | '));
    return 'OK';
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.rt.call('Ui.showSidebar', 'ui');
    this.sidebars.push(output);
  }
  dialogs: { output: FakeHtmlOutput; title: string }[] = [];
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.rt.call('Ui.showModalDialog', 'ui');
    this.dialogs.push({ output, title });
  }
}

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export class FakeProperties {
  readonly store = new Map<string, string>();
  constructor(
    private readonly rt: Runtime,
    private readonly kind: string,
  ) {}
  private size(): number {
    let total = 0;
    for (const [k, v] of this.store) total += k.length + v.length;
    return total;
  }
  getProperty(key: string): string | null {
    this.rt.call(`${this.kind}.getProperty`);
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.rt.call(`${this.kind}.setProperty`, 'write');
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > VALUE_LIMIT) throw new Error('Argument too large: value');
    const previous = this.store.get(key);
    this.store.set(key, text);
    if (this.size() > STORE_LIMIT) {
      if (previous === undefined) this.store.delete(key);
      else this.store.set(key, previous);
      throw new Error('You have exceeded the property storage quota.');
    }
    return this;
  }
  deleteProperty(key: string): this {
    this.rt.call(`${this.kind}.deleteProperty`, 'write');
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    this.rt.call(`${this.kind}.getProperties`);
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    this.rt.call(`${this.kind}.getKeys`);
    return [...this.store.keys()];
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    this.rt.call(`${this.kind}.setProperties`, 'write');
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  deleteAllProperties(): this {
    this.rt.call(`${this.kind}.deleteAllProperties`, 'write');
    this.store.clear();
    return this;
  }
}

/** Who holds a lock: one state per scope, shared by every FakeLock of that scope. */
export class LockState {
  owner: number | null = null;
}

/**
 * The scopes of LockService
 * (https://developers.google.com/apps-script/reference/lock/lock-service):
 * a document lock is one per document; a user lock one per user of the script
 * ("private" to the user, in every document); a script lock one for the whole
 * project — in a published add-on, every installation in every municipality.
 * The script lock and the user locks are therefore shared by every stand-in of
 * the process (each stand-in is one document of the same project).
 */
export const projectLocks = {
  script: new LockState(),
  users: new Map<string, LockState>(),
  user(email: string): LockState {
    let state = projectLocks.users.get(email);
    if (!state) {
      state = new LockState();
      projectLocks.users.set(email, state);
    }
    return state;
  },
};

/** One lock per scope, owned by an execution; another execution's tryLock fails instead of waiting. */
export class FakeLock {
  acquisitions = 0;
  refusals = 0;
  constructor(
    private readonly rt: Runtime,
    private readonly scope: string,
    readonly state: LockState = new LockState(),
  ) {}
  get owner(): number | null {
    return this.state.owner;
  }
  set owner(execution: number | null) {
    this.state.owner = execution;
  }
  tryLock(_timeoutInMillis: number): boolean {
    this.rt.call(`${this.scope}.tryLock`, 'none');
    if (this.owner !== null && this.owner !== this.rt.execution) {
      this.refusals += 1;
      return false;
    }
    this.owner = this.rt.execution;
    this.acquisitions += 1;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.rt.call(`${this.scope}.releaseLock`, 'none');
    if (this.owner === this.rt.execution) this.owner = null;
  }
  hasLock(): boolean {
    this.rt.call(`${this.scope}.hasLock`, 'none');
    return this.owner === this.rt.execution;
  }
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  sourceId: string | null;
  monthDay?: number;
  everyDays?: number;
  hour?: number;
  timeZone?: string;
  /** The user who installed it (add-on triggers run as that user). */
  user: string;
  /** The document it was created from (add-on limits count per document); null outside one. */
  document: string | null;
}

export class FakeTrigger {
  constructor(
    private readonly rt: Runtime,
    readonly record: TriggerRecord,
  ) {}
  getHandlerFunction(): string {
    this.rt.call('Trigger.getHandlerFunction', 'none');
    return this.record.handler;
  }
  getEventType(): string {
    this.rt.call('Trigger.getEventType', 'none');
    return this.record.eventType;
  }
  getUniqueId(): string {
    this.rt.call('Trigger.getUniqueId', 'none');
    return this.record.id;
  }
  getTriggerSourceId(): string | null {
    this.rt.call('Trigger.getTriggerSourceId', 'none');
    return this.record.sourceId;
  }
}

let triggerIds = 1;

export class FakeClockTriggerBuilder {
  private readonly record: Partial<TriggerRecord>;
  constructor(
    private readonly rt: Runtime,
    private readonly app: FakeScriptApp,
    handler: string,
  ) {
    this.record = { handler, eventType: 'CLOCK', sourceId: null };
  }
  onMonthDay(day: number): this {
    this.rt.call('ClockTriggerBuilder.onMonthDay', 'none');
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error(`Invalid argument: day ${day}`);
    this.record.monthDay = day;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyDaysn */
  everyDays(n: number): this {
    this.rt.call('ClockTriggerBuilder.everyDays', 'none');
    if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: n ${n}`);
    this.record.everyDays = n;
    return this;
  }
  atHour(hour: number): this {
    this.rt.call('ClockTriggerBuilder.atHour', 'none');
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`Invalid argument: hour ${hour}`);
    this.record.hour = hour;
    return this;
  }
  inTimezone(timeZone: string): this {
    this.rt.call('ClockTriggerBuilder.inTimezone', 'none');
    this.record.timeZone = timeZone;
    return this;
  }
  create(): FakeTrigger {
    this.rt.call('ClockTriggerBuilder.create', 'write');
    const record = { ...this.record, id: `trigger-${triggerIds++}`, user: this.app.user, document: this.app.document } as TriggerRecord;
    const sameType = this.app.triggers.filter((t) => t.user === record.user && t.eventType === 'CLOCK' && t.document === record.document);
    // Add-ons may hold one trigger of each type per user per document:
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers
    if (this.app.addOnLimits && sameType.length >= 1)
      throw new Error('This add-on has created too many time-based triggers in this document for this Google Account user.');
    this.app.triggers.push(record);
    return new FakeTrigger(this.rt, record);
  }
}

/**
 * An installable trigger of a spreadsheet (TriggerBuilder.forSpreadsheet): the stand-in has the edit trigger
 * only. https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder
 * Add-ons may hold one trigger of each type per user per document (the edit trigger is its own type):
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 */
export class FakeSpreadsheetTriggerBuilder {
  private eventType: 'ON_EDIT' | null = null;
  constructor(
    private readonly rt: Runtime,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  onEdit(): this {
    this.rt.call('SpreadsheetTriggerBuilder.onEdit', 'none');
    this.eventType = 'ON_EDIT';
    return this;
  }
  create(): FakeTrigger {
    this.rt.call('SpreadsheetTriggerBuilder.create', 'write');
    if (this.eventType === null) throw new Error('The trigger has no event type: call onEdit() (the stand-in models only the edit trigger).');
    const record: TriggerRecord = {
      id: `trigger-${triggerIds++}`,
      handler: this.handler,
      eventType: this.eventType,
      sourceId: this.sourceId,
      user: this.app.user,
      document: this.app.document,
    };
    const sameType = this.app.triggers.filter((t) => t.user === record.user && t.eventType === record.eventType && t.document === record.document);
    if (this.app.addOnLimits && sameType.length >= 1)
      throw new Error('This add-on has created too many edit triggers in this document for this Google Account user.');
    this.app.triggers.push(record);
    return new FakeTrigger(this.rt, record);
  }
}

export class FakeTriggerBuilder {
  constructor(
    private readonly rt: Runtime,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}
  timeBased(): FakeClockTriggerBuilder {
    this.rt.call('TriggerBuilder.timeBased', 'none');
    return new FakeClockTriggerBuilder(this.rt, this.app, this.handler);
  }
  /** https://developers.google.com/apps-script/reference/script/trigger-builder#forSpreadsheet(Spreadsheet) */
  forSpreadsheet(spreadsheet: { getId(): string } | string): FakeSpreadsheetTriggerBuilder {
    this.rt.call('TriggerBuilder.forSpreadsheet', 'none');
    const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
    return new FakeSpreadsheetTriggerBuilder(this.rt, this.app, this.handler, id);
  }
}

export class FakeScriptApp {
  triggers: TriggerRecord[] = [];
  /** The account the execution runs as (Session.getEffectiveUser). */
  user = 'installer@example.jp';
  /**
   * Who Session.getActiveUser() names when it is not `user`: set for the run of an installable trigger fired by
   * another account's edit ('' when Google withholds it, as the stand-in does by default); null otherwise.
   */
  activeUser: string | null = null;
  /** The document the add-on runs in (the stand-in's spreadsheet), or null outside a document context. */
  document: string | null = null;
  /** Enforce the add-on limit of one trigger per type per user per document. */
  addOnLimits = true;
  authorizationRequired = false;
  readonly AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' };
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  readonly EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT' };
  constructor(private readonly rt: Runtime) {}
  newTrigger(functionName: string): FakeTriggerBuilder {
    this.rt.call('ScriptApp.newTrigger', 'full');
    return new FakeTriggerBuilder(this.rt, this, functionName);
  }
  /**
   * "All installable triggers associated with the current project and current user",
   * in every document: https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
   */
  getProjectTriggers(): FakeTrigger[] {
    this.rt.call('ScriptApp.getProjectTriggers', 'full');
    return this.triggers.filter((t) => t.user === this.user).map((t) => new FakeTrigger(this.rt, t));
  }
  /**
   * The user's triggers whose source is the given spreadsheet
   * (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
   * A clock trigger has no source document — its getTriggerSourceId() is not the
   * spreadsheet's id (https://developers.google.com/apps-script/reference/script/trigger#getTriggerSourceId()) —
   * so it is never listed here, only by getProjectTriggers().
   */
  getUserTriggers(document: { getId(): string } | null): FakeTrigger[] {
    this.rt.call('ScriptApp.getUserTriggers', 'full');
    const id = document ? document.getId() : null;
    return this.triggers.filter((t) => t.user === this.user && t.eventType !== 'CLOCK' && t.sourceId === id).map((t) => new FakeTrigger(this.rt, t));
  }
  deleteTrigger(trigger: FakeTrigger): void {
    this.rt.call('ScriptApp.deleteTrigger', 'full');
    this.triggers = this.triggers.filter((t) => t.id !== trigger.record.id);
  }
  getAuthorizationInfo(_mode: unknown): { getAuthorizationStatus(): string; getAuthorizationUrl(): string | null } {
    this.rt.call('ScriptApp.getAuthorizationInfo', 'none');
    const required = this.authorizationRequired;
    return {
      getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
      getAuthorizationUrl: () => (required ? 'https://script.google.com/authorize/standin' : null),
    };
  }
}

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  at: Date;
}

/** MailApp's body limit for a consumer account, in bytes. */
export const MAIL_BODY_LIMIT = 200 * 1024;

export class FakeMailApp {
  sent: SentMail[] = [];
  quota = 100;
  failNext: string | null = null;
  constructor(private readonly rt: Runtime) {}
  getRemainingDailyQuota(): number {
    this.rt.call('MailApp.getRemainingDailyQuota', 'full');
    return this.quota;
  }
  sendEmail(message: Record<string, unknown> | string, subject?: string, body?: string, options?: Record<string, unknown>): void {
    this.rt.call('MailApp.sendEmail', 'full');
    const m = typeof message === 'string' ? { to: message, subject, body, ...options } : message;
    const recipients = [m.to, m.cc, m.bcc]
      .filter((v) => typeof v === 'string' && v !== '')
      .flatMap((v) => String(v).split(','))
      .filter((v) => v.trim() !== '');
    if (recipients.length > 50) throw new Error('Too many recipients: at most 50 per message.');
    if (this.failNext) {
      const reason = this.failNext;
      this.failNext = null;
      throw new Error(reason);
    }
    if (recipients.length > this.quota) throw new Error('Service invoked too many times for one day: email.');
    if (/[\r\n]/.test(String(m.subject ?? ''))) throw new Error('Invalid argument: subject');
    // "Email body size: 200 KB / msg" for consumer accounts, 400 KB for Google Workspace
    // (https://developers.google.com/apps-script/guides/services/quotas#current_limitations):
    // the stricter consumer limit, counted over the text and the HTML body together.
    const bodyBytes = Buffer.byteLength(String(m.body ?? ''), 'utf8') + Buffer.byteLength(String(m.htmlBody ?? ''), 'utf8');
    if (bodyBytes > MAIL_BODY_LIMIT) throw new Error('Limit Exceeded: Email Body Size.');
    this.quota -= recipients.length;
    this.sent.push({
      to: String(m.to ?? ''),
      cc: m.cc as string | undefined,
      bcc: m.bcc as string | undefined,
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      htmlBody: m.htmlBody as string | undefined,
      name: m.name as string | undefined,
      replyTo: m.replyTo as string | undefined,
      at: this.rt.now(),
    });
  }
}

export function makeHtmlService(rt: Runtime, htmlDir: string) {
  return {
    createHtmlOutputFromFile(name: string): FakeHtmlOutput {
      rt.call('HtmlService.createHtmlOutputFromFile', 'none');
      return new FakeHtmlOutput(rt, readFileSync(join(htmlDir, `${name}.html`), 'utf8'));
    },
    createHtmlOutput(html?: string): FakeHtmlOutput {
      rt.call('HtmlService.createHtmlOutput', 'none');
      return new FakeHtmlOutput(rt, html ?? '');
    },
    SandboxMode: { IFRAME: 'IFRAME' },
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function makeUtilities(rt: Runtime) {
  return {
    formatDate(date: Date, timeZone: string, format: string): string {
      rt.call('Utilities.formatDate', 'none');
      const offset = timeZone === 'Asia/Tokyo' ? 9 : 0;
      const d = new Date(date.getTime() + offset * 3600_000);
      return format
        .replace(/yyyy/g, String(d.getUTCFullYear()))
        .replace(/MM/g, pad(d.getUTCMonth() + 1))
        .replace(/dd/g, pad(d.getUTCDate()))
        .replace(/HH/g, pad(d.getUTCHours()))
        .replace(/mm/g, pad(d.getUTCMinutes()))
        .replace(/ss/g, pad(d.getUTCSeconds()));
    },
    getUuid(): string {
      rt.call('Utilities.getUuid', 'none');
      return `00000000-0000-4000-8000-${String(rt.total).padStart(12, '0')}`;
    },
    sleep(_ms: number): void {
      rt.call('Utilities.sleep', 'none');
    },
  };
}

/**
 * getActiveUser / getEffectiveUser need the userinfo.email scope
 * (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()):
 * without it in the manifest, the call fails as it would for a real user.
 */
export function makeSession(rt: Runtime, app: FakeScriptApp, scopes: string[] = ['https://www.googleapis.com/auth/userinfo.email']) {
  const needEmailScope = () => {
    if (!scopes.includes('https://www.googleapis.com/auth/userinfo.email'))
      throw new Error('You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email');
  };
  return {
    getActiveUserLocale(): string {
      rt.call('Session.getActiveUserLocale', 'none');
      return rt.locale;
    },
    getScriptTimeZone(): string {
      rt.call('Session.getScriptTimeZone', 'none');
      return rt.timeZone;
    },
    /**
     * "the user's email address is not available in any context that allows a script to run without that user's
     * authorization, like a simple onOpen(e) or onEdit(e) trigger … these restrictions generally do not apply if the
     * developer runs the script themselves or belongs to the same Google Workspace domain as the user"
     * (https://developers.google.com/apps-script/reference/base/user#getEmail()). The stand-in takes the strict
     * reading: '' outside FULL, and '' in an installable trigger run for another account's edit unless a test says
     * Google gives it (AppsScriptStandIn.editorEmailVisible).
     */
    getActiveUser() {
      rt.call('Session.getActiveUser', 'none');
      needEmailScope();
      const active = app.activeUser ?? app.user;
      return { getEmail: () => (rt.authMode === 'FULL' ? active : '') };
    },
    getEffectiveUser() {
      rt.call('Session.getEffectiveUser', 'none');
      needEmailScope();
      return { getEmail: () => (rt.authMode === 'FULL' ? app.user : '') };
    },
    getTemporaryActiveUserKey(): string {
      rt.call('Session.getTemporaryActiveUserKey', 'none');
      return 'standin-user-key';
    },
  };
}
