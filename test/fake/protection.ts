/// <reference types="google-apps-script" />
/**
 * Protections of a sheet or a range: description, warning-only flag, editors. The fake
 * records them; it does not stop writes into protected cells (the script's user is an
 * editor, as an add-on's user is).
 */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { ProtectionType } from './enums';
import { asGas, type Assert, type GRange, type OnlyRealMethods } from './gas';
import { newRange, unwrapRange } from './range';
import type { ProtectionModel, SheetModel } from './sheet-model';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;
type Methods =
  | 'setWarningOnly' | 'isWarningOnly' | 'setDescription' | 'getDescription' | 'remove' | 'getProtectionType'
  | 'getRange' | 'canEdit' | 'canDomainEdit' | 'setDomainEdit' | 'getEditors' | 'addEditor' | 'addEditors'
  | 'removeEditor' | 'removeEditors' | 'setUnprotectedRanges' | 'getUnprotectedRanges';

export class FakeProtection implements Pick<Protection, Methods> {
  constructor(readonly ctx: FakeContext, readonly sheet: SheetModel, readonly model: ProtectionModel) {}

  setWarningOnly(warningOnly: boolean): Protection { this.model.warningOnly = warningOnly; return self(this); }
  isWarningOnly(): boolean { return this.model.warningOnly; }
  setDescription(description: string): Protection { this.model.description = description; return self(this); }
  getDescription(): string { return this.model.description; }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType { return ProtectionType[this.model.type]; }
  getRange(): GRange {
    const rect = this.model.rect ?? { row: 1, col: 1, numRows: this.sheet.maxRows, numCols: this.sheet.maxCols };
    return newRange(this.ctx, this.sheet, rect);
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }
  canEdit(): boolean { return true; }
  canDomainEdit(): boolean { return this.model.domainEdit; }
  setDomainEdit(editable: boolean): Protection { this.model.domainEdit = editable; return self(this); }
  getEditors(): User[] { return this.model.editors.map((email) => newUser(this.ctx, email)); }
  addEditor(user: string | User): Protection { return this.addEditors([emailOf(user)]); }
  addEditors(emails: string[]): Protection {
    for (const email of emails) if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return self(this);
  }
  removeEditor(user: string | User): Protection { return this.removeEditors([emailOf(user)]); }
  /** The effective user (the add-on's user) always stays an editor, as on Google. */
  removeEditors(users: Array<string | User>): Protection {
    const gone = new Set(users.map(emailOf));
    this.model.editors = this.model.editors.filter((e) => !gone.has(e) || e === this.ctx.options.effectiveUserEmail);
    return self(this);
  }
  setUnprotectedRanges(ranges: GRange[]): Protection {
    this.model.unprotected = ranges.map((r) => ({ ...unwrapRange(this.ctx, r, 'Protection.setUnprotectedRanges').rect }));
    return self(this);
  }
  getUnprotectedRanges(): GRange[] { return this.model.unprotected.map((rect) => newRange(this.ctx, this.sheet, rect)); }
}

function self(p: FakeProtection): Protection {
  return asGas<Protection>(p);
}

function emailOf(user: string | User): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export class FakeUser implements Pick<User, 'getEmail'> {
  constructor(readonly ctx: FakeContext, private readonly email: string) {}
  getEmail(): string { return this.email; }
}

export function newUser(ctx: FakeContext, email: string): User {
  return asGas<User>(new FakeUser(ctx, email));
}

export function newProtection(ctx: FakeContext, sheet: SheetModel, model: ProtectionModel): Protection {
  return asGas<Protection>(new FakeProtection(ctx, sheet, model));
}

instrument(FakeProtection, 'Protection');
instrument(FakeUser, 'User');

export type _Checks = [Assert<OnlyRealMethods<FakeProtection, Protection>>, Assert<OnlyRealMethods<FakeUser, User>>];
