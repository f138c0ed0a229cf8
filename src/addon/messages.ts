/**
 * The add-on's own words (menu, toasts, dialogs), in Bahasa Indonesia and English. Messages
 * about data values live in the core (src/core/i18n.ts).
 */
import type { Lang } from '../core';

const TEXT = {
  menuOpenForm: ['Buka Formulir', 'Open Form'],
  menuSetup: ['Siapkan Lembar Data', 'Set Up Data Sheet'],
  menuSettings: ['Pengaturan', 'Settings'],
  menuCheck: ['Periksa Data', 'Check Data'],
  menuTables: ['Buat Tabel', 'Make Tables'],
  menuExportPdf: ['Ekspor PDF', 'Export PDF'],
  sidebarTitle: ['Pranata: Formulir Kelompok', 'Pranata: Group Form'],
  noDataSheet: [
    'Lembar "Data" tidak ditemukan. Jalankan menu Pranata › Siapkan Lembar Data dulu.',
    'The "Data" sheet was not found. Run Pranata › Set Up Data Sheet first.',
  ],
  dataSheetUnreadable: ['Lembar Data tidak dapat dibaca.', 'The Data sheet cannot be read.'],
  lockTimeout: [
    'Lembar sedang dipakai relawan lain. Tunggu sebentar lalu tekan "Coba lagi"; isian Anda tidak hilang.',
    'Another volunteer is saving right now. Wait a moment and press "Try again"; nothing you typed is lost.',
  ],
  // Submitting from the sidebar (submit.ts).
  submitBadClientId: [
    'Formulir mengirim kode entri yang tidak sah. Muat ulang formulir lalu simpan lagi.',
    'The form sent an invalid entry code. Reload the form and save again.',
  ],
  submitNoIdColumn: [
    'Lembar Data tidak punya kolom "ID", jadi penyimpanan tidak bisa dijaga dari data ganda. Jalankan menu Pranata › Siapkan Lembar Data dulu.',
    'The Data sheet has no "ID" column, so saving cannot be kept safe from doubled rows. Run Pranata › Set Up Data Sheet first.',
  ],
  submitNotFound: [
    'Entri ini tidak ada lagi di lembar Data (mungkin barisnya dihapus). Simpan sebagai entri baru bila masih diperlukan.',
    'This entry is no longer in the Data sheet (its row may have been deleted). Save it as a new entry if it is still needed.',
  ],
  submitFailed: [
    'Penyimpanan gagal; isian Anda tidak hilang. Coba lagi sebentar lagi.',
    'Saving failed; nothing you typed is lost. Try again in a moment.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof TEXT;

export function say(key: MessageKey, lang: Lang): string {
  return TEXT[key][lang === 'id' ? 0 : 1];
}
