/**
 * The report's own words (cover, headers, footer), in Bahasa Indonesia and English.
 * Table titles, row labels and the source line come from the TableModel as they are.
 */
import type { Lang } from '../core/model';

export interface ReportLabels {
  title: string;
  subtitle: string;
  kelurahan: (name: string) => string;
  surveyYear: (year: number) => string;
  groupsRead: string;
  groupsValid: string;
  groupsInvalid: string;
  generatedAt: (date: string) => string;
  contents: string;
  /** Sub-column headers under each bucket: count and percent. */
  count: string;
  percent: string;
  /** Header of the row-total column, as in the study. */
  total: string;
  /** Column header of the running number. */
  number: string;
  /** Added to a table's title on the pages it continues on. */
  continued: string;
  /** Title of the chart's count axis. */
  axisGroups: string;
  page: (n: number, of: number) => string;
}

export const LABELS: Record<Lang, ReportLabels> = {
  id: {
    title: 'Profil Pranata Sosial',
    subtitle: 'Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)',
    kelurahan: (name) => `Kelurahan ${name}`,
    surveyYear: (year) => `Tahun pendataan ${year}`,
    groupsRead: 'Kelompok terdata',
    groupsValid: 'sah',
    groupsInvalid: 'tidak sah',
    generatedAt: (date) => `Dibuat ${date}`,
    contents: 'Daftar Isi',
    count: 'Jml',
    percent: '%',
    total: 'Jumlah',
    number: 'No',
    continued: '(lanjutan)',
    axisGroups: 'Jumlah kelompok',
    page: (n, of) => `Halaman ${n} dari ${of}`,
  },
  en: {
    title: 'Profile of Social Institutions',
    subtitle: 'Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)',
    kelurahan: (name) => `Kelurahan ${name}`,
    surveyYear: (year) => `Survey year ${year}`,
    groupsRead: 'Groups recorded',
    groupsValid: 'valid',
    groupsInvalid: 'invalid',
    generatedAt: (date) => `Generated ${date}`,
    contents: 'Contents',
    count: 'n',
    percent: '%',
    total: 'Total',
    number: 'No',
    continued: '(continued)',
    axisGroups: 'Number of groups',
    page: (n, of) => `Page ${n} of ${of}`,
  },
};
