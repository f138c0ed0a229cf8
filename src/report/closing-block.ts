/**
 * What the closing block of a report says (closing.ts draws it), and the one rule on its
 * values: on its own, with no imports, so the CLI's argument parser and the add-on's settings
 * can check a block without loading the PDF writer.
 */
/** The one definition of the block, for every caller (the CLI's flags, the add-on's settings). */
export interface ClosingBlock {
  /** Where the report is signed, e.g. "Cimahi". */
  place: string;
  /** Who signs, e.g. "Drs. Asep Sunandar". */
  name: string;
  /**
   * The signatory's office, e.g. "Kepala Dinas Sosial Kota Cimahi". Default: the Lurah of the
   * report's kelurahan; none when the report is over several (a roll-up has no one Lurah).
   */
  office?: string;
  /** Nomor Induk Pegawai as typed (18 digits, spaces allowed: see nipDigits), printed "NIP. …". */
  nip?: string;
}

/** Digits of a NIP: 18 (BKN's Nomor Induk Pegawai: birth date, appointment, sex, number). */
export const NIP_LENGTH = 18;

/** The NIP's digits when it is one (spaces, as it is usually printed, ignored), else undefined. */
export function nipDigits(text: string): string | undefined {
  const digits = text.replace(/\s+/g, '');
  return new RegExp(`^\\d{${NIP_LENGTH}}$`).test(digits) ? digits : undefined;
}
