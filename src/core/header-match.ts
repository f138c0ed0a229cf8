/**
 * What one header cell names. Beyond the codebook's headers (CODEBOOK §1) a header may be:
 * - a coordinator's own name for a column (`--map`, the `Kolom` list of the categories);
 * - a survey platform's: KoboToolbox joins group names with `/` (`identitas/Nama Kelompok`),
 *   ODK Central with `-` (`identitas-nama_kelompok`), and XLSForm names are snake_case
 *   (`nama_kelompok`): group prefixes are stripped and names compared without their
 *   punctuation, so `nama_kelompok`, `namaKelompok` and `Nama Kelompok` are one header;
 * - one 0/1 column per choice of a several-of question (`sumber_dana/iuran_anggota`);
 * - platform metadata (`_uuid`, `_validation_status`, `SubmissionDate`, `KEY`, `ReviewState`…):
 *   never data, except the submission id (the row's ID) and the review state (rejected rows).
 */
import { FIELDS, type FieldId } from './codebook';
import { looseKey, normalizeHeader } from './normalize';

/** A coordinator's own header for a field. */
export interface ColumnAlias {
  header: string;
  field: FieldId;
}

export type HeaderMeaning =
  | { kind: 'field'; field: FieldId }
  | { kind: 'choice'; field: FieldId; choice: string }
  | { kind: 'submission'; rank: number }
  | { kind: 'review'; platform: 'kobo' | 'odk' }
  | { kind: 'meta' }
  | { kind: 'none' };

/** Extra spellings volunteers use for a few headers. */
export const EXTRA_HEADERS: Partial<Record<FieldId, string[]>> = {
  lamaKepengurusan: ['Lama Kepengurusan', 'Leadership Tenure'],
  petugas: ['Petugas'],
};

/** Letters and digits only: `nama_kelompok`, `namaKelompok`, `Nama Kelompok` -> `namakelompok`. */
const compactKey = looseKey;

/** Submission ids, best first: the row's ID when the file has no ID column of its own. */
const SUBMISSION_IDS = ['_uuid', 'meta/instanceid', 'meta-instanceid', 'key', 'instanceid'];

/** Metadata columns of KoboToolbox and ODK Central exports (normalised): never group data. */
const METADATA = new Set([
  '_id', '_submission_time', '_notes', '_status', '_submitted_by', '_tags', '_index', '__version__', '_version_',
  '_attachments', '_geolocation', '_xform_id_string', '_parent_index', '_parent_table_name', '_submission__id',
  '_submission__uuid', '_submission__submission_time', '_submission__validation_status', '_submission__notes',
  '_submission__status', '_submission__submitted_by', '_submission__tags', '_submission___version__',
  'formhub/uuid', 'meta/deprecatedid', 'meta/rootuuid', 'meta/instancename', 'meta/audit',
  'start', 'end', 'today', 'deviceid', 'username', 'phonenumber', 'simserial', 'subscriberid', 'audit', 'email',
  'submissiondate', 'submitterid', 'submittername', 'attachmentspresent', 'attachmentsexpected', 'status',
  'edits', 'formversion', 'meta-deprecatedid', 'meta-instancename', 'meta-audit', 'meta-entity',
]);

/**
 * The suffixes of a header after group prefixes, longest first: `a/b-c` gives `a/b-c`, `b-c`, `c`.
 * (A name may itself hold a `-`; the longest suffix that names something wins.)
 */
function suffixes(text: string): string[] {
  const out = [text];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ((ch === '/' || ch === '-') && i + 1 < text.length) out.push(text.slice(i + 1));
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

export class HeaderMatcher {
  private readonly exact = new Map<string, FieldId>();
  private readonly compact = new Map<string, FieldId>();

  constructor(aliases: readonly ColumnAlias[] = []) {
    // A coordinator's own names first: they win over a built-in spelling.
    for (const a of aliases) this.add(a.header, a.field);
    for (const f of FIELDS) for (const h of [f.header, f.alias, ...(EXTRA_HEADERS[f.id] ?? [])]) this.add(h, f.id);
    // Field ids (namaKelompok) and XLSForm names (nama_kelompok) reach the fields through compact keys.
    for (const f of FIELDS) this.addCompact(f.id, f.id);
  }

  private add(header: string, field: FieldId): void {
    const k = normalizeHeader(header);
    if (k !== '' && !this.exact.has(k)) this.exact.set(k, field);
    this.addCompact(header, field);
  }

  private addCompact(header: string, field: FieldId): void {
    const c = compactKey(header);
    if (c !== '' && !this.compact.has(c)) this.compact.set(c, field);
  }

  /** The field a header names exactly (canonical header, alias, a coordinator's name), ignoring groups. */
  exactField(text: string): FieldId | undefined {
    return this.exact.get(normalizeHeader(text));
  }

  private fieldOf(text: string): FieldId | undefined {
    const all = suffixes(text);
    for (const s of all) {
      const f = this.exact.get(normalizeHeader(s));
      if (f !== undefined) return f;
    }
    for (const s of all) {
      const k = compactKey(s);
      // `_id` and the like are metadata, never the ID field: only names with letters count.
      const f = k === '' ? undefined : this.compact.get(k);
      if (f !== undefined) return f;
    }
    return undefined;
  }

  match(raw: string): HeaderMeaning {
    const text = raw.replace(/^\uFEFF/, '').trim();
    if (text === '') return { kind: 'none' };
    const direct = this.exact.get(normalizeHeader(text));
    if (direct !== undefined) return { kind: 'field', field: direct };
    const norm = normalizeHeader(text);
    const rank = SUBMISSION_IDS.indexOf(norm);
    if (rank >= 0) return { kind: 'submission', rank };
    if (norm === '_validation_status') return { kind: 'review', platform: 'kobo' };
    if (norm === 'reviewstate') return { kind: 'review', platform: 'odk' };
    if (METADATA.has(norm) || norm.startsWith('_')) return { kind: 'meta' };
    // One 0/1 column per choice: `sumber_dana/iuran_anggota`, `Sumber Dana/Iuran Anggota`.
    const cut = text.lastIndexOf('/');
    if (cut > 0 && cut < text.length - 1) {
      const owner = this.fieldOf(text.slice(0, cut));
      if (owner !== undefined && FIELDS.find((f) => f.id === owner)?.kind.type === 'multi') {
        return { kind: 'choice', field: owner, choice: text.slice(cut + 1).trim() };
      }
    }
    const f = this.fieldOf(text);
    return f === undefined ? { kind: 'none' } : { kind: 'field', field: f };
  }
}

/** Kobo "Not Approved", ODK "rejected": the reviewer kept the submission out. */
export function isRejected(value: string): boolean {
  const k = compactKey(value);
  return k === 'rejected' || k === 'notapproved' || k === 'validationstatusnotapproved';
}

/** Characters of a header compared for similarity. */
const MAX_SIMILAR = 200;

/** Similarity of two headers, 0..1: shared character pairs (Dice), over their compact keys. */
export function headerSimilarity(a: string, b: string): number {
  const pairs = (s: string): string[] => {
    // No header is longer than this; a 10 MB "header" (a file without line breaks) would
    // otherwise cost ten million pairs per column compared.
    const k = compactKey(s.slice(0, 4 * MAX_SIMILAR)).slice(0, MAX_SIMILAR);
    const out: string[] = [];
    for (let i = 0; i + 1 < k.length; i++) out.push(k.slice(i, i + 2));
    return out;
  };
  const x = pairs(a);
  const y = pairs(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const p of y) pool.set(p, (pool.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of x) {
    const n = pool.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(p, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * A coordinator's header for one of Pranata's columns: `ours` may be the canonical header, its
 * English alias, the field id or its XLSForm name. Null when `ours` names no field.
 */
export function columnAlias(theirs: string, ours: string): ColumnAlias | null {
  const m = new HeaderMatcher().match(ours);
  if (m.kind !== 'field' || theirs.trim() === '') return null;
  return { header: theirs.trim(), field: m.field };
}

/** The names a column list (`Kolom`) goes by, in the categories file and the Kategori sheet (normalised). */
export const COLUMN_LIST_NAMES: readonly string[] = ['kolom', 'columns', 'column'];
