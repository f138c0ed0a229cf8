/// <reference types="google-apps-script" />
/**
 * SpreadsheetApp.getUi(): menus, dialogs, sidebars, alerts and prompts. Nothing is drawn;
 * everything is recorded in ctx.records, and alerts/prompts take scripted answers
 * (FakeGas.answerAlerts / answerPrompts), else the first button of their button set.
 */
import type { FakeContext, MenuEntry, PromptAnswer } from './context';
import { instrument } from './counter';
import { Button, ButtonSet, enumName, enumValue } from './enums';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type ButtonValue = GoogleAppsScript.Base.Button;
type ButtonSetValue = GoogleAppsScript.Base.ButtonSet;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const BUTTONS: Record<string, string[]> = {
  OK: ['OK'], OK_CANCEL: ['OK', 'CANCEL'], YES_NO: ['YES', 'NO'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArgs(a: string, b?: string | ButtonSetValue, c?: ButtonSetValue): [string | null, string, string] {
  if (typeof b === 'string') return [a, b, enumName(c) ?? 'OK'];
  return [null, a, enumName(b) ?? 'OK'];
}

function checkAnswer(ctx: FakeContext, answer: string, buttons: string): string {
  // CLOSE is always possible: the user closed the dialog.
  if (answer !== 'CLOSE' && !(BUTTONS[buttons] ?? []).includes(answer)) {
    throw ctx.error(`FakeGas: scripted answer ${answer} is not a button of ButtonSet.${buttons}.`);
  }
  return answer;
}

export class FakeUi implements Pick<Ui, 'Button' | 'ButtonSet' | 'alert' | 'prompt' | 'createAddonMenu' | 'createMenu'
  | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(readonly ctx: FakeContext) {}

  alert(a: string, b?: string | ButtonSetValue, c?: ButtonSetValue): ButtonValue {
    const [title, prompt, buttons] = dialogArgs(a, b, c);
    const answer = checkAnswer(this.ctx, this.ctx.alertAnswers.shift() ?? BUTTONS[buttons]![0]!, buttons);
    this.ctx.records.alerts.push({ title, prompt: String(prompt), buttons, answer });
    return enumValue<ButtonValue>(Button, answer);
  }
  prompt(a: string, b?: string | ButtonSetValue, c?: ButtonSetValue): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] = dialogArgs(a, b, c);
    const scripted = this.ctx.promptAnswers.shift() ?? { button: BUTTONS[buttons]![0]!, text: '' };
    const answer = { ...scripted, button: checkAnswer(this.ctx, scripted.button, buttons) };
    this.ctx.records.prompts.push({ title, prompt: String(prompt), buttons, answer });
    return asGas<GoogleAppsScript.Base.PromptResponse>(new FakePromptResponse(this.ctx, answer));
  }
  createAddonMenu(): Menu { return asGas<Menu>(new FakeMenu(this.ctx, this.ctx.options.addonName, true)); }
  createMenu(caption: string): Menu { return asGas<Menu>(new FakeMenu(this.ctx, caption, false)); }
  showSidebar(userInterface: HtmlOutput): void { show(this.ctx, 'sidebar', userInterface, null); }
  showModalDialog(userInterface: HtmlOutput, title: string): void { show(this.ctx, 'modal', userInterface, title); }
  showModelessDialog(userInterface: HtmlOutput, title: string): void { show(this.ctx, 'modeless', userInterface, title); }
}

function show(ctx: FakeContext, kind: 'sidebar' | 'modal' | 'modeless', html: HtmlOutput, title: string | null): void {
  if (typeof html?.getContent !== 'function') {
    throw ctx.error(`The parameters (${typeof html}) don't match the method signature for Ui.show.`);
  }
  // A sidebar is always 300 px wide; its title comes from the HtmlOutput.
  const width = kind === 'sidebar' ? 300 : html.getWidth();
  ctx.records.shown.push({ kind, title: title ?? html.getTitle(), content: html.getContent(), width, height: html.getHeight() });
}

export class FakePromptResponse implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(readonly ctx: FakeContext, private readonly answer: PromptAnswer) {}
  getResponseText(): string { return this.answer.text; }
  getSelectedButton(): ButtonValue { return enumValue<ButtonValue>(Button, this.answer.button); }
}

export class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly entries: MenuEntry[] = [];

  constructor(readonly ctx: FakeContext, readonly caption: string, readonly addon: boolean) {}

  addItem(caption: string, functionName: string): Menu {
    if (typeof functionName !== 'string' || functionName === '') throw this.ctx.error('Menu item needs a function name.');
    this.entries.push({ kind: 'item', caption, functionName });
    return asGas<Menu>(this);
  }
  addSeparator(): Menu {
    this.entries.push({ kind: 'separator' });
    return asGas<Menu>(this);
  }
  addSubMenu(menu: Menu): Menu {
    if (!(menu instanceof FakeMenu)) throw this.ctx.error("The parameters don't match the method signature for Menu.addSubMenu.");
    this.entries.push({ kind: 'submenu', caption: menu.caption, entries: menu.entries });
    return asGas<Menu>(this);
  }
  /** Adding a menu again replaces the one with the same caption. */
  addToUi(): void {
    const menus = this.ctx.records.menus.filter((m) => m.caption !== this.caption || m.addon !== this.addon);
    menus.push({ caption: this.caption, addon: this.addon, entries: this.entries });
    this.ctx.records.menus.splice(0, this.ctx.records.menus.length, ...menus);
  }
}

instrument(FakeUi, 'Ui');
instrument(FakeMenu, 'Menu');
instrument(FakePromptResponse, 'PromptResponse');

export type _Checks = [
  Assert<OnlyRealMethods<FakeUi, Ui>>,
  Assert<OnlyRealMethods<FakeMenu, Menu>>,
  Assert<OnlyRealMethods<FakePromptResponse, GoogleAppsScript.Base.PromptResponse>>,
];
