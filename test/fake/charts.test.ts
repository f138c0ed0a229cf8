import { createFakeGas } from './index';

function setup() {
  const fake = createFakeGas();
  const sheet = fake.seedSheet('Tabel 1', [['Jenis', 'L', 'P'], ['Arisan', 3, 5], ['Pengajian', 4, 2]]);
  return { fake, sheet, Charts: fake.globals.Charts };
}

describe('embedded charts', () => {
  test('the builder keeps type, ranges, position and options; insert gives an id', () => {
    const { fake, sheet } = setup();
    const chart = sheet.newChart()
      .asBarChart()
      .setStacked()
      .setTitle('Tabel 1')
      .addRange(sheet.getRange('A1:C3'))
      .setPosition(5, 5, 10, 20)
      .setOption('legend', { position: 'bottom' })
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(chart.getChartId()).not.toBeNull();
    expect(fake.charts('Tabel 1')).toEqual([{
      id: chart.getChartId(), type: 'BAR', ranges: ['A1:C3'], anchorRow: 5, anchorCol: 5, offsetX: 10, offsetY: 20,
      options: { isStacked: true, title: 'Tabel 1', legend: { position: 'bottom' } },
    }]);
    const [stored] = sheet.getCharts();
    expect(stored!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C3']);
    expect(stored!.getOptions().get('title')).toBe('Tabel 1');
    expect(stored!.getOptions().get('nope')).toBeNull();
    const info = stored!.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([5, 5, 10, 20]);
  });

  test('regenerating: removeChart then insert leaves exactly the new charts', () => {
    const { fake, sheet } = setup();
    const make = (type: 'col' | 'pie') => {
      const b = sheet.newChart();
      return (type === 'col' ? b.asColumnChart() : b.asPieChart()).addRange(sheet.getRange('A1:B3')).setPosition(1, 5, 0, 0).build();
    };
    sheet.insertChart(make('col'));
    sheet.insertChart(make('pie'));
    for (const c of sheet.getCharts()) sheet.removeChart(c);
    sheet.insertChart(make('col'));
    expect(fake.charts('Tabel 1').map((c) => c.type)).toEqual(['COLUMN']);
    const gone = make('pie');
    expect(() => sheet.removeChart(gone)).toThrow(/not on sheet/);
  });

  test('modify + updateChart changes the stored chart', () => {
    const { fake, sheet, Charts } = setup();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:C3')).build());
    const [chart] = sheet.getCharts();
    expect(chart!.modify().getChartType()).toBe(Charts.ChartType.COLUMN);
    const changed = chart!.modify().asBarChart().setTitle('baru').build();
    expect(fake.charts('Tabel 1')[0]!.type).toBe('COLUMN'); // not applied before updateChart
    sheet.updateChart(changed);
    expect(fake.charts('Tabel 1')).toHaveLength(1);
    expect(fake.charts('Tabel 1')[0]).toMatchObject({ type: 'BAR', options: { title: 'baru' } });
  });

  test('type-specific builder methods fail where the real builder lacks them', () => {
    const { sheet, Charts } = setup();
    const pie = sheet.newChart().asPieChart();
    expect(() => (pie as unknown as GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder).setStacked()).toThrow(/setStacked is not a function/);
    expect(() => pie.set3D().setTitle('ok').setLegendPosition(Charts.Position.BOTTOM)).not.toThrow();
    expect(() => sheet.newChart().addRange(sheet.getRange('A1')).build()).toThrow(/chart type/);
  });

  test('a chart renders as a PNG blob', () => {
    const { sheet } = setup();
    const chart = sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:C3')).build();
    const png = chart.getAs('image/png');
    expect(png.getContentType()).toBe('image/png');
    expect(png.getBytes().slice(0, 4)).toEqual([-119, 80, 78, 71]); // \x89PNG as signed bytes
  });

  test('ranges from another sheet are named with their sheet', () => {
    const { fake, sheet } = setup();
    const data = fake.seedSheet('Data', [['x', 1]]);
    sheet.insertChart(sheet.newChart().asPieChart().addRange(data.getRange('A1:B1')).build());
    expect(fake.charts('Tabel 1')[0]!.ranges).toEqual(['Data!A1:B1']);
  });
});
