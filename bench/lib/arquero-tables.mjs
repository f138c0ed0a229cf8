// The five tables' counts computed with arquero (the peer): group-by counts over a column
// table. Used by the crosstab comparison (over validated records) and by the peer pipeline
// (over raw parsed rows, no validation). Returns { T1: Map("row\u0001col" -> n), … }.
import * as aq from 'arquero';

/**
 * `t` has the columns type, purpose, education, network (strings) and year, members
 * (numbers). Buckets follow CODEBOOK §6 with the thresholds of `s`.
 */
export function arqueroCounts(t, s) {
  const b = t.params({ y: s.surveyYear, a: s.ageYears, lo: s.membersSmall, hi: s.membersLarge }).derive({
    age: (d, $) => ($.y - d.year < $.a ? 0 : 1),
    size: (d, $) => (d.members <= $.lo ? 0 : d.members <= $.hi ? 1 : 2),
  });
  const two = (col) => b.groupby('type', col).count().objects();
  const one = (col) => b.groupby(col).count().objects();
  const pairs = (objs, r, c) => new Map(objs.map((o) => [`${o[r]}\u0001${c === null ? 0 : o[c]}`, o.count]));
  return {
    T1: pairs(two('age'), 'type', 'age'),
    T2: pairs(one('purpose'), 'purpose', null),
    T3: pairs(two('size'), 'type', 'size'),
    T4: pairs(one('education'), 'education', null),
    T5: pairs(two('network'), 'type', 'network'),
  };
}

/** Column table of the six columns the tables need, straight from row objects. */
export function fromRecords(records) {
  return aq.from(records, ['jenisKelompok', 'tujuan', 'pendidikanPengurus', 'jaringanKerja', 'tahunBerdiri', 'jumlahAnggota'])
    .rename({
      jenisKelompok: 'type',
      tujuan: 'purpose',
      pendidikanPengurus: 'education',
      jaringanKerja: 'network',
      tahunBerdiri: 'year',
      jumlahAnggota: 'members',
    });
}
