/**
 * The codebook of ../shared/CODEBOOK.md as data: fields, headers, category lists with
 * their aliases, and the bucket thresholds. Everything else in Pranata reads these
 * constants; none of them is written down a second time anywhere.
 */

/** Field ids, in the codebook's (and the form's) order. */
export const FIELD_IDS = [
  'id',
  'namaKelompok',
  'jenisKelompok',
  'kelurahan',
  'rw',
  'rt',
  'tahunBerdiri',
  'tujuan',
  'jumlahAnggota',
  'pendidikanPengurus',
  'jaringanKerja',
  'syaratKeanggotaan',
  'lamaKepengurusan',
  'sumberDana',
  'kegiatan',
  'nilaiSolidaritas',
  'namaResponden',
  'petugas',
  'tanggalPendataan',
  'catatan',
  // Last, so sheets and files laid out before it keep their columns (CODEBOOK §9).
  'kodeWilayah',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** The category lists: single-choice ("category") and several-of ("multi") fields. */
export const LIST_IDS = [
  'jenisKelompok',
  'tujuan',
  'pendidikanPengurus',
  'jaringanKerja',
  'syaratKeanggotaan',
  'sumberDana',
  'nilaiSolidaritas',
] as const;
export type ListId = (typeof LIST_IDS)[number];

/** Upper bound of a whole-number field: a number, or the survey year from the settings. */
export type Bound = number | 'surveyYear';

/**
 * Codes written in a fixed shape, checked by their pattern. Kemendagri's area code of a
 * kelurahan/desa (Permendagri 72/2019): province.kota.kecamatan.kelurahan, `32.77.01.1002`
 * (Kelurahan Cibeureum, Kecamatan Cimahi Selatan, Kota Cimahi: the same code in Permendagri
 * 72/2019 and Kepmendagri 100.1.1-6117/2022 and 300.2.2-2138/2025, as compiled in
 * github.com/cahyadsn/wilayah db/archive/wilayah_2020.sql, wilayah_2023.sql and db/wilayah.sql).
 */
export const CODE_FORMATS = {
  kodeWilayah: { pattern: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, shape: 'NN.NN.NN.NNNN', example: '32.77.01.1002' },
} as const;
export type CodeFormatId = keyof typeof CODE_FORMATS;

export type FieldKind =
  | { type: 'text' }
  | { type: 'code'; format: CodeFormatId }
  | { type: 'date' }
  | { type: 'integer'; min: Bound; max: Bound }
  | { type: 'category'; list: ListId }
  | { type: 'multi'; list: ListId };

export interface FieldDef {
  id: FieldId;
  /** Canonical sheet header (Bahasa Indonesia). */
  header: string;
  /** English alias of the header; also the English label of the field. */
  alias: string;
  kind: FieldKind;
  required: boolean;
  /** Aspect of the study the field belongs to (groups the sidebar form). */
  section: SectionId;
}

export const SECTION_IDS = ['identitas', 'keanggotaan', 'sumberDaya', 'kegiatan', 'jaringan', 'pendataan'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

const text = { type: 'text' } as const;
const int = (min: Bound, max: Bound): FieldKind => ({ type: 'integer', min, max });
const cat = (list: ListId): FieldKind => ({ type: 'category', list });
const multi = (list: ListId): FieldKind => ({ type: 'multi', list });

/** A RW's number (CODEBOOK §1): also the bound of the Rekap's RW lines and of the Target list. */
export const RW_RANGE = { min: 1, max: 999 } as const;

/** CODEBOOK §1, row by row. */
export const FIELDS: readonly FieldDef[] = [
  { id: 'id', header: 'ID', alias: 'ID', kind: text, required: false, section: 'pendataan' },
  { id: 'namaKelompok', header: 'Nama Kelompok', alias: 'Group Name', kind: text, required: true, section: 'identitas' },
  { id: 'jenisKelompok', header: 'Jenis Kelompok', alias: 'Group Type', kind: cat('jenisKelompok'), required: true, section: 'identitas' },
  { id: 'kelurahan', header: 'Kelurahan', alias: 'Kelurahan', kind: text, required: false, section: 'identitas' },
  { id: 'rw', header: 'RW', alias: 'RW', kind: int(RW_RANGE.min, RW_RANGE.max), required: false, section: 'identitas' },
  { id: 'rt', header: 'RT', alias: 'RT', kind: int(1, 999), required: false, section: 'identitas' },
  { id: 'tahunBerdiri', header: 'Tahun Berdiri', alias: 'Year Founded', kind: int(1900, 'surveyYear'), required: true, section: 'identitas' },
  { id: 'tujuan', header: 'Tujuan', alias: 'Purpose', kind: cat('tujuan'), required: true, section: 'identitas' },
  { id: 'jumlahAnggota', header: 'Jumlah Anggota', alias: 'Members', kind: int(1, 100000), required: true, section: 'keanggotaan' },
  { id: 'pendidikanPengurus', header: 'Pendidikan Pengurus', alias: 'Leader Education', kind: cat('pendidikanPengurus'), required: true, section: 'keanggotaan' },
  { id: 'jaringanKerja', header: 'Jaringan Kerja', alias: 'Network', kind: cat('jaringanKerja'), required: true, section: 'jaringan' },
  { id: 'syaratKeanggotaan', header: 'Syarat Keanggotaan', alias: 'Membership Requirements', kind: multi('syaratKeanggotaan'), required: false, section: 'keanggotaan' },
  { id: 'lamaKepengurusan', header: 'Lama Kepengurusan (tahun)', alias: 'Leadership Tenure (years)', kind: int(0, 100), required: false, section: 'keanggotaan' },
  { id: 'sumberDana', header: 'Sumber Dana', alias: 'Funding', kind: multi('sumberDana'), required: false, section: 'sumberDaya' },
  { id: 'kegiatan', header: 'Kegiatan', alias: 'Activities', kind: text, required: false, section: 'kegiatan' },
  { id: 'nilaiSolidaritas', header: 'Nilai Solidaritas', alias: 'Solidarity Values', kind: multi('nilaiSolidaritas'), required: false, section: 'kegiatan' },
  { id: 'namaResponden', header: 'Nama Responden', alias: 'Respondent', kind: text, required: false, section: 'pendataan' },
  { id: 'petugas', header: 'Petugas Pendata', alias: 'Enumerator', kind: text, required: false, section: 'pendataan' },
  { id: 'tanggalPendataan', header: 'Tanggal Pendataan', alias: 'Survey Date', kind: { type: 'date' }, required: false, section: 'pendataan' },
  { id: 'catatan', header: 'Catatan', alias: 'Notes', kind: text, required: false, section: 'pendataan' },
  { id: 'kodeWilayah', header: 'Kode Wilayah', alias: 'Area Code', kind: { type: 'code', format: 'kodeWilayah' }, required: false, section: 'pendataan' },
];

export const FIELD_BY_ID: Readonly<Record<FieldId, FieldDef>> = Object.fromEntries(
  FIELDS.map((f) => [f.id, f]),
) as Record<FieldId, FieldDef>;

/** One category: its label (what tables print) and the other spellings that mean it. */
export interface Category {
  label: string;
  aliases: string[];
  /** Stable column key when the list makes table columns (T5); derived from the label if absent. */
  key?: string;
}

export type Categories = Record<ListId, Category[]>;

const c = (label: string, aliases: string[] = [], key?: string): Category =>
  key === undefined ? { label, aliases } : { label, aliases, key };

/** CODEBOOK §2–5 and the several-of lists of §1: the default lists, in table order. */
export const DEFAULT_CATEGORIES: Readonly<Categories> = {
  jenisKelompok: [
    c('Dasa Wisma', ['Dasawisma', 'Dasa-Wisma']),
    c('Posyandu', ['Pos Pelayanan Terpadu']),
    c('BKB', ['Bina Keluarga Balita']),
    c('KUBE', ['Kelompok Usaha Bersama']),
    c('Pemuda/Karang Taruna', ['Pemuda', 'Karang Taruna', 'Karangtaruna', 'Pemuda/Karangtaruna']),
    c('KWT', ['Kelompok Wanita Tani']),
    c('PHBI', ['PBHI', 'Peringatan Hari Besar Islam']),
    c('Pengajian', ['Majelis Taklim', "Majlis Ta'lim"]),
    c('Paguyuban Warga Desa', ['Paguyuban Warga', 'KPW', 'Kelompok Paguyuban Warga']),
    c('BKL', ['Bina Keluarga Lansia']),
    c('BKR', ['Bina Keluarga Remaja']),
    c('LPM/LKMD', ['LPM', 'LKMD', 'LPMD', 'Lembaga Pemberdayaan Masyarakat']),
    c('Peta Keluarga'),
    c('R/1/KS', ['Registrasi Keluarga Sejahtera']),
    c('R/1/SUB', ['Registrasi Sub Kelompok']),
    c('UP2KS', ['Usaha Peningkatan Pendapatan Keluarga Sejahtera']),
    c('UP2K', ['Usaha Peningkatan Pendapatan Keluarga']),
  ],
  tujuan: [
    c('Kesejahteraan Anak'),
    c('Kesejahteraan Ibu dan Anak'),
    c('Kesejahteraan Lanjut Usia', ['Kesejahteraan Lansia']),
    c('Peningkatan Penghasilan', ['Peningkatan Pendapatan']),
    c('Integrasi Masyarakat/Kerukunan Warga', ['Integrasi Masyarakat', 'Kerukunan Warga']),
    c('Bantuan Sosial'),
    c('Pengajian'),
    c('Meningkatkan Iman dan Taqwa', ['Iman dan Taqwa', 'Meningkatkan Iman dan Takwa']),
    c('Meningkatkan Keterampilan'),
    c('Pelayanan Kesehatan'),
  ],
  pendidikanPengurus: [
    c('Tidak Sekolah'),
    c('Sekolah Dasar', ['SD', 'MI', 'SD/MI']),
    c('Sekolah Menengah Tingkat Pertama', ['SMP', 'SLTP', 'MTs', 'SMP/MTs']),
    c('Sekolah Menengah Tingkat Atas', ['SMA', 'SLTA', 'SMK', 'MA', 'SMA/SMK']),
    c('Akademi/Perguruan Tinggi', ['Akademi', 'Perguruan Tinggi', 'Diploma', 'D3', 'S1', 'S2', 'S3']),
  ],
  jaringanKerja: [c('Organisasi Sosial', ['Orsos'], 'orsos'), c('Pemerintah', ['Instansi Pemerintah'], 'pemerintah')],
  syaratKeanggotaan: [c('Domisili'), c('Keterampilan'), c('Pendidikan'), c('Keturunan'), c('Tidak Ada')],
  sumberDana: [
    c('Iuran Anggota'),
    c('Sumbangan Masyarakat'),
    c('Bantuan Pemerintah'),
    c('Usaha Kelompok'),
    c('Lainnya'),
  ],
  nilaiSolidaritas: [c('Gotong Royong'), c('Membantu Warga yang Terkena Musibah'), c('Lainnya')],
};

/**
 * What each default group type is (CODEBOOK §2), for the form's hint. In Bahasa Indonesia and
 * English; a coordinator's own types have none.
 */
export const TYPE_MEANINGS: Readonly<Record<string, { id: string; en: string }>> = {
  'Dasa Wisma': { id: 'kelompok ±10 rumah tangga, kebanyakan ibu-ibu (arisan, tabungan, pengajian)', en: 'about 10 households, mostly women; arisan, savings, religious talks' },
  Posyandu: { id: 'Pos Pelayanan Terpadu: kesehatan ibu dan balita', en: 'integrated health post for mothers and under-fives' },
  BKB: { id: 'Bina Keluarga Balita: orang tua anak balita', en: 'parents of under-fives' },
  KUBE: { id: 'Kelompok Usaha Bersama: usaha bersama ±10 keluarga miskin', en: 'joint business group of ~10 poor households' },
  'Pemuda/Karang Taruna': { id: 'pemuda, usia 19–40 tahun', en: 'youth, ages 19–40' },
  KWT: { id: 'Kelompok Wanita Tani', en: 'women farmers' },
  PHBI: { id: 'panitia Peringatan Hari Besar Islam', en: 'committee for Islamic holy days' },
  Pengajian: { id: 'majelis taklim, kelompok pengajian masjid', en: "Qur'an study / mosque groups" },
  'Paguyuban Warga Desa': { id: 'perkumpulan warga tingkat RT, bertemu tiap bulan', en: "residents' association (RT level), monthly meetings" },
  BKL: { id: 'Bina Keluarga Lansia', en: 'elderly' },
  BKR: { id: 'Bina Keluarga Remaja', en: 'adolescents' },
  'LPM/LKMD': { id: 'Lembaga Pemberdayaan Masyarakat kelurahan', en: 'village development council' },
  'Peta Keluarga': { id: 'kelompok kesejahteraan keluarga kaum ibu', en: "women's family-welfare group" },
  'R/1/KS': { id: 'Registrasi Keluarga Sejahtera (BKKBN)', en: 'BKKBN family registration group' },
  'R/1/SUB': { id: 'Registrasi Sub Kelompok tingkat RW (BKKBN)', en: 'BKKBN RW-level sub-group registration' },
  UP2KS: { id: 'Usaha Peningkatan Pendapatan Keluarga Sejahtera (BKKBN)', en: 'BKKBN income programme' },
  UP2K: { id: 'Usaha Peningkatan Pendapatan Keluarga (PKK)', en: 'PKK income programme' },
};

/**
 * What a default category means, in a volunteer's words (CODEBOOK §2 and §4), for the sidebar's
 * choices: "KWT – Kelompok Wanita Tani". Keyed by label, so a Kategori sheet that repeats a
 * default label keeps its meaning; a coordinator's own type shows its aliases instead. The
 * types' words are TYPE_MEANINGS' Indonesian ones, defined once there.
 */
export const CATEGORY_MEANINGS: Readonly<Partial<Record<ListId, Readonly<Record<string, string>>>>> = {
  jenisKelompok: Object.fromEntries(Object.entries(TYPE_MEANINGS).map(([label, m]) => [label, m.id])),
  pendidikanPengurus: {
    'Sekolah Dasar': 'SD/MI',
    'Sekolah Menengah Tingkat Pertama': 'SMP/SLTP/MTs',
    'Sekolah Menengah Tingkat Atas': 'SMA/SLTA/SMK/MA',
    'Akademi/Perguruan Tinggi': 'Diploma, D3, S1, S2, S3',
  },
};

/** Settings a coordinator may change (document properties in the add-on, flags in the CLI). */
export interface Settings {
  /** The year the survey was taken: the upper bound of Tahun Berdiri and the base of T1's age. */
  surveyYear: number;
  /** Kelurahan name, used in the source line under every table. Empty when unknown. */
  kelurahan: string;
  /** T1: a group younger than this many years is "< N Tahun". */
  ageYears: number;
  /** T3: up to this many members is the first bucket ("≤ 10 Orang"). */
  membersSmall: number;
  /** T3: more than this many members is the last bucket ("> 20 Orang"). */
  membersLarge: number;
  /** T7: up to this many years of tenure is the first bucket ("≤ 5 Tahun"); absent: 5. */
  tenureShort?: number;
  /** T7: more than this many years is the last bucket ("> 10 Tahun"); absent: 10. */
  tenureLong?: number;
}

export const DEFAULT_THRESHOLDS = { ageYears: 10, membersSmall: 10, membersLarge: 20 } as const;
/** T7's thresholds (CODEBOOK §8), optional settings so older stored settings stay valid. */
export const DEFAULT_TENURE = { tenureShort: 5, tenureLong: 10 } as const;

/** Allowed range of each numeric setting (the settings dialog, the document property, the CLI's flags). */
export const SETTING_BOUNDS = {
  surveyYear: { min: 1900, max: 9999 },
  ageYears: { min: 1, max: 200 },
  membersSmall: { min: 1, max: 100000 },
  membersLarge: { min: 2, max: 100000 },
  tenureShort: { min: 0, max: 99 },
  tenureLong: { min: 1, max: 100 },
} as const;

export function defaultSettings(now: Date = new Date()): Settings {
  return { surveyYear: now.getFullYear(), kelurahan: '', ...DEFAULT_THRESHOLDS };
}

/** Required fields: a file without one of their columns cannot be read at all. */
export const REQUIRED_FIELDS: readonly FieldDef[] = FIELDS.filter((f) => f.required);

/** Copy of the default lists that a caller may change without touching the constants. */
export function cloneCategories(src: Readonly<Categories> = DEFAULT_CATEGORIES): Categories {
  const out = {} as Categories;
  for (const id of LIST_IDS) out[id] = src[id].map((x) => ({ ...x, aliases: [...x.aliases] }));
  return out;
}
