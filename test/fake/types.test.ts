/**
 * The typing contract, checked by `npx tsc -p .` (the @ts-expect-error lines fail the
 * type check if the error they expect goes away) and run by jest like any test.
 */
import type { Assert, GRange, OnlyRealMethods } from './gas';
import { FakeRange } from './range';
import { createFakeGas } from './index';

test('the fake is typed as the real services', () => {
  const fake = createFakeGas();
  const sheet: GoogleAppsScript.Spreadsheet.Sheet = fake.spreadsheet.getSheets()[0]!;
  // @ts-expect-error getRangeByColor is not in the real Sheet API, so it does not compile.
  expect(() => sheet.getRangeByColor()).toThrow(TypeError);
  // A real method the fake does not model compiles and fails loudly at run time.
  expect(() => sheet.getRange('A1').getDataSourceUrl()).toThrow(/is not a function/);
});

test('a fake class may only carry methods of the real interface', () => {
  class Bogus extends FakeRange {
    notInTheRealApi(): void {}
  }
  // @ts-expect-error OnlyRealMethods rejects the extra method.
  type Rejected = Assert<OnlyRealMethods<Bogus, GRange>>;
  type Accepted = Assert<OnlyRealMethods<FakeRange, GRange>>;
  const ok: [Rejected?, Accepted?] = [];
  expect(ok).toEqual([]);
});
