import { budgetRows, countCalls, sizing } from './budget';

describe('call budget: the same number of service calls at 1,000 and 10,000 rows', () => {
  test.each(['makeTables', 'checkData'] as const)('%s, first run', (action) => {
    const small = countCalls(action, 1000);
    const large = countCalls(action, 10_000);
    expect(sizing(large)).toEqual(sizing(small));
    // One read of the Data sheet, whatever its size.
    expect(small.byMethod['Range.getValues']).toBeLessThanOrEqual(3);
  });

  test.each(['makeTables', 'checkData'] as const)('%s, second run over set-up sheets', (action) => {
    const small = countCalls(action, 1000, { warm: true, setUp: true });
    const large = countCalls(action, 10_000, { warm: true, setUp: true });
    expect(sizing(large)).toEqual(sizing(small));
  });

  test('Periksa Data: more issues than the Validasi sheet lists costs no extra call', () => {
    const few = countCalls('checkData', 1000);
    const many = countCalls('checkData', 12_000, { mistakeEvery: 2 });
    expect(many).toEqual(few);
  });

  test('Buat Tabel writes each table and each list (Rekap RW, Rekap Petugas, Daftar Kelompok) with one setValues; Periksa Data marks with one 2-D write each', () => {
    expect(countCalls('makeTables', 1000).byMethod['Range.setValues']).toBe(9 + 3);
    const check = countCalls('checkData', 1000).byMethod;
    expect(check['Range.setBackgrounds']).toBe(1);
    expect(check['Range.setNotes']).toBe(1);
    expect(check['Range.setBackground'] ?? 0).toBe(0);
    expect(check['Range.setNote'] ?? 0).toBe(0);
  });

  test('the generated sheet has mistakes and duplicates to mark', () => {
    const rows = budgetRows(100);
    expect(rows).toHaveLength(101);
    expect(rows.some((r) => r.includes('dua puluh'))).toBe(true);
  });
});
