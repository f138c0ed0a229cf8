/**
 * Daftar Kelompok: the register itself, for the group forum the study recommends: every valid
 * group with its RW, name, type, year founded, members and respondent, sorted by kelurahan,
 * RW (blank last), type in list order and name.
 */
import type { GroupRecord } from './schema';
import { blank, count, makeListing, text, type Listing } from './listing';
import type { Lang, RowCounts } from './model';
import { compareLabelKeys, normalizeLabel } from './normalize';
import { fieldHeader, REGISTER_WORDS } from './register-words';

/** What the list shows of a record (kept for every valid row: a few fields, not the record). */
export interface DirectoryEntry {
  kelurahan: string;
  rw: number | null;
  namaKelompok: string;
  jenisKelompok: string;
  tahunBerdiri: number;
  jumlahAnggota: number;
  namaResponden: string;
}

export function directoryEntry(r: GroupRecord): DirectoryEntry {
  return {
    kelurahan: r.kelurahan,
    rw: r.rw,
    namaKelompok: r.namaKelompok,
    jenisKelompok: r.jenisKelompok,
    tahunBerdiri: r.tahunBerdiri,
    jumlahAnggota: r.jumlahAnggota,
    namaResponden: r.namaResponden,
  };
}

/** `types`: the group types in table order (the Jenis Kelompok list). */
export function directoryListing(entries: readonly DirectoryEntry[], types: readonly string[], rows: RowCounts, lang: Lang): Listing {
  const w = REGISTER_WORDS[lang];
  const typeRank = new Map(types.map((t, i) => [t, i] as const));
  const keyed = entries.map((e) => ({ e, kel: normalizeLabel(e.kelurahan), name: normalizeLabel(e.namaKelompok) }));
  keyed.sort(
    (a, b) =>
      compareLabelKeys(a.kel, b.kel) ||
      (a.e.rw ?? 1e6) - (b.e.rw ?? 1e6) ||
      (typeRank.get(a.e.jenisKelompok) ?? types.length) - (typeRank.get(b.e.jenisKelompok) ?? types.length) ||
      compareLabelKeys(a.name, b.name),
  );
  const several = new Set(keyed.map((k) => k.kel)).size > 1;
  return makeListing({
    id: 'daftar',
    name: w.daftarName,
    title: w.daftarTitle,
    numberHeader: w.number,
    columns: [
      ...(several ? [{ header: fieldHeader('kelurahan', lang), kind: 'label' } as const] : []),
      { header: fieldHeader('rw', lang), kind: 'label' },
      { header: fieldHeader('namaKelompok', lang), kind: 'label' },
      { header: fieldHeader('jenisKelompok', lang), kind: 'label' },
      { header: fieldHeader('tahunBerdiri', lang), kind: 'label' },
      { header: fieldHeader('jumlahAnggota', lang), kind: 'count' },
      { header: fieldHeader('namaResponden', lang), kind: 'label' },
    ],
    rows: keyed.map(({ e }) => ({
      cells: [
        ...(several ? [text(e.kelurahan || w.noKelurahan)] : []),
        e.rw === null ? text(w.noRw) : text(String(e.rw)),
        text(e.namaKelompok),
        text(e.jenisKelompok),
        text(String(e.tahunBerdiri)),
        count(e.jumlahAnggota),
        e.namaResponden === '' ? blank : text(e.namaResponden),
      ],
    })),
    notes: [w.daftarNote(rows.valid, rows.invalid)],
  });
}
