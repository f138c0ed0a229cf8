/// <reference types="google-apps-script" />
/**
 * Installable triggers: ScriptApp.newTrigger(...).forSpreadsheet(ss).onEdit().create(),
 * getUserTriggers, getProjectTriggers, deleteTrigger, and the EventType / TriggerSource enums.
 * Sources (test/fake/README.md): Google's "Triggers for Editor add-ons" (each add-on can have
 * one trigger of each type per user per document; add-on triggers can only watch the file the
 * add-on is used in) and "Installable triggers" (a trigger runs as the account that created it;
 * an account cannot see another account's triggers; script executions do not fire triggers).
 *
 * The fake records the triggers and enforces the one-per-kind rule by throwing; it never fires
 * them: a test calls the handler with an event from edit-event.ts, as a user's edit would.
 * The wording of the thrown message is the fake's own (Google's is not documented).
 */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { asGas, type Assert, type OnlyRealMethods } from './gas';
import { FakeScriptApp } from './session';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Trigger = GoogleAppsScript.Script.Trigger;
type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type SpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
type EventType = GoogleAppsScript.Script.EventType;
type TriggerSource = GoogleAppsScript.Script.TriggerSource;

/** Enum values are frozen objects named by toString(), as in enums.ts (whose maker is private to it). */
function makeEnum<E>(keys: readonly string[]): E {
  const out: Record<string, object> = {};
  for (const key of keys) out[key] = Object.freeze({ toString: () => key, toJSON: () => key });
  return asGas<E>(Object.freeze(out));
}

export const EventType = makeEnum<typeof GoogleAppsScript.Script.EventType>([
  'CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED',
]);
export const TriggerSource = makeEnum<typeof GoogleAppsScript.Script.TriggerSource>(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);

/** One installable trigger as the fake keeps it. */
export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: string;
  sourceId: string;
  /** The account that created it (the trigger runs as this account). */
  owner: string;
}

const stores = new WeakMap<FakeContext, TriggerRecord[]>();

/** Every trigger of the fake world, of every account (what no single account can list on Google). */
export function triggerRecords(ctx: FakeContext): TriggerRecord[] {
  let list = stores.get(ctx);
  if (list === undefined) {
    list = [];
    stores.set(ctx, list);
  }
  return list;
}

/** The account the code runs as: the effective user (who authorised the add-on). */
const me = (ctx: FakeContext): string => ctx.options.effectiveUserEmail;

export class FakeTrigger implements Pick<Trigger, 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId'> {
  constructor(readonly ctx: FakeContext, readonly record: TriggerRecord) {}
  getHandlerFunction(): string { return this.record.handler; }
  getEventType(): EventType { return (EventType as unknown as Record<string, EventType>)[this.record.eventType] as EventType; }
  getTriggerSource(): TriggerSource { return TriggerSource.SPREADSHEETS; }
  getTriggerSourceId(): string { return this.record.sourceId; }
  getUniqueId(): string { return this.record.id; }
}

class FakeSpreadsheetTriggerBuilder implements Pick<SpreadsheetTriggerBuilder, 'onEdit' | 'onOpen' | 'onChange' | 'create'> {
  private eventType: string | null = null;
  constructor(readonly ctx: FakeContext, readonly handler: string, readonly sourceId: string) {}
  onEdit(): SpreadsheetTriggerBuilder { this.eventType = 'ON_EDIT'; return asGas(this); }
  onOpen(): SpreadsheetTriggerBuilder { this.eventType = 'ON_OPEN'; return asGas(this); }
  onChange(): SpreadsheetTriggerBuilder { this.eventType = 'ON_CHANGE'; return asGas(this); }
  create(): Trigger {
    const ctx = this.ctx;
    if (this.eventType === null) throw ctx.error('Trigger has no event type: call onEdit(), onOpen() or onChange() first.');
    if (this.sourceId !== ctx.book.id) throw ctx.error('Add-ons can only create triggers for the file in which the add-on is used.');
    const list = triggerRecords(ctx);
    const owner = me(ctx);
    if (list.some((t) => t.owner === owner && t.sourceId === this.sourceId && t.eventType === this.eventType)) {
      throw ctx.error(`This add-on already has a ${this.eventType} trigger for this user in this document (one trigger of each type, per user, per document).`);
    }
    const record: TriggerRecord = { id: `trigger-${ctx.nextId('trigger')}`, handler: this.handler, eventType: this.eventType, sourceId: this.sourceId, owner };
    list.push(record);
    return asGas(new FakeTrigger(ctx, record));
  }
}

class FakeTriggerBuilder implements Pick<TriggerBuilder, 'forSpreadsheet'> {
  constructor(readonly ctx: FakeContext, readonly handler: string) {}
  forSpreadsheet(sheet: string | GoogleAppsScript.Spreadsheet.Spreadsheet): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return asGas(new FakeSpreadsheetTriggerBuilder(this.ctx, this.handler, id));
  }
}

type TriggerMethods = 'newTrigger' | 'getUserTriggers' | 'getProjectTriggers' | 'deleteTrigger' | 'EventType' | 'TriggerSource';

/** ScriptApp with installable triggers, over the base fake (auth modes, token, script id). */
export class FakeScriptAppWithTriggers extends FakeScriptApp implements Pick<ScriptApp, TriggerMethods> {
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;

  newTrigger(functionName: string): TriggerBuilder {
    return asGas(new FakeTriggerBuilder(this.ctx, functionName));
  }

  /** This account's triggers in the given spreadsheet (for this add-on only, as documented). */
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | GoogleAppsScript.Document.Document | GoogleAppsScript.Forms.Form): Trigger[] {
    const id = spreadsheet.getId();
    return triggerRecords(this.ctx)
      .filter((t) => t.owner === me(this.ctx) && t.sourceId === id)
      .map((t) => asGas<Trigger>(new FakeTrigger(this.ctx, t)));
  }

  /** In an add-on: this account's triggers of this add-on. */
  getProjectTriggers(): Trigger[] {
    return triggerRecords(this.ctx)
      .filter((t) => t.owner === me(this.ctx))
      .map((t) => asGas<Trigger>(new FakeTrigger(this.ctx, t)));
  }

  deleteTrigger(trigger: Trigger): void {
    const list = triggerRecords(this.ctx);
    const at = list.findIndex((t) => t.id === trigger.getUniqueId() && t.owner === me(this.ctx));
    if (at < 0) throw this.ctx.error('No such trigger for this user.');
    list.splice(at, 1);
  }
}

instrument(FakeTrigger, 'Trigger');
instrument(FakeSpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder');
instrument(FakeTriggerBuilder, 'TriggerBuilder');
instrument(FakeScriptAppWithTriggers, 'ScriptApp');

export type _Checks = [
  Assert<OnlyRealMethods<FakeTrigger, Trigger>>,
  Assert<OnlyRealMethods<FakeSpreadsheetTriggerBuilder, SpreadsheetTriggerBuilder>>,
  Assert<OnlyRealMethods<FakeTriggerBuilder, TriggerBuilder>>,
  Assert<OnlyRealMethods<FakeScriptAppWithTriggers, ScriptApp>>,
];
