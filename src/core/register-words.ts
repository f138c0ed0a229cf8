/**
 * The words of Pranata's own lists (listing.ts): the comparison of two rounds, Rekap and
 * Daftar Kelompok, in Bahasa Indonesia (default) and English, once for every writer. The
 * study's tables keep the study's words (layout.ts); these lists are Pranata's.
 */
import { FIELD_BY_ID, type FieldId } from './codebook';
import type { Lang } from './model';
import { NO_KELURAHAN } from './rollup';

/** A codebook column's header in the user's language (the canonical one, or its English alias). */
export function fieldHeader(id: FieldId, lang: Lang): string {
  const f = FIELD_BY_ID[id];
  return lang === 'id' ? f.header : f.alias;
}

export interface RegisterWords {
  number: string;
  total: string;
  compareTitle: string;
  compareGroupsTitle: string;
  compareName: string;
  compareGroupsName: string;
  /** Column headers of the comparison: the base round and the current round by year. */
  /** The base round's column; without a known year, no year. */
  then: (year: number | null) => string;
  now: (year: number | null) => string;
  change: string;
  new: string;
  gone: string;
  continuing: string;
  status: string;
  round: string;
  row: string;
  baseRound: string;
  currentRound: string;
  typeChanged: (from: string, to: string) => string;
  ambiguous: (n: number) => string;
  compared: (baseValid: number, baseInvalid: number, nowValid: number, nowInvalid: number) => string;
  typeChangedNote: (n: number) => string;
  ambiguousNote: (n: number) => string;
  noChanges: string;
  rekapRwTitle: string;
  rekapPetugasTitle: string;
  rekapRwName: string;
  rekapPetugasName: string;
  rows: string;
  valid: string;
  invalid: string;
  warnings: string;
  lastDate: string;
  target: string;
  done: string;
  noRw: string;
  badRw: string;
  noPetugas: string;
  noKelurahan: string;
  notStarted: (rws: string, n: number, of: number) => string;
  allStarted: (of: number) => string;
  rekapNote: string;
  targetMissing: (columns: string, found: string) => string;
  targetTwice: (row: number, rw: number, first: number) => string;
  targetWhere: string;
  daftarTitle: string;
  daftarName: string;
  daftarNote: (valid: number, invalid: number) => string;
}

export const REGISTER_WORDS: Record<Lang, RegisterWords> = {
  id: {
    number: 'No',
    total: 'Jumlah',
    compareTitle: 'Perbandingan Putaran Pendataan menurut Jenis Kelompok',
    compareGroupsTitle: 'Kelompok Baru, Hilang, Berganti Jenis dan Tidak Pasti',
    compareName: 'Perbandingan',
    compareGroupsName: 'Perubahan Kelompok',
    then: (y) => (y === null ? 'Lalu' : `Lalu (${y})`),
    now: (y) => (y === null ? 'Kini' : `Kini (${y})`),
    change: 'Perubahan',
    new: 'Baru',
    gone: 'Hilang',
    continuing: 'Berlanjut',
    status: 'Keterangan',
    round: 'Putaran',
    row: 'Baris',
    baseRound: 'lalu',
    currentRound: 'kini',
    typeChanged: (from, to) => `Berganti jenis: ${from} ke ${to}`,
    ambiguous: (n) => `Tidak pasti (${n})`,
    compared: (bv, bi, nv, ni) =>
      `Dibandingkan: ${bv} kelompok sah putaran lalu dan ${nv} kelompok sah putaran kini; baris tidak sah (${bi} dan ${ni}) tidak dibandingkan. Kelompok dicocokkan menurut ID bila kedua baris memilikinya, selain itu menurut nama, jenis kelompok, RW dan kelurahan.`,
    typeChangedNote: (n) => `${n} kelompok berganti jenis: dihitung berlanjut pada jenisnya yang sekarang.`,
    ambiguousNote: (n) =>
      `${n} kecocokan tidak pasti (satu kunci cocok dengan beberapa baris dalam satu putaran): baris-barisnya didaftar, tidak ditebak; per jenis, yang berlanjut sebanyak jumlah terkecil dari kedua putaran.`,
    noChanges: 'Tidak ada kelompok baru, hilang, berganti jenis atau tidak pasti.',
    rekapRwTitle: 'Rekap Pendataan per RW',
    rekapPetugasTitle: 'Rekap Pendataan per Petugas Pendata',
    rekapRwName: 'Rekap RW',
    rekapPetugasName: 'Rekap Petugas',
    rows: 'Baris',
    valid: 'Sah',
    invalid: 'Tidak sah',
    warnings: 'Peringatan',
    lastDate: 'Tanggal terakhir',
    target: 'Target',
    done: 'Selesai (%)',
    noRw: '(tanpa RW)',
    badRw: '(RW tidak sah)',
    noPetugas: '(tanpa petugas)',
    noKelurahan: NO_KELURAHAN,
    notStarted: (rws, n, of) => `RW belum didata: ${rws} (${n} dari ${of} RW dengan target).`,
    allStarted: (of) => `Semua ${of} RW dengan target sudah mulai didata.`,
    rekapNote:
      'Baris = baris yang diisi (sah + tidak sah); Peringatan = baris dengan sedikitnya satu peringatan; Selesai = kelompok sah dibagi target. Baris tidak sah ikut dihitung di RW dan petugasnya.',
    targetMissing: (columns, found) => `Daftar Target: kolom ${columns} tidak ditemukan. Judul kolom yang ada: ${found}.`,
    targetTwice: (row, rw, first) => `Daftar Target, baris ${row}: RW ${rw} sudah ada di baris ${first}.`,
    targetWhere: 'Daftar Target',
    daftarTitle: 'Daftar Kelompok menurut RW',
    daftarName: 'Daftar Kelompok',
    daftarNote: (valid, invalid) => `${valid} kelompok sah, urut menurut kelurahan, RW, jenis kelompok dan nama; ${invalid} baris tidak sah tidak didaftar (lihat Periksa Data).`,
  },
  en: {
    number: 'No',
    total: 'Total',
    compareTitle: 'Comparison of Survey Rounds by Group Type',
    compareGroupsTitle: 'Groups New, Gone, Changed Type and Ambiguous',
    compareName: 'Comparison',
    compareGroupsName: 'Group Changes',
    then: (y) => (y === null ? 'Then' : `Then (${y})`),
    now: (y) => (y === null ? 'Now' : `Now (${y})`),
    change: 'Change',
    new: 'New',
    gone: 'Gone',
    continuing: 'Continuing',
    status: 'Status',
    round: 'Round',
    row: 'Row',
    baseRound: 'base',
    currentRound: 'current',
    typeChanged: (from, to) => `Type changed: ${from} to ${to}`,
    ambiguous: (n) => `Ambiguous (${n})`,
    compared: (bv, bi, nv, ni) =>
      `Compared: ${bv} valid groups of the base round and ${nv} valid groups of the current round; invalid rows (${bi} and ${ni}) are not compared. Groups are matched by ID when both rows have one, otherwise by name, group type, RW and kelurahan.`,
    typeChangedNote: (n) => `${n} groups changed type: counted as continuing under their current type.`,
    ambiguousNote: (n) =>
      `${n} ambiguous matches (one key matches several rows of one round): their rows are listed, not guessed; per type, as many continue as the smaller count of the two rounds.`,
    noChanges: 'No group is new, gone, of another type or ambiguous.',
    rekapRwTitle: 'Survey Progress by RW',
    rekapPetugasTitle: 'Survey Progress by Enumerator',
    rekapRwName: 'Rekap RW',
    rekapPetugasName: 'Rekap Petugas',
    rows: 'Rows',
    valid: 'Valid',
    invalid: 'Invalid',
    warnings: 'Warnings',
    lastDate: 'Last date',
    target: 'Target',
    done: 'Done (%)',
    noRw: '(no RW)',
    badRw: '(invalid RW)',
    noPetugas: '(no enumerator)',
    noKelurahan: NO_KELURAHAN,
    notStarted: (rws, n, of) => `RW not yet surveyed: ${rws} (${n} of ${of} RW with a target).`,
    allStarted: (of) => `All ${of} RW with a target have been started.`,
    rekapNote:
      'Rows = rows entered (valid + invalid); Warnings = rows with at least one warning; Done = valid groups over the target. Invalid rows count in their RW and enumerator.',
    targetMissing: (columns, found) => `Target list: column ${columns} not found. Headers found: ${found}.`,
    targetTwice: (row, rw, first) => `Target list, row ${row}: RW ${rw} is already in row ${first}.`,
    targetWhere: 'Target list',
    daftarTitle: 'Group Directory by RW',
    daftarName: 'Daftar Kelompok',
    daftarNote: (valid, invalid) => `${valid} valid groups, sorted by kelurahan, RW, group type and name; ${invalid} invalid rows are not listed (see Check Data).`,
  },
};
