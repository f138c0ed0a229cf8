/**
 * The names Pranata's XLSForm gives its questions, groups and choices (XLSForm `name`
 * columns): snake_case of the codebook's Indonesian headers and labels. Exports of that form
 * (KoboToolbox "XML values and headers", ODK Central) use them, and header-match.ts and the
 * category lists read them back: `nama_kelompok` is Nama Kelompok, `iuran_anggota` is Iuran Anggota.
 */
import { FIELDS, type Category, type FieldDef, type SectionId } from './codebook';
import { normalizeLabel } from './normalize';

/** snake_case of a label: lower case letters and digits, runs of anything else one `_`. */
export function snakeName(label: string): string {
  const s = normalizeLabel(label).normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  // XLSForm names must start with a letter or `_`.
  return s === '' ? 'x' : /^[0-9]/.test(s) ? `_${s}` : s;
}

/** A question's name: its header without a unit in brackets (`Lama Kepengurusan (tahun)` -> `lama_kepengurusan`). */
export function questionName(f: FieldDef): string {
  return snakeName(f.header.replace(/\([^)]*\)/g, ''));
}

/** The group of each form section. */
export const GROUP_NAMES: Readonly<Record<SectionId, string>> = {
  identitas: 'identitas',
  keanggotaan: 'keanggotaan',
  sumberDaya: 'sumber_daya',
  // Not 'kegiatan': a group named like its own question confuses readers of the export.
  kegiatan: 'aktivitas',
  jaringan: 'jaringan',
  pendataan: 'pendataan',
};

/** Choice names of one list, in list order, unique within it (a clash gets `_2`, `_3`…). */
export function choiceNames(list: readonly Category[]): string[] {
  const used = new Set<string>();
  return list.map((c) => {
    const base = snakeName(c.label);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}

/** The form's questions: every field but the ID (the platform's submission id takes its place). */
export const FORM_FIELDS: readonly FieldDef[] = FIELDS.filter((f) => f.id !== 'id');
