/**
 * The fake as the bundle test uses it: globals of a node:vm context that has nothing else.
 * With the context's own Date and Error (the `realm` option), instanceof works inside.
 */
import vm from 'node:vm';
import { createFakeGas } from './index';

const SCRIPT = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Buka formulir', 'showForm').addToUi();
}
function showForm() {}
function readFirst() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  const values = sheet.getDataRange().getValues();
  return { isDate: values[1][1] instanceof Date, isArray: Array.isArray(values), year: values[1][1].getFullYear() };
}
function failing() {
  try { SpreadsheetApp.getActiveSheet().getRange('bad!!'); } catch (e) { return [e instanceof Error, e.message]; }
}
`;

test('the services run inside node:vm with the context realm', () => {
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date, Error })', context) as { Date: DateConstructor; Error: ErrorConstructor };
  const fake = createFakeGas({ realm, authMode: 'NONE' });
  Object.assign(context, fake.globals);
  vm.runInContext(SCRIPT, context);

  const run = (code: string): unknown => vm.runInContext(code, context);
  context.e = fake.openEvent();
  run('onOpen(e)');
  for (const item of fake.menuItems()) expect(run(`typeof ${item.functionName}`)).toBe('function');

  fake.setAuthMode('FULL');
  fake.seedSheet('Data', [['id', 'tanggal'], ['a', '2006-05-01']]);
  expect(run('readFirst()')).toEqual({ isDate: true, isArray: true, year: 2006 });
  expect(run('failing()')).toEqual([true, 'Range not found']);
  expect(run('typeof require')).toBe('undefined');
  expect(fake.calls.count('Range.getValues')).toBe(1);
});
