/// <reference types="google-apps-script" />
/**
 * SpreadsheetApp.newDataValidation(): the builder and the immutable rule it builds.
 * The fake stores rules on cells; it does not enforce them on writes (see README).
 */
import type { FakeContext } from './context';
import { instrument } from './counter';
import { DataValidationCriteria, enumName, enumValue } from './enums';
import { asGas, type Assert, type OnlyRealMethods } from './gas';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

interface RuleState {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

type BuilderMethods =
  | 'build' | 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
  | 'requireCheckbox' | 'requireDate' | 'requireFormulaSatisfied' | 'requireNumberBetween'
  | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberLessThanOrEqualTo' | 'requireTextIsEmail'
  | 'requireValueInList' | 'requireValueInRange' | 'setAllowInvalid' | 'setHelpText' | 'withCriteria';

export class FakeDataValidationBuilder implements Pick<Builder, BuilderMethods> {
  // Sheets' default: invalid input is shown with a warning, not rejected.
  state: RuleState = { criteria: null, values: [], allowInvalid: true, helpText: null };

  constructor(readonly ctx: FakeContext, from?: RuleState) {
    if (from !== undefined) this.state = { ...from, values: [...from.values] };
  }

  requireValueInList(values: string[], showDropdown = true): Builder { return set(this, 'VALUE_IN_LIST', [[...values], showDropdown]); }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): Builder {
    return set(this, 'VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): Builder { return set(this, 'NUMBER_BETWEEN', [start, end]); }
  requireNumberGreaterThanOrEqualTo(n: number): Builder { return set(this, 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberLessThanOrEqualTo(n: number): Builder { return set(this, 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  requireCheckbox(...values: unknown[]): Builder { return set(this, 'CHECKBOX', values); }
  requireDate(): Builder { return set(this, 'DATE_IS_VALID_DATE', []); }
  requireTextIsEmail(): Builder { return set(this, 'TEXT_IS_VALID_EMAIL', []); }
  requireFormulaSatisfied(formula: string): Builder { return set(this, 'CUSTOM_FORMULA', [formula]); }
  withCriteria(criteria: Criteria, args: unknown[]): Builder {
    const name = enumName(criteria);
    if (name === null) throw this.ctx.error('withCriteria expects a SpreadsheetApp.DataValidationCriteria value.');
    return set(this, name, [...args]);
  }
  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.state.allowInvalid = allowInvalidData;
    return asGas<Builder>(this);
  }
  setHelpText(helpText: string): Builder {
    this.state.helpText = helpText;
    return asGas<Builder>(this);
  }
  getCriteriaType(): Criteria { return criteriaOf(this.state); }
  getCriteriaValues(): unknown[] { return [...this.state.values]; }
  getAllowInvalid(): boolean { return this.state.allowInvalid; }
  getHelpText(): string | null { return this.state.helpText; }
  copy(): Builder { return asGas<Builder>(new FakeDataValidationBuilder(this.ctx, this.state)); }
  build(): Rule {
    if (this.state.criteria === null) throw this.ctx.error('The data validation rule has no criteria.');
    return asGas<Rule>(new FakeDataValidation(this.ctx, { ...this.state, values: [...this.state.values] }));
  }
}

function set(builder: FakeDataValidationBuilder, criteria: string, values: unknown[]): Builder {
  builder.state.criteria = criteria;
  builder.state.values = values;
  return asGas<Builder>(builder);
}

function criteriaOf(state: RuleState): Criteria {
  if (state.criteria === null) throw new Error('FakeGas: no criteria set');
  return enumValue<Criteria>(DataValidationCriteria, state.criteria);
}

export class FakeDataValidation implements Pick<Rule, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'> {
  constructor(readonly ctx: FakeContext, private readonly state: RuleState) {}

  getCriteriaType(): Criteria { return criteriaOf(this.state); }
  getCriteriaValues(): unknown[] { return [...this.state.values]; }
  getAllowInvalid(): boolean { return this.state.allowInvalid; }
  getHelpText(): string { return this.state.helpText ?? ''; }
  copy(): Builder { return asGas<Builder>(new FakeDataValidationBuilder(this.ctx, this.state)); }
}

export function isFakeValidation(value: unknown): boolean {
  return value instanceof FakeDataValidation;
}

instrument(FakeDataValidationBuilder, 'DataValidationBuilder');
instrument(FakeDataValidation, 'DataValidation');

export type _Checks = [
  Assert<OnlyRealMethods<FakeDataValidationBuilder, Builder>>,
  Assert<OnlyRealMethods<FakeDataValidation, Rule>>,
];
