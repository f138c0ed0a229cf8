/**
 * The table charts under the chart builders' documented defaults: the hidden chart-data
 * columns are plotted without setHiddenDimensionStrategy (IGNORE_ROWS, the default, skips
 * hidden rows only), so the call an emulator reports failing on pie builders is never made;
 * and a chart the platform refuses does not stop the other tables.
 */
import { makeTablesIn, makeTables } from '../../src/addon/tables-sheet';
import { say } from '../../src/addon/messages';
import { installFake, NOW, ownedName, storeSettings, studyRows } from './env';

function world(pieHiddenDimensionFails: boolean) {
  const fake = installFake({ pieHiddenDimensionFails });
  fake.seedSheet('Data', studyRows());
  storeSettings(fake);
  return fake;
}

describe.each([false, true])('Buat Tabel charts (pie setHiddenDimensionStrategy fails: %s)', (fails) => {
  it('all five charts are made and plot their hidden data columns', () => {
    const fake = world(fails);
    const out = makeTablesIn(fake.spreadsheet, 'id', NOW);
    expect(out.ok && out.chartsFailed).toEqual([]);
    expect(fake.calls.count('EmbeddedChartBuilder.setHiddenDimensionStrategy')).toBe(0);
    for (const role of ['T1', 'T2', 'T3', 'T4', 'T5']) {
      const charts = fake.sheetModel(ownedName(fake, role)!).charts;
      expect(charts).toHaveLength(1);
      // Hidden columns are plotted under IGNORE_ROWS and SHOW_BOTH (reference: ChartHiddenDimensionStrategy).
      expect(['IGNORE_ROWS', 'SHOW_BOTH']).toContain(charts[0]!.hiddenDimensionStrategy);
    }
  });

  it('one chart refused: the other tables and charts are still made, and the user is told', () => {
    const fake = world(fails);
    const guard = fake.ctx.calls.guard;
    let builds = 0;
    fake.ctx.calls.guard = (name, member) => {
      if (name === 'EmbeddedChartBuilder.build' && ++builds === 1) throw fake.ctx.error('Service error: Spreadsheets');
      guard?.(name, member);
    };
    makeTables();
    fake.ctx.calls.guard = guard;
    for (const role of ['T2', 'T3', 'T4', 'T5']) expect(fake.sheetModel(ownedName(fake, role)!).charts).toHaveLength(1);
    expect(fake.sheetModel(ownedName(fake, 'T1')!).charts).toHaveLength(0);
    expect(fake.values(ownedName(fake, 'T5')!).flat().some((v) => v === 307)).toBe(true);
    const toast = fake.records.toasts.at(-1)!.message;
    expect(toast).toContain('Tabel 1');
    expect(toast).toContain(say('tablesChartFailed', 'id').split('{tables}')[0]!);
  });
});
