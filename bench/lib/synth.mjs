// Deterministic synthetic survey files: the study's category mix (lib/study.mjs), realistic
// text columns, about 2 % faulty rows of the kinds the codebook rejects, and aliases and
// case variants now and then. The generator also returns what it put in, so the bench can
// check the pipeline's row counts against it (a pipeline that skipped work would not match).
import { closeSync, existsSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32, picker } from './prng.mjs';
import {
  EDUCATION, FAMILY, FUNDING, GIVEN, HONORIFIC, KELURAHAN, MONTHS_ID, NAME_WORDS, NETWORKS, NOTES, PURPOSES,
  REQUIREMENTS, SOLIDARITY, TENURE, TYPES,
} from './study.mjs';

/** Bump when the generator changes: cached files of an older version are not reused. */
export const GENERATOR_VERSION = 5;
export const SEED = 20060307;
export const SURVEY_YEAR = 2006;

/** CODEBOOK §1 headers, canonical, in codebook order. */
export const HEADERS = [
  'ID', 'Nama Kelompok', 'Jenis Kelompok', 'Kelurahan', 'RW', 'RT', 'Tahun Berdiri', 'Tujuan', 'Jumlah Anggota',
  'Pendidikan Pengurus', 'Jaringan Kerja', 'Syarat Keanggotaan', 'Lama Kepengurusan (tahun)', 'Sumber Dana',
  'Kegiatan', 'Nilai Solidaritas', 'Nama Responden', 'Petugas Pendata', 'Tanggal Pendataan', 'Catatan',
];
const C = Object.fromEntries(HEADERS.map((h, i) => [h, i]));

const P_FAULT = 0.02;
const P_BLANK = 0.0005;
const P_ALIAS = 0.08;
const P_CASE = 0.03;
const P_DUPLICATE = 0.001;

/**
 * One fault per faulty row, each a kind CODEBOOK §1 rejects (so the row must come out
 * invalid): [column, values]. An empty value is a missing required cell.
 */
const FAULTS = [
  ['Jenis Kelompok', ['Koperasi Simpan Pinjam', 'Arisan RT', 'Klub Senam', 'Dasa  Wisma X']],
  ['Jenis Kelompok', ['']],
  ['Nama Kelompok', ['', '   ']],
  ['Tahun Berdiri', ['1990an', 'th. 1985', '19 85', '1987.5']],
  ['Tahun Berdiri', [String(SURVEY_YEAR + 1), '2010', '1850', '0']],
  ['Tahun Berdiri', ['']],
  ['Tujuan', ['Lain-lain', 'Rekreasi', 'Kesejahteraan']],
  ['Jumlah Anggota', ['dua puluh', '15 orang', '12.5', '±30']],
  ['Jumlah Anggota', ['0', '-3', '250000']],
  ['Pendidikan Pengurus', ['Pesantren', 'SLTA sederajat', 'Sarjana Muda']],
  ['Jaringan Kerja', ['Swasta', 'Tidak Ada', 'Orsos dan Pemerintah']],
  ['RW', ['0', '1000', 'RW 03']],
  ['Tanggal Pendataan', ['31/02/2006', '2006-13-01', 'kemarin', '15 Maretan 2006']],
  ['Sumber Dana', ['Iuran Anggota; Arisan', 'Donatur']],
  ['Lama Kepengurusan (tahun)', ['2 tahun', '101']],
];

function csvCell(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function caseVariant(p, s) {
  switch (p.int(0, 3)) {
    case 0: return s.toLowerCase();
    case 1: return s.toUpperCase();
    case 2: return `  ${s} `;
    default: return s.replace(/ /g, '  ');
  }
}

/** A category cell: the label, sometimes an alias, sometimes in another case or spacing. */
function spell(p, cat) {
  let s = cat.label;
  if (cat.aliases.length > 0 && p.chance(P_ALIAS)) s = p.one(cat.aliases);
  if (p.chance(P_CASE)) s = caseVariant(p, s);
  return s;
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

function surveyDate(p) {
  const m = p.int(1, 4);
  const d = p.int(1, 28);
  const f = p.weighted([70, 20, 10]);
  if (f === 0) return `${SURVEY_YEAR}-${pad2(m)}-${pad2(d)}`;
  if (f === 1) return `${pad2(d)}/${pad2(m)}/${SURVEY_YEAR}`;
  return `${d} ${MONTHS_ID[m - 1]} ${SURVEY_YEAR}`;
}

/** An RFC 4122 v4 UUID from the seeded generator: the add-on's sidebar ids look like this. */
function uuid(p) {
  const hex = Array.from({ length: 32 }, () => p.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[p.int(0, 3)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function person(p) {
  return `${p.one(HONORIFIC)}${p.one(GIVEN)} ${p.one(FAMILY)}`;
}

function several(p, items, none) {
  const out = items.filter((x) => p.chance(x.p)).map((x) => x.label);
  return out.length > 0 ? out.join('; ') : none;
}

/** Generates the rows of one file; `emit(line)` receives each CSV line (no line break). */
function generate(rows, emit) {
  const p = picker(mulberry32(SEED));
  const typeW = TYPES.map((t) => t.n);
  const purposeW = PURPOSES.map((t) => t.n);
  const eduW = EDUCATION.map((t) => t.n);
  const tenureW = TENURE.map((t) => t.w);
  const counters = new Map();
  const enumerators = KELURAHAN.map(() => Array.from({ length: 12 }, () => `${p.one(GIVEN)} ${p.one(FAMILY)}`));
  const stats = { rows: 0, faulty: 0, blank: 0 };
  let last = null;
  emit(HEADERS.join(','));
  for (let i = 0; i < rows; i++) {
    if (p.chance(P_BLANK)) {
      emit(p.chance(0.5) ? '' : ','.repeat(HEADERS.length - 1));
      stats.blank++;
      continue;
    }
    stats.rows++;
    const ti = p.weighted(typeW);
    const type = TYPES[ti];
    const k = p.int(0, KELURAHAN.length - 1);
    const word = p.one(NAME_WORDS);
    const key = `${ti}|${word}`;
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    const cells = new Array(HEADERS.length).fill('');
    // Ids: mostly made by the add-on (UUIDs), some typed by hand or imported, a few blank.
    const idKind = p.weighted([80, 15, 5]);
    cells[C.ID] = idKind === 0 ? uuid(p) : idKind === 1 ? `${KELURAHAN[k].slice(0, 3).toUpperCase()}-${String(i + 1).padStart(7, '0')}` : '';
    cells[C['Nama Kelompok']] = `${type.prefix} ${word} ${seq}`;
    cells[C['Jenis Kelompok']] = spell(p, type);
    cells[C.Kelurahan] = KELURAHAN[k];
    cells[C.RW] = String(p.int(1, 15));
    cells[C.RT] = p.chance(0.4) ? '' : String(p.int(1, 12));
    const young = p.chance(type.young / type.n);
    cells[C['Tahun Berdiri']] = String(young ? p.int(SURVEY_YEAR - 9, SURVEY_YEAR) : p.int(1950, SURVEY_YEAR - 10));
    cells[C.Tujuan] = spell(p, PURPOSES[p.weighted(purposeW)]);
    const bucket = p.weighted(type.members);
    cells[C['Jumlah Anggota']] = String(bucket === 0 ? p.int(3, 10) : bucket === 1 ? p.int(11, 20) : p.int(21, 150));
    cells[C['Pendidikan Pengurus']] = spell(p, EDUCATION[p.weighted(eduW)]);
    cells[C['Jaringan Kerja']] = spell(p, NETWORKS[p.chance(type.orsos / type.n) ? 0 : 1]);
    cells[C['Syarat Keanggotaan']] = several(p, REQUIREMENTS, 'Tidak Ada');
    const tenure = TENURE[p.weighted(tenureW)];
    cells[C['Lama Kepengurusan (tahun)']] = p.chance(0.05) ? '' : String(p.int(tenure.lo, tenure.hi));
    cells[C['Sumber Dana']] = several(p, FUNDING, 'Lainnya');
    cells[C.Kegiatan] = p.chance(0.1) ? '' : p.one(type.kegiatan);
    cells[C['Nilai Solidaritas']] = several(p, SOLIDARITY, 'Lainnya');
    cells[C['Nama Responden']] = p.chance(0.15) ? '' : person(p);
    cells[C['Petugas Pendata']] = p.one(enumerators[k]);
    cells[C['Tanggal Pendataan']] = p.chance(0.1) ? '' : surveyDate(p);
    cells[C.Catatan] = p.chance(0.92) ? '' : p.one(NOTES);
    if (last !== null && p.chance(P_DUPLICATE)) {
      // The same group entered twice (a likely-duplicate warning; the row stays valid).
      for (const h of ['Nama Kelompok', 'Jenis Kelompok', 'RW']) cells[C[h]] = last[C[h]];
    }
    if (p.chance(P_FAULT)) {
      const [column, values] = p.one(FAULTS);
      cells[C[column]] = p.one(values);
      stats.faulty++;
    } else last = cells;
    emit(cells.map(csvCell).join(','));
  }
  return stats;
}

/**
 * Writes (or reuses) the synthetic file of `rows` data lines in `dir`. Returns its path and
 * what was put in it: data rows (non-blank), faulty rows, blank rows, size in bytes.
 */
export function synthFile(dir, rows) {
  const path = join(dir, `wksbm-${rows}-s${SEED}-v${GENERATOR_VERSION}.csv`);
  const metaPath = `${path}.json`;
  if (existsSync(path) && existsSync(metaPath)) return { path, ...JSON.parse(readFileSync(metaPath, 'utf8')) };
  const tmp = `${path}.part`;
  const fd = openSync(tmp, 'w');
  let buf = [];
  const flush = () => {
    writeSync(fd, buf.join(''));
    buf = [];
  };
  const stats = generate(rows, (line) => {
    buf.push(line, '\r\n');
    if (buf.length >= 20000) flush();
  });
  flush();
  closeSync(fd);
  renameSync(tmp, path);
  const meta = { ...stats, bytes: statSync(path).size };
  writeFileSync(metaPath, JSON.stringify(meta));
  return { path, ...meta };
}
