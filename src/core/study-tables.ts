/**
 * Every table of the study, T1–T9, counted together as records arrive: the five crosstabs of
 * CODEBOOK §6 and the four based tables of §8, in table order.
 */
import { BaseTableSet } from './base-tables';
import type { Categories, Settings } from './codebook';
import type { TableModel } from './model';
import type { GroupRecord } from './schema';
import { sourceLine, TableSet } from './tables';

export class StudyTables {
  private readonly five: TableSet;
  private readonly four: BaseTableSet;

  constructor(categories: Categories, private readonly settings: Settings) {
    this.five = new TableSet(categories, settings);
    this.four = new BaseTableSet(categories, settings);
  }

  add(record: GroupRecord): void {
    this.five.add(record);
    this.four.add(record);
  }

  /**
   * Every count as typed arrays (T1–T5's, then T6–T9's): what a set built elsewhere, on
   * another thread say, hands over to be added (halves.ts).
   */
  tallies(): Int32Array[] {
    return [...this.five.tallies(), ...this.four.tallies()];
  }

  /** Adds counts laid out as tallies() gives them, of a set built with the same categories and settings. */
  addTallies(t: readonly ArrayLike<number>[]): void {
    const n = this.five.tallies().length;
    this.five.addTallies(t.slice(0, n));
    this.four.addTallies(t.slice(n));
  }

  /** Adds the counts of a set built with the same categories and settings (CODEBOOK §9 totals). */
  mergeFrom(other: StudyTables): void {
    this.addTallies(other.tallies());
  }

  /** The kelurahan may be known only at the end (the most frequent value of the column). */
  models(kelurahan = this.settings.kelurahan): TableModel[] {
    return [...this.five.models(kelurahan), ...this.four.models(sourceLine({ ...this.settings, kelurahan }))];
  }
}
