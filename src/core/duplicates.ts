/**
 * Likely duplicates: two rows with the same normalised name, group type and RW are probably
 * one group entered twice (two volunteers, or one volunteer twice). They are warnings: the
 * row stays in the tables, a person decides. A repeated non-empty ID is a warning too.
 */
import { normalizeLabel } from './normalize';

export class DuplicateFinder {
  private readonly groups = new Map<string, number>();
  private readonly ids = new Map<string, number>();

  /** Returns the earlier row with the same group key, if any; remembers this row otherwise. */
  group(row: number, name: string, type: string, rw: number | null): number | undefined {
    if (name === '' || type === '') return undefined;
    const key = `${type}\u0001${rw ?? ''}\u0001${normalizeLabel(name)}`;
    const earlier = this.groups.get(key);
    if (earlier === undefined) this.groups.set(key, row);
    return earlier;
  }

  id(row: number, id: string): number | undefined {
    if (id === '') return undefined;
    const earlier = this.ids.get(id);
    if (earlier === undefined) this.ids.set(id, row);
    return earlier;
  }
}
